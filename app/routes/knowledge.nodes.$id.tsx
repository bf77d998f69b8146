import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod/v4";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { notFoundAsPage, pageRefusal } from "#app/api/page-errors.server.ts";
import { ExternalLink } from "#app/components/external-link.tsx";
import {
  KnowledgeHeader,
  SeverityBadge,
  VerificationBadge,
} from "#app/components/knowledge/nav.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import { edgeFormSchema } from "#app/knowledge/forms.ts";
import {
  createEdge,
  deleteNode,
  getNodeDetail,
  linkSource,
  updateNode,
} from "#app/knowledge/graph.server.ts";
import { can } from "#app/utils/permissions.ts";
import { kgRelations, kgStances, kgVerificationLevels } from "#db/schema/index.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.detail.node.label ?? "Node"} · Knowledge · NEXUS` },
];

const idSchema = z.uuid();

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  if (!idSchema.safeParse(params.id).success) throw new Response("Not found", { status: 404 });
  const detail = await getNodeDetail(context.services, params.id!).catch(notFoundAsPage);
  return { detail, canWrite: can(actor.role, "write") };
}

const editSchema = z.object({
  label: z.string({ error: "give a label" }).trim().min(1, "give a label").max(500),
  content: z.string().max(20_000).optional(),
  confidence: z.number({ error: "confidence must be a number between 0 and 1" }).min(0).max(1),
  importance: z.number({ error: "importance must be a number between 0 and 1" }).min(0).max(1),
  verification: z.enum(kgVerificationLevels),
});

const citeSchema = z.object({
  sourceId: z.uuid("give the source's id"),
  stance: z.enum(kgStances),
});

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const id = params.id!;
  if (!idSchema.safeParse(id).success) throw new Response("Not found", { status: 404 });
  const form = await request.formData();
  const intent = form.get("intent");
  const as = actingAs(actor, context);
  const services = context.services;
  try {
    if (intent === "delete") {
      const removed = await deleteNode(services, id, as);
      return redirectWithToast(request, services, "/knowledge", {
        tone: "success",
        title: `Deleted "${removed.label}"`,
      });
    }
    if (intent === "edit") {
      const submission = parseWithZod(form, { schema: editSchema });
      if (submission.status !== "success") {
        return data({ intent, result: submission.reply() }, { status: 400 });
      }
      await updateNode(
        services,
        id,
        { ...submission.value, content: submission.value.content ?? "" },
        as,
      );
      return redirectWithToast(request, services, `/knowledge/nodes/${id}`, {
        tone: "success",
        title: "Saved",
      });
    }
    if (intent === "edge") {
      const submission = parseWithZod(form, { schema: edgeFormSchema });
      if (submission.status !== "success") {
        return data({ intent, result: submission.reply() }, { status: 400 });
      }
      const v = submission.value;
      const [fromId, toId] = v.direction === "out" ? [id, v.toId] : [v.toId, id];
      if (fromId === toId) {
        return data(
          { intent, result: submission.reply({ fieldErrors: { toId: ["pick another node"] } }) },
          { status: 400 },
        );
      }
      const created = await createEdge(
        services,
        {
          fromId,
          toId,
          relation: v.relation,
          strength: v.strength,
          confidence: v.confidence,
          evidence: v.evidence ?? "",
        },
        as,
      );
      return redirectWithToast(request, services, `/knowledge/nodes/${id}`, {
        tone: created.contradictions.length ? "info" : "success",
        title: created.contradictions.length
          ? "Linked; a contradiction was opened"
          : `Linked (${v.relation})`,
      });
    }
    if (intent === "cite") {
      const submission = parseWithZod(form, { schema: citeSchema });
      if (submission.status !== "success") {
        return data({ intent, result: submission.reply() }, { status: 400 });
      }
      await linkSource(services, id, submission.value, as);
      return redirectWithToast(request, services, `/knowledge/nodes/${id}`, {
        tone: "success",
        title: "Source cited",
      });
    }
  } catch (error) {
    const refused = pageRefusal(error);
    if (refused && refused.status < 500) {
      const fieldErrors: Record<string, string[]> = {};
      for (const i of refused.issues) fieldErrors[i.path] = [i.message];
      return data(
        {
          intent,
          result: {
            status: "error" as const,
            error: Object.keys(fieldErrors).length ? fieldErrors : { "": [refused.message] },
          },
        },
        { status: refused.status },
      );
    }
    throw error;
  }
  return data(
    { intent, result: { status: "error" as const, error: { "": ["Unknown action."] } } },
    { status: 400 },
  );
}

