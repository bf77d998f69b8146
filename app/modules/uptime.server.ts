import { and, asc, eq, gte, inArray, lt, sql } from "drizzle-orm";
import type { Cache } from "#app/cache/cache.server.ts";
import { cacheNames, cacheTags } from "#app/cache/cache.server.ts";
import { warnUnlessOutage } from "#app/observability/queries.server.ts";
import { acquireLease, releaseLease } from "#app/utils/lease.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { everyInterval } from "#app/utils/periodic.server.ts";
import { type RateLimiter, retryAfterSeconds } from "#app/utils/rate-limit.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { modules, moduleUptimeDaily, moduleUptimeHourly } from "#db/schema/index.ts";
import {
  DAY_MS,
  HOUR_MS,
  type ModuleUptime,
  type OverallStatus,
  publicStatusOf,
  type ResponseTimeSummary,
  type StatusIncident,
  type StatusPage,
  UPTIME_RETENTION_DAYS,
  type UptimeBar,
  type UptimeRangeSummary,
  uptimeLevel,
  uptimePercent,
} from "./uptime.ts";

/**
 * Uptime history (docs/decisions/039-uptime-history.md). Probe results (`module_probes`, kept a
 * day) are rolled up per hour into `module_uptime_hourly`, and the hours per UTC day into
 * `module_uptime_daily`; both are kept 90 days. A rollup writes each bucket's row whole
 * (insert … on conflict do update), so rolling a bucket again gives the same row.
 * What counts as up, degraded and down is in `uptime.ts`.
 */

/** Raw probes are trimmed after a day (probes.server.ts `trimProbes`). */
export const RAW_PROBE_RETENTION_MS = DAY_MS;
export const UPTIME_RETENTION_MS = UPTIME_RETENTION_DAYS * DAY_MS;
export const DEFAULT_ROLLUP_EVERY_MS = 60_000;
const CLEANUP_EVERY_MS = HOUR_MS;
/** Each turn rolls the current hour and the one before (a probe recorded just after the hour). */
const ROLLUP_LOOKBACK_MS = HOUR_MS;
/** Cache tag of what the rollups feed (the status page): invalidated after each rollup. */
export const UPTIME_CACHE_TAG = "uptime";

/** Buckets are aligned on this origin (UTC), whatever the session's time zone. */
const ORIGIN = sql.raw(`timestamptz '2000-01-01 00:00:00+00'`);

const floorTo = (date: Date, stepMs: number) =>
  new Date(Math.floor(date.getTime() / stepMs) * stepMs);
const ceilTo = (date: Date, stepMs: number) =>
  new Date(Math.ceil(date.getTime() / stepMs) * stepMs);

type Rows<T> = { rows: T[] };

/**
 * Rolls up the probes of every hour that overlaps [from, until) into hourly rows, then the days
 * those hours fall in into daily rows. An hour is rolled only while all of its probes are still
 * stored: one that began more than a day before `now` may have been trimmed in part, and
 * rolling it again would replace a whole row with part of one, so it is left as it is.
 * Returns the number of hourly and daily rows written.
 */
