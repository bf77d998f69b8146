import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { notFoundAsPage, pageId, pageRefusal } from "#app/api/page-errors.server.ts";
import {
  KnowledgeHeader,
  SeverityBadge,
  VerificationBadge,
} from "#app/components/knowledge/nav.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import {
  getContradictionDetail,
  resolveContradiction,
} from "#app/knowledge/contradictions.server.ts";
import { resolveFormSchema, toResolveInput } from "#app/knowledge/forms.ts";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction = () => [{ title: "Contradiction · Knowledge · NEXUS" }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const id = pageId(params.id);
  try {
    const detail = await getContradictionDetail(context.services, id);
    return {
      ...detail,
      canWrite: can(actor.role, "write"),
    };
  } catch (error) {
    notFoundAsPage(error);
  }
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const id = pageId(params.id);
  const submission = parseWithZod(await request.formData(), { schema: resolveFormSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  try {
    const result = await resolveContradiction(
      context.services,
      id,
      toResolveInput(submission.value),
      actingAs(actor, context),
    );
    return redirectWithToast(request, context.services, `/knowledge/contradictions/${id}`, {
      tone: "success",
      title: `Resolved (${result.contradiction.resolution}); ${result.reputation.length} source reputations updated`,
    });
  } catch (error) {
    const refused = pageRefusal(error);
    if (refused && (refused.status === 404 || refused.status === 409)) {
      return data(
        { result: submission.reply({ formErrors: [refused.message] }) },
        { status: refused.status },
      );
    }
    throw error;
  }
}

function Side({
  name,
  node,
  share,
  sources,
}: {
  name: string;
  node: ReturnType<typeof useLoaderData<typeof loader>>["nodeA"];
  share: number;
  sources: ReturnType<typeof useLoaderData<typeof loader>>["sources"];
}) {
  return (
    <Card className="space-y-2" data-testid={`side-${name}`}>
      <h2 className="text-lg font-semibold">Statement {name}</h2>
      {node ? (
        <>
          <Link to={`/knowledge/nodes/${node.id}`} className="font-medium underline">
            {node.label}
          </Link>
          <p className="flex flex-wrap gap-2 text-sm">
            <VerificationBadge level={node.verification} />
            <span>confidence {node.confidence.toFixed(2)}</span>
            <span>importance {node.importance.toFixed(2)}</span>
          </p>
          {node.content ? <p className="whitespace-pre-wrap text-sm">{node.content}</p> : null}
          <p className="text-sm">
            Weighted support: <strong>{(share * 100).toFixed(0)}%</strong>
          </p>
          <ul className="text-sm">
            {sources
              .filter((s) => s.nodeId === node.id)
              .map((s) => (
                <li key={s.sourceId}>
                  {s.title} <Badge>{s.stance}</Badge> reputation {s.reputation.toFixed(3)}
                </li>
              ))}
          </ul>
        </>
      ) : (
        <p className="text-sm">This statement no longer exists.</p>
      )}
    </Card>
  );
}

export default function ContradictionPage() {
  const {
    contradiction: c,
    nodeA,
    nodeB,
    sources,
    consensus,
    canWrite,
  } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const errors = (actionData?.result?.error ?? {}) as Record<string, string[] | null>;
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <KnowledgeHeader title="Contradiction">{c.reason}</KnowledgeHeader>
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <SeverityBadge level={c.severityLevel} value={c.severity} />
        <Badge>found by {c.detectedBy}</Badge>
        <span data-testid="contradiction-status">
          <Badge tone={c.status === "open" ? "warning" : "ok"}>
            {c.status}
            {c.resolution ? `: ${c.resolution}` : ""}
          </Badge>
        </span>
        {c.resolutionNote ? <span>{c.resolutionNote}</span> : null}
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <Side name="A" node={nodeA} share={consensus.shareA} sources={sources} />
        <Side name="B" node={nodeB} share={consensus.shareB} sources={sources} />
      </div>
      {canWrite && c.status === "open" ? (
        <Card>
          <h2 className="mb-2 text-lg font-semibold">Resolve</h2>
          <Form method="post" className="space-y-3">
            <fieldset className="space-y-1 text-sm">
              <legend className="font-medium">Decision</legend>
              {[
                ["keep_a", "Keep A (B is refuted)"],
                ["keep_b", "Keep B (A is refuted)"],
                ["both", "Both hold, in context"],
                ["merge", "Merge into one statement"],
              ].map(([value, label]) => (
                <label key={value} className="flex items-center gap-2">
                  <input type="radio" name="resolution" value={value} required />
                  {label}
                </label>
              ))}
              <ErrorList errors={errors.resolution} />
            </fieldset>
            <label className="block text-sm font-medium">
              Context (for “both”)
              <textarea name="context" rows={2} className={inputClass} />
              <ErrorList errors={errors.context} />
            </label>
            <label className="block text-sm font-medium">
              Merged label (for “merge”)
              <input name="mergedLabel" className={inputClass} />
              <ErrorList errors={errors.mergedLabel} />
            </label>
            <label className="block text-sm font-medium">
              Note
              <input name="note" className={inputClass} />
            </label>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Keeping one side moves each source's reputation by the weighted-consensus rule: upheld
              sources gain 0.2 × (1 − their side's share), overturned ones lose 0.2 × their side's
              share.
            </p>
            <ErrorList errors={errors[""]} />
            <Button type="submit">Resolve</Button>
          </Form>
        </Card>
      ) : null}
    </div>
  );
}
