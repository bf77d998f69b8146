import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { afterCursor, pageOf, pageQuerySchema, withCursor } from "#app/api/pagination.server.ts";
import { named } from "#app/api/schema-registry.ts";
import type { Realtime } from "#app/realtime/realtime.server.ts";
import { METRICS_PARTY, METRICS_ROOM } from "#app/realtime/room-token.ts";
import { ConflictError, NotFoundError } from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import { singleton } from "#app/utils/singleton.server.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";
import type { DatabaseHandle } from "#db/client.ts";
import {
  aiProviders,
  type GoalBudget,
  goalRunPhases,
  goalRunStatuses,
  goalRuns,
  goalStepKinds,
  goalStepStatuses,
  goalSteps,
  reviewRequests,
} from "#db/schema/index.ts";
import type { AiWorkDeps } from "./generate.server.ts";
import { STALE_MS, type WatchDeps, watchWork } from "./work-watch.server.ts";

export { extractJson, parsePlan, parseVerdict } from "./goal-parsing.ts";

/**
 * The goal pipeline: a model writes a plan, each step runs on the model chosen for its kind of
 * task, a verifier scores every result, and a last call writes the answer. Runs in the background
 * of the instance that accepted it (an in-process registry of AbortControllers; the row names the
 * instance, and a cancel made elsewhere reaches it through work-watch.server.ts); every step is a
 * row, written as it starts and as it ends, and pushed to the `global` room as a `goal` event
 * (docs/decisions/006-goal-run-updates.md). Starting a run and its steps are in
 * goal-run.server.ts, which builds on this module: the schemas, the queries, cancelling, the
 * registry of running runs and the live updates.
 */

type Deps = AiWorkDeps;
export type GoalRunRow = typeof goalRuns.$inferSelect;
export type GoalStepRow = typeof goalSteps.$inferSelect;

export const defaultBudget: GoalBudget = { maxSteps: 6, maxTokens: 20_000, maxSeconds: 300 };
/** Runs that will not change again. */
const TERMINAL = new Set<GoalRunRow["status"]>(["completed", "failed", "cancelled"]);
/** Runs whose pipeline has finished (a `needs_review` run waits for people, not for models). */
export const ENDED = new Set<GoalRunRow["status"]>([...TERMINAL, "needs_review"]);
export const OPEN_STATUSES: GoalRunRow["status"][] = ["queued", "running"];

// ---------------------------------------------------------------------------------------------
// Schemas

export const goalBudgetSchema = named(
  "GoalBudget",
  z.strictObject({
    maxSteps: z.number().int().min(1).max(20).default(defaultBudget.maxSteps),
    maxTokens: z.number().int().min(100).max(2_000_000).default(defaultBudget.maxTokens),
    maxSeconds: z.number().int().min(1).max(3_600).default(defaultBudget.maxSeconds),
  }),
);

export const createGoalSchema = named(
  "GoalRunRequest",
  z.strictObject({
    goal: z
      .string({ error: "goal is required" })
      .trim()
      .min(1, "goal must not be empty")
      .max(10_000)
      .refine(storableText, UNSTORABLE_TEXT_MESSAGE),
    context: z.string().max(50_000).refine(storableText, UNSTORABLE_TEXT_MESSAGE).optional(),
    budget: goalBudgetSchema.optional().describe("Limits for steps, tokens and wall time."),
    reviewThreshold: z
      .number({ error: "reviewThreshold must be a number from 0 to 1" })
      .min(0, "reviewThreshold must be a number from 0 to 1")
      .max(1, "reviewThreshold must be a number from 0 to 1")
      // The column is `real`: 1e-300 would underflow there.
      .overwrite((value) => Math.round(value * 1e6) / 1e6)
      .optional()
      .describe(
        "A verified step scoring below this becomes a task_review request (default REVIEW_THRESHOLD, 0.8).",
      ),
    requireApproval: z
      .boolean({ error: "requireApproval must be true or false" })
      .optional()
      .describe("When true, the final answer waits for a goal_approval decision."),
  }),
);
export type CreateGoal = z.output<typeof createGoalSchema>;

export const goalQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(goalRunStatuses, { error: `status must be one of ${goalRunStatuses.join(", ")}` })
    .optional(),
});

