import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { actingAs, requireUser } from "#app/accounts/auth.server.ts";
import { pageRefusal } from "#app/api/page-errors.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";
import { UtcTime } from "#app/components/module-form.tsx";
import { Badge, type BadgeTone } from "#app/components/ui/badge.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { inputClass } from "#app/components/ui/input.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import { createGoalRun } from "#app/sage/goal-run.server.ts";
import { createGoalSchema, defaultBudget, listRuns, toPublicRun } from "#app/sage/goals.server.ts";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction = () => [{ title: "Goals · SAGE · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const url = new URL(request.url);
  const query = pageQuerySchema.safeParse({
    limit: 25,
    cursor: url.searchParams.get("cursor") ?? undefined,
  });
  const page = await listRuns(context.services, query.success ? query.data : { limit: 25 });
  return {
    runs: page.items.map(toPublicRun),
    nextCursor: page.nextCursor,
    canRun: can(actor.role, "ai:run"),
    reviewThreshold: context.services.config.env.REVIEW_THRESHOLD,
    // Through the loader: goals.server.ts is not in the browser bundle.
    defaultBudget,
  };
}

const numberField = (value: FormDataEntryValue | null) =>
  typeof value === "string" && value.trim() !== "" ? Number(value) : undefined;

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "ai:run");
  const form = await request.formData();
  const budget = {
    maxSteps: numberField(form.get("maxSteps")),
    maxTokens: numberField(form.get("maxTokens")),
    maxSeconds: numberField(form.get("maxSeconds")),
  };
  const parsed = createGoalSchema.safeParse({
    goal: form.get("goal") ?? "",
    context: (form.get("context") as string | null) || undefined,
    budget,
    reviewThreshold: numberField(form.get("reviewThreshold")),
    requireApproval: form.get("requireApproval") === "on",
  });
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) {
      const key = String(issue.path.at(-1) ?? "goal");
      errors[key] ??= issue.message;
    }
    return data({ errors, formError: null as string | null }, { status: 400 });
  }
  try {
    const run = await createGoalRun(context.services, parsed.data, actingAs(actor, context));
    return redirect(`/sage/goals/${run.id}`);
  } catch (error) {
    const refused = pageRefusal(error);
    if (refused) {
      return data(
        { errors: {} as Record<string, string>, formError: refused.message },
        { status: refused.status },
      );
    }
    throw error;
  }
}

export const runStatusTone: Record<string, BadgeTone> = {
  queued: "neutral",
  running: "info",
  needs_review: "warning",
  completed: "ok",
  failed: "error",
  cancelled: "warning",
};

function NewGoalForm({
  reviewThreshold,
  defaultBudget,
}: {
  reviewThreshold: number;
  defaultBudget: { maxSteps: number; maxTokens: number; maxSeconds: number };
}) {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const errors = actionData?.errors ?? {};
  const field = (name: string, label: string, value: number, hint: string) => (
    <label className="grid gap-1 text-sm">
      <span className="font-medium">{label}</span>
      <input
        type="number"
        name={name}
        min={1}
        placeholder={String(value)}
        className={inputClass}
        aria-invalid={errors[name] ? true : undefined}
      />
      <span className="text-xs text-slate-600 dark:text-slate-400">{errors[name] ?? hint}</span>
    </label>
  );
  return (
    <Card>
      <CardHeader
        title="New goal"
        description="A model writes a plan; each step runs on the model chosen for it and is verified; then the answer is written."
      />
      <Form method="post" className="grid gap-3">
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Goal</span>
          <textarea
            name="goal"
            rows={3}
            required
            className={inputClass}
            aria-invalid={errors.goal ? true : undefined}
          />
          {errors.goal ? (
            <span className="text-xs text-red-700 dark:text-red-400">{errors.goal}</span>
          ) : null}
        </label>
        <label className="grid gap-1 text-sm">
          <span className="font-medium">Context (optional)</span>
          <textarea name="context" rows={2} className={inputClass} />
        </label>
        <fieldset className="grid gap-3 sm:grid-cols-3">
          <legend className="mb-1 text-sm font-medium">Budget</legend>
          {field("maxSteps", "Steps", defaultBudget.maxSteps, "1-20 plan steps")}
          {field("maxTokens", "Tokens", defaultBudget.maxTokens, "prompt + completion")}
          {field("maxSeconds", "Seconds", defaultBudget.maxSeconds, "wall time")}
        </fieldset>
        <fieldset className="grid gap-3 sm:grid-cols-2">
          <legend className="mb-1 text-sm font-medium">Review</legend>
          <label className="grid gap-1 text-sm">
            <span className="font-medium">Confidence threshold</span>
            <input
              type="number"
              name="reviewThreshold"
              min={0}
              max={1}
              step={0.05}
              placeholder={String(reviewThreshold)}
              className={inputClass}
              aria-invalid={errors.reviewThreshold ? true : undefined}
            />
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {errors.reviewThreshold ?? "steps scoring below this go to the review queue"}
            </span>
          </label>
          <label className="flex items-center gap-2 self-center text-sm">
            <input type="checkbox" name="requireApproval" />
            <span>Ask a reviewer to approve the final answer</span>
          </label>
        </fieldset>
        {actionData?.formError ? (
          <p role="alert" className="text-sm text-red-700 dark:text-red-400">
            {actionData.formError}
          </p>
        ) : null}
        <div>
          <StatusButton type="submit" pending={navigation.state === "submitting"}>
            Start goal
          </StatusButton>
        </div>
      </Form>
    </Card>
  );
}

export default function GoalsPage() {
  const { runs, nextCursor, canRun, reviewThreshold, defaultBudget } =
    useLoaderData<typeof loader>();
  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Goals</h1>
        <Link to="/reviews" className="text-sm underline">
          Review queue
        </Link>
      </div>
      {canRun ? (
        <NewGoalForm reviewThreshold={reviewThreshold} defaultBudget={defaultBudget} />
      ) : null}
      <Card>
        <CardHeader title="Runs" description="Newest first." />
        {runs.length === 0 ? (
          <p className="text-sm">No goal has been run yet.</p>
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>Goal</Th>
                <Th>Status</Th>
                <Th>Tokens</Th>
                <Th>Started</Th>
              </tr>
            </THead>
            <tbody>
              {runs.map((run) => (
                <tr key={run.id} className="border-b border-slate-100 dark:border-slate-800">
                  <Td>
                    <Link to={`/sage/goals/${run.id}`} className="underline">
                      {run.goal.length > 100 ? `${run.goal.slice(0, 100)}…` : run.goal}
                    </Link>
                  </Td>
                  <Td>
                    <Badge tone={runStatusTone[run.status]}>{run.status}</Badge>
                  </Td>
                  <Td>
                    {run.tokensUsed} / {run.budget.maxTokens}
                  </Td>
                  <Td>
                    <UtcTime iso={run.createdAt} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        {nextCursor ? (
          <p className="mt-3 text-sm">
            <Link to={`?cursor=${nextCursor}`} className="underline">
              Older runs
            </Link>
          </p>
        ) : null}
      </Card>
    </div>
  );
}
