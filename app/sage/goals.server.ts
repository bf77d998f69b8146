import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { afterCursor, pageOf, pageQuerySchema, withCursor } from "#app/api/pagination.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { assertAiAllowed } from "#app/emergency/emergency.server.ts";
import { assertFlag } from "#app/flags/flags.server.ts";
import { METRICS_PARTY, METRICS_ROOM } from "#app/realtime/room-token.ts";
import { createReview, type ReviewUrgency } from "#app/reviews/reviews.server.ts";
import type { Services } from "#app/server/services.server.ts";
import { ConflictError, EmergencyActiveError, NotFoundError } from "#app/utils/domain-errors.ts";
import { singleton } from "#app/utils/singleton.server.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";
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
import { startGeneration } from "./generate.server.ts";
import { parsePlan, parseVerdict } from "./goal-parsing.ts";
import type { ChatMessage } from "./providers/types.ts";
import type { TaskKind } from "./tasks.ts";

export { extractJson, parsePlan, parseVerdict } from "./goal-parsing.ts";

/**
 * The goal pipeline: a model writes a plan, each step runs on the model chosen for its kind of
 * task, a verifier scores every result, and a last call writes the answer. Runs in the background
 * of the instance that accepted it (an in-process registry of AbortControllers); every step is a
 * row, written as it starts and as it ends, and pushed to the `global` room as a `goal` event
 * (docs/decisions/006-goal-run-updates.md).
 */

type Deps = Pick<
  Services,
  "config" | "database" | "cache" | "log" | "events" | "realtime" | "flags"
>;
export type GoalRunRow = typeof goalRuns.$inferSelect;
export type GoalStepRow = typeof goalSteps.$inferSelect;

export const defaultBudget: GoalBudget = { maxSteps: 6, maxTokens: 20_000, maxSeconds: 300 };
/** Runs that will not change again. */
const TERMINAL = new Set<GoalRunRow["status"]>(["completed", "failed", "cancelled"]);
/** Runs whose pipeline has finished (a `needs_review` run waits for people, not for models). */
const ENDED = new Set<GoalRunRow["status"]>([...TERMINAL, "needs_review"]);
const OPEN_STATUSES: GoalRunRow["status"][] = ["queued", "running"];

// ---------------------------------------------------------------------------------------------
// Schemas

export const goalBudgetSchema = named(
  "GoalBudget",
  z.object({
    maxSteps: z.number().int().min(1).max(20).default(defaultBudget.maxSteps),
    maxTokens: z.number().int().min(100).max(2_000_000).default(defaultBudget.maxTokens),
    maxSeconds: z.number().int().min(1).max(3_600).default(defaultBudget.maxSeconds),
  }),
);

