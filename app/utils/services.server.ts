import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { HttpStats } from "#app/metrics/http-stats.server.ts";
import { createRealtime, type Realtime } from "#app/realtime/realtime.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { openDatabase } from "#db/client.ts";
import { migrate } from "#db/migrate.ts";
import { type Cache, createCache } from "./cache.server.ts";
import type { Config } from "./config.server.ts";
import { DomainEvents } from "./events.server.ts";
import type { Logger } from "./log.server.ts";
import { createMemoryRateLimiter, type RateLimiter } from "./rate-limit.server.ts";

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
  events: DomainEvents;
  /** Tells this process apart from other instances (leases, per-instance figures). */
  instanceId: string;
  httpStats: HttpStats;
  startedAt: Date;
}

export async function createServices(config: Config, log: Logger): Promise<Services> {
  const database = await openDatabase(config.database);
  try {
    await migrate(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    config,
    database,
    cache: createCache(config.cache),
    realtime: createRealtime({
      url: config.partykit.url,
      pushSecret: config.secrets.realtimePush,
      log,
    }),
    log,
    rateLimiter: createMemoryRateLimiter(),
    events: new DomainEvents(),
    instanceId: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    httpStats: new HttpStats(),
    startedAt: new Date(),
  };
}

export async function closeServices(services: Services): Promise<void> {
  await Promise.allSettled([services.database.close(), services.cache.close()]);
}
