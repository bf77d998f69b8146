import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod/v4";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { notFoundAsPage, pageRefusal } from "#app/api/page-errors.server.ts";
import { KnowledgeHeader } from "#app/components/knowledge/nav.tsx";
import {
  NodeContradictions,
  NodeRelations,
  NodeSources,
  NodeSummary,
} from "#app/components/knowledge/node-cards.tsx";
import {
  CiteSourceForm,
  DeleteNodeForm,
  EditNodeForm,
  LinkNodeForm,
} from "#app/components/knowledge/node-forms.tsx";
import { edgeFormSchema } from "#app/knowledge/forms.ts";
import {
  createEdge,
  deleteNode,
  getNodeDetail,
  linkSource,
  updateNode,
} from "#app/knowledge/graph.server.ts";
import { can } from "#app/utils/permissions.ts";
import { kgStances, kgVerificationLevels } from "#db/schema/index.ts";

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
      <NodeSummary node={node} />
      <NodeContradictions contradictions={contradictions} />
      <NodeRelations edges={edges} />
      <NodeSources sources={sources} />
      {canWrite ? (
        <>
          <EditNodeForm node={node} errors={editErrors} />
          <LinkNodeForm errors={edgeErrors} />
          <CiteSourceForm errors={citeErrors} />
          <DeleteNodeForm />
        </>
      ) : null}
    </div>
  );
}
