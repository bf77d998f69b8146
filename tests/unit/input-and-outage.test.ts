import { describe, expect, test } from "vitest";
import { handleUnexpected, nulCharacterPaths } from "#app/api/api.server.ts";
import { emergencyRequestSchema } from "#app/emergency/schemas.ts";
import { UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";
import { DatabaseUnavailableError, isConnectionError } from "#db/client.ts";

describe("NUL characters in input", () => {
  test("every string and key holding U+0000 is named by its path", () => {
    expect(
      nulCharacterPaths({ a: "ok", b: ["x", "y\u0000"], "c\u0000": 1, d: { e: "\u0000" } }),
    ).toEqual(expect.arrayContaining(["b.1", "c\u0000", "d.e"]));
    expect(nulCharacterPaths("\u0000")).toEqual(["(root)"]);
    expect(nulCharacterPaths({ a: "fine", b: [1, null, true] })).toEqual([]);
  });

  test("unpaired surrogates are refused too; paired ones (emoji) are text like any other", () => {
    expect(nulCharacterPaths(JSON.parse('{"reason": "\\ud800xx", "ok": "a\\udc00"}'))).toEqual(
      expect.arrayContaining(["reason", "ok"]),
    );
    expect(nulCharacterPaths({ reason: "paused for 🚧 maintenance", name: "Ünïcödé" })).toEqual([]);
  });

  test("form schemas refuse the same text the API does: NUL and unpaired surrogates", () => {
    for (const reason of ["pause \u0000 now", "pause \ud800 now", "pause \udc00 now"]) {
      const result = emergencyRequestSchema.safeParse({ action: "pause", reason });
      expect(result.success, JSON.stringify(reason)).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual([UNSTORABLE_TEXT_MESSAGE]);
    }
    const emoji = { action: "pause", reason: "paused for 🚧 maintenance" };
    expect(emergencyRequestSchema.safeParse(emoji).success).toBe(true);
  });

  test("a body nested 100,000 levels deep is walked without overflowing the stack", () => {
    const deep = JSON.parse(`${'{"a":'.repeat(100_000)}"\\u0000"${"}".repeat(100_000)}`);
    expect(nulCharacterPaths(deep)).toHaveLength(1);
  });
});

describe("database errors", () => {
  test("connection failures count as the database being unavailable; statement errors do not", () => {
    expect(
      isConnectionError(Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })),
    ).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(
      isConnectionError(Object.assign(new Error("terminating connection"), { code: "57P01" })),
    ).toBe(true);
    expect(
      isConnectionError(Object.assign(new Error("connection failure"), { code: "08006" })),
    ).toBe(true);
    expect(isConnectionError(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(
      false,
    );
    expect(
      isConnectionError(Object.assign(new Error("invalid byte sequence"), { code: "22021" })),
    ).toBe(false);
    expect(isConnectionError(new TypeError("x is undefined"))).toBe(false);
  });

  test("the API answers 503 UNAVAILABLE with Retry-After, also when the error is wrapped", async () => {
    const wrapped = new Error("Failed query: select 1", {
      cause: new DatabaseUnavailableError(new Error("socket closed")),
    });
    const response = handleUnexpected(undefined, wrapped);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect((await response.json()).error.code).toBe("UNAVAILABLE");
    expect(handleUnexpected(undefined, new Error("a bug")).status).toBe(500);
  });
});
