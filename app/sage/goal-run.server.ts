import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { assertAiAllowed } from "#app/emergency/emergency.server.ts";
import { assertFlag } from "#app/flags/flags.server.ts";
import { createReview, type ReviewUrgency } from "#app/reviews/reviews.server.ts";
import { EmergencyActiveError, UnavailableError } from "#app/utils/domain-errors.ts";
import { type GoalBudget, goalRuns, goalSteps, reviewRequests } from "#db/schema/index.ts";
import { type AiWorkDeps, startGeneration } from "./generate.server.ts";
import { type PlannedStep, parsePlan, parseVerdict } from "./goal-parsing.ts";
import {
  acceptsRuns,
  type CreateGoal,
  clip,
  defaultBudget,
  ENDED,
  type GoalRunRow,
  type GoalStepRow,
  OPEN_STATUSES,
  publishRun,
  publishStep,
  RunStop,
  settleRunAfterReview,
  trackRun,
} from "./goals.server.ts";
import type { ChatMessage } from "./providers/types.ts";
import type { TaskKind } from "./tasks.ts";

/**
 * Executing one goal run, step by step: plan, then for each planned step execute and verify it
 * (handing doubtful results to review), then write the answer (handing it to approval when the
 * run asks for one) and finish; and starting a run (`createGoalRun`). goals.server.ts keeps the
 * registry of running runs and the live updates this module publishes through; it never imports
 * this one.
 */

type Deps = AiWorkDeps;

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

// ---------------------------------------------------------------------------------------------
// One run's state, and its rows

/** A run being executed: what every step reads, and what they count as they go. */
interface Execution {
  deps: Deps;
  run: GoalRunRow;
  signal: AbortSignal;
  budget: GoalBudget;
  tokensUsed: number;
  nextIndex: number;
  /** The step row being written, so a failure outside a model call can close it. */
  current: GoalStepRow | null;
  /** Whether this run asked people for a review (a step below the threshold, an approval). */
  reviewsOpened: boolean;
  /** Taken over from another instance: what it may find done already. */
  resumed: boolean;
  /**
   * The calls an earlier owner completed, by `callKey`: each is taken from here instead of
   * being made again, so no completed step runs twice.
   */
  previous: Map<string, GoalStepRow>;
}

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
  /** Completed by an earlier owner of the run, not by this call. */
  replayed?: boolean;
}

/** Which call of the pipeline a step row is: the plan, a step or its verification, the answer. */
function callKey(step: { kind: GoalStepRow["kind"]; planStep?: number | null }) {
  return `${step.kind}:${step.planStep ?? 0}`;
}

/** About 4 characters a token, as generations estimate what a provider did not report. */
const estimatedTokens = (chars: number) => Math.ceil(chars / 4);

interface StepResult {
  title: string;
  output: string;
  score: number | null;
  issues: string[];
}

type Usage = { promptTokens: number; completionTokens: number; latencyMs: number };

const FLUSH_MS = 400;

const lost = () => new RunStop("lost", "The run was taken over by another instance.");

async function setRun(x: Execution, changes: Partial<typeof goalRuns.$inferInsert>) {
  const [row] = await x.deps.database.db
    .update(goalRuns)
    .set(changes)
    // Never over a run already ended (cancelled through another instance), nor one another
    // instance has taken over.
    .where(
      and(
        eq(goalRuns.id, x.run.id),
        inArray(goalRuns.status, OPEN_STATUSES),
        eq(goalRuns.ownerInstance, x.deps.instanceId),
      ),
    )
    .returning();
  if (row) publishRun(x.deps, row);
  return row;
}

/** Changes one of the run's steps, while this instance still owns the run. */
async function setStep(x: Execution, id: string, changes: Partial<typeof goalSteps.$inferInsert>) {
  const [row] = await x.deps.database.db
    .update(goalSteps)
    .set(changes)
    .where(
      and(
        eq(goalSteps.id, id),
        sql`exists (select 1 from ${goalRuns} where ${goalRuns.id} = ${goalSteps.runId} and ${goalRuns.ownerInstance} = ${x.deps.instanceId})`,
      ),
    )
    .returning();
  if (!row) throw lost();
  publishStep(x.deps, row);
  return row;
}