export async function rollupUptime(
  db: Database,
  options: { from?: Date; until?: Date; now?: Date } = {},
): Promise<{ hours: number; days: number }> {
  const now = options.now ?? new Date();
  const until = options.until ?? now;
  const requested = floorTo(
    options.from ?? new Date(until.getTime() - ROLLUP_LOOKBACK_MS),
    HOUR_MS,
  );
  const intact = ceilTo(new Date(now.getTime() - RAW_PROBE_RETENTION_MS), HOUR_MS);
  const from = new Date(Math.max(requested.getTime(), intact.getTime()));
  const end = ceilTo(until, HOUR_MS);
  if (from >= end) return { hours: 0, days: 0 };

  const hours = (await db.execute(sql`
    insert into module_uptime_hourly as h (module_id, bucket, probes, up, degraded, down,
      latency_avg_ms, latency_p95_ms, latency_min_ms, latency_max_ms)
    select p.module_id, date_bin(interval '1 hour', p.created_at, ${ORIGIN}),
      count(*)::int,
      (count(*) filter (where p.ok))::int,
      (count(*) filter (where p.ok and p.latency_ms * 2 > m.probe_timeout_ms))::int,
      (count(*) filter (where not p.ok))::int,
      (avg(p.latency_ms) filter (where p.ok))::real,
      (percentile_cont(0.95) within group (order by p.latency_ms) filter (where p.ok))::real,
      min(p.latency_ms) filter (where p.ok),
      max(p.latency_ms) filter (where p.ok)
    from module_probes p join modules m on m.id = p.module_id
    where p.created_at >= ${from.toISOString()}::timestamptz
      and p.created_at < ${end.toISOString()}::timestamptz
    group by 1, 2
    on conflict (module_id, bucket) do update set
      probes = excluded.probes, up = excluded.up, degraded = excluded.degraded,
      down = excluded.down, latency_avg_ms = excluded.latency_avg_ms,
      latency_p95_ms = excluded.latency_p95_ms, latency_min_ms = excluded.latency_min_ms,
      latency_max_ms = excluded.latency_max_ms
    returning 1`)) as unknown as Rows<unknown>;

  // Whole days: a day's row always sums all of its hours, whichever of them were just rolled.
  const dayFrom = floorTo(from, DAY_MS);
  const dayEnd = ceilTo(end, DAY_MS);
  const days = (await db.execute(sql`
    insert into module_uptime_daily (module_id, bucket, probes, up, degraded, down,
      latency_avg_ms, latency_p95_ms, latency_min_ms, latency_max_ms)
    select module_id, date_bin(interval '1 day', bucket, ${ORIGIN}),
      sum(probes)::int, sum(up)::int, sum(degraded)::int, sum(down)::int,
      (sum(latency_avg_ms::float8 * up) / nullif(sum(up) filter (where latency_avg_ms is not null), 0))::real,
      max(latency_p95_ms), min(latency_min_ms), max(latency_max_ms)
    from module_uptime_hourly
    where bucket >= ${dayFrom.toISOString()}::timestamptz
      and bucket < ${dayEnd.toISOString()}::timestamptz
    group by 1, 2
    on conflict (module_id, bucket) do update set
      probes = excluded.probes, up = excluded.up, degraded = excluded.degraded,
      down = excluded.down, latency_avg_ms = excluded.latency_avg_ms,
      latency_p95_ms = excluded.latency_p95_ms, latency_min_ms = excluded.latency_min_ms,
      latency_max_ms = excluded.latency_max_ms
    returning 1`)) as unknown as Rows<unknown>;
  return { hours: hours.rows.length, days: days.rows.length };
}

/** Deletes hourly and daily rows of buckets that began more than 90 days before `now`. */
export async function trimUptime(db: Database, now = new Date()) {
  const cutoff = new Date(now.getTime() - UPTIME_RETENTION_MS);
  const hours = await db
    .delete(moduleUptimeHourly)
    .where(lt(moduleUptimeHourly.bucket, cutoff))
    .returning({ bucket: moduleUptimeHourly.bucket });
  const days = await db
    .delete(moduleUptimeDaily)
    .where(lt(moduleUptimeDaily.bucket, cutoff))
    .returning({ bucket: moduleUptimeDaily.bucket });
  return { hours: hours.length, days: days.length };
}

// ---------------------------------------------------------------------------------------------
// The job

export interface UptimeJobOptions {
  instanceId: string;
  /** How often to roll up (default 60 s). */
  everyMs?: number;
}

/**
 * Rolls up probes once per cluster: on whichever instance holds the "uptime-rollup" lease. Its
 * first turn on an instance (after a start, or on taking the lease over) catches up on the whole
 * stored day of probes; later turns roll the current hour and the one before. Every hour (and on
 * its first turn) it trims rows older than 90 days. Returns a function that stops it.
 */
export function startUptimeRollups(
  services: { database: DatabaseHandle; cache: Cache; log: Logger },
  options: UptimeJobOptions,
) {
  const everyMs = options.everyMs ?? DEFAULT_ROLLUP_EVERY_MS;
  const leaseMs = Math.max(everyMs * 3, 10_000);
  let holding = false;
  let lastCleanup = 0;

  const tick = async () => {
    const db = services.database.db;
    if (!(await acquireLease(db, "uptime-rollup", options.instanceId, leaseMs))) {
      holding = false;
      return;
    }
    const now = new Date();
    await rollupUptime(db, {
      now,
      until: now,
      from: holding ? undefined : new Date(now.getTime() - RAW_PROBE_RETENTION_MS),
    });
    holding = true;
    if (Date.now() - lastCleanup >= CLEANUP_EVERY_MS) {
      lastCleanup = Date.now();
      await trimUptime(db, now);
    }
    await services.cache.invalidateTag(UPTIME_CACHE_TAG);
  };

  const stop = everyInterval({
    everyMs,
    // The first turn soon after start, so a restart does not leave the history an interval behind.
    firstAfterMs: Math.min(everyMs, 5_000),
    tick,
    onError: (error) => {
      holding = false;
      warnUnlessOutage(services.log, error, "uptime rollup failed");
    },
  });

  return async () => {
    await stop();
    await releaseLease(services.database.db, "uptime-rollup", options.instanceId).catch(() => {});
  };
}

