import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useLoaderData, useNavigation, useRevalidator } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import { actingAs, requireUser } from "#app/accounts/auth.server.ts";
import { notFoundAsPage, pageId, pageRefusal } from "#app/api/page-errors.server.ts";
import { UtcTime } from "#app/components/module-form.tsx";
import { Badge, type BadgeTone } from "#app/components/ui/badge.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { type RoomEvent, useRoom } from "#app/realtime/use-room.ts";
import { reviewsOfRun } from "#app/reviews/reviews.server.ts";
import { parsePlan } from "#app/sage/goal-parsing.ts";
import {
  cancelGoalRun,
  getRunWithSteps,
  type PublicGoalRun,
  type PublicGoalStep,
} from "#app/sage/goals.server.ts";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction = () => [{ title: "Goal run · SAGE · NEXUS" }];

async function load(context: LoaderFunctionArgs["context"], id: string | undefined) {
  return getRunWithSteps(context.services, pageId(id)).catch(notFoundAsPage);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const run = await load(context, params.id);
  const reviews = await reviewsOfRun(context.services, run.id);
  return { run, reviews, canRun: can(actor.role, "ai:run") };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "ai:run");
  const run = await load(context, params.id);
  try {
    await cancelGoalRun(context.services, run.id, actingAs(actor, context));
  } catch (error) {
    const refused = pageRefusal(error);
    if (refused?.status === 409) return data({ error: refused.message }, { status: 409 });
    throw error;
  }
  return redirect(`/sage/goals/${run.id}`);
}

/** The pipeline has finished (a run needing review waits for people, not models). */
const TERMINAL = ["needs_review", "completed", "failed", "cancelled"];

const statusTone: Record<string, BadgeTone> = {
  queued: "neutral",
  running: "info",
  needs_review: "warning",
  completed: "ok",
  failed: "error",
  cancelled: "warning",
  succeeded: "ok",
  aborted: "error",
  interrupted: "warning",
};

function scoreTone(score: number): BadgeTone {
  return score >= 0.8 ? "ok" : score >= 0.6 ? "warning" : "error";
}

type Run = PublicGoalRun & { steps: PublicGoalStep[] };

/** Keeps the run current from the `goal` events of the global room (docs/decisions/006). */
function useLiveRun(initial: Run): { run: Run; status: string } {
  const [run, setRun] = useState(initial);
  const revalidator = useRevalidator();
  /** The latest `seq` seen per run or step: pushes may arrive out of order. */
  const seen = useRef(new Map<string, number>());
  useEffect(() => setRun(initial), [initial]);
  const onEvent = useCallback(
    (event: RoomEvent) => {
      if (event.type !== "goal") return;
      const payload = event.data as {
        runId?: string;
        event?: string;
        run?: PublicGoalRun;
        step?: PublicGoalStep;
        seq?: number;
      };
      if (payload.runId !== initial.id) return;
      const key = payload.step?.id ?? "run";
      const seq = payload.seq ?? 0;
      if ((seen.current.get(key) ?? -1) > seq) return;
      seen.current.set(key, seq);
      setRun((current) => {
        if (payload.event === "run" && payload.run) return { ...current, ...payload.run };
        if (payload.event === "step" && payload.step) {
          const step = payload.step;
          const others = current.steps.filter((s) => s.id !== step.id);
          return { ...current, steps: [...others, step].sort((a, b) => a.index - b.index) };
        }
        return current;
      });
      if (payload.event === "run" && payload.run && TERMINAL.includes(payload.run.status)) {
        revalidator.revalidate();
      }
    },
    [initial.id, revalidator],
  );
  const { status } = useRoom("global", onEvent);
  // Without the realtime room (refused, offline, reconnecting), poll the loader instead.
  const running = !TERMINAL.includes(run.status);
  useEffect(() => {
    if (!running || status === "live" || status === "connecting") return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") revalidator.revalidate();
    }, 3_000);
    return () => clearInterval(timer);
  }, [running, status, revalidator]);
  return { run, status };
}

