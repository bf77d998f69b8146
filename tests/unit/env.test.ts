import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import {
  envVariableNames,
  formatEnvProblems,
  parseEncryptionKeys,
  parseEnv,
} from "#app/config/env.server.ts";

const secret = "s".repeat(32);

describe("parseEnv", () => {
  test("an empty environment gives the embedded defaults", () => {
    const result = parseEnv({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.env).toMatchObject({
      HOST: "127.0.0.1",
      PORT: 3000,
      PARTYKIT_PORT: 1999,
      NEXUS_DATA_DIR: "./.data",
      LOG_LEVEL: "info",
      OLLAMA_HOST: "http://127.0.0.1:11434",
    });
    expect(result.env.DATABASE_URL).toBeUndefined();
  });

  test("HEAP_GROWTH_PERCENT defaults to 30, takes 0 (V8's policy) and refuses anything else", () => {
    const defaults = parseEnv({});
    expect(defaults.ok && defaults.env.HEAP_GROWTH_PERCENT).toBe(30);
    const off = parseEnv({ HEAP_GROWTH_PERCENT: "0" });
    expect(off.ok && off.env.HEAP_GROWTH_PERCENT).toBe(0);
    for (const value of ["-1", "12.5", "lots", "301"]) {
      const result = parseEnv({ HEAP_GROWTH_PERCENT: value });
      expect(result.ok ? [] : result.problems).toEqual([
        { variable: "HEAP_GROWTH_PERCENT", message: "must be a whole percentage from 0 to 300" },
      ]);
    }
  });

  test("PORT=abc is refused with a message naming the variable and why", () => {
    const result = parseEnv({ PORT: "abc" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      { variable: "PORT", message: "must be a whole number between 1 and 65535" },
    ]);
    expect(formatEnvProblems(result.problems)).toContain(
      "PORT must be a whole number between 1 and 65535",
    );
  });

  test.each([
    ["PORT", "70000"],
    ["PORT", "3.5"],
    ["PARTYKIT_PORT", "-1"],
    ["NODE_ENV", "staging"],
    ["LOG_LEVEL", "loud"],
    ["DATABASE_URL", "mysql://x"],
    ["OLLAMA_HOST", "not a url"],
    ["SESSION_SECRET", "short"],
    ["API_BODY_LIMIT", "0"],
    ["PARTYKIT_HOST", "bad host!"],
  ])("%s=%s is refused", (variable, value) => {
    const result = parseEnv({ [variable]: value });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.variable)).toContain(variable);
  });

  test("every bad variable is reported at once", () => {
    const result = parseEnv({ PORT: "abc", LOG_LEVEL: "loud", NODE_ENV: "x" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.variable).sort()).toEqual([
      "LOG_LEVEL",
      "NODE_ENV",
      "PORT",
    ]);
  });

  test("an Upstash URL without its token is refused", () => {
    const result = parseEnv({ UPSTASH_REDIS_REST_URL: "http://127.0.0.1:8079" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]?.variable).toBe("UPSTASH_REDIS_REST_TOKEN");
  });

  test("a shared deployment (DATABASE_URL) must bring its own secrets", () => {
    const result = parseEnv({ DATABASE_URL: "postgres://u@h/db" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.variable).sort()).toEqual([
      "NEXUS_ENCRYPTION_KEY",
      "REALTIME_PUSH_SECRET",
      "REALTIME_SECRET",
      "SESSION_SECRET",
    ]);
    const complete = parseEnv({
      DATABASE_URL: "postgres://u@h/db",
      SESSION_SECRET: `${secret},${"t".repeat(40)}`,
      REALTIME_SECRET: secret,
      REALTIME_PUSH_SECRET: secret,
      NEXUS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    expect(complete.ok).toBe(true);
    if (complete.ok) expect(complete.env.SESSION_SECRET).toHaveLength(2);
  });

  test("NEXUS_ENCRYPTION_KEY takes 32 bytes as hex or base64, several comma-separated", () => {
    const key = randomBytes(32);
    for (const written of [
      key.toString("hex"),
      key.toString("base64"),
      key.toString("base64url"),
      `${key.toString("base64")}, ${randomBytes(32).toString("hex")}`,
    ]) {
      const result = parseEnv({ NEXUS_ENCRYPTION_KEY: written });
      expect(result.ok ? [] : result.problems).toEqual([]);
      expect(parseEncryptionKeys(written)?.[0]).toEqual(key);
    }
    for (const bad of [
      "too-short",
      randomBytes(16).toString("hex"),
      randomBytes(31).toString("base64"),
      randomBytes(33).toString("base64"),
      `${key.toString("hex")}zz`,
      `${key.toString("hex")},nope`,
    ]) {
      const result = parseEnv({ NEXUS_ENCRYPTION_KEY: bad });
      expect(result.ok ? [] : result.problems.map((p) => p.variable), bad).toEqual([
        "NEXUS_ENCRYPTION_KEY",
      ]);
    }
  });

  test("SMTP_URL and SMTP_FROM: both or neither, an smtp(s) URL and a sender address", () => {
    const both = parseEnv({
      SMTP_URL: "smtps://alerts:secret@mail.example.com:465",
      SMTP_FROM: "NEXUS <alerts@example.com>",
    });
    expect(both.ok ? [] : both.problems).toEqual([]);
    expect(parseEnv({ SMTP_URL: "smtp://127.0.0.1:2525", SMTP_FROM: "a@example.com" }).ok).toBe(
      true,
    );
    const problems = (env: Record<string, string>) => {
      const result = parseEnv(env);
      return result.ok ? [] : result.problems.map((p) => p.variable);
    };
    expect(problems({ SMTP_URL: "smtp://127.0.0.1:2525" })).toEqual(["SMTP_FROM"]);
    expect(problems({ SMTP_FROM: "a@example.com" })).toEqual(["SMTP_URL"]);
    expect(problems({ SMTP_URL: "http://mail.example.com", SMTP_FROM: "a@example.com" })).toEqual([
      "SMTP_URL",
    ]);
    expect(problems({ SMTP_URL: "smtp://mail.example.com", SMTP_FROM: "not an address" })).toEqual([
      "SMTP_FROM",
    ]);
    const message = parseEnv({ SMTP_URL: "mail.example.com", SMTP_FROM: "a@example.com" });
    expect(message.ok ? "" : formatEnvProblems(message.problems)).toContain(
      "SMTP_URL must be an smtp:// or smtps:// URL",
    );
  });

  test("empty strings count as unset", () => {
    const result = parseEnv({ PORT: "", DATABASE_URL: "" });
    expect(result.ok && result.env.PORT).toBe(3000);
  });
});

describe("documentation of the configuration", () => {
  test(".env.example and the README name every variable the schema reads", async () => {
    const example = await readFile(".env.example", "utf8");
    const readme = await readFile("README.md", "utf8");
    for (const name of envVariableNames) {
      expect(example, `.env.example lacks ${name}`).toMatch(new RegExp(`^#?\\s*${name}=`, "m"));
      expect(readme, `README lacks ${name}`).toContain(`\`${name}\``);
    }
  });
});
