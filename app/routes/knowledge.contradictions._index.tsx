import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser } from "#app/accounts/auth.server.ts";
import { KnowledgeHeader, SeverityBadge } from "#app/components/knowledge/nav.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { listContradictions } from "#app/knowledge/contradictions.server.ts";
import { kgContradictionStatuses } from "#db/schema/index.ts";

export const meta: MetaFunction = () => [{ title: "Contradictions · Knowledge · NEXUS" }];

type Status = (typeof kgContradictionStatuses)[number];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const asked = new URL(request.url).searchParams.get("status");
  const status: Status = (kgContradictionStatuses as readonly string[]).includes(asked ?? "")
    ? (asked as Status)
    : "open";
  return { status, items: await listContradictions(context.services, { status, limit: 200 }) };
}

export default function Contradictions() {
  const { status, items } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <KnowledgeHeader title="Contradictions">
        Statements that cannot both be true, most severe first. Resolving one updates the nodes and
        the reputation of the sources behind them, and closes its review request.
      </KnowledgeHeader>
      <p className="flex gap-2 text-sm">
        {kgContradictionStatuses.map((s) => (
          <Link
            key={s}
            to={`?status=${s}`}
            aria-current={s === status ? "page" : undefined}
            className={s === status ? "font-semibold underline" : "underline"}
          >
            {s}
          </Link>
        ))}
      </p>
      <Card>
        {items.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">None {status}.</p>
        ) : (
          <ul
            className="divide-y divide-slate-200 dark:divide-slate-800"
            data-testid="contradictions"
          >
            {items.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                <Link to={`/knowledge/contradictions/${c.id}`} className="font-medium underline">
                  {c.nodeALabel} ⟷ {c.nodeBLabel}
                </Link>
                <SeverityBadge level={c.severityLevel} value={c.severity} />
                <Badge>{c.detectedBy}</Badge>
                {c.resolution ? <Badge tone="ok">{c.resolution}</Badge> : null}
                <span className="w-full text-xs text-slate-600 dark:text-slate-400">
                  {c.reason}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