// ---------------------------------------------------------------------------------------------
// Reading it back

type UptimeRow = typeof moduleUptimeHourly.$inferSelect;

function barOf(start: Date, row: UptimeRow | undefined): UptimeBar {
  const counts = row ?? { probes: 0, up: 0, degraded: 0, down: 0 };
  return {
    start: start.toISOString(),
    probes: counts.probes,
    up: counts.up,
    degraded: counts.degraded,
    down: counts.down,
    uptimePercent: uptimePercent(counts.up, counts.probes),
    level: uptimeLevel(counts),
    latencyAvgMs: row?.latencyAvgMs ?? null,
    latencyP95Ms: row?.latencyP95Ms ?? null,
    latencyMinMs: row?.latencyMinMs ?? null,
    latencyMaxMs: row?.latencyMaxMs ?? null,
  };
}

/** One bar per step from `first` for `count` steps, empty where no row exists. */
function barsOf(rows: UptimeRow[], first: Date, stepMs: number, count: number): UptimeBar[] {
  const byStart = new Map(rows.map((row) => [row.bucket.getTime(), row]));
  return Array.from({ length: count }, (_, i) => {
    const start = new Date(first.getTime() + i * stepMs);
    return barOf(start, byStart.get(start.getTime()));
  });
}

function summarise(bars: UptimeBar[]): UptimeRangeSummary {
  const sum = (key: "probes" | "up" | "degraded" | "down") =>
    bars.reduce((total, bar) => total + bar[key], 0);
  const probes = sum("probes");
  const up = sum("up");
  return {
    probes,
    up,
    degraded: sum("degraded"),
    down: sum("down"),
    uptimePercent: uptimePercent(up, probes),
  };
}

function responseTimes(bars: UptimeBar[]): ResponseTimeSummary {
  const answered = bars.filter((bar) => bar.latencyAvgMs !== null && bar.up > 0);
  if (answered.length === 0) return { avgMs: null, p95Ms: null, minMs: null, maxMs: null };
  const up = answered.reduce((total, bar) => total + bar.up, 0);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    avgMs: round(answered.reduce((total, bar) => total + bar.latencyAvgMs! * bar.up, 0) / up),
    p95Ms: round(Math.max(...answered.map((bar) => bar.latencyP95Ms ?? 0))),
    minMs: Math.min(...answered.map((bar) => bar.latencyMinMs ?? Number.POSITIVE_INFINITY)),
    maxMs: Math.max(...answered.map((bar) => bar.latencyMaxMs ?? 0)),
  };
}

const CHART_HOURS = 7 * 24;