function StepCard({ step, verify }: { step: PublicGoalStep; verify?: PublicGoalStep }) {
  const running = step.status === "running" || verify?.status === "running";
  return (
    <li className="rounded-md border border-slate-200 p-3 dark:border-slate-700">
      <div className="flex flex-wrap items-center gap-2">
        <span className="font-medium">
          {step.planStep ? `${step.planStep}. ` : ""}
          {step.title}
        </span>
        <Badge tone={statusTone[step.status] ?? "neutral"}>{step.status}</Badge>
        {step.score !== null ? (
          <Badge tone={scoreTone(step.score)}>{`score ${step.score.toFixed(2)}`}</Badge>
        ) : verify && verify.status !== "running" ? (
          <Badge tone="error">unverified</Badge>
        ) : running ? (
          <Badge tone="info">{verify ? "verifying…" : "running…"}</Badge>
        ) : null}
      </div>
      {step.model ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {step.task} · {step.reason} · {step.promptTokens + step.completionTokens} tokens
          {step.latencyMs !== null ? ` · ${step.latencyMs} ms` : ""}
        </p>
      ) : null}
      {step.output ? (
        <pre className="mt-2 max-h-96 overflow-auto whitespace-pre-wrap rounded bg-slate-100 p-2 text-sm dark:bg-slate-800">
          {step.output}
        </pre>
      ) : null}
      {step.error ? (
        <p className="mt-1 text-sm text-red-700 dark:text-red-400">{step.error}</p>
      ) : null}
      {step.issues.length > 0 ? (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {step.issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
      {verify?.model ? (
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          Verified by {verify.model} · {verify.promptTokens + verify.completionTokens} tokens
          {verify.latencyMs !== null ? ` · ${verify.latencyMs} ms` : ""}
          {verify.error ? ` · ${verify.error}` : ""}
        </p>
      ) : null}
    </li>
  );
}

export default function GoalRunPage() {
  const { run: initial, reviews, canRun } = useLoaderData<typeof loader>();
  const { run, status: live } = useLiveRun(initial as Run);
  const navigation = useNavigation();
  const finished = TERMINAL.includes(run.status);
  // A step interrupted by its instance going away ran again: the later row is the one that counts.
  const plan = run.steps.findLast((s) => s.kind === "plan");
  const parsed = plan && plan.status !== "running" ? parsePlan(plan.output) : null;
  const planned = parsed?.ok ? parsed.value.length : null;
  const work = run.steps.filter((s) => s.kind === "step");
  const verifies = run.steps.filter((s) => s.kind === "verify");
  const synthesis = run.steps.findLast((s) => s.kind === "synthesize");
  const done = verifies.filter((s) => s.status !== "running" && s.status !== "interrupted").length;
  const total = planned === null ? null : planned + 2; // plan and synthesis
  const progress =
    total === null
      ? 0
      : Math.min(
          1,
          ((plan?.status === "succeeded" ? 1 : 0) +
            done +
            (synthesis?.status === "succeeded" ? 1 : 0)) /
            total,
        );
  return (
    <div className="grid gap-4">
      <p className="text-sm">
        <Link to="/sage/goals" className="underline">
          Goals
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{finished ? "Goal report" : "Goal run"}</h1>
        <Badge tone={statusTone[run.status] ?? "neutral"}>
          <span data-testid="run-status">{run.status}</span>
        </Badge>
        {run.phase ? <Badge tone="info">{run.phase}</Badge> : null}
        {!finished ? (
          <span className="text-xs text-slate-600 dark:text-slate-400">live: {live}</span>
        ) : null}
      </div>
      <Card>
        <p className="whitespace-pre-wrap font-medium">{run.goal}</p>
        {run.context ? (
          <p className="mt-2 whitespace-pre-wrap text-sm text-slate-700 dark:text-slate-300">
            {run.context}
          </p>
        ) : null}
        <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-1 text-sm">
          <dt className="font-medium">Started</dt>
          <dd>
            <UtcTime iso={run.createdAt} />
          </dd>
          {run.finishedAt ? (
            <>
              <dt className="font-medium">Finished</dt>
              <dd>
                <UtcTime iso={run.finishedAt} />
              </dd>
            </>
          ) : null}
          <dt className="font-medium">Tokens</dt>
          <dd>
            {run.tokensUsed} of {run.budget.maxTokens}
          </dd>
          <dt className="font-medium">Budget</dt>
          <dd>
            {run.budget.maxSteps} steps, {run.budget.maxSeconds} s
          </dd>
        </dl>
        {!finished ? (
          <div className="mt-3">
            <progress
              className="w-full"
              max={1}
              value={progress}
              aria-label="Progress of the run"
            />
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {planned === null ? "Planning…" : `${done} of ${planned} steps verified`}
            </p>
          </div>
        ) : null}
        {!finished && canRun ? (
          <Form method="post" className="mt-3">
            <StatusButton
              type="submit"
              variant="danger"
              pending={navigation.state === "submitting"}
            >
              Cancel run
            </StatusButton>
          </Form>
        ) : null}
      </Card>
      {run.resumptions.length > 0 ? (
        <Card>
          <CardHeader
            title="Resumed on another instance"
            description="The instance running it went away; another took it over and went on from its last completed step."
          />
          <ul className="grid gap-1 text-sm" data-testid="run-resumptions">
            {run.resumptions.map((r) => (
              <li key={r.at}>
                <UtcTime iso={r.at} />:{" "}
                {r.reason === "handed-over"
                  ? "its instance shut down and handed it over"
                  : "its instance stopped answering"}
                ; resumed on another instance ({r.to}) after {r.completedSteps} completed step
                {r.completedSteps === 1 ? "" : "s"}.
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {run.error ? (
        <p
          role="alert"
          className="rounded-md border border-red-300 p-3 text-sm text-red-800 dark:border-red-700 dark:text-red-300"
        >
          {run.error}
        </p>
      ) : null}
      {reviews.length > 0 ? (
        <Card>
          <CardHeader
            title="Reviews"
            description={
              run.status === "needs_review"
                ? "The run completes once every request is approved; a rejection fails it."
                : `Steps scoring below ${run.reviewThreshold}, or with issues, go to review.`
            }
          />
          <ul className="grid gap-1 text-sm" data-testid="run-reviews">
            {reviews.map((review) => (
              <li key={review.id} className="flex flex-wrap items-center gap-2">
                <Badge
                  tone={
                    review.status === "open"
                      ? "warning"
                      : review.status === "approved"
                        ? "ok"
                        : "error"
                  }
                >
                  {review.autoApproved ? "auto-approved" : review.status}
                </Badge>
                <span>{review.title}</span>
              </li>
            ))}
          </ul>
          {reviews.some((r) => r.status === "open") ? (
            <p className="mt-2 text-sm">
              <Link to="/reviews" className="underline">
                Decide in the review queue
              </Link>
            </p>
          ) : null}
        </Card>
      ) : null}
      {run.finalAnswer ? (
        <Card>
          <CardHeader title="Answer" description={synthesis?.reason ?? undefined} />
          <div className="whitespace-pre-wrap" data-testid="final-answer">
            {run.finalAnswer}
          </div>
        </Card>
      ) : null}
      <Card>
        <CardHeader title="Plan" description={plan?.reason ?? undefined} />
        {plan ? (
          parsed?.ok ? (
            <ol className="list-decimal pl-5 text-sm">
              {parsed.value.map((s) => (
                <li key={s.title}>
                  {s.title} <span className="text-slate-500">({s.task})</span>
                </li>
              ))}
            </ol>
          ) : (
            <pre className="whitespace-pre-wrap text-sm">{plan.output || "Writing the plan…"}</pre>
          )
        ) : (
          <p className="text-sm">Waiting to start…</p>
        )}
        {plan?.error ? (
          <p className="mt-1 text-sm text-red-700 dark:text-red-400">{plan.error}</p>
        ) : null}
      </Card>
      <Card>
        <CardHeader
          title="Steps"
          description="Each step's model, why it was chosen, its output and the verifier's score."
        />
        {work.length === 0 ? (
          <p className="text-sm">No step has run yet.</p>
        ) : (
          <ol className="grid gap-3" data-testid="goal-steps">
            {work.map((step) => (
              <StepCard
                key={step.id}
                step={step}
                verify={verifies.findLast((v) => v.planStep === step.planStep)}
              />
            ))}
          </ol>
        )}
      </Card>
    </div>
  );
}
