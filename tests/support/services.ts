import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import type { AppLoadContext } from "@remix-run/node";
import { inject } from "vitest";
import type { ServiceOptions, Services } from "#app/server/services.server.ts";
import { builtApp } from "./build.ts";
import { createTestDatabaseTarget, type TestDatabaseTarget } from "./database.ts";
import { deleteRedisKeys, startUpstashRelay } from "./upstash-relay.ts";

export interface TestServices extends Services {
  /** Every log line written, parsed, for assertions about logging. */
  logLines: Record<string, unknown>[];
  destroy(): Promise<void>;
}

/**
 * The services a running NEXUS has, made by the server build's own `createServices` (the one
 * `npm start` calls), on throwaway back ends: a fresh migrated database, an in-process cache (or
 * Redis, with UPSTASH_REDIS_REST_* in `env`), and the test run's real PartyKit.
 */
export async function createTestServices(
  options: {
    database?: "postgres" | "neon";
    env?: Record<string, string>;
    /** Redis key prefix, timeouts (with UPSTASH_REDIS_REST_* in `env`). */
    shared?: ServiceOptions;
    /**
     * Another instance of the same deployment: on `services`' database (which its `destroy`
     * leaves alone), with an instance id of its own.
     */
    sameDatabaseAs?: Services;
  } = {},
): Promise<TestServices> {
  const { runtime } = await builtApp();
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-test-"));
  const sibling = options.sameDatabaseAs;
  const database: TestDatabaseTarget = sibling
    ? { target: sibling.config.database as TestDatabaseTarget["target"], drop: async () => {} }
    : await createTestDatabaseTarget(options.database ?? "postgres");
  try {
    const loaded = await runtime.loadConfig({
      NODE_ENV: "test",
      NEXUS_DATA_DIR: dataDir,
      PARTYKIT_HOST: inject("partykitUrl"),
      REALTIME_SECRET: inject("realtimeSecret"),
      REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
      ...options.env,
    });
    // Instances of one deployment share its secrets too (a session made on one holds on another).
    const config = {
      ...loaded,
      database: database.target,
      ...(sibling ? { secrets: sibling.config.secrets } : {}),
    };
    const { log, logLines } = await testLogger();
    const services = await runtime.createServices(config, log, {
      namespace: "nexus",
      ...options.shared,
    });
    return Object.assign(services, {
      logLines,
      async destroy() {
        await runtime.closeServices(services);
        await database.drop();
        await rm(dataDir, { recursive: true, force: true });
      },
    });
  } catch (error) {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** A logger that keeps every line it writes, parsed. */
async function testLogger() {
  const { runtime } = await builtApp();
  const logLines: Record<string, unknown>[] = [];
  const log = await runtime.createLogger({
    level: "debug",
    format: "json",
    destination: new Writable({
      write(chunk, _encoding, done) {
        for (const line of String(chunk).split("\n")) if (line) logLines.push(JSON.parse(line));
        done();
      },
    }),
  });
  return { log, logLines };
}

/**
 * A second instance of the same deployment, as a second `npm start` behind a load balancer would
 * be: its own services (instance id, connection pool, cache) on `of`'s database and configuration.
 * Its `destroy` closes only its own services; destroy it before `of`.
 */
export async function createTestInstance(
  of: TestServices,
  shared: ServiceOptions = {},
): Promise<TestServices> {
  const { runtime } = await builtApp();
  const { log, logLines } = await testLogger();
  const services = await runtime.createServices(of.config, log, { namespace: "nexus", ...shared });
  return Object.assign(services, {
    logLines,
    async destroy() {
      await runtime.closeServices(services);
    },
  });
}

/** The load context a request would get from server.ts. */
export function testContext(services: Services, requestId = "test-request-0001"): AppLoadContext {
  return { requestId, nonce: "test-nonce", clientIp: "127.0.0.1", services, apiDefinitions: [] };
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
    shared?: Omit<ServiceOptions, "namespace">;
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