/** The status a step stopped by `stop` keeps. */
function stepStatusOf(stop: RunStop): GoalStepRow["status"] {
  if (stop.status === "lost") return "aborted";
  return stop.status === "handover" ? "interrupted" : stop.status;
}

function stopReason(x: Execution): RunStop | null {
  if (!x.signal.aborted) return null;
  return x.signal.reason instanceof RunStop
    ? x.signal.reason
    : new RunStop("cancelled", "The run was cancelled.");
}

// ---------------------------------------------------------------------------------------------
// One model call, kept as one step row from start to end

/** Before a call: the run is still wanted, not ended elsewhere, and has tokens left. */
async function assertMayCall(x: Execution, spec: CallSpec) {
  const early = stopReason(x);
  if (early) throw early;
  // Cancelled through another instance, or taken over by one: the row says so.
  const [latest] = await x.deps.database.db
    .select({ status: goalRuns.status, error: goalRuns.error, owner: goalRuns.ownerInstance })
    .from(goalRuns)
    .where(eq(goalRuns.id, x.run.id));
  if (latest && latest.owner !== x.deps.instanceId) throw lost();
  if (latest && ENDED.has(latest.status)) {
    throw new RunStop(
      latest.status === "cancelled" ? "cancelled" : "failed",
      latest.error ?? `The run was ${latest.status} elsewhere.`,
    );
  }
  if (x.tokensUsed >= x.budget.maxTokens) {
    throw new RunStop(
      "failed",
      `Token budget exhausted: ${x.tokensUsed} of ${x.budget.maxTokens} tokens used before "${spec.title}".`,
    );
  }
}

/**
 * The step's row, opened while this instance owns the run: the run's row is locked meanwhile, so
 * no other instance takes it over between the check and the insert.
 */
async function openStep(x: Execution, spec: CallSpec): Promise<GoalStepRow> {
  const userMessage = spec.messages.findLast((m) => m.role === "user")?.content ?? "";
  const row = await x.deps.database.db.transaction(async (tx) => {
    const [owned] = await tx
      .select({ id: goalRuns.id })
      .from(goalRuns)
      .where(and(eq(goalRuns.id, x.run.id), eq(goalRuns.ownerInstance, x.deps.instanceId)))
      .for("update");
    if (!owned) throw lost();
    const [inserted] = await tx
      .insert(goalSteps)
      .values({
        runId: x.run.id,
        index: x.nextIndex,
        kind: spec.kind,
        planStep: spec.planStep ?? null,
        title: spec.title,
        task: spec.task,
        promptSummary: clip(userMessage, 500),
        // An estimate until the provider reports the count: what an interrupted step is charged.
        promptTokens: estimatedTokens(promptChars(spec)),
      })
      .returning();
    return inserted!;
  });
  x.nextIndex += 1;
  x.current = row;
  publishStep(x.deps, row);
  return row;
}

const promptChars = (spec: CallSpec) => spec.messages.reduce((n, m) => n + m.content.length, 0);

