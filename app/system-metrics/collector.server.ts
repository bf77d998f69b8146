import { type IntervalHistogram, monitorEventLoopDelay } from "node:perf_hooks";
import { and, asc, desc, gte, lt, lte, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { isoDateTime } from "#app/api/schemas.ts";
import type { Cache } from "#app/cache/cache.server.ts";
import type { Config } from "#app/config/config.server.ts";
import { warnUnlessOutage } from "#app/observability/queries.server.ts";
import type { Realtime } from "#app/realtime/realtime.server.ts";
import { lastHourFigures } from "#app/sage/usage.server.ts";
import type { HttpStats } from "#app/system-metrics/http-stats.server.ts";
import { InvalidFieldError } from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import { acquireLease, releaseLease } from "#app/utils/lease.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { everyInterval } from "#app/utils/periodic.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { modules, systemMetrics, systemMetricsMinutely } from "#db/schema/index.ts";

/**
 * The metrics collector. Every figure is measured in this process or read from the database;
 * none is invented. A sample is stored in `system_metrics` (kept a day), rolled up per minute
 * into `system_metrics_1m` (kept 30 days), announced on the event bus (the realtime bridge pushes
 * it to browsers) and cached as the latest sample for the API.
 */

export const LATEST_SAMPLE_KEY = "metrics:latest";
export const LATEST_SAMPLE_TTL_MS = 5_000;
export const DEFAULT_METRICS_INTERVAL_MS = 5_000;
export const RAW_RETENTION_MS = 24 * 3_600_000;
export const ROLLUP_RETENTION_MS = 30 * 24 * 3_600_000;
const ROLLUP_EVERY_MS = 60_000;
const CLEANUP_EVERY_MS = 3_600_000;
/** Each minute the last few complete minutes are rolled up again (late samples, lease handovers). */
const ROLLUP_LOOKBACK_MS = 15 * 60_000;
const REALTIME_WARNING_EVERY_MS = 60_000;
const REALTIME_TIMEOUT_MS = 2_000;
const LOOP_RESOLUTION_MS = 10;

/** Buckets are aligned on this origin (UTC), whatever the session's time zone. */
export const BUCKET_ORIGIN = sql.raw(`timestamptz '2000-01-01 00:00:00+00'`);

export const metricsSampleSchema = named(
  "MetricsSample",
  z.object({
    takenAt: z.iso.datetime({ offset: true }),
    instanceId: z.string().describe("The instance that took the sample."),
    cpuPercent: z.number().describe("Process CPU since the previous sample; one core = 100."),
    rssBytes: z.number().describe("Resident set size of the process."),
    heapUsedBytes: z.number().describe("V8 heap in use."),
    eventLoopP99Ms: z
      .number()
      .describe("99th percentile of event-loop delay since the previous sample, in ms."),
    httpRequestsPerSecond: z.number(),
    httpErrorRate: z.number().describe("Share of 5xx answers, 0-1."),
    httpP95Ms: z.number().describe("95th percentile of response time, in ms."),
    realtimeConnections: z.number().int().describe("Sockets open in the metrics room."),
    modulesOnline: z.number().int().describe("Modules whose status is active or warning."),
    modulesTotal: z.number().int(),
    modulesAvgLoad: z.number().describe("Average load of all modules, 0-100."),
    aiRequestsPerHour: z.number(),
    aiTokensPerHour: z.number(),
    aiCostPerHour: z.number(),
  }),
);

export type MetricsSample = z.infer<typeof metricsSampleSchema>;
export type MetricsRow = typeof systemMetrics.$inferSelect;

export function toPublicSample(row: Omit<MetricsRow, "id">): MetricsSample {
  return {
    takenAt: row.takenAt.toISOString(),
    instanceId: row.instanceId,
    cpuPercent: row.cpuPercent,
    rssBytes: row.rssBytes,
    heapUsedBytes: row.heapUsedBytes,
    eventLoopP99Ms: row.eventLoopP99Ms,
    httpRequestsPerSecond: row.httpRequestsPerSecond,
    httpErrorRate: row.httpErrorRate,
    httpP95Ms: row.httpP95Ms,
    realtimeConnections: row.realtimeConnections,
    modulesOnline: row.modulesOnline,
    modulesTotal: row.modulesTotal,
    modulesAvgLoad: row.modulesAvgLoad,
    aiRequestsPerHour: row.aiRequestsPerHour,
    aiTokensPerHour: row.aiTokensPerHour,
    aiCostPerHour: row.aiCostPerHour,
  };
}

// ---------------------------------------------------------------------------------------------
// One sample

/** What a sample needs from the previous one: the CPU and wall-clock readings, the loop histogram. */
export interface CollectorState {
  cpu: NodeJS.CpuUsage;
  wallMs: number;
  loopDelay: IntervalHistogram;
  lastRealtimeWarningAt: number;
}

/** Starts the measurements the first sample will cover (the event-loop monitor is enabled here, once). */
export function createCollectorState(): CollectorState {
  const loopDelay = monitorEventLoopDelay({ resolution: LOOP_RESOLUTION_MS });
  loopDelay.enable();
  return {
    cpu: process.cpuUsage(),
    wallMs: performance.now(),
    loopDelay,
    lastRealtimeWarningAt: 0,
  };
}

export function disposeCollectorState(state: CollectorState): void {
  state.loopDelay.disable();
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/**
 * The histogram records the time between its timer's wake-ups, so an idle loop reads about the
 * resolution; the delay is what lies beyond it.
 */
function loopDelayP99Ms(histogram: IntervalHistogram): number {
  if (histogram.count === 0) return 0;
  return Math.max(0, histogram.percentile(99) / 1e6 - LOOP_RESOLUTION_MS);
}

async function realtimeConnections(
  services: { realtime: Realtime; log: Logger },
  state: CollectorState,
): Promise<number> {
  try {
    return await services.realtime.connections(REALTIME_TIMEOUT_MS);
  } catch (error) {
    if (Date.now() - state.lastRealtimeWarningAt >= REALTIME_WARNING_EVERY_MS) {
      state.lastRealtimeWarningAt = Date.now();
      services.log.warn(
        { err: error, url: services.realtime.url },
        "metrics: PartyKit unreachable, realtime connections recorded as 0",
      );
    }
    return 0;
  }
}

async function moduleFigures(db: Database) {
  const [row] = await db
    .select({
      online:
        sql<number>`count(*) filter (where ${modules.status} in ('active', 'warning'))::int`.mapWith(
          Number,
        ),
      total: sql<number>`count(*)::int`.mapWith(Number),
      avgLoad: sql<number>`coalesce(avg(${modules.load}), 0)::float8`.mapWith(Number),
    })
    .from(modules);
  return row ?? { online: 0, total: 0, avgLoad: 0 };
}

/** What a sample reads and where it goes: the database, the latest-sample cache, the live room. */
export interface SampleDeps {
  database: DatabaseHandle;
  cache: Cache;
  realtime: Realtime;
  log: Logger;
  events: DomainEvents;
  instanceId: string;
  httpStats: HttpStats;
}

/**
 * Measures everything once, stores the row, announces it and caches it as the latest sample.
 * CPU and event-loop delay cover the time since the previous sample (or since `state` was made).
 */
export async function sampleMetrics(
  services: SampleDeps,
  state: CollectorState,
): Promise<MetricsSample> {
  const wallMs = performance.now();
  const cpu = process.cpuUsage(state.cpu);
  const elapsedMs = Math.max(wallMs - state.wallMs, 1);
  const cpuPercent = ((cpu.user + cpu.system) / 1000 / elapsedMs) * 100;
  state.cpu = process.cpuUsage();
  state.wallMs = wallMs;
  const eventLoopP99Ms = loopDelayP99Ms(state.loopDelay);
  state.loopDelay.reset();
  const memory = process.memoryUsage();
  const http = services.httpStats.snapshot();

  const [connections, moduleRow, ai] = await Promise.all([
    realtimeConnections(services, state),
    moduleFigures(services.database.db),
    lastHourFigures(services.database.db),
  ]);

  const [row] = await services.database.db
    .insert(systemMetrics)
    .values({
      takenAt: new Date(),
      instanceId: services.instanceId,
      cpuPercent: round(cpuPercent, 2),
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      eventLoopP99Ms: round(eventLoopP99Ms, 3),
      httpRequestsPerSecond: round(http.requestsPerSecond, 3),
      httpErrorRate: round(http.errorRate, 4),
      httpP95Ms: round(http.p95Ms, 3),
      realtimeConnections: connections,
      modulesOnline: moduleRow.online,
      modulesTotal: moduleRow.total,
      modulesAvgLoad: round(moduleRow.avgLoad, 2),
      // Summed over the last hour of `ai_calls` (every SAGE call, whatever its outcome).
      aiRequestsPerHour: ai.calls,
      aiTokensPerHour: ai.tokens,
      aiCostPerHour: round(ai.cost, 6),
    })
    .returning();
  const sample = toPublicSample(row!);
  services.events.emit("metrics", sample);
  try {
    await services.cache.set(LATEST_SAMPLE_KEY, sample, LATEST_SAMPLE_TTL_MS);
  } catch (error) {
    // The row is stored; the API falls back to it when the cache cannot answer.
    services.log.warn({ err: error }, "metrics: could not cache the latest sample");
  }
  return sample;
}

// ---------------------------------------------------------------------------------------------
// Rollups and retention

/** Columns averaged into a minute, with how their average is stored. */
const ROLLUP_COLUMNS: [column: string, average: "real" | "bigint" | "int"][] = [
  ["cpu_percent", "real"],
  ["rss_bytes", "bigint"],
  ["heap_used_bytes", "bigint"],
  ["event_loop_p99_ms", "real"],
  ["http_requests_per_second", "real"],
  ["http_error_rate", "real"],
  ["http_p95_ms", "real"],
  ["realtime_connections", "int"],
  ["modules_online", "int"],
  ["modules_total", "int"],
  ["modules_avg_load", "real"],
  ["ai_requests_per_hour", "real"],
  ["ai_tokens_per_hour", "real"],
  ["ai_cost_per_hour", "real"],
];

const rollupNames = sql.raw(ROLLUP_COLUMNS.map(([c]) => c).join(", "));
const rollupAverages = sql.raw(
  ROLLUP_COLUMNS.map(([c, kind]) =>
    kind === "real" ? `avg(${c})::real` : `round(avg(${c}))::${kind}`,
  ).join(", "),
);
const rollupUpdates = sql.raw(
  ["samples", ...ROLLUP_COLUMNS.map(([c]) => c)].map((c) => `${c} = excluded.${c}`).join(", "),
);

/**
 * Averages the raw samples of every complete minute in [from, until) into `system_metrics_1m`,
 * one row per minute and instance. Idempotent: rolling a minute again replaces its row.
 * Returns how many minute rows were written.
 */
export async function rollupMetrics(
  db: Database,
  options: { from?: Date; until?: Date } = {},
): Promise<number> {
  const until = options.until ?? new Date();
  const from = options.from ?? new Date(until.getTime() - ROLLUP_LOOKBACK_MS);
  const minute = (iso: string) =>
    sql`date_bin(interval '1 minute', ${iso}::timestamptz, ${BUCKET_ORIGIN})`;
  const result = await db.execute(sql`
    insert into system_metrics_1m (bucket, instance_id, samples, ${rollupNames})
    select date_bin(interval '1 minute', taken_at, ${BUCKET_ORIGIN}), instance_id, count(*)::int,
      ${rollupAverages}
    from system_metrics
    where taken_at >= ${minute(from.toISOString())} and taken_at < ${minute(until.toISOString())}
    group by 1, 2
    on conflict (bucket, instance_id) do update set ${rollupUpdates}
    returning bucket`);
  return (result as unknown as { rows: unknown[] }).rows.length;
}

/** Deletes raw samples older than a day and minute rollups older than 30 days. */
export async function cleanupMetrics(db: Database, now = new Date()) {
  const raw = await db
    .delete(systemMetrics)
    .where(lt(systemMetrics.takenAt, new Date(now.getTime() - RAW_RETENTION_MS)))
    .returning({ id: systemMetrics.id });
  const minutes = await db
    .delete(systemMetricsMinutely)
    .where(lt(systemMetricsMinutely.bucket, new Date(now.getTime() - ROLLUP_RETENTION_MS)))
    .returning({ id: systemMetricsMinutely.id });
  return { raw: raw.length, minutes: minutes.length };
}

/** The newest stored sample, or null when none has been taken. */
export async function newestSample(db: Database): Promise<MetricsSample | null> {
  const [row] = await db.select().from(systemMetrics).orderBy(desc(systemMetrics.takenAt)).limit(1);
  return row ? toPublicSample(row) : null;
}

/** The latest sample: the cached one while fresh, else the newest row. */
export async function latestSample(services: {
  cache: Cache;
  database: DatabaseHandle;
  log: Logger;
}): Promise<MetricsSample | null> {
  try {
    const cached = await services.cache.get<MetricsSample>(LATEST_SAMPLE_KEY);
    if (cached) return cached;
  } catch (error) {
    services.log.warn({ err: error }, "metrics: cache unavailable, reading the latest sample");
  }
  return newestSample(services.database.db);
}

// ---------------------------------------------------------------------------------------------
// History

export const metricsSteps = ["raw", "1m", "5m", "1h"] as const;
export type MetricsStep = (typeof metricsSteps)[number];
export const MAX_HISTORY_POINTS = 5_000;
export const MAX_HISTORY_RANGE_MS = 31 * 24 * 3_600_000;
const HOUR_MS = 3_600_000;
const STEP_MS: Record<Exclude<MetricsStep, "raw">, number> = {
  "1m": 60_000,
  "5m": 5 * 60_000,
  "1h": HOUR_MS,
};
const STEP_INTERVAL: Record<"5m" | "1h", string> = { "5m": "5 minutes", "1h": "1 hour" };

export const metricsHistoryQuerySchema = z.object({
  from: isoDateTime("from", "from must be an ISO 8601 date-time")
    .optional()
    .describe("Start of the range (default: an hour before `to`)."),
  to: isoDateTime("to", "to must be an ISO 8601 date-time")
    .optional()
    .describe("End of the range (default: now)."),
  step: z
    .enum(metricsSteps, { error: "step must be one of raw, 1m, 5m, 1h" })
    .optional()
    .describe(
      "raw samples, or averages per 1m, 5m or 1h (default: raw up to an hour, 1m up to a day, 1h beyond).",
    ),
});

export const metricsHistorySchema = named(
  "MetricsHistory",
  z.object({
    step: z.enum(metricsSteps),
    from: z.iso.datetime({ offset: true }),
    to: z.iso.datetime({ offset: true }),
    points: z
      .array(metricsSampleSchema)
      .describe(
        "Oldest first. For 1m, 5m and 1h a point's takenAt is the start of its bucket (UTC-aligned), its figures the averages of the samples in it.",
      ),
  }),
);

/** A query that cannot be answered as asked; `field` names the query parameter at fault. */
export class MetricsQueryError extends InvalidFieldError {
  constructor(
    readonly field: "from" | "to" | "step",
    message: string,
  ) {
    super([{ in: "query", path: field, message }], message);
  }
}

export interface HistoryRange {
  from: Date;
  to: Date;
  step: MetricsStep;
}

/** Applies the defaults and the limits (to after from, at most 31 days, at most 5000 buckets). */
export function resolveHistoryRange(
  query: z.output<typeof metricsHistoryQuerySchema>,
  now = new Date(),
): HistoryRange {
  const to = query.to ? new Date(query.to) : now;
  const from = query.from ? new Date(query.from) : new Date(to.getTime() - HOUR_MS);
  const span = to.getTime() - from.getTime();
  if (span <= 0) throw new MetricsQueryError("to", "to must be after from.");
  if (span > MAX_HISTORY_RANGE_MS) {
    throw new MetricsQueryError("from", "The range may span at most 31 days.");
  }
  const step: MetricsStep =
    query.step ?? (span <= HOUR_MS ? "raw" : span <= 24 * HOUR_MS ? "1m" : "1h");
  if (step !== "raw") {
    const stepMs = STEP_MS[step];
    const buckets = Math.floor((to.getTime() - alignDown(from, stepMs)) / stepMs) + 1;
    if (buckets > MAX_HISTORY_POINTS) throw tooManyPoints(step);
  }
  return { from, to, step };
}

function alignDown(date: Date, stepMs: number): number {
  // Bucket origin 2000-01-01T00:00Z is a whole number of hours after the Unix epoch.
  return Math.floor(date.getTime() / stepMs) * stepMs;
}

function tooManyPoints(step: MetricsStep) {
  return new MetricsQueryError(
    "step",
    `The range holds more than ${MAX_HISTORY_POINTS} points at step ${step}; narrow the range or choose a coarser step (raw, 1m, 5m, 1h).`,
  );
}

const m = systemMetricsMinutely;

/** Averages of minute rows, weighted by their sample counts. */
function weighted(column: AnyPgColumn, kind: "real" | "int") {
  const average = sql`sum(${column}::float8 * ${m.samples}) / sum(${m.samples})`;
  return (kind === "int" ? sql`round(${average})::int` : sql`(${average})::float8`).mapWith(Number);
}

/** The samples (or bucket averages) in the range, oldest first. */
export async function metricsHistory(db: Database, range: HistoryRange): Promise<MetricsSample[]> {
  const limit = MAX_HISTORY_POINTS + 1;
  let points: MetricsSample[];
  if (range.step === "raw") {
    const rows = await db
      .select()
      .from(systemMetrics)
      .where(and(gte(systemMetrics.takenAt, range.from), lte(systemMetrics.takenAt, range.to)))
      .orderBy(asc(systemMetrics.takenAt), asc(systemMetrics.instanceId))
      .limit(limit);
    points = rows.map(toPublicSample);
  } else {
    const where = and(
      gte(m.bucket, new Date(alignDown(range.from, STEP_MS[range.step]))),
      lte(m.bucket, range.to),
    );
    if (range.step === "1m") {
      const rows = await db
        .select()
        .from(m)
        .where(where)
        .orderBy(asc(m.bucket), asc(m.instanceId))
        .limit(limit);
      points = rows.map((row) => toPublicSample({ ...row, takenAt: row.bucket }));
    } else {
      const bin = sql`date_bin(${sql.raw(`interval '${STEP_INTERVAL[range.step]}'`)}, ${m.bucket}, ${BUCKET_ORIGIN})`;
      const rows = await db
        .select({
          takenAt: sql<Date>`${bin}`.mapWith(m.bucket),
          instanceId: m.instanceId,
          cpuPercent: weighted(m.cpuPercent, "real"),
          rssBytes: weighted(m.rssBytes, "int"),
          heapUsedBytes: weighted(m.heapUsedBytes, "int"),
          eventLoopP99Ms: weighted(m.eventLoopP99Ms, "real"),
          httpRequestsPerSecond: weighted(m.httpRequestsPerSecond, "real"),
          httpErrorRate: weighted(m.httpErrorRate, "real"),
          httpP95Ms: weighted(m.httpP95Ms, "real"),
          realtimeConnections: weighted(m.realtimeConnections, "int"),
          modulesOnline: weighted(m.modulesOnline, "int"),
          modulesTotal: weighted(m.modulesTotal, "int"),
          modulesAvgLoad: weighted(m.modulesAvgLoad, "real"),
          aiRequestsPerHour: weighted(m.aiRequestsPerHour, "real"),
          aiTokensPerHour: weighted(m.aiTokensPerHour, "real"),
          aiCostPerHour: weighted(m.aiCostPerHour, "real"),
        })
        .from(m)
        .where(where)
        .groupBy(bin, m.instanceId)
        .orderBy(bin, m.instanceId)
        .limit(limit);
      points = rows.map(toPublicSample);
    }
  }
  if (points.length > MAX_HISTORY_POINTS) throw tooManyPoints(range.step);
  return points;
}

// ---------------------------------------------------------------------------------------------
// The schedule

export interface CollectorOptions {
  /** Default: METRICS_INTERVAL_MS (5000). */
  intervalMs?: number;
  instanceId: string;
}

/**
 * Samples every interval on one instance per deployment (the holder of the "metrics" lease);
 * every minute rolls up complete minutes, every hour (and on its first turn) trims old rows.
 * Returns a function that stops it and waits for the work in flight.
 */
export function startMetricsCollector(
  services: SampleDeps & { config: Config },
  options: CollectorOptions,
) {
  const intervalMs =
    options.intervalMs ?? services.config.env.METRICS_INTERVAL_MS ?? DEFAULT_METRICS_INTERVAL_MS;
  const leaseMs = Math.max(intervalMs * 5, 10_000);
  const state = createCollectorState();
  let lastRollup = 0;
  let lastCleanup = 0;
  let firstRollup = true;

  const tick = async () => {
    const db = services.database.db;
    if (!(await acquireLease(db, "metrics", options.instanceId, leaseMs))) return;
    await sampleMetrics(services, state);
    if (Date.now() - lastRollup >= ROLLUP_EVERY_MS) {
      lastRollup = Date.now();
      const until = new Date();
      // On its first turn it catches up on the whole raw day (another holder, or a restart,
      // may have left minutes behind); afterwards the last few minutes suffice.
      await rollupMetrics(db, {
        until,
        from: firstRollup ? new Date(until.getTime() - RAW_RETENTION_MS) : undefined,
      });
      firstRollup = false;
    }
    if (Date.now() - lastCleanup >= CLEANUP_EVERY_MS) {
      lastCleanup = Date.now();
      await cleanupMetrics(db);
    }
  };

  const stop = everyInterval({
    everyMs: intervalMs,
    tick,
    onError: (error) => warnUnlessOutage(services.log, error, "metrics collector tick failed"),
  });

  return async () => {
    await stop();
    disposeCollectorState(state);
    await releaseLease(services.database.db, "metrics", options.instanceId).catch(() => {});
  };
}