export const goalStepPublicSchema = named(
  "GoalStep",
  z.object({
    id: z.uuid(),
    runId: z.uuid(),
    index: z.number().int(),
    kind: z.enum(goalStepKinds),
    planStep: z.number().int().nullable(),
    title: z.string(),
    task: z.string(),
    model: z.string().nullable(),
    provider: z.enum(aiProviders).nullable(),
    reason: z.string().nullable().describe("Why this model was chosen."),
    promptSummary: z.string(),
    output: z.string(),
    promptTokens: z.number().int(),
    completionTokens: z.number().int(),
    latencyMs: z.number().int().nullable(),
    score: z.number().nullable().describe("0-1, on verify rows."),
    issues: z.array(z.string()),
    status: z.enum(goalStepStatuses),
    error: z.string().nullable(),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  }),
);

export const goalRunResumptionSchema = named(
  "GoalRunResumption",
  z.object({
    at: z.iso.datetime(),
    from: z.string().nullable().describe("The instance that ran it before."),
    to: z.string().describe("The instance that took it over."),
    reason: z
      .enum(["handed-over", "owner-lost"])
      .describe(
        "handed-over: its instance shut down and handed it over; owner-lost: its instance stopped answering.",
      ),
    completedSteps: z.number().int().describe("Steps completed before; they were not run again."),
  }),
);

export const goalRunPublicSchema = named(
  "GoalRun",
  z.object({
    id: z.uuid(),
    goal: z.string(),
    context: z.string().nullable(),
    status: z.enum(goalRunStatuses),
    phase: z
      .enum(goalRunPhases)
      .nullable()
      .describe("Where a running run is: planning, executing, verifying or synthesizing."),
    reviewThreshold: z.number(),
    requireApproval: z.boolean(),
    budget: z.object({ maxSteps: z.number(), maxTokens: z.number(), maxSeconds: z.number() }),
    tokensUsed: z.number().int(),
    finalAnswer: z.string().nullable(),
    error: z.string().nullable(),
    createdBy: z.uuid().nullable(),
    instance: z
      .string()
      .nullable()
      .describe("The instance executing the run, or the last one that did."),
    resumptions: z
      .array(goalRunResumptionSchema)
      .describe(
        "Each time the run was resumed on another instance, after its own shut down or stopped answering.",
      ),
    createdAt: z.iso.datetime(),
    startedAt: z.iso.datetime().nullable(),
    finishedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
  }),
);

export const goalRunWithStepsSchema = named(
  "GoalRunWithSteps",
  goalRunPublicSchema.extend({ steps: z.array(goalStepPublicSchema) }),
);

