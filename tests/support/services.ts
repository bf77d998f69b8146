import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { inject } from "vitest";
import { HttpStats } from "#app/metrics/http-stats.server.ts";
import { observeQueries } from "#app/observability/queries.server.ts";
import { createRealtime } from "#app/realtime/realtime.server.ts";
import { loadConfig } from "#app/utils/config.server.ts";
import { DomainEvents } from "#app/utils/events.server.ts";
import { createLogger } from "#app/utils/log.server.ts";
import {
  createSharedState,
  type Services,
  type SharedStateOptions,
} from "#app/utils/services.server.ts";
import { migrate } from "#db/migrate.ts";
import { createTestDatabase } from "./database.ts";
import { deleteRedisKeys, startUpstashRelay } from "./upstash-relay.ts";

export interface TestServices extends Services {
  /** Every log line written, parsed, for assertions about logging. */
  logLines: Record<string, unknown>[];
  destroy(): Promise<void>;
}

/**
 * The services a running NEXUS has, on throwaway back ends: a fresh migrated database, an
 * in-process cache, and the test run's real PartyKit.
 */
export async function createTestServices(
  options: {
    database?: "postgres" | "neon";
    env?: Record<string, string>;
    /** Redis key prefix, timeouts (with UPSTASH_REDIS_REST_* in `env`). */
    shared?: Omit<SharedStateOptions, "log">;
  } = {},
): Promise<TestServices> {
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-test-"));
  const config = await loadConfig({
    NODE_ENV: "test",
    NEXUS_DATA_DIR: dataDir,
    PARTYKIT_HOST: inject("partykitUrl"),
    REALTIME_SECRET: inject("realtimeSecret"),
    REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
    ...options.env,
  });
  const logLines: Record<string, unknown>[] = [];
  const log = await createLogger({
    level: "debug",
    format: "json",
    destination: new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n")) if (line) logLines.push(JSON.parse(line));
        done();
      },
    }),
  });
  const database = await createTestDatabase(options.database ?? "postgres");
  await migrate(database.handle.db);
  observeQueries(database.handle, { log, slowQueryMs: config.env.SLOW_QUERY_MS });
  const shared = createSharedState(config.cache, database.handle.db, {
    log,
    flagDefaults: config.env.NEXUS_FLAGS,
    ...options.shared,
  });
  const { cache } = shared;
  return {
    config,
    database: database.handle,
    ...shared,
    realtime: createRealtime({
      url: config.partykit.url,
      pushSecret: config.secrets.realtimePush,
      log,
      enabled: () => shared.flags.enabled("realtime"),
    }),
    log,
    events: new DomainEvents(),
    instanceId: `test:${process.pid}:${Math.random().toString(36).slice(2, 8)}`,
    namespace: options.shared?.namespace ?? "nexus",
    httpStats: new HttpStats(),
    startedAt: new Date(),
    logLines,
    async destroy() {
      shared.flags.stop();
      await cache.close();
      await database.destroy();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The load context a request would get from server.ts. */
export function testContext(services: Services, requestId = "test-request-0001") {
  return { requestId, nonce: "test-nonce", clientIp: "127.0.0.1", services };
}

/**
 * Test services whose cache, rate limits and leases are on the machine's Redis, reached through
 * an Upstash-compatible relay the test can stop and start. `close` removes everything: the
 * services, the relay and the run's keys in Redis.
 */
export async function createRedisTestServices(
  redisUrl: string,
  options: {
    database?: "postgres" | "neon";
    env?: Record<string, string>;
    shared?: Omit<SharedStateOptions, "log" | "namespace">;
  } = {},
) {
  const relay = await startUpstashRelay({ redisUrl });
  const namespace = `nexus-test-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    const services = await createTestServices({
      database: options.database,
      env: {
        UPSTASH_REDIS_REST_URL: relay.url,
        UPSTASH_REDIS_REST_TOKEN: relay.token,
        ...options.env,
      },
      shared: { namespace, ...options.shared },
    });
    return {
      services,
      relay,
      async close() {
        await services.destroy();
        await relay.close();
        await deleteRedisKeys(redisUrl, `${namespace}:`);
      },
    };
  } catch (error) {
    await relay.close();
    throw error;
  }
}
