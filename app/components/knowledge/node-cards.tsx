import { Link } from "@remix-run/react";
import { ExternalLink } from "#app/components/external-link.tsx";
import { SeverityBadge, VerificationBadge } from "#app/components/knowledge/nav.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Card } from "#app/components/ui/card.tsx";
import type {
  PublicContradiction,
  PublicEdge,
  PublicNode,
  PublicSource,
} from "#app/knowledge/schemas.ts";

/** The read-only cards of a node's page: the node, its contradictions, relations and sources. */

/** An edge seen from the node: which way it points and the node at its other end. */
export type NodeEdge = PublicEdge & {
  direction: "out" | "in";
  other: { id: string; label: string };
};

export function NodeSummary({ node }: { node: PublicNode }) {
  return (
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
  );
}

export function NodeContradictions({ contradictions }: { contradictions: PublicContradiction[] }) {
  if (!contradictions.length) return null;
  return (
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
  );
}

export function NodeRelations({ edges }: { edges: NodeEdge[] }) {
  return (
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
  );
}

export function NodeSources({ sources }: { sources: (PublicSource & { stance: string })[] }) {
  return (
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
  );
}
