import type { Redis } from "@upstash/redis";
import { sql } from "drizzle-orm";
import { singleton } from "#app/utils/singleton.server.ts";
import type { Database } from "#db/client.ts";
import type { Logger } from "./log.server.ts";
import { FailureGuard, type FailureGuardState } from "./redis.server.ts";

/**
 * Named leases: periodic jobs (probes, metrics) run on whichever instance holds the lease, so
 * several app instances behind a load balancer still probe and sample once.
 *
 * Two stores. Postgres, already shared by every instance (PGlite or Neon), on embedded defaults.
 * Redis when it is configured (docs/decisions/027-leases-in-redis.md): a lease is renewed every
 * tick by every candidate, which is a write per tick per instance that Postgres need not take,
 * and Redis expires it by itself. When Redis cannot answer, the Postgres lease is used instead,
 * so the jobs keep running through a Redis outage.
 */
export interface LeaseStore {
  kind: "postgres" | "redis";
  /** True when `holder` holds the lease for the next `ttlMs` (acquired or renewed). */
  acquire(name: string, holder: string, ttlMs: number): Promise<boolean>;
  /** Gives the lease up, if `holder` holds it. */
  release(name: string, holder: string): Promise<void>;
}

export function postgresLeases(db: Database): LeaseStore {
  return {
    kind: "postgres",
    async acquire(name, holder, ttlMs) {
      const result = await db.execute(sql`
        insert into leases (name, holder, expires_at)
        values (${name}, ${holder}, now() + ${`${ttlMs} milliseconds`}::interval)
        on conflict (name) do update
          set holder = excluded.holder, expires_at = excluded.expires_at
          where leases.holder = excluded.holder or leases.expires_at < now()
        returning holder`);
      const rows = (result as unknown as { rows: { holder: string }[] }).rows;
      return rows[0]?.holder === holder;
    },
    async release(name, holder) {
      await db.execute(sql`delete from leases where name = ${name} and holder = ${holder}`);
    },
  };
}

/** Takes a free lease, or renews it for its holder; anyone else is refused. */
const ACQUIRE_SCRIPT = `
if redis.call("SET", KEYS[1], ARGV[1], "NX", "PX", ARGV[2]) then return 1 end
if redis.call("GET", KEYS[1]) == ARGV[1] then
  redis.call("PEXPIRE", KEYS[1], ARGV[2])
  return 1
end
return 0`;

/** Deletes the lease only for its holder. */
const RELEASE_SCRIPT = `
if redis.call("GET", KEYS[1]) == ARGV[1] then return redis.call("DEL", KEYS[1]) end
return 0`;

export interface RedisLeaseOptions {
  namespace?: string;
  /** Used while Redis cannot answer. */
  fallback: LeaseStore;
  log?: Logger;
  cooldownMs?: number;
}

export interface RedisLeaseStore extends LeaseStore {
  state(): FailureGuardState;
}

export function redisLeases(redis: Redis, options: RedisLeaseOptions): RedisLeaseStore {
  const keyOf = (name: string) => `${options.namespace ?? "nexus"}:lease:${name}`;
  const guard = new FailureGuard({
    component: "leases",
    log: options.log,
    cooldownMs: options.cooldownMs,
  });
  return {
    kind: "redis",
    async acquire(name, holder, ttlMs) {
      const answer = await guard.run("acquire", () =>
        redis.eval<string[], number>(ACQUIRE_SCRIPT, [keyOf(name)], [holder, String(ttlMs)]),
      );
      if (!answer) return options.fallback.acquire(name, holder, ttlMs);
      return Number(answer.value) === 1;
    },
    async release(name, holder) {
      await guard.run("release", () =>
        redis.eval<string[], number>(RELEASE_SCRIPT, [keyOf(name)], [holder]),
      );
      // A lease taken in Postgres during an outage is given up there too.
      await options.fallback.release(name, holder).catch(() => {});
    },
    state: () => guard.state(),
  };
}

/**
 * The store each database's callers use. `createServices` binds the Redis store to its database
 * when Redis is configured, so callers that pass the database (the probe scheduler, the metrics
 * collector) use Redis without knowing it; a database nobody bound uses Postgres.
 */
const stores = singleton("lease-stores", () => new WeakMap<Database, LeaseStore>());

export function bindLeaseStore(db: Database, store: LeaseStore): void {
  stores.set(db, store);
}

export function leaseStoreFor(db: Database): LeaseStore {
  let store = stores.get(db);
  if (!store) {
    store = postgresLeases(db);
    stores.set(db, store);
  }
  return store;
}

/** Returns true when `holder` holds the lease for the next `ttlMs`. */
export async function acquireLease(
  db: Database,
  name: string,
  holder: string,
  ttlMs: number,
): Promise<boolean> {
  return leaseStoreFor(db).acquire(name, holder, ttlMs);
}

export async function releaseLease(db: Database, name: string, holder: string): Promise<void> {
  await leaseStoreFor(db).release(name, holder);
}
