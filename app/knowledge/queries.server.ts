import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { cachedGraphQuery } from "#app/knowledge/cache.server.ts";
import { InvalidFieldError, NotFoundError } from "#app/utils/domain-errors.ts";
import { kgEdges, kgNodes } from "#db/schema/index.ts";
import { type Detection, openContradiction } from "./contradictions.server.ts";
import type {
  ImportDocument,
  NeighborsQuery,
  PathQuery,
  PublicEdge,
  PublicNode,
  SearchQuery,
  SubgraphQuery,
} from "./schemas.ts";
import {
  afterWrite,
  type EdgeRow,
  type KnowledgeDeps,
  type NodeRow,
  nodeColumns,
  normalise,
  rowsOf,
  toPublicEdge,
  toPublicNode,
  uuidArray,
} from "./store.server.ts";

/**
 * Reading the graph: ranked search (full text and trigram similarity on labels), neighbourhoods
 * and shortest paths walked as breadth-first search in SQL batches (one query per level, both
 * edge directions through the (from, relation, to) and (to, relation, from) indexes), export as
 * JSON and GraphML, and bulk import of the same JSON. docs/decisions/007-knowledge-graph.md.
 */

const TTL_MS = 5 * 60_000;

export type SearchHit = PublicNode & { score: number };

/** Full-text matches ranked per search, at most (a common word matches thousands). */
const FTS_CANDIDATES = 300;
/** Nearest labels by trigram distance ranked per search. */
const FUZZY_CANDIDATES = 20;

export async function searchNodes(
  deps: KnowledgeDeps,
  query: Pick<SearchQuery, "q" | "limit"> & Partial<SearchQuery>,
  options: { fresh?: boolean; anyWord?: boolean } = {},
): Promise<SearchHit[]> {
  const run = async () => {
    // anyWord: match statements sharing any word (contradiction candidates), not all of them.
    const text = options.anyWord
      ? (query.q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" or ")
      : query.q;
    const tsq = sql`websearch_to_tsquery('english', ${text})`;
    const filters = and(
      query.kind ? eq(kgNodes.kind, query.kind) : undefined,
      query.domain ? eq(kgNodes.domain, query.domain) : undefined,
    );
    const extra = filters ? sql` and ${filters}` : sql``;
    // Ranked among bounded candidates: up to FTS_CANDIDATES full-text matches and the
    // FUZZY_CANDIDATES labels containing the closest match to the query by trigram word
    // similarity (`<%` through the GIN trigram index, nearest first: typos in one word of a
    // label), so a very common word costs about what a rare one does.
    const candidates = sql`(
      select id from (select id from kg_nodes where search @@ ${tsq}${extra} limit ${FTS_CANDIDATES}) fts
      union
      select id from (select id from kg_nodes where ${query.q} <% label${extra}
        order by ${query.q} <<-> label limit ${FUZZY_CANDIDATES}) fuzzy
    )`;
    const score = sql<number>`(ts_rank(${kgNodes.search}, ${tsq}) + word_similarity(${query.q}, ${kgNodes.label}))`;
    const rows = await deps.database.db
      .select({ ...nodeColumns, score })
      .from(kgNodes)
      .where(sql`${kgNodes.id} in ${candidates}`)
      .orderBy(desc(score), kgNodes.id)
      .limit(query.limit);
    return rows.map(({ score, ...row }) => ({
      ...toPublicNode(row as NodeRow),
      score: Math.round(Number(score) * 10_000) / 10_000,
    }));
  };
  if (options.fresh) return run();
  return cachedGraphQuery(
    deps.cache,
    `search:${JSON.stringify([query.q, query.kind ?? null, query.domain ?? null, query.limit])}`,
    TTL_MS,
    run,
  );
}

// ---------------------------------------------------------------------------------------------
// Walking

interface Step {
  id: string;
  fromId: string;
  toId: string;
}

