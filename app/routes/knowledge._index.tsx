import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { KnowledgeHeader, VerificationBadge } from "#app/components/knowledge/nav.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button, StatusButton } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList, Field, inputClass, SelectField } from "#app/components/ui/input.tsx";
import { nodeFormSchema, toNodeInput } from "#app/knowledge/forms.ts";
import { createNode, graphCounts, listNodes } from "#app/knowledge/graph.server.ts";
import { searchNodes } from "#app/knowledge/queries.server.ts";
import { searchQuerySchema } from "#app/knowledge/schemas.ts";
import { can } from "#app/utils/permissions.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";
import { kgNodeKinds, kgSourceTypes } from "#db/schema/index.ts";

export const meta: MetaFunction = () => [{ title: "Knowledge · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const q = new URL(request.url).searchParams.get("q")?.trim() ?? "";
  const counts = await graphCounts(context.services);
  let searchError: string | null = null;
  let nodes: {
    id: string;
    kind: string;
    label: string;
    domain: string;
    confidence: number;
    verification: string;
    score?: number;
  }[];
  if (q) {
    const parsed = searchQuerySchema.safeParse({ q, limit: 50 });
    if (parsed.success) {
      nodes = await searchNodes(context.services, parsed.data);
    } else {
      searchError = parsed.error.issues[0]?.message ?? "That search is not valid.";
      nodes = [];
    }
  } else {
    nodes = (await listNodes(context.services, { limit: 50 })).items;
  }
  return { q, nodes, counts, searchError, canWrite: can(actor.role, "write") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const submission = parseWithZod(await request.formData(), { schema: nodeFormSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const created = await createNode(
    context.services,
    toNodeInput(submission.value),
    actingAs(actor, context),
  );
  const n = created.contradictions.length;
  return redirectWithToast(request, context.services, `/knowledge/nodes/${created.node.id}`, {
    tone: n ? "info" : "success",
    title: n
      ? `Added "${created.node.label}": it contradicts ${n} other statement${n === 1 ? "" : "s"}`
      : `Added "${created.node.label}"`,
  });
}

function AddNodeForm() {
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const [form, fields] = useForm({
    id: "add-node",
    lastResult: actionData?.result,
    constraint: getZodConstraint(nodeFormSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: nodeFormSchema }),
    shouldRevalidate: "onBlur",
    defaultValue: { kind: "fact", confidence: "0.5", importance: "0.5", sourceType: "unknown" },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label="Kind"
          errors={fields.kind.errors}
          selectProps={getSelectProps(fields.kind)}
        >
          {kgNodeKinds.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </SelectField>
        <Field
          label="Domain"
          errors={fields.domain.errors}
          inputProps={{ ...getInputProps(fields.domain, { type: "text" }), placeholder: "general" }}
        />
      </div>
      <Field
        label="Label"
        hint="One short statement or name."
        errors={fields.label.errors}
        inputProps={getInputProps(fields.label, { type: "text" })}
      />
      <div className="space-y-1">
        <label htmlFor={fields.content.id} className="block text-sm font-medium">
          Content
        </label>
        <textarea
          id={fields.content.id}
          name={fields.content.name}
          defaultValue={fields.content.initialValue}
          rows={3}
          className={inputClass}
        />
        <ErrorList errors={fields.content.errors} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label="Tags"
          hint="Comma-separated."
          errors={fields.tags.errors}
          inputProps={getInputProps(fields.tags, { type: "text" })}
        />
        <Field
          label="Confidence (0–1)"
          errors={fields.confidence.errors}
          inputProps={{ ...getInputProps(fields.confidence, { type: "number" }), step: "0.05" }}
        />
        <Field
          label="Importance (0–1)"
          errors={fields.importance.errors}
          inputProps={{ ...getInputProps(fields.importance, { type: "number" }), step: "0.05" }}
        />
      </div>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm font-medium">
          Statement (optional: checked against other statements about the same subject)
        </legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label="Subject"
            errors={fields.subject.errors}
            inputProps={getInputProps(fields.subject, { type: "text" })}
          />
          <Field
            label="Predicate"
            errors={fields.predicate.errors}
            inputProps={getInputProps(fields.predicate, { type: "text" })}
          />
          <Field
            label="Object"
            errors={fields.object.errors}
            inputProps={getInputProps(fields.object, { type: "text" })}
          />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input {...getInputProps(fields.negated, { type: "checkbox" })} /> The statement denies
          this
        </label>
      </fieldset>
      <fieldset className="space-y-2 rounded-md border border-slate-200 p-3 dark:border-slate-800">
        <legend className="px-1 text-sm font-medium">Source (optional)</legend>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field
            label="Source title"
            errors={fields.sourceTitle.errors}
            inputProps={getInputProps(fields.sourceTitle, { type: "text" })}
          />
          <Field
            label="Source URL"
            errors={fields.sourceUrl.errors}
            inputProps={getInputProps(fields.sourceUrl, { type: "url" })}
          />
          <SelectField
            label="Source type"
            errors={fields.sourceType.errors}
            selectProps={getSelectProps(fields.sourceType)}
          >
            {kgSourceTypes.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <ErrorList errors={form.errors} />
      <StatusButton type="submit" pending={pending}>
        Add node
      </StatusButton>
    </Form>
  );
}

export default function KnowledgeIndex() {
  const { q, nodes, counts, searchError, canWrite } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <KnowledgeHeader title="Knowledge">
        {counts.nodes} nodes, {counts.edges} edges, {counts.sources} sources,{" "}
        <Link to="/knowledge/contradictions" className="underline">
          {counts.open} open contradictions
        </Link>
        .
      </KnowledgeHeader>
      <Form method="get" role="search" className="flex gap-2">
        <label htmlFor="q" className="sr-only">
          Search the knowledge graph
        </label>
        <input
          id="q"
          name="q"
          type="search"
          defaultValue={q}
          placeholder="Search labels and content (typos are fine)"
          className={inputClass}
        />
        <Button type="submit">Search</Button>
      </Form>
      {searchError ? <ErrorList errors={[searchError]} /> : null}
      <Card>
        <h2 className="mb-2 text-lg font-semibold">{q ? `Results for “${q}”` : "Newest nodes"}</h2>
        {nodes.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {q ? "Nothing matches." : "The graph is empty: add the first node below."}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800" data-testid="node-list">
            {nodes.map((n) => (
              <li key={n.id} className="flex flex-wrap items-center gap-2 py-2">
                <Link to={`/knowledge/nodes/${n.id}`} className="font-medium underline">
                  {n.label}
                </Link>
                <Badge>{n.kind}</Badge>
                <span className="text-xs text-slate-600 dark:text-slate-400">{n.domain}</span>
                <VerificationBadge level={n.verification} />
                <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">
                  confidence {n.confidence.toFixed(2)}
                  {n.score !== undefined ? ` · score ${n.score.toFixed(3)}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {canWrite ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Add a node</h2>
          <AddNodeForm />
        </Card>
      ) : null}
    </div>
  );
}
