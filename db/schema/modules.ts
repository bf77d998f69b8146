/**
 * Modules ("consciousness modules"): the components of the AI system NEXUS watches, how their
 * status changed, and every health probe's outcome.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, timestamps } from "./columns.ts";

export const moduleStatuses = ["active", "warning", "error", "inactive"] as const;
export const moduleStatusEnum = pgEnum("module_status", moduleStatuses);

export const modules = pgTable(
  "modules",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind").notNull(),
    status: moduleStatusEnum("status").notNull().default("inactive"),
    integrationLevel: integer("integration_level").notNull().default(0),
    load: integer("load").notNull().default(0),
    /** Figures by name: numbers or short strings, entered by people or reported by the module. */
    metrics: jsonb("metrics").$type<Record<string, number | string>>().notNull().default({}),
    healthEndpoint: text("health_endpoint"),
    probeIntervalSeconds: integer("probe_interval_seconds").notNull().default(30),
    probeTimeoutMs: integer("probe_timeout_ms").notNull().default(2000),
    lastProbeAt: timestamp("last_probe_at", { withTimezone: true }),
    lastProbeOk: boolean("last_probe_ok"),
    lastProbeLatencyMs: integer("last_probe_latency_ms"),
    lastProbeError: text("last_probe_error"),
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    /** Listed on the public status page (/status): its name, status and uptime only. */
    public: boolean("public").notNull().default(false),
    /**
     * When the latest scheduled probe was claimed and sent, on the database's clock: the next one
     * is due `probeIntervalSeconds` later (docs/decisions/037-probe-claims.md).
     */
    probeStartedAt: timestamp("probe_started_at", { withTimezone: true }),
    /**
     * Set while one instance has this module's probe in flight, to its timeout plus a margin, so
     * no other instance probes it meanwhile; cleared when the outcome is recorded, and lapses by
     * itself if that instance dies.
     */
    probeClaimedUntil: timestamp("probe_claimed_until", { withTimezone: true }),
    /** Bumped on every change; a write naming an older version is refused (409). */
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("modules_slug_key").on(t.slug),
    index("modules_status_idx").on(t.status),
    index("modules_kind_idx").on(t.kind),
    index("modules_created_idx").on(t.createdAt, t.id),
    check("modules_load_range", sql`${t.load} between 0 and 100`),
    check("modules_integration_range", sql`${t.integrationLevel} between 0 and 100`),
  ],
);

export const moduleStatusHistory = pgTable(
  "module_status_history",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    fromStatus: moduleStatusEnum("from_status"),
    toStatus: moduleStatusEnum("to_status").notNull(),
    /** Why: "probe: 3 consecutive failures (timeout)", "set by ada@example.com", ... */
    reason: text("reason").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("module_status_history_module_idx").on(t.moduleId, t.createdAt.desc())],
);

/** Every health probe's outcome, kept for a day (the cleanup job trims it). */
export const moduleProbes = pgTable(
  "module_probes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    moduleId: uuid("module_id")
      .notNull()
      .references(() => modules.id, { onDelete: "cascade" }),
    ok: boolean("ok").notNull(),
    httpStatus: integer("http_status"),
    latencyMs: integer("latency_ms").notNull(),
    error: text("error"),
    createdAt: createdAt(),
  },
  (t) => [index("module_probes_module_idx").on(t.moduleId, t.createdAt.desc())],
);
