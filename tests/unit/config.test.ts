import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { loadConfig } from "#app/config/config.server.ts";
import { ConfigError } from "#app/config/env.server.ts";

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "nexus-config-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("loadConfig", () => {
  test("on embedded defaults, secrets are generated once, owner-only, and reused", async () => {
    const first = await loadConfig({ NEXUS_DATA_DIR: dataDir });
    const file = path.join(dataDir, "secrets.json");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(first.secrets.session[0]).toMatch(/^[\w-]{40,}$/);
    expect(first.secrets.realtime).not.toBe(first.secrets.realtimePush);

    const second = await loadConfig({ NEXUS_DATA_DIR: dataDir });
    expect(second.secrets).toEqual(first.secrets);
    expect(JSON.parse(await readFile(file, "utf8")).realtime).toBe(first.secrets.realtime);
    // The key that seals alert channels' secrets: 32 bytes, kept with the others.
    expect(first.secrets.encryption).toHaveLength(1);
    expect(first.secrets.encryption[0]!.length).toBe(32);
  });

  test("a secrets.json from before alerts gains an encryption key and keeps the rest", async () => {
    const file = path.join(dataDir, "secrets.json");
    const old = {
      session: "a".repeat(43),
      realtime: "b".repeat(43),
      realtimePush: "c".repeat(43),
      postgres: "d".repeat(43),
    };
    await writeFile(file, JSON.stringify(old), { mode: 0o600 });
    const config = await loadConfig({ NEXUS_DATA_DIR: dataDir });
    expect(config.secrets).toMatchObject({ session: [old.session], realtime: old.realtime });
    const stored = JSON.parse(await readFile(file, "utf8"));
    expect(stored).toMatchObject(old);
    expect(Buffer.from(stored.encryption, "base64url")).toEqual(config.secrets.encryption[0]);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  test("a configured NEXUS_ENCRYPTION_KEY wins over the generated one; SMTP is read as a pair", async () => {
    const key = randomBytes(32);
    const config = await loadConfig({
      NEXUS_DATA_DIR: dataDir,
      NEXUS_ENCRYPTION_KEY: `${key.toString("hex")},${randomBytes(32).toString("base64")}`,
      SMTP_URL: "smtp://127.0.0.1:2525",
      SMTP_FROM: "NEXUS <alerts@example.com>",
    });
    expect(config.secrets.encryption).toHaveLength(2);
    expect(config.secrets.encryption[0]).toEqual(key);
    expect(config.smtp).toEqual({
      url: "smtp://127.0.0.1:2525",
      from: "NEXUS <alerts@example.com>",
    });
    expect((await loadConfig({ NEXUS_DATA_DIR: dataDir })).smtp).toBeNull();
  });

  test("chooses the embedded Postgres, memory cache and a managed PartyKit when nothing is configured", async () => {
    const config = await loadConfig({ NEXUS_DATA_DIR: dataDir, PARTYKIT_PORT: "2999" });
    expect(config.database).toMatchObject({
      kind: "embedded",
      dir: path.join(dataDir, "postgres"),
    });
    // Its password is generated once, kept with the other generated secrets, owner-only.
    const stored = JSON.parse(await readFile(path.join(dataDir, "secrets.json"), "utf8"));
    expect(stored.postgres).toMatch(/^[\w-]{40,}$/);
    expect(config.database).toMatchObject({ password: stored.postgres });
    expect(config.cache).toEqual({ kind: "memory" });
    expect(config.partykit).toEqual({ url: "http://127.0.0.1:2999", managed: true, port: 2999 });
  });

  test("uses the configured back ends when they are set", async () => {
    const secret = "x".repeat(32);
    const config = await loadConfig({
      NEXUS_DATA_DIR: dataDir,
      DATABASE_URL: "postgres://nexus@db.internal/nexus",
      NEON_WS_PROXY: "127.0.0.1:4444",
      UPSTASH_REDIS_REST_URL: "https://cache.internal",
      UPSTASH_REDIS_REST_TOKEN: "token",
      PARTYKIT_HOST: "rt.example.com",
      SESSION_SECRET: secret,
      REALTIME_SECRET: secret,
      REALTIME_PUSH_SECRET: secret,
      NEXUS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    expect(config.database).toEqual({
      kind: "neon",
      url: "postgres://nexus@db.internal/nexus",
      wsProxy: "127.0.0.1:4444",
    });
    expect(config.cache.kind).toBe("upstash");
    expect(config.partykit).toMatchObject({ url: "http://rt.example.com", managed: false });
    // Nothing was written: configured secrets are not copied to disk.
    await expect(stat(path.join(dataDir, "secrets.json"))).rejects.toThrow();
  });

  test("throws a ConfigError listing each bad variable", async () => {
    await expect(loadConfig({ NEXUS_DATA_DIR: dataDir, PORT: "abc" })).rejects.toThrow(ConfigError);
    await expect(loadConfig({ NEXUS_DATA_DIR: dataDir, PORT: "abc" })).rejects.toThrow(/PORT must/);
  });
});
