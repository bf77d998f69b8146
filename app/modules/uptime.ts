/**
 * Uptime: what the rollups mean (docs/decisions/039-uptime-history.md), shared by the module
 * page, the public status page and the API. Server-side queries are in `uptime.server.ts`, the
 * API's schemas in `uptime-schemas.ts` (kept apart so the pages do not ship zod).
 *
 * A probe is
 *   - up:        it answered 2xx within its timeout (the module's status becomes active);
 *   - degraded:  up, but slower than half its timeout (the probe's "slow answer", status warning):
 *                it counts as up and is shown apart;
 *   - down:      it failed: an error, a non-2xx answer, or no answer in time.
 * Uptime % = up / probes (degraded included), rounded down to 0.01, so a bucket with a failure
 * never reads 100%. Response times are those of the probes that were up.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
/** How long the hourly and daily rollups are kept. */
export const UPTIME_RETENTION_DAYS = 90;

/** How a bar is drawn (and said): no probes, all up, some slow, some failures, mostly failing. */
export const uptimeLevels = ["none", "up", "degraded", "partial", "down"] as const;
export type UptimeLevel = (typeof uptimeLevels)[number];

/** Below this share of up probes a bucket is "down" rather than "partial". */
export const PARTIAL_OUTAGE_FLOOR_PERCENT = 90;

export interface UptimeCounts {
  probes: number;
  up: number;
  degraded: number;
  down: number;
}

/** up / probes as a percentage rounded down to 0.01; null without probes. */
export function uptimePercent(up: number, probes: number): number | null {
  if (probes <= 0) return null;
  return Math.floor((up * 10_000) / probes) / 100;
}

export function uptimeLevel(counts: UptimeCounts): UptimeLevel {
  if (counts.probes <= 0) return "none";
  if (counts.down === 0) return counts.degraded > 0 ? "degraded" : "up";
  const percent = uptimePercent(counts.up, counts.probes) ?? 0;
  return percent >= PARTIAL_OUTAGE_FLOOR_PERCENT ? "partial" : "down";
}

export const uptimeLevelText: Record<UptimeLevel, string> = {
  none: "no data",
  up: "all probes up",
  degraded: "slow answers",
  partial: "some probes failed",
  down: "mostly down",
};

/** One hour or UTC day of a module's history, as the module page draws it. */
export interface UptimeBar extends UptimeCounts {
  /** Start of the hour or UTC day (ISO). */
  start: string;
  uptimePercent: number | null;
  level: UptimeLevel;
  latencyAvgMs: number | null;
  latencyP95Ms: number | null;
  latencyMinMs: number | null;
  latencyMaxMs: number | null;
}

export interface UptimeRangeSummary {
  probes: number;
  up: number;
  degraded: number;
  down: number;
  uptimePercent: number | null;
}

export interface ResponseTimeSummary {
  avgMs: number | null;
  /** The slowest hour's 95th percentile in the range (an upper bound for the range's). */
  p95Ms: number | null;
  minMs: number | null;
  maxMs: number | null;
}

/** Everything the module page shows about a module's uptime. */
export interface ModuleUptime {
  /** The last 24 hours, oldest first; the last one is the current hour so far. */
  hours: UptimeBar[];
  /** The last 90 UTC days, oldest first; the last one is today so far. */
  days: UptimeBar[];
  ranges: { "24h": UptimeRangeSummary; "30d": UptimeRangeSummary; "90d": UptimeRangeSummary };
  responseTime: { "24h": ResponseTimeSummary; "30d": ResponseTimeSummary };
  /** Hourly response times over the last 7 days, oldest first, for the chart. */
  responseTimeHours: { start: string; avgMs: number | null; p95Ms: number | null }[];
}

// ---------------------------------------------------------------------------------------------
// The public status page and GET /api/v1/status: names, statuses and uptime, nothing else.

export const publicStatuses = ["operational", "degraded", "down", "maintenance"] as const;
export type PublicStatus = (typeof publicStatuses)[number];

/** A module's status as the public sees it. */
export function publicStatusOf(status: "active" | "warning" | "error" | "inactive"): PublicStatus {
  return status === "active"
    ? "operational"
    : status === "warning"
      ? "degraded"
      : status === "error"
        ? "down"
        : "maintenance";
}

export const publicStatusText: Record<PublicStatus, string> = {
  operational: "Operational",
  degraded: "Degraded",
  down: "Down",
  maintenance: "Maintenance",
};

export const overallStatuses = ["operational", "degraded", "outage"] as const;
export type OverallStatus = (typeof overallStatuses)[number];

export const overallStatusText: Record<OverallStatus, string> = {
  operational: "All systems operational",
  degraded: "Some systems degraded",
  outage: "Some systems down",
};

export type {
  StatusDay,
  StatusIncident,
  StatusModule,
  StatusPage,
} from "./uptime-schemas.ts";
