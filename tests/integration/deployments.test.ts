import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, describe, expect, inject, test } from "vitest";
import { loadConfig } from "#app/config/config.server.ts";
import { closeServices, createServices, type Services } from "#app/server/services.server.ts";
import { createTestDatabase, type TestDatabase } from "#tests/support/database.ts";
import { deleteRedisKeys, startUpstashRelay } from "#tests/support/upstash-relay.ts";

/**
 * Two deployments of NEXUS on one Redis (each with its own database), as two teams or a staging
 * and a production install would run them: neither sees the other's cache entries, rate-limit
 * counters or leases, while one deployment keeps its key prefix across restarts.
 */

const redisUrl = process.env.TEST_REDIS_URL;
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

describe.skipIf(!redisUrl)("deployments sharing one Redis", () => {
  test("keep apart their cache, rate limits and leases, each under its own prefix", {
    timeout: 120_000,
  }, async () => {
    const relay = await startUpstashRelay({ redisUrl: redisUrl! });
    cleanup.push(() => relay.close());
    const log = pino({ level: "silent" });
    const deploy = async (database: TestDatabase, extra: Record<string, string> = {}) => {
      const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-deployment-"));
      cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
      const loaded = await loadConfig({
        NODE_ENV: "test",
        NEXUS_DATA_DIR: dataDir,
        UPSTASH_REDIS_REST_URL: relay.url,
        UPSTASH_REDIS_REST_TOKEN: relay.token,
        PARTYKIT_HOST: inject("partykitUrl"),
        REALTIME_SECRET: inject("realtimeSecret"),
        REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
        ...extra,
      });
      // Each deployment on a database of its own.
      const config = { ...loaded, database: database.target };
      // Redis calls get seconds, not the default 300 ms: on a busy machine a slow relay would
      // make a write count as failed, which is not what this test is about.
      const services: Services = await createServices(config, log, { timeoutMs: 5_000 });
      return services;
    };
    const database = async () => {
      const created = await createTestDatabase("postgres");
      cleanup.push(() => created.destroy());
      return created;
    };
    const [dbA, dbB] = [await database(), await database()];
    const a = await deploy(dbA);
    const b = await deploy(dbB);
    const prefixes = [a.namespace, b.namespace];
    cleanup.push(async () => {
      for (const prefix of prefixes) await deleteRedisKeys(redisUrl!, `${prefix}:`);
    });
    expect(a.namespace).toMatch(/^nexus:[0-9a-f-]{36}$/);
    expect(b.namespace).toMatch(/^nexus:[0-9a-f-]{36}$/);
    expect(a.namespace).not.toBe(b.namespace);

    await a.cache.set("modules:list", { from: "a" }, 60_000);
    expect(await a.cache.get("modules:list")).toEqual({ from: "a" });
    expect(await b.cache.get("modules:list")).toBeUndefined();

    const rule = { name: "deployments-test", limit: 2, windowMs: 60_000 };
    await a.rateLimiter.limit(rule, "ip:198.51.100.7");
    await a.rateLimiter.limit(rule, "ip:198.51.100.7");
    expect((await a.rateLimiter.limit(rule, "ip:198.51.100.7")).success).toBe(false);
    expect((await b.rateLimiter.limit(rule, "ip:198.51.100.7")).success).toBe(true);

    expect(await a.leases.acquire("metrics", "instance-a", 30_000)).toBe(true);
    expect(await b.leases.acquire("metrics", "instance-b", 30_000)).toBe(true);
    // Within one deployment the lease still excludes a second holder.
    expect(await a.leases.acquire("metrics", "instance-a2", 30_000)).toBe(false);

    // The same deployment, restarted, keeps its prefix (its cache entries are still its own).
    const namespaceA = a.namespace;
    await closeServices(a);
    const again = await deploy(dbA);
    expect(again.namespace).toBe(namespaceA);
    expect(await again.cache.get("modules:list")).toEqual({ from: "a" });
    await closeServices(again);

    // A name given in configuration wins.
    const named = await deploy(await database(), { NEXUS_INSTANCE_NAME: "staging" });
    prefixes.push(named.namespace);
    expect(named.namespace).toBe("nexus:staging");
    await closeServices(named);
    await closeServices(b);
  });
});