async function startStepGeneration(x: Execution, spec: CallSpec) {
  try {
    return await startGeneration(x.deps, {
      body: {
        messages: spec.messages,
        task: spec.task,
        maxTokens: Math.max(1, Math.min(131_072, x.budget.maxTokens - x.tokensUsed)),
      },
      userId: x.run.createdBy,
      requestId: `goal:${x.run.id}`,
      signal: x.signal,
      json: spec.json,
    });
  } catch (error) {
    if (error instanceof EmergencyActiveError) {
      throw new RunStop("aborted", `Aborted: ${error.message}`);
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new RunStop("failed", `${spec.title}: ${message}`);
  }
}

/** The streamed output, written to the step row at most every FLUSH_MS while it comes. */
async function readOutput(
  x: Execution,
  rowId: string,
  generation: Awaited<ReturnType<typeof startGeneration>>,
) {
  let text = "";
  let lastFlush = Date.now();
  let failure: { code: string; message: string } | null = null;
  let usage: Usage = { promptTokens: 0, completionTokens: 0, latencyMs: 0 };
  for await (const event of generation.events) {
    if (event.event === "delta") {
      text += event.data.text;
      if (Date.now() - lastFlush > FLUSH_MS) {
        lastFlush = Date.now();
        await setStep(x, rowId, { output: text });
      }
    } else if (event.event === "done") {
      usage = event.data;
    } else if (event.event === "error") {
      failure = event.data;
    }
  }
  return { text, failure, usage };
}

async function call(x: Execution, spec: CallSpec): Promise<CallResult> {
  const done = x.previous.get(callKey(spec));
  if (done) {
    x.previous.delete(callKey(spec));
    return { row: done, text: done.output, replayed: true };
  }
  await assertMayCall(x, spec);
  let row = await openStep(x, spec);
  const started = performance.now();
  const generation = await startStepGeneration(x, spec);
  row = await setStep(x, row.id, {
    model: generation.selection.model,
    provider: generation.selection.provider,
    reason: generation.selection.reason,
  });
  x.current = row;
  const { text, failure, usage } = await readOutput(x, row.id, generation);
  const latencyMs = usage.latencyMs || Math.round(performance.now() - started);
  const stop =
    stopReason(x) ??
    (failure?.code === "EMERGENCY_ACTIVE"
      ? new RunStop("aborted", `Aborted by the emergency stop: ${failure.message}`)
      : null);
  if (stop?.status === "lost") {
    x.current = null;
    throw stop;
  }
  // A call cut short reports no counts: it is charged what it was sent and what it wrote.
  const counted = usage.promptTokens + usage.completionTokens > 0;
  const promptTokens = counted ? usage.promptTokens : estimatedTokens(promptChars(spec));
  const completionTokens = counted ? usage.completionTokens : estimatedTokens(text.length);
  x.tokensUsed += promptTokens + completionTokens;
  await setRun(x, { tokensUsed: x.tokensUsed });
  const ended = { output: text, promptTokens, completionTokens, latencyMs };
  if (stop || failure) {
    const reason =
      stop ?? new RunStop("failed", `${spec.title}: ${failure!.code}: ${failure!.message}`);
    row = await setStep(x, row.id, {
      ...ended,
      status: stepStatusOf(reason),
      error: reason.message,
      finishedAt: new Date(),
    });
    x.current = null;
    throw reason;
  }
  row = await setStep(x, row.id, { ...ended, status: "succeeded", finishedAt: new Date() });
  x.current = null;
  if (x.tokensUsed > x.budget.maxTokens) {
    throw new RunStop(
      "failed",
      `Token budget exhausted: ${x.tokensUsed} of ${x.budget.maxTokens} tokens used after "${spec.title}".`,
    );
  }
  return { row, text };
}

/** Marks the step that was running when a failure happened outside `call` (e.g. a parse). */
async function failCurrent(x: Execution, stop: RunStop) {
  const open = x.current;
  if (open && stop.status !== "lost") {
    if (stop.status === "handover") {
      // Charged for what it was sent, the next owner runs it again.
      x.tokensUsed += open.promptTokens;
    }
    await setStep(x, open.id, {
      status: stepStatusOf(stop),
      error: stop.message,
      finishedAt: new Date(),
    });
    x.current = null;
  }
}

// ---------------------------------------------------------------------------------------------
// The steps of a run

/** 1. The plan: at most the budget's steps, each with its kind of task. */
async function planRun(x: Execution, goal: string) {
  const plan = await call(x, {
    kind: "plan",
    title: "Plan",
    task: "reasoning",
    json: true,
    messages: [
      { role: "system", content: PLAN_SYSTEM.replace("{max}", String(x.budget.maxSteps)) },
      { role: "user", content: goal },
    ],
  });
  const parsed = parsePlan(plan.text);
  if (!parsed.ok) {
    await setStep(x, plan.row.id, { status: "failed", error: parsed.error });
    throw new RunStop("failed", parsed.error);
  }
  const steps = parsed.value;
  if (steps.length > x.budget.maxSteps) {
    const message = `Step budget exceeded: the plan has ${steps.length} steps, the budget allows ${x.budget.maxSteps}.`;
    await setStep(x, plan.row.id, { status: "failed", error: message });
    throw new RunStop("failed", message);
  }
  const planText = steps.map((s, i) => `${i + 1}. ${s.title}`).join("\n");
  await setStep(x, plan.row.id, { issues: [], output: plan.text });
  return { steps, planText };
}

/** 2a. One planned step, seeing the goal, the plan and the results so far. */
async function executeStep(
  x: Execution,
  goal: string,
  planText: string,
  results: StepResult[],
  i: number,
  step: PlannedStep,
) {
  await setRun(x, { phase: "executing" });
  const previous = results
    .map((r, j) => `Result of step ${j + 1} (${r.title}):\n${clip(r.output, 4_000)}`)
    .join("\n\n");
  return call(x, {
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
}

/** 2b. The verifier's score and issues, kept on both the verification and the step. */
async function verifyStep(
  x: Execution,
  goal: string,
  i: number,
  step: PlannedStep,
  executed: CallResult,
) {
  await setRun(x, { phase: "verifying" });
  const verification = await call(x, {
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
    await setStep(x, verification.row.id, { score, issues });
    await setStep(x, executed.row.id, { score, issues });
  } else {
    issues = [verdict.error];
    await setStep(x, verification.row.id, { status: "failed", error: verdict.error, issues });
    await setStep(x, executed.row.id, { issues });
  }
  return { verification, score, issues };
}

/** 2c. A step below the run's threshold, unverified or with issues goes to people for review. */
async function reviewStepIfDoubtful(
  x: Execution,
  i: number,
  step: PlannedStep,
  executed: CallResult,
  verified: Awaited<ReturnType<typeof verifyStep>>,
) {
  const { verification, score, issues } = verified;
  const threshold = x.run.reviewThreshold;
  if (!(score === null || score < threshold || issues.length > 0)) return;
  x.reviewsOpened = true;
  // Taken over after the review was asked for: it stands.
  if (await reviewAskedBefore(x, "task_review", executed.row.id)) return;
  const urgency: ReviewUrgency =
    score === null || score < threshold / 2 ? "high" : score < threshold ? "normal" : "low";
  const verdictText =
    score === null
      ? "could not be verified"
      : score < threshold
        ? `scored ${score.toFixed(2)} (below ${threshold})`
        : `scored ${score.toFixed(2)} with ${issues.length} issue${issues.length === 1 ? "" : "s"}`;
  await createReview(x.deps, {
    kind: "task_review",
    subjectType: "goal_step",
    subjectId: executed.row.id,
    title: `Step ${i + 1} of a goal ${verdictText}: ${clip(step.title, 200)}`,
    urgency,
    // Similar: the same kind of task on the same model, with a score in the same tenth.
    similarityKey: `${step.task}|${executed.row.model ?? "?"}|${score === null ? "unverified" : Math.floor(score * 10) / 10}`,
    details: {
      runId: x.run.id,
      goal: clip(x.run.goal, 1_000),
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

/** Whether an earlier owner of the run already asked this review. */
async function reviewAskedBefore(
  x: Execution,
  kind: "task_review" | "goal_approval",
  subjectId: string,
): Promise<boolean> {
  if (!x.resumed) return false;
  const [asked] = await x.deps.database.db
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(and(eq(reviewRequests.kind, kind), eq(reviewRequests.subjectId, subjectId)))
    .limit(1);
  return asked !== undefined;
}

/** 3. The final answer, from every step's result and its verification. */
async function answer(x: Execution, goal: string, results: StepResult[]) {
  await setRun(x, { phase: "synthesizing" });
  const report = results
    .map(
      (r, j) =>
        `Step ${j + 1}: ${r.title}\nVerifier score: ${r.score === null ? "unverified" : r.score.toFixed(2)}${r.issues.length ? `\nIssues: ${r.issues.join("; ")}` : ""}\nResult:\n${clip(r.output, 6_000)}`,
    )
    .join("\n\n");
  return call(x, {
    kind: "synthesize",
    title: "Final answer",
    task: "summarization",
    messages: [
      { role: "system", content: SYNTH_SYSTEM },
      { role: "user", content: `${goal}\n\n${report}\n\nWrite the final answer to the goal.` },
    ],
  });
}

/** 4. A run that asks for approval hands its answer to people. */
async function requestApproval(x: Execution, final: CallResult, results: StepResult[]) {
  if (!x.run.requireApproval) return;
  x.reviewsOpened = true;
  if (await reviewAskedBefore(x, "goal_approval", x.run.id)) return;
  await createReview(x.deps, {
    kind: "goal_approval",
    subjectType: "goal_run",
    subjectId: x.run.id,
    title: `Approve the answer to: ${clip(x.run.goal, 300)}`,
    urgency: "normal",
    details: {
      runId: x.run.id,
      goal: clip(x.run.goal, 1_000),
      answer: clip(final.text, 10_000),
      model: final.row.model,
      scores: results.map((r) => r.score),
    },
  });
}

/**
 * 5. The answer is kept either way; a run that opened reviews completes once they are all
 * approved. One that opened none completes now, never showing a passing needs_review.
 */
async function finish(x: Execution, final: CallResult) {
  await setRun(x, {
    status: x.reviewsOpened ? "needs_review" : "completed",
    phase: null,
    finalAnswer: final.text,
    finishedAt: new Date(),
  });
  if (x.reviewsOpened) await settleRunAfterReview(x.deps, x.run.id);
}

/** A run that stopped: cancelled, aborted, over a budget, or failed; the open step with it. */
async function endRun(x: Execution, error: unknown) {
  const stop =
    stopReason(x) ??
    (error instanceof RunStop
      ? error
      : new RunStop("failed", `Unexpected error: ${(error as Error)?.message ?? String(error)}`));
  if (!(error instanceof RunStop) && !x.signal.aborted) {
    x.deps.log.error({ err: error, runId: x.run.id }, "goal run failed unexpectedly");
  }
  // Another instance executes it now: what it does is not this one's to record.
  if (stop.status === "lost") return;
  await failCurrent(x, stop).catch(() => {});
  if (stop.status === "handover") {
    await handOver(x).catch((e) =>
      x.deps.log.warn({ err: e, runId: x.run.id }, "could not hand a goal run over"),
    );
    return;
  }
  await setRun(x, {
    status: stop.status === "aborted" ? "cancelled" : stop.status,
    phase: null,
    error: stop.message,
    finishedAt: new Date(),
  }).catch((e) =>
    x.deps.log.warn({ err: e, runId: x.run.id }, "could not mark a goal run as ended"),
  );
}

/**
 * Shutdown: the run waits, queued, for the next instance, which takes it at once (no heartbeat to
 * wait out); the time this instance spent on it counts against its budget.
 */
async function handOver(x: Execution) {
  const [row] = await x.deps.database.db
    .update(goalRuns)
    .set({
      status: "queued",
      phase: null,
      tokensUsed: x.tokensUsed,
      heartbeatAt: null,
      spentMs: sql`${goalRuns.spentMs} + coalesce(greatest(0, extract(epoch from (now() - ${goalRuns.attemptStartedAt})) * 1000), 0)::int`,
      attemptStartedAt: null,
    })
    .where(
      and(
        eq(goalRuns.id, x.run.id),
        inArray(goalRuns.status, OPEN_STATUSES),
        eq(goalRuns.ownerInstance, x.deps.instanceId),
      ),
    )
    .returning();
  if (row) publishRun(x.deps, row);
}

/** What an earlier owner completed: each call of the pipeline done already, and the next index. */
async function earlierWork(deps: Deps, runId: string) {
  const rows = await deps.database.db
    .select()
    .from(goalSteps)
    .where(eq(goalSteps.runId, runId))
    .orderBy(asc(goalSteps.index));
  const previous = new Map<string, GoalStepRow>();
  for (const row of rows) {
    // A verification whose verdict could not be read is `failed` and the run went on.
    const completed = row.finishedAt && (row.status === "succeeded" || row.status === "failed");
    if (completed) previous.set(callKey(row), row);
  }
  return { previous, nextIndex: (rows.at(-1)?.index ?? -1) + 1 };
}

/**
 * Runs a goal to its end within its time budget (the controller aborts it when that runs out, or
 * when it is cancelled or the AI work is stopped); never throws. A run taken over from another
 * instance (`resumed`) goes on from its last completed step: the pipeline runs again from the
 * start, and every call an earlier owner completed is taken from its row instead of being made.
 */
export async function executeRun(
  deps: Deps,
  initial: GoalRunRow,
  controller: AbortController,
  options: { resumed?: boolean } = {},
): Promise<void> {
  const resumed = options.resumed ?? false;
  const x: Execution = {
    deps,
    run: initial,
    signal: controller.signal,
    budget: initial.budget,
    tokensUsed: initial.tokensUsed,
    nextIndex: 0,
    current: null,
    reviewsOpened: false,
    resumed,
    previous: new Map(),
  };
  const leftMs = x.budget.maxSeconds * 1000 - initial.spentMs;
  const timer = setTimeout(
    () => {
      controller.abort(
        new RunStop(
          "failed",
          `Time budget exhausted: the run took longer than ${x.budget.maxSeconds} s.`,
        ),
      );
    },
    Math.max(0, leftMs),
  );
  timer.unref();
  try {
    if (resumed) Object.assign(x, await earlierWork(deps, initial.id));
    await setRun(x, {
      status: "running",
      phase: "planning",
      startedAt: initial.startedAt ?? new Date(),
    });
    const goal = goalText(initial);
    const { steps, planText } = await planRun(x, goal);
    const results: StepResult[] = [];
    for (const [i, step] of steps.entries()) {
      const executed = await executeStep(x, goal, planText, results, i, step);
      const verified = await verifyStep(x, goal, i, step, executed);
      await reviewStepIfDoubtful(x, i, step, executed, verified);
      results.push({
        title: step.title,
        output: executed.text,
        score: verified.score,
        issues: verified.issues,
      });
    }
    const final = await answer(x, goal, results);
    await requestApproval(x, final, results);
    await finish(x, final);
  } catch (error) {
    await endRun(x, error);
  } finally {
    clearTimeout(timer);
  }
}

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
  if (!acceptsRuns(deps)) {
    throw new UnavailableError("The server is shutting down: start the goal again in a moment.");
  }
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
      ownerInstance: deps.instanceId,
      heartbeatAt: new Date(),
      attemptStartedAt: new Date(),
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
  const done = executeRun(deps, run!, controller).catch((error) =>
    deps.log.error({ err: error, runId: run!.id }, "goal run crashed"),
  );
  trackRun(deps, run!.id, { controller, done });
  publishRun(deps, run!);
  return run!;
}

/**
 * Executes a run this instance has just taken over from another one (goal-recovery.server.ts),
 * in the background, from its last completed step.
 */
export function resumeRun(deps: Deps, run: GoalRunRow): void {
  const controller = new AbortController();
  const done = executeRun(deps, run, controller, { resumed: true }).catch((error) =>
    deps.log.error({ err: error, runId: run.id }, "goal run crashed"),
  );
  trackRun(deps, run.id, { controller, done });
}