export function toPublicRun(row: GoalRunRow) {
  return {
    id: row.id,
    goal: row.goal,
    context: row.context,
    status: row.status,
    phase: row.phase,
    reviewThreshold: row.reviewThreshold,
    requireApproval: row.requireApproval,
    budget: row.budget,
    tokensUsed: row.tokensUsed,
    finalAnswer: row.finalAnswer,
    error: row.error,
    createdBy: row.createdBy,
    instance: row.ownerInstance,
    resumptions: row.resumptions.map((r) => ({ ...r, at: new Date(r.at).toISOString() })),
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type PublicGoalRun = ReturnType<typeof toPublicRun>;

export function toPublicStep(row: GoalStepRow) {
  return {
    id: row.id,
    runId: row.runId,
    index: row.index,
    kind: row.kind,
    planStep: row.planStep,
    title: row.title,
    task: row.task,
    model: row.model,
    provider: row.provider,
    reason: row.reason,
    promptSummary: row.promptSummary,
    output: row.output,
    promptTokens: row.promptTokens,
    completionTokens: row.completionTokens,
    latencyMs: row.latencyMs,
    score: row.score,
    issues: row.issues,
    status: row.status,
    error: row.error,
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}
export type PublicGoalStep = ReturnType<typeof toPublicStep>;

// ---------------------------------------------------------------------------------------------
// Text

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// The registry of running runs

/**
 * Why a run stopped early: what its abort carries, and what a step throws to end it. `handover`:
 * this instance is shutting down and hands the run over (its open step is closed as interrupted,
 * the run waits, queued, for the next instance); `lost`: another instance took the run over, so
 * this one stops without writing anything more.
 */
export class RunStop extends Error {
  constructor(
    readonly status: "cancelled" | "aborted" | "failed" | "handover" | "lost",
    message: string,
  ) {
    super(message);
  }
}

interface ActiveRun {
  controller: AbortController;
  done: Promise<void>;
}

const registries = singleton("goal-runs", () => new WeakMap<object, Map<string, ActiveRun>>());

/** The runs this instance is executing; an emergency stop aborts them all. */
function activeRuns(services: { events: DomainEvents }): Map<string, ActiveRun> {
  let map = registries.get(services.events);
  if (!map) {
    const created = new Map<string, ActiveRun>();
    map = created;
    registries.set(services.events, created);
    services.events.on("emergency", ({ state }) => {
      if ((state as { mode?: string } | null)?.mode !== "stopped") return;
      for (const run of created.values()) {
        run.controller.abort(
          new RunStop("aborted", "Aborted by the emergency stop: all AI work was stopped."),
        );
      }
    });
  }
  return map;
}

/** Resolves when every run this instance is executing has ended (for shutdown and tests). */
export async function settleGoalRuns(services: { events: DomainEvents }): Promise<void> {
  await Promise.all([...activeRuns(services).values()].map((r) => r.done));
}

/** Instances shutting down: they start no run and take none over. */
const closing = singleton("goal-runs-closing", () => new WeakSet<object>());

/** Whether this instance may start or take over runs (false once shutdown has begun). */
export function acceptsRuns(services: { events: DomainEvents }): boolean {
  return !closing.has(services.events);
}

/**
 * Shutdown: hands every run this instance executes over and waits until each is handed over. The
 * open step of each is closed as interrupted, with what it wrote so far, and the run waits,
 * queued, for the next instance (another one, or this one started again), which takes it over at
 * once and goes on from its last completed step.
 */
export async function stopGoalRuns(services: { events: DomainEvents }): Promise<void> {
  closing.add(services.events);
  for (const run of activeRuns(services).values()) {
    run.controller.abort(
      new RunStop(
        "handover",
        "Interrupted: the instance running it shut down; the step runs again where the run goes on.",
      ),
    );
  }
  await settleGoalRuns(services);
}

// ---------------------------------------------------------------------------------------------
// Live updates

/** Pushes are not awaited, so they may overtake one another: `seq` lets clients keep the latest. */
const sequence = singleton("goal-sequence", () => ({ last: 0 }));

function publish(deps: { realtime: Realtime }, data: Record<string, unknown>) {
  sequence.last += 1;
  void deps.realtime.publish(METRICS_PARTY, METRICS_ROOM, {
    type: "goal",
    data: { ...data, seq: sequence.last },
  });
}

export function publishRun(deps: { realtime: Realtime }, row: GoalRunRow) {
  publish(deps, { runId: row.id, event: "run", run: toPublicRun(row) });
}

export function publishStep(deps: { realtime: Realtime }, row: GoalStepRow) {
  const step = toPublicStep(row);
  publish(deps, {
    runId: row.runId,
    event: "step",
    step: { ...step, output: clip(step.output, 64_000) },
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function getRun(deps: { database: DatabaseHandle }, id: string) {
  const [run] = await deps.database.db.select().from(goalRuns).where(eq(goalRuns.id, id));
  if (!run) throw new NotFoundError(`No goal run ${id}.`);
  const steps = await deps.database.db
    .select()
    .from(goalSteps)
    .where(eq(goalSteps.runId, id))
    .orderBy(asc(goalSteps.index));
  return { run, steps };
}

export async function getRunWithSteps(deps: { database: DatabaseHandle }, id: string) {
  const { run, steps } = await getRun(deps, id);
  return { ...toPublicRun(run), steps: steps.map(toPublicStep) };
}

/** Newest first. */
export async function listRuns(
  deps: { database: DatabaseHandle },
  query: z.output<typeof goalQuerySchema>,
) {
  const filters: (SQL | undefined)[] = [afterCursor(query.cursor, goalRuns)];
  if (query.status) filters.push(eq(goalRuns.status, query.status));
  const rows = await deps.database.db
    .select(withCursor(goalRuns))
    .from(goalRuns)
    .where(and(...filters))
    .orderBy(desc(goalRuns.createdAt), desc(goalRuns.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit);
}

// ---------------------------------------------------------------------------------------------
// Starting and cancelling

/**
 * Keeps a run this instance executes, until `done` settles: cancel and shutdown find it here,
 * and a cancel made through another instance reaches it through its row (work-watch.server.ts).
 */
export function trackRun(
  deps: WatchDeps,
  id: string,
  run: { controller: AbortController; done: Promise<void> },
): void {
  const registry = activeRuns(deps);
  registry.set(id, run);
  const unwatch = watchWork(deps, {
    kind: "run",
    id,
    signal: (signal) => {
      if (signal.type === "lost") {
        run.controller.abort(
          new RunStop("lost", `Taken over by another instance (${signal.owner ?? "none"}).`),
        );
      } else if (signal.type === "ended") {
        run.controller.abort(
          new RunStop(
            signal.status === "cancelled" ? "cancelled" : "failed",
            signal.error ?? `The run was ${signal.status} elsewhere.`,
          ),
        );
      }
    },
  });
  void run.done.finally(() => {
    unwatch();
    registry.delete(id);
  });
}

/** How long a cancel made away from the run's instance waits for that instance to stop it. */
const REMOTE_CANCEL_WAIT_MS = 3_000;

/**
 * Cancels a run: a running one on this instance is aborted mid-step (and this waits, briefly,
 * for it to be marked); one running elsewhere is marked cancelled, which its instance sees within
 * a second and stops mid-step (this waits, briefly, for its open step to be closed); one left
 * unfinished by an instance that is gone is marked cancelled. 409 once finished.
 */
export async function cancelGoalRun(deps: Deps, id: string, actor: ActingAs) {
  const { run } = await getRun(deps, id);
  if (ENDED.has(run.status)) {
    throw new ConflictError(`This run has already ended (${run.status}).`);
  }
  const active = activeRuns(deps).get(id);
  const message = `Cancelled by ${actor.label}.`;
  if (active) {
    active.controller.abort(new RunStop("cancelled", message));
    await Promise.race([active.done, new Promise((r) => setTimeout(r, 10_000))]);
  } else {
    const [row] = await deps.database.db
      .update(goalRuns)
      .set({ status: "cancelled", phase: null, error: message, finishedAt: new Date() })
      .where(and(eq(goalRuns.id, id), inArray(goalRuns.status, OPEN_STATUSES)))
      .returning();
    if (!row) throw new ConflictError("This run has just ended.");
    publishRun(deps, row);
    const ownerAlive =
      row.ownerInstance !== deps.instanceId &&
      row.heartbeatAt !== null &&
      Date.now() - row.heartbeatAt.getTime() < STALE_MS;
    if (ownerAlive) await untilStepsClosed(deps, id, REMOTE_CANCEL_WAIT_MS);
    // An owner gone (or too slow to answer) leaves no step open behind the cancel.
    const closed = await deps.database.db
      .update(goalSteps)
      .set({ status: "cancelled", error: message, finishedAt: new Date() })
      .where(and(eq(goalSteps.runId, id), eq(goalSteps.status, "running")))
      .returning();
    for (const step of closed) publishStep(deps, step);
  }
  await recordActivity(
    deps.database.db,
    {
      type: "goal.cancelled",
      actor,
      subject: { type: "goal_run", id },
      summary: `${actor.label} cancelled a goal: ${clip(run.goal, 120)}`,
    },
    deps.events,
  );
  return getRunWithSteps(deps, id);
}

/** Waits (at most `ms`) until the run has no step still running. */
async function untilStepsClosed(deps: { database: DatabaseHandle }, runId: string, ms: number) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const [open] = await deps.database.db
      .select({ id: goalSteps.id })
      .from(goalSteps)
      .where(and(eq(goalSteps.runId, runId), eq(goalSteps.status, "running")))
      .limit(1);
    if (!open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Open runs, for the page's counts. */
export async function countRunsByStatus(deps: { database: DatabaseHandle }) {
  const rows = await deps.database.db
    .select({ status: goalRuns.status, count: sql<number>`count(*)::int` })
    .from(goalRuns)
    .groupBy(goalRuns.status);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
}

/**
 * Moves a run waiting for review on once its reviews allow: failed when any of its requests was
 * rejected, completed when none is open any more. Called when a run's pipeline ends and after
 * every decision on one of its requests.
 */
export async function settleRunAfterReview(
  deps: { database: DatabaseHandle; realtime: Realtime },
  runId: string,
): Promise<void> {
  const db = deps.database.db;
  const reviews = await db
    .select({
      status: reviewRequests.status,
      title: reviewRequests.title,
      note: reviewRequests.decisionNote,
    })
    .from(reviewRequests)
    .where(
      and(
        inArray(reviewRequests.kind, ["task_review", "goal_approval"]),
        sql`${reviewRequests.details}->>'runId' = ${runId}`,
      ),
    );
  const rejected = reviews.find((r) => r.status === "rejected");
  const open = reviews.some((r) => r.status === "open");
  if (!rejected && open) return;
  const [row] = await db
    .update(goalRuns)
    .set(
      rejected
        ? {
            status: "failed",
            error: `Rejected in review: ${rejected.title}${rejected.note ? ` (${rejected.note})` : ""}`,
          }
        : { status: "completed" },
    )
    .where(and(eq(goalRuns.id, runId), eq(goalRuns.status, "needs_review")))
    .returning();
  if (row) publishRun(deps, row);
}
