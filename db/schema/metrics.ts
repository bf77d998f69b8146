/** System metrics: a sample every few seconds (kept a day) and one-minute rollups (kept 30 days). */
import {
  bigint,
  index,
  integer,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/** The figures a sample and a rollup both carry. */
const metricColumns = {
  instanceId: text("instance_id").notNull(),
  cpuPercent: real("cpu_percent").notNull(),
  rssBytes: bigint("rss_bytes", { mode: "number" }).notNull(),
  heapUsedBytes: bigint("heap_used_bytes", { mode: "number" }).notNull(),
  eventLoopP99Ms: real("event_loop_p99_ms").notNull(),
  httpRequestsPerSecond: real("http_requests_per_second").notNull(),
  httpErrorRate: real("http_error_rate").notNull(),
  httpP95Ms: real("http_p95_ms").notNull(),
  realtimeConnections: integer("realtime_connections").notNull(),
  modulesOnline: integer("modules_online").notNull(),
  modulesTotal: integer("modules_total").notNull(),
  modulesAvgLoad: real("modules_avg_load").notNull(),
  aiRequestsPerHour: real("ai_requests_per_hour").notNull(),
  aiTokensPerHour: real("ai_tokens_per_hour").notNull(),
  aiCostPerHour: real("ai_cost_per_hour").notNull(),
};

export const systemMetrics = pgTable(
  "system_metrics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    takenAt: timestamp("taken_at", { withTimezone: true }).notNull().defaultNow(),
    ...metricColumns,
  },
  (t) => [index("system_metrics_taken_idx").on(t.takenAt.desc())],
);

export const systemMetricsMinutely = pgTable(
  "system_metrics_1m",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The start of the minute this row summarises (averages of its samples). */
    bucket: timestamp("bucket", { withTimezone: true }).notNull(),
    samples: integer("samples").notNull(),
    ...metricColumns,
  },
  (t) => [uniqueIndex("system_metrics_1m_bucket_key").on(t.bucket, t.instanceId)],
);
