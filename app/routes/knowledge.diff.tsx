import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "#app/accounts/auth.server.ts";
import { KnowledgeHeader } from "#app/components/knowledge/nav.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import { type DailyDiff, dailyDiff } from "#app/knowledge/diff.server.ts";
import { diffQuerySchema } from "#app/knowledge/schemas.ts";

export const meta: MetaFunction = () => [{ title: "Daily diff · Knowledge · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const asked = new URL(request.url).searchParams.get("date");
  const date = asked ?? new Date().toISOString().slice(0, 10);
  const parsed = diffQuerySchema.safeParse({ date });
  if (!parsed.success) {
    return { date, error: parsed.error.issues[0]?.message ?? "Not a day.", diff: null };
  }
  return { date, error: null, diff: await dailyDiff(context.services, parsed.data.date) };
}

function Bucket({
  title,
  bucket,
  linkNodes,
}: {
  title: string;
  bucket: DailyDiff["nodes"];
  linkNodes?: boolean;
}) {
  const rows: [string, DailyDiff["nodes"]["added"]][] = [
    ["added", bucket.added],
    ["changed", bucket.changed],
    ["removed", bucket.removed],
  ];
  return (
    <Card>
      <h2 className="mb-2 text-lg font-semibold">{title}</h2>
      {rows.every(([, list]) => list.length === 0) ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No changes.</p>
      ) : (
        rows.map(([name, list]) =>
          list.length ? (
            <div key={name} className="mb-2">
              <h3 className="text-sm font-medium">
                {name} ({list.length})
              </h3>
              <ul className="text-sm" data-testid={`${title.toLowerCase()}-${name}`}>
                {list.map((e) => (
                  <li key={e.id}>
                    {linkNodes && name !== "removed" ? (
                      <Link to={`/knowledge/nodes/${e.id}`} className="underline">
                        {e.label}
                      </Link>
                    ) : (
                      e.label
                    )}
                    {Object.keys(e.fields).length ? (
                      <span className="text-xs text-slate-600 dark:text-slate-400">
                        {" "}
                        ({Object.keys(e.fields).join(", ")})
                      </span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
          ) : null,
        )
      )}
      {bucket.transient ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          {bucket.transient} added and removed the same day.
        </p>
      ) : null}
    </Card>
  );
}

export default function DiffPage() {
  const { date, error, diff } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <KnowledgeHeader title="Daily diff">
        What changed in the graph on one day (UTC).
      </KnowledgeHeader>
      <Form method="get" className="flex items-end gap-2">
        <label className="text-sm font-medium">
          Day
          <input type="date" name="date" defaultValue={date} className={inputClass} />
        </label>
        <Button type="submit">Show</Button>
      </Form>
      <ErrorList errors={error ? [error] : null} />
      {diff ? (
        <>
          <Card>
            <p data-testid="diff-summary">{diff.summary}</p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              Summary {diff.summaryBy === "model" ? "written by a model" : "computed"}.
            </p>
          </Card>
          <Bucket title="Nodes" bucket={diff.nodes} linkNodes />
          <Bucket title="Edges" bucket={diff.edges} />
          <Bucket title="Sources" bucket={diff.sources} />
          <Card>
            <h2 className="mb-2 text-lg font-semibold">Contradictions</h2>
            <ul className="text-sm" data-testid="diff-contradictions">
              {diff.contradictions.opened.map((c) => (
                <li key={`o${c.id}`}>
                  <Badge tone="warning">opened</Badge>{" "}
                  <Link to={`/knowledge/contradictions/${c.id}`} className="underline">
                    {c.label}
                  </Link>
                </li>
              ))}
              {diff.contradictions.resolved.map((c) => (
                <li key={`r${c.id}`}>
                  <Badge tone="ok">resolved: {c.resolution}</Badge>{" "}
                  <Link to={`/knowledge/contradictions/${c.id}`} className="underline">
                    {c.label}
                  </Link>
                </li>
              ))}
            </ul>
            {diff.contradictions.opened.length + diff.contradictions.resolved.length === 0 ? (
              <p className="text-sm text-slate-600 dark:text-slate-400">None.</p>
            ) : null}
          </Card>
          {diff.confidenceChanges.length ? (
            <Card>
              <h2 className="mb-2 text-lg font-semibold">Confidence changes</h2>
              <ul className="text-sm">
                {diff.confidenceChanges.map((c) => (
                  <li key={c.id}>
                    {c.label}: {c.before.toFixed(2)} → {c.after.toFixed(2)}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
