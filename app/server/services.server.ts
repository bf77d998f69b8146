import { randomBytes, randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { eq } from "drizzle-orm";
import type { FlagKey } from "#app/flags/definitions.ts";
import { createFlagStore, type FlagStore } from "#app/flags/flags.server.ts";
import { observeQueries } from "#app/observability/queries.server.ts";
import { createRealtime, type Realtime } from "#app/realtime/realtime.server.ts";
import { HttpStats } from "#app/system-metrics/http-stats.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { openDatabase } from "#db/client.ts";
import { migrate } from "#db/migrate.ts";
import { instanceSettings } from "#db/schema/index.ts";
import { type Cache, createCache } from "../cache/cache.server.ts";
import type { Config } from "../config/config.server.ts";
import { DomainEvents } from "../utils/events.server.ts";
import {
  bindLeaseStore,
  type LeaseStore,
  postgresLeases,
  redisLeases,
} from "../utils/lease.server.ts";
import type { Logger } from "../utils/log.server.ts";
import {
  createMemoryRateLimiter,
  createRedisRateLimiter,
  type RateLimiter,
  type RateLimitOverrides,
} from "../utils/rate-limit.server.ts";
import { createRedisClient } from "../utils/redis.server.ts";

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
  /** Feature flags in force on this instance (`services.flags.enabled(key)`). */
  flags: FlagStore;
  /** Tells this process apart from other instances (leases, per-instance figures). */
  instanceId: string;
  /** This deployment's key prefix in a shared Redis (see deploymentNamespace). */
  namespace: string;
  httpStats: HttpStats;
  startedAt: Date;
}

export interface SharedStateOptions {
  log: Logger;
  /** Key prefix in Redis (see deploymentNamespace): deployments sharing a Redis differ here. */
  namespace?: string;
  /** How long one Redis call may take (default 300 ms). */
  timeoutMs?: number;
  /** How long a failing Redis is left alone before the next try (default 1 s). */
  cooldownMs?: number;
  /** Deployment defaults for feature flags (NEXUS_FLAGS). */
  flagDefaults?: Partial<Record<FlagKey, boolean>>;
  /** Rate limit values instead of the defaults (tests: short sign-in slow-downs). */
  rateLimits?: RateLimitOverrides;
}

/**
 * The Redis cache while the `cache.redis` flag is on, this instance's memory otherwise. Removals
 * reach both, so turning the flag back on never serves an entry invalidated meanwhile.
 */
function switchableCache(redis: Cache, memory: Cache, redisWanted: () => boolean): Cache {
  const current = () => (redisWanted() ? redis : memory);
  return {
    get kind() {
      return current().kind;
    },
    get: (key) => current().get(key),
    set: (key, value, ttlMs, options) => current().set(key, value, ttlMs, options),
    async delete(key) {
      await Promise.all([redis.delete(key), memory.delete(key)]);
    },
    async invalidateTag(...tags) {
      await Promise.all([redis.invalidateTag(...tags), memory.invalidateTag(...tags)]);
    },
    async invalidatePrefix(prefix) {
      await Promise.all([redis.invalidatePrefix(prefix), memory.invalidatePrefix(prefix)]);
    },
    getOrCompute: (name, key, ttlMs, compute, options) =>
      current().getOrCompute(name, key, ttlMs, compute, options),
    stats: () => current().stats(),
    ping: () => current().ping(),
    async close() {
      await Promise.all([redis.close(), memory.close()]);
    },
  };
}

/** Leases only while the `cluster.leases` flag is on; off, every instance runs every job. */
function switchableLeases(store: LeaseStore, clustered: () => boolean): LeaseStore {
  return {
    ...store,
    acquire: (name, holder, ttlMs) =>
      clustered() ? store.acquire(name, holder, ttlMs) : Promise.resolve(true),
  };
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
): Pick<Services, "cache" | "rateLimiter" | "leases" | "flags"> {
  const { log, namespace, cooldownMs, rateLimits: rules } = options;
  const flags = createFlagStore(db, { defaults: options.flagDefaults, log });
  let shared: Pick<Services, "cache" | "rateLimiter" | "leases" | "flags">;
  if (target.kind === "upstash") {
    const redis = createRedisClient(target, { timeoutMs: options.timeoutMs });
    shared = {
      cache: switchableCache(
        createCache(target, { redis, log, namespace, cooldownMs }),
        createCache({ kind: "memory" }, { log, namespace }),
        () => flags.enabled("cache.redis"),
      ),
      rateLimiter: createRedisRateLimiter(redis, { log, namespace, cooldownMs, rules }),
      leases: redisLeases(redis, { fallback: postgresLeases(db), log, namespace, cooldownMs }),
      flags,
    };
  } else {
    shared = {
      cache: createCache(target, { log, namespace }),
      rateLimiter: createMemoryRateLimiter({ rules }),
      leases: postgresLeases(db),
      flags,
    };
  }
  shared.leases = switchableLeases(shared.leases, () => flags.enabled("cluster.leases"));
  bindLeaseStore(db, shared.leases);
  return shared;
}

/**
 * The key prefix of this deployment in a shared Redis: `nexus:<NEXUS_INSTANCE_NAME>`, else
 * `nexus:<the database's deployment id>`, an id made once and kept in the database itself, so
 * the instances of one deployment agree on it and two deployments never share cache entries,
 * rate-limit counters or leases.
 */
export async function deploymentNamespace(db: Database, instanceName?: string): Promise<string> {
  if (instanceName) return `nexus:${instanceName}`;
  const key = "deployment.id";
  await db
    .insert(instanceSettings)
    .values({ key, value: randomUUID() })
    .onConflictDoNothing({ target: instanceSettings.key });
  const [row] = await db
    .select({ value: instanceSettings.value })
    .from(instanceSettings)
    .where(eq(instanceSettings.key, key));
  return `nexus:${String(row!.value)}`;
}

/** What a caller may set instead of the defaults: tests use their own namespace and timeouts. */
export type ServiceOptions = Omit<SharedStateOptions, "log" | "flagDefaults">;

export async function createServices(
  config: Config,
  log: Logger,
  options: ServiceOptions = {},
): Promise<Services> {
  if (config.database.kind === "embedded") {
    throw new Error("The embedded Postgres must be started (db/embedded.ts) before the services.");
  }
  const database = await openDatabase(config.database);
  try {
    await migrate(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  observeQueries(database, { log, slowQueryMs: config.env.SLOW_QUERY_MS });
  const namespace =
    options.namespace ??
    (await deploymentNamespace(database.db, config.env.NEXUS_INSTANCE_NAME).catch(
      async (error: unknown) => {
        await database.close();
        throw error;
      },
    ));
  const shared = createSharedState(config.cache, database.db, {
    ...options,
    log,
    namespace,
    flagDefaults: config.env.NEXUS_FLAGS,
  });
  await shared.flags.refresh();
  return {
    config,
    database,
    ...shared,
    realtime: createRealtime({
      url: config.partykit.url,
      pushSecret: config.secrets.realtimePush,
      log,
      enabled: () => shared.flags.enabled("realtime"),
    }),
    log,
    namespace,
    events: new DomainEvents(),
    instanceId: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    httpStats: new HttpStats(),
    startedAt: new Date(),
  };
}

export async function closeServices(services: Services): Promise<void> {
  services.flags.stop();
  await Promise.allSettled([services.database.close(), services.cache.close()]);
}