/** A module's uptime bars, range figures and response times, as of `now`. */
export async function moduleUptime(
  deps: { database: DatabaseHandle },
  moduleId: string,
  now = new Date(),
): Promise<ModuleUptime> {
  const db = deps.database.db;
  const firstHour = new Date(floorTo(now, HOUR_MS).getTime() - (CHART_HOURS - 1) * HOUR_MS);
  const firstDay = new Date(floorTo(now, DAY_MS).getTime() - (UPTIME_RETENTION_DAYS - 1) * DAY_MS);
  const [hourRows, dayRows] = await Promise.all([
    db
      .select()
      .from(moduleUptimeHourly)
      .where(
        and(eq(moduleUptimeHourly.moduleId, moduleId), gte(moduleUptimeHourly.bucket, firstHour)),
      )
      .orderBy(asc(moduleUptimeHourly.bucket)),
    db
      .select()
      .from(moduleUptimeDaily)
      .where(and(eq(moduleUptimeDaily.moduleId, moduleId), gte(moduleUptimeDaily.bucket, firstDay)))
      .orderBy(asc(moduleUptimeDaily.bucket)),
  ]);
  const weekHours = barsOf(hourRows, firstHour, HOUR_MS, CHART_HOURS);
  const hours = weekHours.slice(-24);
  const days = barsOf(dayRows, firstDay, DAY_MS, UPTIME_RETENTION_DAYS);
  const month = days.slice(-30);
  return {
    hours,
    days,
    ranges: { "24h": summarise(hours), "30d": summarise(month), "90d": summarise(days) },
    responseTime: { "24h": responseTimes(hours), "30d": responseTimes(month) },
    responseTimeHours: weekHours.map((bar) => ({
      start: bar.start,
      avgMs: bar.latencyAvgMs,
      p95Ms: bar.latencyP95Ms,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// The public status page

/**
 * Open incidents for the status page. Nothing records incidents yet: this is where that work
 * plugs in (public modules' names only, nothing from private ones).
 */
export async function openIncidents(_deps: {
  database: DatabaseHandle;
}): Promise<StatusIncident[]> {
  return [];
}

export const STATUS_CACHE_TTL_MS = 30_000;
/** Shared caches may keep the status page briefly: it is the same for everyone. */
export const STATUS_CACHE_CONTROL = `public, max-age=${STATUS_CACHE_TTL_MS / 1000}`;

/**
 * What the public may see: the modules marked public, by name, with their status and 90 days of
 * daily uptime, nothing else (no ids, endpoints, descriptions, probe errors).
 */
export async function statusPage(
  deps: { database: DatabaseHandle },
  now = new Date(),
): Promise<StatusPage> {
  const db = deps.database.db;
  const listed = await db
    .select({ id: modules.id, name: modules.name, status: modules.status })
    .from(modules)
    .where(eq(modules.public, true))
    .orderBy(asc(modules.name), asc(modules.id));
  const firstDay = new Date(floorTo(now, DAY_MS).getTime() - (UPTIME_RETENTION_DAYS - 1) * DAY_MS);
  const dayRows =
    listed.length === 0
      ? []
      : await db
          .select()
          .from(moduleUptimeDaily)
          .where(
            and(
              inArray(
                moduleUptimeDaily.moduleId,
                listed.map((m) => m.id),
              ),
              gte(moduleUptimeDaily.bucket, firstDay),
            ),
          );
  let probes = 0;
  let up = 0;
  const items = listed.map((module) => {
    const days = barsOf(
      dayRows.filter((row) => row.moduleId === module.id),
      firstDay,
      DAY_MS,
      UPTIME_RETENTION_DAYS,
    );
    const summary = summarise(days);
    probes += summary.probes;
    up += summary.up;
    return {
      name: module.name,
      status: publicStatusOf(module.status),
      uptimePercent: summary.uptimePercent,
      days: days.map((day) => ({
        date: day.start.slice(0, 10),
        probes: day.probes,
        uptimePercent: day.uptimePercent,
        level: day.level,
      })),
    };
  });
  const statuses = new Set(items.map((item) => item.status));
  const status: OverallStatus = statuses.has("down")
    ? "outage"
    : statuses.has("degraded")
      ? "degraded"
      : "operational";
  return {
    status,
    uptimePercent: uptimePercent(up, probes),
    modules: items,
    incidents: await openIncidents(deps),
    generatedAt: now.toISOString(),
  };
}

/**
 * The status page, shared by every visitor for up to 30 s: any change to a module (its status, its
 * name, whether it is public) and every rollup drop it at once.
 */
export async function statusPageCached(deps: {
  database: DatabaseHandle;
  cache: Cache;
}): Promise<StatusPage> {
  return deps.cache.getOrCompute(
    cacheNames.modules,
    "status-page",
    STATUS_CACHE_TTL_MS,
    () => statusPage(deps),
    { tags: [cacheTags.modules, UPTIME_CACHE_TAG] },
  );
}

/**
 * Counts a request for the status page against the limits the API's calls share: per address
 * without credentials, per person or token with them. Returns how long to wait when refused.
 */
export async function admitStatusRequest(
  services: { rateLimiter: RateLimiter; config: { env: { API_RATE_LIMIT?: number } } },
  actor: { user: { id: string }; tokenId?: string } | null,
  clientIp: string,
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const limiter = services.rateLimiter;
  const [rule, key] = actor
    ? [
        {
          ...limiter.rules.api,
          limit: services.config.env.API_RATE_LIMIT ?? limiter.rules.api.limit,
        },
        actor.tokenId ? `token:${actor.tokenId}` : `user:${actor.user.id}`,
      ]
    : [limiter.rules.apiAnonymous, `ip:${clientIp}`];
  const result = await limiter.limit(rule, key);
  return { allowed: result.success, retryAfterSeconds: retryAfterSeconds(result) };
}
