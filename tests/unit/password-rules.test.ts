import { describe, expect, test } from "vitest";
import { passwordProblem, strongPasswordSchema } from "#app/accounts/password-rules.server.ts";
import { newPasswordSchema } from "#app/accounts/schemas.ts";

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((issue) => issue.message);

describe("what every new password must be (NIST SP 800-63B)", () => {
  test("at least 12 and at most 256 characters", async () => {
    expect(await passwordProblem("eleven-char")).toBe("Use at least 12 characters");
    expect(await passwordProblem("x7".repeat(129))).toBe("Use at most 256 characters");
  });

  test("not only spaces (or other blanks)", async () => {
    expect(await passwordProblem(" ".repeat(12))).toBe("A password cannot be only spaces");
    expect(await passwordProblem(" \t ".repeat(6))).toBe("A password cannot be only spaces");
    // A short run of spaces gets one message, the length one.
    expect(messages(newPasswordSchema.safeParse("   "))).toEqual(["Use at least 12 characters"]);
  });

  test("not one of the most common passwords, whatever its case", async () => {
    for (const password of ["password1234", "PASSWORD1234", "123456789012", "qwertyuiop123"]) {
      expect(await passwordProblem(password), password).toBe(
        "This is one of the most common passwords: choose another",
      );
    }
  });

  test("not built from common words, repeats or sequences that are guessed in moments", async () => {
    for (const password of ["aaaaaaaaaaaa", "abcdefghijkl", "iloveyou1234", "Password1234!"]) {
      expect(await passwordProblem(password), password).toMatch(
        /^This password is too easy to guess/,
      );
    }
  });

  test("long passphrases and random strings are accepted, spaces inside included", async () => {
    for (const password of [
      "correct horse battery staple",
      "zebra-lantern-quietly-47",
      "tr0ub4dour&3x-plus",
      "  leading and trailing spaces count  ",
    ]) {
      expect(await passwordProblem(password), password).toBeUndefined();
    }
  });

  test("the server's schema refuses what passwordProblem refuses, with the same message", async () => {
    expect(messages(await strongPasswordSchema.safeParseAsync("password1234"))).toEqual([
      "This is one of the most common passwords: choose another",
    ]);
    expect(messages(await strongPasswordSchema.safeParseAsync(" ".repeat(20)))).toEqual([
      "A password cannot be only spaces",
    ]);
    expect((await strongPasswordSchema.safeParseAsync("zebra-lantern-quietly-47")).success).toBe(
      true,
    );
  });
});
