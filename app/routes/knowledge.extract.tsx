import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { pageRefusal } from "#app/api/page-errors.server.ts";
import { KnowledgeHeader } from "#app/components/knowledge/nav.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button, StatusButton } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import { extractDraft, sendDraftToReview } from "#app/knowledge/extract.server.ts";
import { importGraph } from "#app/knowledge/queries.server.ts";
import { extractSchema, type ImportDocument, importSchema } from "#app/knowledge/schemas.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

export const meta: MetaFunction = () => [{ title: "Extract knowledge · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "ai:run");
  return null;
}

type ActionData =
  | { step: "input"; error: string; text: string }
  | { step: "draft"; draft: ImportDocument; dropped: string[]; model: string; error?: string };

/** The draft as the person edited it: accepted nodes with their new labels, and edges between them. */
function editedDraft(form: FormData): ImportDocument | null {
  let raw: unknown;
  try {
    raw = JSON.parse(String(form.get("draft") ?? ""));
  } catch {
    return null;
  }
  const parsed = importSchema.safeParse(raw);
  if (!parsed.success) return null;
  const accepted = new Set(form.getAll("accept").map(String));
  const nodes = parsed.data.nodes
    .filter((n) => accepted.has(n.id))
    .map((n) => {
      const label = String(form.get(`label:${n.id}`) ?? n.label).trim();
      return { ...n, label: label || n.label };
    });
  const keep = new Set(nodes.map((n) => n.id));
  const edges = parsed.data.edges.filter((e) => keep.has(e.fromId) && keep.has(e.toId));
  return { nodes, edges };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const intent = (await request.clone().formData()).get("intent");
  const actor = await requireUser(request, context, intent === "extract" ? "ai:run" : "write");
  const form = await request.formData();
  const as = actingAs(actor, context);
  if (intent === "extract") {
    const text = String(form.get("text") ?? "");
    const goalStepId = String(form.get("goalStepId") ?? "").trim() || undefined;
    const parsed = extractSchema.safeParse({
      text: text.trim() ? text : undefined,
      goalStepId,
      domain: String(form.get("domain") ?? "").trim() || undefined,
    });
    if (!parsed.success) {
      return data<ActionData>(
        { step: "input", error: parsed.error.issues[0]?.message ?? "Give some text.", text },
        { status: 400 },
      );
    }
    try {
      const result = await extractDraft(context.services, parsed.data, as);
      return data<ActionData>({ step: "draft", ...result });
    } catch (error) {
      const refused = pageRefusal(error);
      if (refused) {
        return data<ActionData>(
          { step: "input", error: refused.message, text },
          { status: refused.status },
        );
      }
      throw error;
    }
  }
  const draft = editedDraft(form);
  if (!draft) {
    return data<ActionData>(
      { step: "input", error: "The draft was damaged; extract again.", text: "" },
      { status: 400 },
    );
  }
  if (draft.nodes.length === 0) {
    return data<ActionData>(
      { step: "draft", draft, dropped: [], model: "", error: "Accept at least one node." },
      { status: 400 },
    );
  }
  if (intent === "review") {
    await sendDraftToReview(context.services, draft, as);
    return redirectWithToast(request, context.services, "/reviews", {
      tone: "success",
      title: `Sent ${draft.nodes.length} nodes to review`,
    });
  }
  const result = await importGraph(context.services, draft, as);
  return redirectWithToast(request, context.services, "/knowledge", {
    tone: "success",
    title: `Added ${result.nodesCreated} nodes and ${result.edgesCreated} edges`,
  });
}

export default function Extract() {
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const pending = useIsPending();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <KnowledgeHeader title="Extract knowledge">
        A model proposes nodes and edges from text; you edit the draft and add what you accept.
      </KnowledgeHeader>
      <Card>
        <Form method="post" className="space-y-3">
          <input type="hidden" name="intent" value="extract" />
          <label className="block text-sm font-medium">
            Text
            <textarea
              name="text"
              rows={6}
              className={inputClass}
              defaultValue={actionData?.step === "input" ? actionData.text : ""}
            />
          </label>
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="block text-sm font-medium">
              Or a goal step's id (its output is used)
              <input name="goalStepId" className={inputClass} />
            </label>
            <label className="block text-sm font-medium">
              Domain
              <input name="domain" className={inputClass} placeholder="general" />
            </label>
          </div>
          <ErrorList errors={actionData?.step === "input" ? [actionData.error] : null} />
          <StatusButton type="submit" pending={pending}>
            Propose nodes and edges
          </StatusButton>
        </Form>
      </Card>
      {actionData?.step === "draft" ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">
            Draft{actionData.model ? ` from ${actionData.model}` : ""}
          </h2>
          <Form method="post" className="space-y-3">
            <input type="hidden" name="draft" value={JSON.stringify(actionData.draft)} />
            <ul className="space-y-2" data-testid="draft-nodes">
              {actionData.draft.nodes.map((n) => (
                <li key={n.id} className="flex flex-wrap items-center gap-2">
                  <input
                    type="checkbox"
                    name="accept"
                    value={n.id}
                    defaultChecked
                    aria-label={`Accept ${n.label}`}
                  />
                  <Badge>{n.kind}</Badge>
                  <input
                    name={`label:${n.id}`}
                    defaultValue={n.label}
                    aria-label={`Label of ${n.id}`}
                    className={`${inputClass} max-w-xl`}
                  />
                  <span className="text-xs">confidence {n.confidence.toFixed(2)}</span>
                </li>
              ))}
            </ul>
            {actionData.draft.edges.length ? (
              <ul className="text-sm">
                {actionData.draft.edges.map((e) => (
                  <li key={`${e.fromId}-${e.relation}-${e.toId}`}>
                    {e.fromId} <Badge>{e.relation}</Badge> {e.toId}
                  </li>
                ))}
              </ul>
            ) : null}
            {actionData.dropped.length ? (
              <p className="text-xs text-slate-600 dark:text-slate-400">
                Left out: {actionData.dropped.join("; ")}
              </p>
            ) : null}
            <ErrorList errors={actionData.error ? [actionData.error] : null} />
            <div className="flex gap-2">
              <Button type="submit" name="intent" value="accept">
                Add accepted
              </Button>
              <Button type="submit" name="intent" value="review" variant="secondary">
                Send to review
              </Button>
            </div>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
