/**
 * The drizzle schema: the single source of the database's shape. Migrations in `drizzle/` are
 * generated from it (`npm run db:generate`), never written by hand once they land.
 * Every id is a UUID; every timestamp is `timestamptz`.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** Facts about this installation (its id, when it was set up), one row per key. */
export const instanceSettings = pgTable("instance_settings", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  value: jsonb("value").notNull(),
  ...timestamps,
});

export { timestamps };

// ---------------------------------------------------------------------------------------------
// Accounts

export const roles = ["viewer", "operator", "admin"] as const;
export const roleEnum = pgEnum("role", roles);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull().default("viewer"),
    passwordHash: text("password_hash").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

/**
 * Browser sessions, one row per sign-in: the cookie carries only the id, so signing out (or an
 * admin disabling the account, or a password change) ends a session for real, not just in the
 * browser that held the cookie.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

export const tokenScopes = ["read", "write", "admin"] as const;
export const tokenScopeEnum = pgEnum("token_scope", tokenScopes);

/** API tokens: only a SHA-256 of the token is kept, found by its short public prefix. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    scope: tokenScopeEnum("scope").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("api_tokens_prefix_key").on(t.prefix),
    index("api_tokens_user_idx").on(t.userId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Activity: the append-only record of who changed what (audit included).

export const activityEvents = pgTable(
  "activity_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Dotted type, e.g. `auth.login`, `token.created`, `user.role_changed`. */
    type: text("type").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Who acted, as shown (an e-mail, "system", an attempted e-mail for a failed login). */
    actorLabel: text("actor_label").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    /** The module this is about, when it is about one (for the module page and feed filters). */
    moduleId: uuid("module_id"),
    summary: text("summary").notNull(),
    data: jsonb("data").notNull().default({}),
    requestId: text("request_id"),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_events_created_idx").on(t.createdAt.desc()),
    index("activity_events_type_idx").on(t.type, t.createdAt.desc()),
    index("activity_events_actor_idx").on(t.actorId, t.createdAt.desc()),
    index("activity_events_module_idx").on(t.moduleId, t.createdAt.desc()),
  ],
);

// ---------------------------------------------------------------------------------------------
// Modules ("consciousness modules"): the components of the AI system NEXUS watches.

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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("module_probes_module_idx").on(t.moduleId, t.createdAt.desc())],
);

// ---------------------------------------------------------------------------------------------
// Emergency controls: the switch every piece of AI work consults.

export const emergencyActionKinds = ["pause", "stop", "resume"] as const;
export const emergencyActionEnum = pgEnum("emergency_action", emergencyActionKinds);

export const emergencyActions = pgTable(
  "emergency_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    action: emergencyActionEnum("action").notNull(),
    reason: text("reason").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("emergency_actions_created_idx").on(t.createdAt.desc(), t.id)],
);

// ---------------------------------------------------------------------------------------------
// Leases: periodic jobs run once per deployment, on whichever instance holds the lease.