/** Every edge touching any of `frontier`, either way, optionally of the given relations. */
export async function edgesTouching(
  deps: Pick<KnowledgeDeps, "database">,
  frontier: string[],
  relations?: readonly string[],
): Promise<Step[]> {
  if (frontier.length === 0) return [];
  const ids = uuidArray(frontier);
  const rel = relations?.length
    ? sql` and relation = any(${`{${relations.join(",")}}`}::kg_relation[])`
    : sql``;
  const result = await deps.database.db.execute(sql`
    select id, from_id, to_id from kg_edges where from_id = any(${ids})${rel}
    union all
    select id, from_id, to_id from kg_edges where to_id = any(${ids})${rel}`);
  return rowsOf<{ id: string; from_id: string; to_id: string }>(result).map((r) => ({
    id: r.id,
    fromId: r.from_id,
    toId: r.to_id,
  }));
}

async function nodesByIds(deps: Pick<KnowledgeDeps, "database">, ids: string[]) {
  if (ids.length === 0) return [];
  return deps.database.db
    .select(nodeColumns)
    .from(kgNodes)
    .where(sql`${kgNodes.id} = any(${uuidArray(ids)})`);
}

async function edgesByIds(deps: Pick<KnowledgeDeps, "database">, ids: string[]) {
  if (ids.length === 0) return [];
  return deps.database.db
    .select()
    .from(kgEdges)
    .where(sql`${kgEdges.id} = any(${uuidArray(ids)})`);
}

export interface Subgraph {
  nodes: PublicNode[];
  edges: PublicEdge[];
  truncated: boolean;
}

/**
 * Ids of the nodes within `depth` hops of `rootId` (either edge direction) and the edges walked,
 * breadth first, one query per level; stops adding nodes at `limit`.
 */
export async function walk(
  deps: Pick<KnowledgeDeps, "database">,
  rootId: string,
  depth: number,
  relations: readonly string[] | undefined,
  limit: number,
) {
  const seen = new Map<string, number>([[rootId, 0]]);
  const edgeIds = new Set<string>();
  let frontier = [rootId];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const steps = await edgesTouching(deps, frontier, relations);
    const next: string[] = [];
    for (const step of steps) {
      const inFrontier = seen.get(step.fromId) === level - 1;
      const other = inFrontier ? step.toId : step.fromId;
      if (!seen.has(other)) {
        if (seen.size >= limit) {
          truncated = true;
          continue;
        }
        seen.set(other, level);
        next.push(other);
      }
      edgeIds.add(step.id);
    }
    frontier = next;
  }
  return { nodeIds: [...seen.keys()], edgeIds: [...edgeIds], truncated };
}

export async function neighbors(
  deps: KnowledgeDeps,
  rootId: string,
  query: NeighborsQuery,
): Promise<Subgraph> {
  return cachedGraphQuery(
    deps.cache,
    `neighbors:${JSON.stringify([rootId, query.depth, query.relation ?? null, query.limit])}`,
    TTL_MS,
    async () => {
      const [root] = await nodesByIds(deps, [rootId]);
      if (!root) throw new NotFoundError(`No node ${rootId}.`);
      const walked = await walk(deps, rootId, query.depth, query.relation, query.limit);
      const [nodes, edges] = await Promise.all([
        nodesByIds(deps, walked.nodeIds),
        edgesByIds(deps, walked.edgeIds),
      ]);
      const kept = new Set(nodes.map((n) => n.id));
      return {
        nodes: nodes.map(toPublicNode),
        edges: edges.filter((e) => kept.has(e.fromId) && kept.has(e.toId)).map(toPublicEdge),
        truncated: walked.truncated,
      };
    },
  );
}

