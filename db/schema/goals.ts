/**
 * SAGE goals: a goal planned, executed step by step and verified, with every step kept.
 * Low-confidence results and approvals go to the review queue (reviews.ts).
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
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { timestamps } from "./columns.ts";
import { aiProviderEnum } from "./sage.ts";

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
/** interrupted: its instance shut down or died mid-step; the step runs again on the next one. */
export const goalStepStatuses = [
  "running",
  "succeeded",
  "failed",
  "cancelled",
  "aborted",
  "interrupted",
] as const;
export const goalStepStatusEnum = pgEnum("goal_step_status", goalStepStatuses);

/** The run was taken over by another instance: when, from whom, and why. */
export interface GoalRunResumption {
  at: string;
  /** The instance that ran it before. */
  from: string | null;
  /** The instance that took it over. */
  to: string;
  /** handed-over: its instance shut down and handed it over; owner-lost: it stopped heartbeating. */
  reason: "handed-over" | "owner-lost";
  /** How many of its steps had completed (they are not run again). */
  completedSteps: number;
}

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
    /** The instance executing the run (services.instanceId), or that last executed it. */
    ownerInstance: text("owner_instance"),
    /**
     * When the owner last said it is executing the run (every few seconds while it does); null
     * once it handed the run over at shutdown, so the next instance takes it at once.
     */
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }),
    /** When the current owner began executing it: the time budget counts every owner's time. */
    attemptStartedAt: timestamp("attempt_started_at", { withTimezone: true }),
    /** The time spent executing it by its previous owners, in milliseconds. */
    spentMs: integer("spent_ms").notNull().default(0),
    /** Each time another instance took it over (docs/decisions/041-durable-goal-runs.md). */
    resumptions: jsonb("resumptions").$type<GoalRunResumption[]>().notNull().default([]),
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