export const createGoalSchema = named(
  "GoalRunRequest",
  z.object({
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
// Prompts

const PLAN_SYSTEM = `You are the planner of an AI operations hub. Break the user's goal into a short list of concrete steps (at most {max}). Each step is done by another model that sees the goal, the plan and the previous steps' results. Answer with JSON only, in this shape:
{"steps": [{"title": "what to do in this step", "task": "reasoning" | "code" | "text-generation" | "creative" | "summarization"}]}`;

const STEP_SYSTEM =
  "You carry out one step of a plan towards a goal. Do only this step, thoroughly and concisely; the other steps are done separately.";

const VERIFY_SYSTEM = `You are a strict verifier. Judge whether the result correctly and completely does the step it was given, towards the goal. Answer with JSON only:
{"score": <number from 0 to 1, how confident you are that the result is correct and complete>, "issues": ["each problem you found, empty if none"]}`;

const SYNTH_SYSTEM =
  "You write the final answer to a goal from the results of the steps that were done for it. Answer the goal directly and completely; mention any doubts the verification raised.";

function goalText(run: { goal: string; context: string | null }): string {
  return run.context ? `Goal: ${run.goal}\n\nContext:\n${run.context}` : `Goal: ${run.goal}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

// ---------------------------------------------------------------------------------------------
// The registry of running runs

class RunStop extends Error {
  constructor(
    readonly status: "cancelled" | "aborted" | "failed",
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
function activeRuns(services: Pick<Services, "events">): Map<string, ActiveRun> {
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
export async function settleGoalRuns(services: Pick<Services, "events">): Promise<void> {
  await Promise.all([...activeRuns(services).values()].map((r) => r.done));
}

/** Cancels every run this instance is executing and waits for them to end. */
export async function stopGoalRuns(services: Pick<Services, "events">): Promise<void> {
  for (const run of activeRuns(services).values()) {
    run.controller.abort(new RunStop("cancelled", "Cancelled: the server is shutting down."));
  }
  await settleGoalRuns(services);
}

// ---------------------------------------------------------------------------------------------
// Live updates

/** Pushes are not awaited, so they may overtake one another: `seq` lets clients keep the latest. */
const sequence = singleton("goal-sequence", () => ({ last: 0 }));

function publish(deps: Pick<Services, "realtime">, data: Record<string, unknown>) {
  sequence.last += 1;
  void deps.realtime.publish(METRICS_PARTY, METRICS_ROOM, {
    type: "goal",
    data: { ...data, seq: sequence.last },
  });
}

function publishRun(deps: Pick<Services, "realtime">, row: GoalRunRow) {
  publish(deps, { runId: row.id, event: "run", run: toPublicRun(row) });
}

function publishStep(deps: Pick<Services, "realtime">, row: GoalStepRow) {
  const step = toPublicStep(row);
  publish(deps, {
    runId: row.runId,
    event: "step",
    step: { ...step, output: clip(step.output, 64_000) },
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

/** How long past its time budget an unfinished run may go unchanged before it counts as lost. */
const STALE_GRACE_SECONDS = 60;

/**
 * Marks runs whose instance went away (a restart, a crash) as failed: a run still unfinished well
 * after its time budget cannot be executing anywhere, since the budget would have ended it.
 */
export async function expireStaleRuns(deps: Pick<Services, "database">, id?: string) {
  await deps.database.db
    .update(goalRuns)
    .set({
      status: "failed",
      error: "Interrupted: the instance running it stopped before it finished.",
      finishedAt: new Date(),
    })
    .where(
      and(
        id ? eq(goalRuns.id, id) : undefined,
        inArray(goalRuns.status, OPEN_STATUSES),
        sql`${goalRuns.createdAt} + make_interval(secs => (${goalRuns.budget}->>'maxSeconds')::int + ${STALE_GRACE_SECONDS}) < now()`,
      ),
    );
}

export async function getRun(deps: Pick<Services, "database">, id: string) {
  await expireStaleRuns(deps, id);
  const [run] = await deps.database.db.select().from(goalRuns).where(eq(goalRuns.id, id));
  if (!run) throw new NotFoundError(`No goal run ${id}.`);
  const steps = await deps.database.db
    .select()
    .from(goalSteps)
    .where(eq(goalSteps.runId, id))
    .orderBy(asc(goalSteps.index));
  return { run, steps };
}

export async function getRunWithSteps(deps: Pick<Services, "database">, id: string) {
  const { run, steps } = await getRun(deps, id);
  return { ...toPublicRun(run), steps: steps.map(toPublicStep) };
}

/** Newest first. */
export async function listRuns(
  deps: Pick<Services, "database">,
  query: z.output<typeof goalQuerySchema>,
) {
  await expireStaleRuns(deps);
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
 * Persists a run and starts it in the background; answers at once with the queued run.
 * Refused with 423 while AI work is paused or stopped.
 */
export async function createGoalRun(
  deps: Deps,
  input: CreateGoal,
  actor: ActingAs,
): Promise<GoalRunRow> {
  assertFlag(deps, "ai.advanced", "The goal pipeline");
  await assertAiAllowed(deps);
  const budget: GoalBudget = { ...defaultBudget, ...input.budget };
  const [run] = await deps.database.db
    .insert(goalRuns)
    .values({
      goal: input.goal,
      context: input.context?.trim() ? input.context : null,
      budget,
      reviewThreshold: input.reviewThreshold ?? deps.config.env.REVIEW_THRESHOLD,
      requireApproval: input.requireApproval ?? false,
      createdBy: actor.id,
    })
    .returning();
  await recordActivity(
    deps.database.db,
    {
      type: "goal.started",
      actor,
      subject: { type: "goal_run", id: run!.id },
      summary: `${actor.label} started a goal: ${clip(input.goal, 120)}`,
      data: { budget },
    },
    deps.events,
  );
  const controller = new AbortController();
  const registry = activeRuns(deps);
  const done = executeRun(deps, run!, controller)
    .catch((error) => deps.log.error({ err: error, runId: run!.id }, "goal run crashed"))
    .finally(() => registry.delete(run!.id));
  registry.set(run!.id, { controller, done });
  publishRun(deps, run!);
  return run!;
}

/**
 * Cancels a run: a running one on this instance is aborted mid-step (and this waits, briefly,
 * for it to be marked); one left unfinished elsewhere is marked cancelled. 409 once finished.
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
      .where(eq(goalRuns.id, id))
      .returning();
    if (row) publishRun(deps, row);
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

// ---------------------------------------------------------------------------------------------
// Executing

interface CallSpec {
  kind: GoalStepRow["kind"];
  title: string;
  task: TaskKind;
  planStep?: number;
  messages: ChatMessage[];
  json?: boolean;
}

interface CallResult {
  row: GoalStepRow;
  text: string;
}

const FLUSH_MS = 400;

async function executeRun(
  deps: Deps,
  initial: GoalRunRow,
  controller: AbortController,
): Promise<void> {
  const signal = controller.signal;
  const db = deps.database.db;
  const budget = initial.budget;
  // Whether this run asked people for a review (a step below the threshold, an approval).
  let reviewsOpened = false;
  let tokensUsed = 0;
  let nextIndex = 0;
  let current: GoalStepRow | null = null;
  const timer = setTimeout(() => {
    controller.abort(
      new RunStop(
        "failed",
        `Time budget exhausted: the run took longer than ${budget.maxSeconds} s.`,
      ),
    );
  }, budget.maxSeconds * 1000);
  timer.unref();

  const setRun = async (changes: Partial<typeof goalRuns.$inferInsert>) => {
    const [row] = await db
      .update(goalRuns)
      .set(changes)
      // Never over a run already ended (cancelled through another instance, or expired).
      .where(and(eq(goalRuns.id, initial.id), inArray(goalRuns.status, OPEN_STATUSES)))
      .returning();
    if (row) publishRun(deps, row);
    return row;
  };

  const setStep = async (id: string, changes: Partial<typeof goalSteps.$inferInsert>) => {
    const [row] = await db.update(goalSteps).set(changes).where(eq(goalSteps.id, id)).returning();
    if (row) publishStep(deps, row);
    return row!;
  };

  const stopReason = (): RunStop | null => {
    if (!signal.aborted) return null;
    return signal.reason instanceof RunStop
      ? signal.reason
      : new RunStop("cancelled", "The run was cancelled.");
  };

  /** One model call, kept as one step row from start to end. */
  const call = async (spec: CallSpec): Promise<CallResult> => {
    const early = stopReason();
    if (early) throw early;
    // Cancelled through another instance: the row says so.
    const [latest] = await db
      .select({ status: goalRuns.status, error: goalRuns.error })
      .from(goalRuns)
      .where(eq(goalRuns.id, initial.id));
    if (latest && ENDED.has(latest.status)) {
      throw new RunStop(
        latest.status === "cancelled" ? "cancelled" : "failed",
        latest.error ?? `The run was ${latest.status} elsewhere.`,
      );
    }
    if (tokensUsed >= budget.maxTokens) {
      throw new RunStop(
        "failed",
        `Token budget exhausted: ${tokensUsed} of ${budget.maxTokens} tokens used before "${spec.title}".`,
      );
    }
    const userMessage = spec.messages.findLast((m) => m.role === "user")?.content ?? "";
    const [inserted] = await db
      .insert(goalSteps)
      .values({
        runId: initial.id,
        index: nextIndex++,
        kind: spec.kind,
        planStep: spec.planStep ?? null,
        title: spec.title,
        task: spec.task,
        promptSummary: clip(userMessage, 500),
      })
      .returning();
    let row = inserted!;
    current = row;
    publishStep(deps, row);
    const started = performance.now();
    let generation: Awaited<ReturnType<typeof startGeneration>>;
    try {
      generation = await startGeneration(deps, {
        body: {
          messages: spec.messages,
          task: spec.task,
          stream: true,
          maxTokens: Math.max(1, Math.min(131_072, budget.maxTokens - tokensUsed)),
        },
        userId: initial.createdBy,
        requestId: `goal:${initial.id}`,
        signal,
        json: spec.json,
      });
    } catch (error) {
      if (error instanceof EmergencyActiveError) {
        throw new RunStop("aborted", `Aborted: ${error.message}`);
      }
      const message = error instanceof Error ? error.message : String(error);
      throw new RunStop("failed", `${spec.title}: ${message}`);
    }
    row = await setStep(row.id, {
      model: generation.selection.model,
      provider: generation.selection.provider,
      reason: generation.selection.reason,
    });
    current = row;
    let text = "";
    let lastFlush = Date.now();
    let failure: { code: string; message: string } | null = null;
    let usage = { promptTokens: 0, completionTokens: 0, latencyMs: 0 };
    for await (const event of generation.events) {
      if (event.event === "delta") {
        text += event.data.text;
        if (Date.now() - lastFlush > FLUSH_MS) {
          lastFlush = Date.now();
          await setStep(row.id, { output: text });
        }
      } else if (event.event === "done") {
        usage = event.data;
      } else if (event.event === "error") {
        failure = event.data;
      }
    }
    const latencyMs = usage.latencyMs || Math.round(performance.now() - started);
    tokensUsed += usage.promptTokens + usage.completionTokens;
    await setRun({ tokensUsed });
    const stop =
      stopReason() ??
      (failure?.code === "EMERGENCY_ACTIVE"
        ? new RunStop("aborted", `Aborted by the emergency stop: ${failure.message}`)
        : null);
    if (stop || failure) {
      const reason =
        stop ?? new RunStop("failed", `${spec.title}: ${failure!.code}: ${failure!.message}`);
      row = await setStep(row.id, {
        output: text,
        promptTokens: usage.promptTokens,
        completionTokens: usage.completionTokens,
        latencyMs,
        status: reason.status,
        error: reason.message,
        finishedAt: new Date(),
      });
      current = null;
      throw reason;
    }
    row = await setStep(row.id, {
      output: text,
      promptTokens: usage.promptTokens,
      completionTokens: usage.completionTokens,
      latencyMs,
      status: "succeeded",
      finishedAt: new Date(),
    });
    current = null;
    if (tokensUsed > budget.maxTokens) {
      throw new RunStop(
        "failed",
        `Token budget exhausted: ${tokensUsed} of ${budget.maxTokens} tokens used after "${spec.title}".`,
      );
    }
    return { row, text };
  };

  /** Marks the step that was running when a failure happened outside `call` (e.g. a parse). */
  const failCurrent = async (stop: RunStop) => {
    const open = current as GoalStepRow | null;
    if (open) {
      await setStep(open.id, { status: stop.status, error: stop.message, finishedAt: new Date() });
      current = null;
    }
  };

  try {
    await setRun({ status: "running", phase: "planning", startedAt: new Date() });
    const goal = goalText(initial);

    // 1. Plan
    const plan = await call({
      kind: "plan",
      title: "Plan",
      task: "reasoning",
      json: true,
      messages: [
        { role: "system", content: PLAN_SYSTEM.replace("{max}", String(budget.maxSteps)) },
        { role: "user", content: goal },
      ],
    });
    const parsed = parsePlan(plan.text);
    if (!parsed.ok) {
      await setStep(plan.row.id, { status: "failed", error: parsed.error });
      throw new RunStop("failed", parsed.error);
    }
    const steps = parsed.value;
    if (steps.length > budget.maxSteps) {
      const message = `Step budget exceeded: the plan has ${steps.length} steps, the budget allows ${budget.maxSteps}.`;
      await setStep(plan.row.id, { status: "failed", error: message });
      throw new RunStop("failed", message);
    }
    const planText = steps.map((s, i) => `${i + 1}. ${s.title}`).join("\n");
    await setStep(plan.row.id, { issues: [], output: plan.text });

    // 2. Execute and verify each step
    const results: { title: string; output: string; score: number | null; issues: string[] }[] = [];
    for (const [i, step] of steps.entries()) {
      await setRun({ phase: "executing" });
      const previous = results
        .map((r, j) => `Result of step ${j + 1} (${r.title}):\n${clip(r.output, 4_000)}`)
        .join("\n\n");
      const executed = await call({
        kind: "step",
        planStep: i + 1,
        title: step.title,
        task: step.task,
        messages: [
          { role: "system", content: STEP_SYSTEM },
          {
            role: "user",
            content: `${goal}\n\nPlan:\n${planText}\n\n${previous ? `${previous}\n\n` : ""}Now do step ${i + 1}: ${step.title}`,
          },
        ],
      });

      await setRun({ phase: "verifying" });
      const verification = await call({
        kind: "verify",
        planStep: i + 1,
        title: `Verify: ${step.title}`,
        task: "verification",
        json: true,
        messages: [
          { role: "system", content: VERIFY_SYSTEM },
          {
            role: "user",
            content: `${goal}\n\nStep ${i + 1}: ${step.title}\n\nResult to verify:\n${clip(executed.text, 20_000)}`,
          },
        ],
      });
      const verdict = parseVerdict(verification.text);
      let score: number | null = null;
      let issues: string[];
      if (verdict.ok) {
        score = verdict.value.score;
        issues = verdict.value.issues;
        await setStep(verification.row.id, { score, issues });
        await setStep(executed.row.id, { score, issues });
      } else {
        issues = [verdict.error];
        await setStep(verification.row.id, { status: "failed", error: verdict.error, issues });
        await setStep(executed.row.id, { issues });
      }
      const threshold = initial.reviewThreshold;
      if (score === null || score < threshold || issues.length > 0) {
        const urgency: ReviewUrgency =
          score === null || score < threshold / 2 ? "high" : score < threshold ? "normal" : "low";
        const verdictText =
          score === null
            ? "could not be verified"
            : score < threshold
              ? `scored ${score.toFixed(2)} (below ${threshold})`
              : `scored ${score.toFixed(2)} with ${issues.length} issue${issues.length === 1 ? "" : "s"}`;
        reviewsOpened = true;
        await createReview(deps, {
          kind: "task_review",
          subjectType: "goal_step",
          subjectId: executed.row.id,
          title: `Step ${i + 1} of a goal ${verdictText}: ${clip(step.title, 200)}`,
          urgency,
          // Similar: the same kind of task on the same model, with a score in the same tenth.
          similarityKey: `${step.task}|${executed.row.model ?? "?"}|${score === null ? "unverified" : Math.floor(score * 10) / 10}`,
          details: {
            runId: initial.id,
            goal: clip(initial.goal, 1_000),
            step: step.title,
            output: clip(executed.text, 10_000),
            score,
            issues,
            model: executed.row.model,
            verifier: verification.row.model,
            threshold,
          },
        });
      }
      results.push({ title: step.title, output: executed.text, score, issues });
    }

    // 3. Synthesize
    await setRun({ phase: "synthesizing" });
    const report = results
      .map(
        (r, j) =>
          `Step ${j + 1}: ${r.title}\nVerifier score: ${r.score === null ? "unverified" : r.score.toFixed(2)}${r.issues.length ? `\nIssues: ${r.issues.join("; ")}` : ""}\nResult:\n${clip(r.output, 6_000)}`,
      )
      .join("\n\n");
    const final = await call({
      kind: "synthesize",
      title: "Final answer",
      task: "summarization",
      messages: [
        { role: "system", content: SYNTH_SYSTEM },
        { role: "user", content: `${goal}\n\n${report}\n\nWrite the final answer to the goal.` },
      ],
    });
    if (initial.requireApproval) {
      reviewsOpened = true;
      await createReview(deps, {
        kind: "goal_approval",
        subjectType: "goal_run",
        subjectId: initial.id,
        title: `Approve the answer to: ${clip(initial.goal, 300)}`,
        urgency: "normal",
        details: {
          runId: initial.id,
          goal: clip(initial.goal, 1_000),
          answer: clip(final.text, 10_000),
          model: final.row.model,
          scores: results.map((r) => r.score),
        },
      });
    }
    // The answer is kept either way; a run that opened reviews completes once they are all
    // approved. One that opened none completes now, never showing a passing needs_review.
    await setRun({
      status: reviewsOpened ? "needs_review" : "completed",
      phase: null,
      finalAnswer: final.text,
      finishedAt: new Date(),
    });
    if (reviewsOpened) await settleRunAfterReview(deps, initial.id);
  } catch (error) {
    const stop =
      stopReason() ??
      (error instanceof RunStop
        ? error
        : new RunStop("failed", `Unexpected error: ${(error as Error)?.message ?? String(error)}`));
    if (!(error instanceof RunStop) && !signal.aborted) {
      deps.log.error({ err: error, runId: initial.id }, "goal run failed unexpectedly");
    }
    await failCurrent(stop).catch(() => {});
    await setRun({
      status: stop.status === "aborted" ? "cancelled" : stop.status,
      phase: null,
      error: stop.message,
      finishedAt: new Date(),
    }).catch((e) =>
      deps.log.warn({ err: e, runId: initial.id }, "could not mark a goal run as ended"),
    );
  } finally {
    clearTimeout(timer);
  }
}

/** Open runs, for the page's counts. */
export async function countRunsByStatus(deps: Pick<Services, "database">) {
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
  deps: Pick<Services, "database" | "realtime">,
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
