import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { HttpStats } from "#app/metrics/http-stats.server.ts";
import { observeQueries } from "#app/observability/queries.server.ts";
import { createRealtime, type Realtime } from "#app/realtime/realtime.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { openDatabase } from "#db/client.ts";
import { migrate } from "#db/migrate.ts";
import { type Cache, createCache } from "./cache.server.ts";
import type { Config } from "./config.server.ts";
import { DomainEvents } from "./events.server.ts";
import { bindLeaseStore, type LeaseStore, postgresLeases, redisLeases } from "./lease.server.ts";
import type { Logger } from "./log.server.ts";
import {
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type RateLimiter,
} from "./rate-limit.server.ts";
import { createRedisClient } from "./redis.server.ts";

/**
 * What every loader, action and API handler reaches through `context.services`: made once at
 * start by server.ts (or by a test), closed once at shutdown.
 */
export interface Services {
  config: Config;
  database: DatabaseHandle;
  cache: Cache;
  realtime: Realtime;
  log: Logger;
  rateLimiter: RateLimiter;
  /** Where leases are kept: Redis when configured, else Postgres (also `acquireLease(db, ...)`). */
  leases: LeaseStore;
  events: DomainEvents;
  /** Tells this process apart from other instances (leases, per-instance figures). */
  instanceId: string;
  httpStats: HttpStats;
  startedAt: Date;
}

export interface SharedStateOptions {
  log: Logger;
  /** Key prefix in Redis (default "nexus"): deployments or test runs sharing a Redis differ here. */
  namespace?: string;
  /** How long one Redis call may take (default 300 ms). */
  timeoutMs?: number;
  /** How long a failing Redis is left alone before the next try (default 1 s). */
  cooldownMs?: number;
}

/**
 * What instances share: the cache, the rate limits and the leases. Upstash Redis for all three
 * when UPSTASH_REDIS_REST_URL/_TOKEN are set (one client), else in process (cache, limits) and
 * Postgres (leases). The lease store is also bound to `db`, so `acquireLease(db, ...)` uses it.
 */
export function createSharedState(
  target: Config["cache"],
  db: Database,
  options: SharedStateOptions,
): Pick<Services, "cache" | "rateLimiter" | "leases"> {
  const { log, namespace, cooldownMs } = options;
  let shared: Pick<Services, "cache" | "rateLimiter" | "leases">;
  if (target.kind === "upstash") {
    const redis = createRedisClient(target, { timeoutMs: options.timeoutMs });
    shared = {
      cache: createCache(target, { redis, log, namespace, cooldownMs }),
      rateLimiter: createRedisRateLimiter(redis, { log, namespace, cooldownMs }),
      leases: redisLeases(redis, { fallback: postgresLeases(db), log, namespace, cooldownMs }),
    };
  } else {
    shared = {
      cache: createCache(target, { log, namespace }),
      rateLimiter: createMemoryRateLimiter(),
      leases: postgresLeases(db),
    };
  }
  bindLeaseStore(db, shared.leases);
  return shared;
}

export async function createServices(config: Config, log: Logger): Promise<Services> {
  const database = await openDatabase(config.database);
  try {
    await migrate(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  observeQueries(database, { log, slowQueryMs: config.env.SLOW_QUERY_MS });
  return {
    config,
    database,
    ...createSharedState(config.cache, database.db, { log }),
    realtime: createRealtime({
      url: config.partykit.url,
      pushSecret: config.secrets.realtimePush,
      log,
    }),
    log,
    events: new DomainEvents(),
    instanceId: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    httpStats: new HttpStats(),
    startedAt: new Date(),
  };
}

export async function closeServices(services: Services): Promise<void> {
  await Promise.allSettled([services.database.close(), services.cache.close()]);
}