function useErrors(intent: string) {
  const actionData = useActionData<typeof action>();
  if (!actionData || actionData.intent !== intent) return {} as Record<string, string[] | null>;
  return (actionData.result?.error ?? {}) as Record<string, string[] | null>;
}

export default function NodeDetail() {
  const { detail, canWrite } = useLoaderData<typeof loader>();
  const { node, sources, edges, contradictions } = detail;
  const editErrors = useErrors("edit");
  const edgeErrors = useErrors("edge");
  const citeErrors = useErrors("cite");
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <KnowledgeHeader title={node.label} />
      <Card className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <Badge>{node.kind}</Badge>
          <span className="text-sm">{node.domain}</span>
          <VerificationBadge level={node.verification} />
          <span className="text-sm" data-testid="node-confidence">
            confidence {node.confidence.toFixed(2)} · importance {node.importance.toFixed(2)}
          </span>
          <Link to={`/knowledge/graph?focus=${node.id}`} className="ml-auto text-sm underline">
            Show in graph view
          </Link>
        </div>
        {node.content ? <p className="whitespace-pre-wrap text-sm">{node.content}</p> : null}
        {node.statement ? (
          <p className="text-sm">
            Statement: <em>{node.statement.subject}</em> {node.statement.negated ? "NOT " : ""}
            <em>{node.statement.predicate}</em> <em>{node.statement.object}</em>
          </p>
        ) : null}
        {node.tags.length ? (
          <p className="flex flex-wrap gap-1">
            {node.tags.map((t) => (
              <Badge key={t} tone="info">
                {t}
              </Badge>
            ))}
          </p>
        ) : null}
        <p className="text-xs text-slate-600 dark:text-slate-400">id {node.id}</p>
      </Card>

      {contradictions.length ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Contradictions</h2>
          <ul className="space-y-1 text-sm">
            {contradictions.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2">
                <Link to={`/knowledge/contradictions/${c.id}`} className="underline">
                  {c.nodeALabel} ⟷ {c.nodeBLabel}
                </Link>
                <SeverityBadge level={c.severityLevel} value={c.severity} />
                <Badge tone={c.status === "open" ? "warning" : "ok"}>
                  {c.status}
                  {c.resolution ? `: ${c.resolution}` : ""}
                </Badge>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Relations ({edges.length})</h2>
        {edges.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None yet.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {edges.map((e) => (
              <li key={e.id}>
                {e.direction === "out" ? "→" : "←"} <Badge>{e.relation}</Badge>{" "}
                <Link to={`/knowledge/nodes/${e.other.id}`} className="underline">
                  {e.other.label}
                </Link>{" "}
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  strength {e.strength.toFixed(2)}
                  {e.evidence ? ` · ${e.evidence}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      <Card>
        <h2 className="mb-2 text-lg font-semibold">Sources ({sources.length})</h2>
        {sources.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None cited.</p>
        ) : (
          <ul className="space-y-1 text-sm">
            {sources.map((s) => (
              <li key={s.id}>
                <ExternalLink href={s.url} className="underline">
                  {s.title}
                </ExternalLink>{" "}
                <Badge>{s.type}</Badge> <Badge tone="info">{s.stance}</Badge>{" "}
                <span className="text-xs">reputation {s.reputation.toFixed(3)}</span>
              </li>
            ))}
          </ul>
        )}
      </Card>

      {canWrite ? (
        <>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">Edit</h2>
            <Form method="post" className="space-y-3">
              <input type="hidden" name="intent" value="edit" />
              <label className="block text-sm font-medium">
                Label
                <input name="label" defaultValue={node.label} className={inputClass} required />
              </label>
              <ErrorList errors={editErrors.label} />
              <label className="block text-sm font-medium">
                Content
                <textarea
                  name="content"
                  defaultValue={node.content}
                  rows={3}
                  className={inputClass}
                />
              </label>
              <div className="grid gap-3 sm:grid-cols-3">
                <label className="block text-sm font-medium">
                  Confidence
                  <input
                    name="confidence"
                    type="number"
                    step="0.05"
                    min="0"
                    max="1"
                    defaultValue={node.confidence}
                    className={inputClass}
                  />
                  <ErrorList errors={editErrors.confidence} />
                </label>
                <label className="block text-sm font-medium">
                  Importance
                  <input
                    name="importance"
                    type="number"
                    step="0.05"
                    min="0"
                    max="1"
                    defaultValue={node.importance}
                    className={inputClass}
                  />
                  <ErrorList errors={editErrors.importance} />
                </label>
                <label className="block text-sm font-medium">
                  Verification
                  <select
                    name="verification"
                    defaultValue={node.verification}
                    className={inputClass}
                  >
                    {kgVerificationLevels.map((v) => (
                      <option key={v}>{v}</option>
                    ))}
                  </select>
                </label>
              </div>
              <ErrorList errors={editErrors[""]} />
              <Button type="submit">Save</Button>
            </Form>
          </Card>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">Link to another node</h2>
            <Form method="post" className="grid gap-3 sm:grid-cols-2">
              <input type="hidden" name="intent" value="edge" />
              <label className="block text-sm font-medium">
                Other node's id
                <input name="toId" className={inputClass} placeholder="from its page or a search" />
                <ErrorList errors={edgeErrors.toId} />
              </label>
              <label className="block text-sm font-medium">
                Relation
                <select name="relation" className={inputClass} defaultValue="related_to">
                  {kgRelations.map((r) => (
                    <option key={r}>{r}</option>
                  ))}
                </select>
                <ErrorList errors={edgeErrors.relation} />
              </label>
              <label className="block text-sm font-medium">
                Direction
                <select name="direction" className={inputClass} defaultValue="out">
                  <option value="out">this node → other</option>
                  <option value="in">other → this node</option>
                </select>
              </label>
              <label className="block text-sm font-medium">
                Strength (0–1)
                <input
                  name="strength"
                  type="number"
                  step="0.05"
                  defaultValue="0.5"
                  className={inputClass}
                />
                <ErrorList errors={edgeErrors.strength} />
              </label>
              <label className="block text-sm font-medium sm:col-span-2">
                Evidence
                <input name="evidence" className={inputClass} />
              </label>
              <ErrorList errors={edgeErrors[""] ?? edgeErrors.fromId} />
              <div>
                <Button type="submit">Link</Button>
              </div>
            </Form>
          </Card>
          <Card>
            <h2 className="mb-2 text-lg font-semibold">Cite a source</h2>
            <Form method="post" className="grid gap-3 sm:grid-cols-3">
              <input type="hidden" name="intent" value="cite" />
              <label className="block text-sm font-medium sm:col-span-2">
                Source id
                <input name="sourceId" className={inputClass} />
                <ErrorList errors={citeErrors.sourceId} />
              </label>
              <label className="block text-sm font-medium">
                Stance
                <select name="stance" className={inputClass} defaultValue="supports">
                  {kgStances.map((s) => (
                    <option key={s}>{s}</option>
                  ))}
                </select>
              </label>
              <ErrorList errors={citeErrors[""]} />
              <div>
                <Button type="submit">Cite</Button>
              </div>
            </Form>
          </Card>
          <Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <Button type="submit" variant="danger">
              Delete this node
            </Button>
          </Form>
        </>
      ) : null}
    </div>
  );
}