export const leases = pgTable("leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});

// ---------------------------------------------------------------------------------------------
// System metrics: a sample every few seconds (kept a day) and one-minute rollups (kept 30 days).

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

// ---------------------------------------------------------------------------------------------
// SAGE: the AI models the configured providers offer, and every call made to them.

export const aiProviders = ["ollama", "openai"] as const;
export const aiProviderEnum = pgEnum("ai_provider", aiProviders);
export const aiCallStatuses = ["ok", "error", "aborted"] as const;
export const aiCallStatusEnum = pgEnum("ai_call_status", aiCallStatuses);

/**
 * One row per model a provider has offered. Capabilities are inferred from the name and family
 * unless an admin edited them (`capabilities_overridden`). The rolling figures come from real
 * calls: totals, and the latencies of the last 50 successful calls (p50/p95 are computed from them).
 */
export const aiModels = pgTable(
  "ai_models",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    provider: aiProviderEnum("provider").notNull(),
    name: text("name").notNull(),
    family: text("family"),
    /** As the provider states it ("7.6B"), when it does. */
    parameterSize: text("parameter_size"),
    sizeBytes: bigint("size_bytes", { mode: "number" }),
    capabilities: jsonb("capabilities").$type<string[]>().notNull().default([]),
    capabilitiesOverridden: boolean("capabilities_overridden").notNull().default(false),
    available: boolean("available").notNull().default(false),
    lastCheckedAt: timestamp("last_checked_at", { withTimezone: true }),
    calls: integer("calls").notNull().default(0),
    successes: integer("successes").notNull().default(0),
    recentLatenciesMs: jsonb("recent_latencies_ms").$type<number[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [uniqueIndex("ai_models_provider_name_key").on(t.provider, t.name)],
);

export const aiCalls = pgTable(
  "ai_calls",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    model: text("model").notNull(),
    provider: aiProviderEnum("provider").notNull(),
    task: text("task").notNull(),
    promptTokens: integer("prompt_tokens").notNull().default(0),
    completionTokens: integer("completion_tokens").notNull().default(0),
    latencyMs: integer("latency_ms").notNull(),
    status: aiCallStatusEnum("status").notNull(),
    error: text("error"),
    cost: numeric("cost", { precision: 14, scale: 6, mode: "number" }).notNull().default(0),
    userId: uuid("user_id").references(() => users.id, { onDelete: "set null" }),
    requestId: text("request_id"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ai_calls_created_idx").on(t.createdAt),
    index("ai_calls_model_created_idx").on(t.provider, t.model, t.createdAt),
  ],
);

// ---------------------------------------------------------------------------------------------
// SAGE goals: a goal planned, executed step by step and verified, with every step kept; and the
// human review queue that low-confidence results (and, later, knowledge checks) land in.

export const goalRunStatuses = [
  "queued",
  "running",
  "needs_review",
  "completed",
  "failed",
  "cancelled",
] as const;
export const goalRunStatusEnum = pgEnum("goal_run_status", goalRunStatuses);
/** Where a running run is; null once it has ended. */
export const goalRunPhases = ["planning", "executing", "verifying", "synthesizing"] as const;
export const goalRunPhaseEnum = pgEnum("goal_run_phase", goalRunPhases);
export const goalStepKinds = ["plan", "step", "verify", "synthesize"] as const;
export const goalStepKindEnum = pgEnum("goal_step_kind", goalStepKinds);
export const goalStepStatuses = ["running", "succeeded", "failed", "cancelled", "aborted"] as const;
export const goalStepStatusEnum = pgEnum("goal_step_status", goalStepStatuses);

export interface GoalBudget {
  maxSteps: number;
  maxTokens: number;
  maxSeconds: number;
}

export const goalRuns = pgTable(
  "goal_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    goal: text("goal").notNull(),
    context: text("context"),
    status: goalRunStatusEnum("status").notNull().default("queued"),
    phase: goalRunPhaseEnum("phase"),
    budget: jsonb("budget").$type<GoalBudget>().notNull(),
    /** A verified step scoring below this (0-1) becomes a `task_review` request. */
    reviewThreshold: real("review_threshold").notNull().default(0.8),
    /** When set, the final answer waits for a person's `goal_approval` before the run completes. */
    requireApproval: boolean("require_approval").notNull().default(false),
    tokensUsed: integer("tokens_used").notNull().default(0),
    finalAnswer: text("final_answer"),
    error: text("error"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("goal_runs_created_idx").on(t.createdAt, t.id),
    index("goal_runs_status_idx").on(t.status),
  ],
);

export const goalSteps = pgTable(
  "goal_steps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    runId: uuid("run_id")
      .notNull()
      .references(() => goalRuns.id, { onDelete: "cascade" }),
    /** Order within the run (plan 0, then each step and its verification, then the synthesis). */
    index: integer("index").notNull(),
    kind: goalStepKindEnum("kind").notNull(),
    /** The plan's step this row belongs to (1-based), for step and verify rows. */
    planStep: integer("plan_step"),
    title: text("title").notNull(),
    task: text("task").notNull(),
    model: text("model"),
    provider: aiProviderEnum("provider"),
    reason: text("reason"),
    promptSummary: text("prompt_summary").notNull().default(""),
    output: text("output").notNull().default(""),
    promptTokens: integer("prompt_tokens").notNull().default(0),
    completionTokens: integer("completion_tokens").notNull().default(0),
    latencyMs: integer("latency_ms"),
    score: real("score"),
    issues: jsonb("issues").$type<string[]>().notNull().default([]),
    status: goalStepStatusEnum("status").notNull().default("running"),
    error: text("error"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("goal_steps_run_index_key").on(t.runId, t.index),
    check("goal_steps_score_range", sql`${t.score} is null or ${t.score} between 0 and 1`),
  ],
);

export const reviewKinds = [
  "fact_verification",
  "contradiction",
  "goal_approval",
  "task_review",
] as const;
export const reviewKindEnum = pgEnum("review_kind", reviewKinds);
export const reviewStatuses = ["open", "approved", "rejected"] as const;
export const reviewStatusEnum = pgEnum("review_status", reviewStatuses);
/** Declared in ascending order, so `order by urgency desc` puts the most urgent first. */
export const reviewUrgencies = ["low", "normal", "high", "critical"] as const;
export const reviewUrgencyEnum = pgEnum("review_urgency", reviewUrgencies);

export const reviewRequests = pgTable(
  "review_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: reviewKindEnum("kind").notNull(),
    /** What is to be reviewed, e.g. `goal_step` and its id. */
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    title: text("title").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    status: reviewStatusEnum("status").notNull().default("open"),
    urgency: reviewUrgencyEnum("urgency").notNull().default("normal"),
    /**
     * Requests with the same key are "similar" for the auto-approve rule (e.g. the same kind of
     * step on the same model); null never matches.
     */
    similarityKey: text("similarity_key"),
    /** Decided by the auto-approve rule rather than a person. */
    autoApproved: boolean("auto_approved").notNull().default(false),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decisionNote: text("decision_note"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("review_requests_status_idx").on(t.status, t.createdAt, t.id),
    index("review_requests_queue_idx").on(t.status, t.urgency, t.createdAt, t.id),
    index("review_requests_similar_idx").on(t.kind, t.similarityKey, t.status),
    index("review_requests_created_idx").on(t.createdAt, t.id),
    index("review_requests_subject_idx").on(t.subjectType, t.subjectId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Feature flags: defaults come from configuration; an admin's override is a row here.

export const featureFlags = pgTable("feature_flags", {
  key: text("key").primaryKey(),
  enabled: boolean("enabled").notNull(),
  note: text("note"),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
});

export * from "./knowledge-schema.ts";
export * from "./rooms-schema.ts";
