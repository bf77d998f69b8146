/**
 * Uptime history: every module's probe results rolled up per hour and per UTC day, kept 90 days
 * (the raw `module_probes` are kept a day). A row is written again, whole, each time its bucket is
 * rolled up (app/modules/uptime.server.ts; docs/decisions/039-uptime-history.md).
 */
import { index, integer, pgTable, primaryKey, real, timestamp, uuid } from "drizzle-orm/pg-core";
import { modules } from "./modules.ts";

/** The figures an hour and a day both carry. */
const uptimeColumns = {
  moduleId: uuid("module_id")
    .notNull()
    .references(() => modules.id, { onDelete: "cascade" }),
  /** The start of the hour or UTC day this row summarises. */
  bucket: timestamp("bucket", { withTimezone: true }).notNull(),
  /** Probes recorded in the bucket. */
  probes: integer("probes").notNull(),
  /** Probes that answered 2xx in time (degraded ones included): the uptime is up / probes. */
  up: integer("up").notNull(),
  /** Of `up`, those slower than half the module's timeout (the probe's "slow answer"). */
  degraded: integer("degraded").notNull(),
  /** Probes that failed: an error, a non-2xx answer or no answer in time. */
  down: integer("down").notNull(),
  /** Response times of the probes that were up, in ms; null when none was. */
  latencyAvgMs: real("latency_avg_ms"),
  /** An hour's exact 95th percentile; a day's is its slowest hour's (an upper bound). */
  latencyP95Ms: real("latency_p95_ms"),
  latencyMinMs: integer("latency_min_ms"),
  latencyMaxMs: integer("latency_max_ms"),
};

export const moduleUptimeHourly = pgTable("module_uptime_hourly", uptimeColumns, (t) => [
  primaryKey({ name: "module_uptime_hourly_pkey", columns: [t.moduleId, t.bucket] }),
  index("module_uptime_hourly_bucket_idx").on(t.bucket),
]);

export const moduleUptimeDaily = pgTable("module_uptime_daily", uptimeColumns, (t) => [
  primaryKey({ name: "module_uptime_daily_pkey", columns: [t.moduleId, t.bucket] }),
  index("module_uptime_daily_bucket_idx").on(t.bucket),
]);
