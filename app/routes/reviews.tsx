import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { pageRefusal } from "#app/api/page-errors.server.ts";
import { UtcTime } from "#app/components/module-form.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { inputClass } from "#app/components/ui/input.tsx";
import { decide } from "#app/reviews/decisions.server.ts";
import { listReviews, reviewDecisionSchema, toPublicReview } from "#app/reviews/reviews.server.ts";
import { can } from "#app/utils/permissions.ts";
import { reviewStatuses } from "#db/schema/index.ts";

export const meta: MetaFunction = () => [{ title: "Review queue · NEXUS" }];

type Status = (typeof reviewStatuses)[number];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const asked = new URL(request.url).searchParams.get("status");
  const status: Status = (reviewStatuses as readonly string[]).includes(asked ?? "")
    ? (asked as Status)
    : "open";
  const page = await listReviews(context.services, { status, limit: 100 });
  return {
    status,
    reviews: page.items.map(toPublicReview),
    canDecide: can(actor.role, "write"),
  };
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const form = await request.formData();
  const id = String(form.get("id") ?? "");
  const parsed = reviewDecisionSchema.safeParse({
    decision: form.get("decision"),
    note: form.get("note") ?? "",
  });
  if (!uuid.test(id) || !parsed.success) {
    return data({ id, error: "Choose approve or reject (the note is optional)." }, { status: 400 });
  }
  let decided: Awaited<ReturnType<typeof decide>>;
  try {
    decided = await decide(context.services, id, parsed.data, actingAs(actor, context));
  } catch (error) {
    const refused = pageRefusal(error);
    if (refused && (refused.status === 404 || refused.status === 409)) {
      return data({ id, error: refused.message }, { status: refused.status });
    }
    throw error;
  }
  const url = new URL(request.url);
  return redirectWithToast(request, context.services, `${url.pathname}${url.search}`, {
    tone: "success",
    title: `${parsed.data.decision === "approve" ? "Approved" : "Rejected"}: ${decided.title}`,
  });
}

function Details({ details }: { details: Record<string, unknown> }) {
  const runId = typeof details.runId === "string" ? details.runId : null;
  // Links only within this app (e.g. a contradiction's resolution page).
  const href =
    typeof details.href === "string" && /^\/[a-z]/.test(details.href) ? details.href : null;
  const issues = Array.isArray(details.issues) ? (details.issues as string[]) : [];
  return (
    <div className="mt-2 grid gap-1 text-sm">
      {typeof details.goal === "string" ? (
        <p>
          <span className="font-medium">Goal:</span> {details.goal}
        </p>
      ) : null}
      {typeof details.score === "number" ? (
        <p>
          <span className="font-medium">Score:</span> {details.score.toFixed(2)}
          {typeof details.threshold === "number" ? ` (threshold ${details.threshold})` : ""}
        </p>
      ) : null}
      {typeof details.model === "string" ? (
        <p>
          <span className="font-medium">Model:</span> {details.model}
          {typeof details.verifier === "string" ? `, verified by ${details.verifier}` : ""}
        </p>
      ) : null}
      {issues.length > 0 ? (
        <ul className="list-disc pl-5">
          {issues.map((issue) => (
            <li key={issue}>{issue}</li>
          ))}
        </ul>
      ) : null}
      {typeof details.answer === "string" ? (
        <details open>
          <summary className="cursor-pointer">Answer to approve</summary>
          <pre className="mt-1 max-h-72 overflow-auto whitespace-pre-wrap rounded bg-slate-100 p-2 dark:bg-slate-800">
            {details.answer}
          </pre>
        </details>
      ) : null}
      {typeof details.output === "string" ? (
        <details>
          <summary className="cursor-pointer">Output</summary>
          <pre className="mt-1 max-h-72 overflow-auto whitespace-pre-wrap rounded bg-slate-100 p-2 dark:bg-slate-800">
            {details.output}
          </pre>
        </details>
      ) : null}
      {href ? (
        <p>
          <Link to={href} className="underline">
            Open it to resolve
          </Link>
        </p>
      ) : null}
      {runId ? (
        <p>
          <Link to={`/sage/goals/${runId}`} className="underline">
            Open the run
          </Link>
        </p>
      ) : null}
    </div>
  );
}

export default function ReviewsPage() {
  const { status, reviews, canDecide } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">Review queue</h1>
      {status === "open" ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Most urgent first, then oldest first.
        </p>
      ) : null}
      <nav aria-label="Review status" className="flex gap-3 text-sm">
        {reviewStatuses.map((s) => (
          <Link
            key={s}
            to={`?status=${s}`}
            className={s === status ? "font-semibold underline" : "underline"}
            aria-current={s === status ? "page" : undefined}
          >
            {s}
          </Link>
        ))}
      </nav>
      {reviews.length === 0 ? (
        <p className="text-sm">Nothing {status}.</p>
      ) : (
        <ul className="grid gap-3">
          {reviews.map((review) => (
            <li key={review.id}>
              <Card>
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{review.title}</span>
                  <Badge tone="info">{review.kind.replace("_", " ")}</Badge>
                  <Badge
                    tone={
                      review.urgency === "critical" || review.urgency === "high"
                        ? "error"
                        : review.urgency === "normal"
                          ? "warning"
                          : "neutral"
                    }
                  >
                    {review.urgency} urgency
                  </Badge>
                  {review.autoApproved ? <Badge tone="ok">auto-approved</Badge> : null}
                  <Badge
                    tone={
                      review.status === "open"
                        ? "warning"
                        : review.status === "approved"
                          ? "ok"
                          : "error"
                    }
                  >
                    {review.status}
                  </Badge>
                  <span className="text-xs text-slate-600 dark:text-slate-400">
                    <UtcTime iso={review.createdAt} />
                  </span>
                </div>
                <Details details={review.details} />
                {review.decisionNote ? (
                  <p className="mt-2 text-sm">
                    <span className="font-medium">Note:</span> {review.decisionNote}
                  </p>
                ) : null}
                {canDecide && review.status === "open" ? (
                  <Form method="post" className="mt-3 grid gap-2">
                    <input type="hidden" name="id" value={review.id} />
                    <label className="grid gap-1 text-sm">
                      <span className="font-medium">Note</span>
                      <textarea name="note" rows={2} className={inputClass} />
                    </label>
                    {actionData?.id === review.id ? (
                      <p role="alert" className="text-sm text-red-700 dark:text-red-400">
                        {actionData.error}
                      </p>
                    ) : null}
                    <div className="flex gap-2">
                      <Button type="submit" name="decision" value="approve">
                        Approve
                      </Button>
                      <Button type="submit" name="decision" value="reject" variant="danger">
                        Reject
                      </Button>
                    </div>
                  </Form>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