/** Node ids from `from` to `to`, shortest by hops (either edge direction), or null. */
export async function shortestPathIds(
  deps: Pick<KnowledgeDeps, "database">,
  from: string,
  to: string,
  maxDepth: number,
  relations?: readonly string[],
): Promise<{ nodes: string[]; edges: string[] } | null> {
  if (from === to) return { nodes: [from], edges: [] };
  // Parent pointers of each search: node -> [previous node, edge id].
  const forward = new Map<string, [string, string] | null>([[from, null]]);
  const backward = new Map<string, [string, string] | null>([[to, null]]);
  let frontF = [from];
  let frontB = [to];
  let depthF = 0;
  let depthB = 0;
  while (frontF.length > 0 && frontB.length > 0 && depthF + depthB < maxDepth) {
    // Expand the smaller side: the fewer rows each level reads.
    const expandForward = frontF.length <= frontB.length;
    const frontier = expandForward ? frontF : frontB;
    const mine = expandForward ? forward : backward;
    const theirs = expandForward ? backward : forward;
    const inFrontier = new Set(frontier);
    const steps = await edgesTouching(deps, frontier, relations);
    const next: string[] = [];
    let meet: string | null = null;
    for (const step of steps) {
      const here = inFrontier.has(step.fromId) ? step.fromId : step.toId;
      const other = here === step.fromId ? step.toId : step.fromId;
      if (mine.has(other)) continue;
      mine.set(other, [here, step.id]);
      next.push(other);
      if (theirs.has(other)) {
        meet = other;
        break;
      }
    }
    if (expandForward) {
      frontF = next;
      depthF++;
    } else {
      frontB = next;
      depthB++;
    }
    if (meet) {
      const nodes: string[] = [];
      const edges: string[] = [];
      let cursor: string | null = meet;
      while (cursor) {
        nodes.unshift(cursor);
        const parent: [string, string] | null | undefined = forward.get(cursor);
        if (parent) edges.unshift(parent[1]);
        cursor = parent ? parent[0] : null;
      }
      cursor = meet;
      for (;;) {
        const parent = backward.get(cursor);
        if (!parent) break;
        edges.push(parent[1]);
        nodes.push(parent[0]);
        cursor = parent[0];
      }
      return { nodes, edges };
    }
  }
  return null;
}

export async function shortestPath(deps: KnowledgeDeps, query: PathQuery) {
  return cachedGraphQuery(
    deps.cache,
    `path:${JSON.stringify([query.from, query.to, query.maxDepth, query.relation ?? null])}`,
    TTL_MS,
    async () => {
      const ends = await nodesByIds(deps, [query.from, query.to]);
      const missing = [query.from, query.to].filter((id) => !ends.some((n) => n.id === id));
      if (missing.length) throw new NotFoundError(`No node ${missing.join(", ")}.`);
      const found = await shortestPathIds(
        deps,
        query.from,
        query.to,
        query.maxDepth,
        query.relation,
      );
      if (!found) return { found: false, length: null, nodes: [], edges: [] };
      const [nodes, edges] = await Promise.all([
        nodesByIds(deps, found.nodes),
        edgesByIds(deps, found.edges),
      ]);
      const byId = new Map(nodes.map((n) => [n.id, n]));
      const edgeById = new Map(edges.map((e) => [e.id, e]));
      return {
        found: true,
        length: found.edges.length,
        nodes: found.nodes.map((id) => toPublicNode(byId.get(id)!)),
        edges: found.edges.map((id) => toPublicEdge(edgeById.get(id)!)),
      };
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Export and import

export async function exportSubgraph(deps: KnowledgeDeps, query: SubgraphQuery): Promise<Subgraph> {
  if (query.root) {
    return neighbors(deps, query.root, {
      depth: Math.max(query.depth, 0) || 1,
      limit: query.limit,
      relation: undefined,
    }).then((g) =>
      query.depth === 0
        ? { nodes: g.nodes.filter((n) => n.id === query.root), edges: [], truncated: false }
        : g,
    );
  }
  const db = deps.database.db;
  const nodes = await db
    .select(nodeColumns)
    .from(kgNodes)
    .where(query.domain ? eq(kgNodes.domain, query.domain) : undefined)
    .orderBy(kgNodes.createdAt, kgNodes.id)
    .limit(query.limit + 1);
  const truncated = nodes.length > query.limit;
  const kept = nodes.slice(0, query.limit);
  const ids = uuidArray(kept.map((n) => n.id));
  const edges: EdgeRow[] = kept.length
    ? await db
        .select()
        .from(kgEdges)
        .where(and(sql`${kgEdges.fromId} = any(${ids})`, sql`${kgEdges.toId} = any(${ids})`))
    : [];
  return { nodes: kept.map(toPublicNode), edges: edges.map(toPublicEdge), truncated };
}

const xml = (value: unknown) =>
  String(value ?? "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");

/** GraphML (directed), with the node and edge fields as typed data keys. */
export function toGraphML(graph: Subgraph): string {
  const nodeKeys = [
    ["kind", "string"],
    ["label", "string"],
    ["content", "string"],
    ["domain", "string"],
    ["tags", "string"],
    ["confidence", "double"],
    ["importance", "double"],
    ["verification", "string"],
  ] as const;
  const edgeKeys = [
    ["relation", "string"],
    ["strength", "double"],
    ["confidence", "double"],
    ["evidence", "string"],
  ] as const;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...nodeKeys.map(
      ([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`,
    ),
    ...edgeKeys.map(
      ([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`,
    ),
    '  <graph id="knowledge" edgedefault="directed">',
  ];
  for (const n of graph.nodes) {
    lines.push(`    <node id="${xml(n.id)}">`);
    for (const [k] of nodeKeys) {
      const value = k === "tags" ? n.tags.join(",") : n[k];
      lines.push(`      <data key="n_${k}">${xml(value)}</data>`);
    }
    lines.push("    </node>");
  }
  for (const e of graph.edges) {
    lines.push(`    <edge id="${xml(e.id)}" source="${xml(e.fromId)}" target="${xml(e.toId)}">`);
    for (const [k] of edgeKeys) lines.push(`      <data key="e_${k}">${xml(e[k])}</data>`);
    lines.push("    </edge>");
  }
  lines.push("  </graph>", "</graphml>");
  return lines.join("\n");
}

/** The graph as a GraphML file to download (GET /knowledge/export.graphml). */
export function graphMLFile(graph: Subgraph): Response {
  return new Response(toGraphML(graph), {
    headers: {
      "Content-Type": "application/graphml+xml; charset=utf-8",
      "Content-Disposition": 'attachment; filename="knowledge.graphml"',
    },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rows per INSERT statement in bulk import. */
const IMPORT_CHUNK = 5_000;

export interface ImportResult {
  nodesCreated: number;
  nodesSkipped: number;
  edgesCreated: number;
  edgesSkipped: number;
  /** Document key → node id, for keys that were not UUIDs. */
  ids: Record<string, string>;
  contradictions: number;
}

/**
 * Bulk import of a graph document (the JSON export's shape). Node ids that are UUIDs are kept
 * (an existing id is skipped); other keys only name nodes within the document. Edges may point
 * at document keys or at existing nodes. One INSERT … SELECT FROM jsonb_to_recordset per chunk
 * writes the rows and their history together. Explicit `contradicts` edges and conflicting
 * statements among the imported nodes open contradictions, as single writes do.
 */
export async function importGraph(
  deps: KnowledgeDeps,
  doc: ImportDocument,
  actor: ActingAs,
  options: { detect?: boolean; activity?: boolean } = {},
): Promise<ImportResult> {
  const db = deps.database.db;
  const ids: Record<string, string> = {};
  const keyToId = new Map<string, string>();
  const issues: { in: "body"; path: string; message: string }[] = [];
  doc.nodes.forEach((n, i) => {
    if (keyToId.has(n.id)) {
      issues.push({ in: "body", path: `nodes.${i}.id`, message: `id "${n.id}" appears twice` });
    }
    const id = UUID.test(n.id) ? n.id.toLowerCase() : randomUUID();
    if (!UUID.test(n.id)) ids[n.id] = id;
    keyToId.set(n.id, id);
  });
  // Edges may also name nodes already in the graph.
  const external = new Set<string>();
  for (const e of doc.edges) {
    for (const key of [e.fromId, e.toId]) {
      if (!keyToId.has(key) && UUID.test(key)) external.add(key.toLowerCase());
    }
  }
  const existing = new Set<string>();
  for (let i = 0; i < external.size; i += IMPORT_CHUNK) {
    const chunk = [...external].slice(i, i + IMPORT_CHUNK);
    const rows = await db
      .select({ id: kgNodes.id })
      .from(kgNodes)
      .where(sql`${kgNodes.id} = any(${uuidArray(chunk)})`);
    for (const r of rows) existing.add(r.id);
  }
  const endpoint = (key: string) =>
    keyToId.get(key) ?? (existing.has(key.toLowerCase()) ? key.toLowerCase() : null);
  doc.edges.forEach((e, i) => {
    if (!endpoint(e.fromId)) {
      issues.push({ in: "body", path: `edges.${i}.fromId`, message: `no node "${e.fromId}"` });
    }
    if (!endpoint(e.toId)) {
      issues.push({ in: "body", path: `edges.${i}.toId`, message: `no node "${e.toId}"` });
    }
    if (endpoint(e.fromId) && endpoint(e.fromId) === endpoint(e.toId)) {
      issues.push({ in: "body", path: `edges.${i}.toId`, message: "an edge joins two nodes" });
    }
  });
  if (issues.length) throw new InvalidFieldError(issues.slice(0, 100));

  const result = await db.transaction(async (tx) => {
    let nodesCreated = 0;
    let edgesCreated = 0;
    const createdIds: string[] = [];
    for (let i = 0; i < doc.nodes.length; i += IMPORT_CHUNK) {
      const chunk = doc.nodes.slice(i, i + IMPORT_CHUNK).map((n) => ({
        id: keyToId.get(n.id),
        kind: n.kind,
        label: n.label,
        content: n.content,
        domain: n.domain,
        tags: n.tags,
        confidence: n.confidence,
        importance: n.importance,
        subject: n.statement ? normalise(n.statement.subject) : null,
        predicate: n.statement ? normalise(n.statement.predicate) : null,
        object: n.statement ? normalise(n.statement.object) : null,
        negated: n.statement?.negated ?? false,
      }));
      const inserted = await tx.execute(sql`
        with input as (
          select * from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(
            id uuid, kind kg_node_kind, label text, content text, domain text, tags text[],
            confidence real, importance real, subject text, predicate text, object text,
            negated boolean)
        ), ins as (
          insert into kg_nodes (id, kind, label, content, domain, tags, confidence, importance,
            subject, predicate, object, negated, author_id)
          select id, kind, label, content, domain, tags, confidence, importance,
            subject, predicate, object, negated, ${actor.id}::uuid from input
          on conflict (id) do nothing
          returning id, label, confidence
        ), history as (
          insert into kg_changes (entity_type, entity_id, op, label, confidence_after, actor_id)
          select 'node', id, 'created', left(label, 500), confidence, ${actor.id}::uuid from ins
        )
        select id from ins`);
      const rows = rowsOf<{ id: string }>(inserted);
      nodesCreated += rows.length;
      for (const r of rows) createdIds.push(r.id);
    }
    for (let i = 0; i < doc.edges.length; i += IMPORT_CHUNK) {
      const chunk = doc.edges.slice(i, i + IMPORT_CHUNK).map((e) => ({
        from_id: endpoint(e.fromId),
        to_id: endpoint(e.toId),
        relation: e.relation,
        strength: e.strength,
        confidence: e.confidence,
        evidence: e.evidence,
      }));
      const inserted = await tx.execute(sql`
        with input as (
          select * from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(
            from_id uuid, to_id uuid, relation kg_relation, strength real, confidence real,
            evidence text)
        ), ins as (
          insert into kg_edges (from_id, to_id, relation, strength, confidence, evidence, author_id)
          select from_id, to_id, relation, strength, confidence, evidence, ${actor.id}::uuid
          from input
          on conflict (from_id, to_id, relation) do nothing
          returning id, relation, confidence
        ), history as (
          insert into kg_changes (entity_type, entity_id, op, label, confidence_after, actor_id)
          select 'edge', id, 'created', 'imported ' || relation::text, confidence, ${actor.id}::uuid
          from ins
        )
        select count(*)::int as n from ins`);
      edgesCreated += rowsOf<{ n: number }>(inserted)[0]?.n ?? 0;
    }
    return { nodesCreated, edgesCreated, createdIds };
  });

  let contradictions = 0;
  if (options.detect !== false && result.nodesCreated + result.edgesCreated > 0) {
    contradictions = await detectImported(deps, doc, endpoint, result.createdIds, actor);
  }
  if (options.activity !== false) {
    await afterWrite(deps, actor, {
      type: "knowledge.imported",
      subject: { type: "knowledge_graph", id: "import" },
      summary: `${actor.label} imported ${result.nodesCreated} nodes and ${result.edgesCreated} edges`,
      data: { nodes: result.nodesCreated, edges: result.edgesCreated, contradictions },
    });
  }
  return {
    nodesCreated: result.nodesCreated,
    nodesSkipped: doc.nodes.length - result.nodesCreated,
    edgesCreated: result.edgesCreated,
    edgesSkipped: doc.edges.length - result.edgesCreated,
    ids,
    contradictions,
  };
}

/** Contradictions among what was just imported: explicit edges and conflicting statements. */
async function detectImported(
  deps: KnowledgeDeps,
  doc: ImportDocument,
  endpoint: (key: string) => string | null,
  createdIds: string[],
  actor: ActingAs,
): Promise<number> {
  const pairs: { a: string; b: string; detectedBy: Detection["detectedBy"]; reason: string }[] = [];
  for (const e of doc.edges) {
    if (e.relation !== "contradicts") continue;
    pairs.push({
      a: endpoint(e.fromId)!,
      b: endpoint(e.toId)!,
      detectedBy: "edge",
      reason: e.evidence || "Marked as contradicting by an explicit edge.",
    });
  }
  if (createdIds.length > 0) {
    for (let i = 0; i < createdIds.length; i += IMPORT_CHUNK) {
      const chunk = uuidArray(createdIds.slice(i, i + IMPORT_CHUNK));
      const result = await deps.database.db.execute(sql`
        select n.id as a, m.id as b, n.subject, n.predicate, n.object as oa, m.object as ob
        from kg_nodes n
        join kg_nodes m on m.subject = n.subject and m.predicate = n.predicate and m.id <> n.id
          and (m.object <> n.object or m.negated <> n.negated)
        where n.id = any(${chunk}) and n.subject is not null
        limit 1000`);
      for (const r of rowsOf<{
        a: string;
        b: string;
        subject: string;
        predicate: string;
        oa: string;
        ob: string;
      }>(result)) {
        pairs.push({
          a: r.a,
          b: r.b,
          detectedBy: "rule",
          reason:
            r.oa === r.ob
              ? `One says "${r.subject} ${r.predicate} ${r.oa}", the other denies it.`
              : `"${r.subject} ${r.predicate}": "${r.oa}" against "${r.ob}".`,
        });
      }
    }
  }
  if (pairs.length === 0) return 0;
  const involved = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  const rows = await deps.database.db
    .select(nodeColumns)
    .from(kgNodes)
    .where(inArray(kgNodes.id, involved));
  const byId = new Map(rows.map((r) => [r.id, r]));
  let opened = 0;
  const seen = new Set<string>();
  for (const p of pairs) {
    const key = [p.a, p.b].sort().join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    const a = byId.get(p.a);
    const b = byId.get(p.b);
    if (!a || !b) continue;
    const row = await openContradiction(
      deps,
      { a, b, detectedBy: p.detectedBy, confidence: 1, reason: p.reason },
      actor,
    );
    if (row) opened++;
  }
  return opened;
}
