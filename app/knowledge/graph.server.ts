import { and, asc, desc, eq, inArray, or, sql } from "drizzle-orm";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { afterCursor, cursorTime, pageOf, withCursor } from "#app/api/pagination.server.ts";
import { cachedGraphQuery } from "#app/knowledge/cache.server.ts";
import {
  ConflictError,
  InvalidFieldError,
  isUniqueViolation,
  NotFoundError,
} from "#app/utils/domain-errors.ts";
import { kgContradictions, kgEdges, kgNodeSources, kgNodes, kgSources } from "#db/schema/index.ts";
import {
  type Detection,
  modelConflicts,
  openContradiction,
  statementConflicts,
} from "./contradictions.server.ts";
import { searchNodes } from "./queries.server.ts";
import type {
  CreateEdgeInput,
  CreateNodeInput,
  CreateSourceInput,
  UpdateNodeInput,
} from "./schemas.ts";
import {
  afterWrite,
  changedFields,
  clip,
  type EdgeRow,
  type KnowledgeDeps,
  type NodeRow,
  nodeColumns,
  normalise,
  recordChanges,
  type SourceRow,
  type Tx,
  toPublicContradiction,
  toPublicEdge,
  toPublicNode,
  toPublicSource,
  transaction,
} from "./store.server.ts";

/** Default reputation of a new source by its type (before any contradiction outcome). */
export const typeReputation: Record<SourceRow["type"], number> = {
  academic: 0.85,
  government: 0.8,
  expert: 0.75,
  news: 0.6,
  community: 0.45,
  ai: 0.4,
  unknown: 0.3,
};

const GRAPH_TTL_MS = 5 * 60_000;

function statementColumns(statement: CreateNodeInput["statement"] | null | undefined) {
  if (statement === undefined) return {};
  if (statement === null) return { subject: null, predicate: null, object: null, negated: false };
  return {
    subject: normalise(statement.subject),
    predicate: normalise(statement.predicate),
    object: normalise(statement.object),
    negated: statement.negated,
  };
}

// ---------------------------------------------------------------------------------------------
// Nodes

export async function getNodeRow(deps: Pick<KnowledgeDeps, "database">, id: string) {
  const [row] = await deps.database.db.select(nodeColumns).from(kgNodes).where(eq(kgNodes.id, id));
  if (!row) throw new NotFoundError(`No node ${id}.`);
  return row;
}

/** A node with its sources, its edges (both ways) with the nodes at their other end. */
export async function getNodeDetail(deps: KnowledgeDeps, id: string) {
  return cachedGraphQuery(deps.cache, `node:${id}`, GRAPH_TTL_MS, async () => {
    const node = await getNodeRow(deps, id);
    const db = deps.database.db;
    const [sources, edges, contradictions] = await Promise.all([
      db
        .select({ source: kgSources, stance: kgNodeSources.stance })
        .from(kgNodeSources)
        .innerJoin(kgSources, eq(kgSources.id, kgNodeSources.sourceId))
        .where(eq(kgNodeSources.nodeId, id))
        .orderBy(desc(kgSources.reputation)),
      db
        .select()
        .from(kgEdges)
        .where(or(eq(kgEdges.fromId, id), eq(kgEdges.toId, id)))
        .orderBy(desc(kgEdges.strength))
        .limit(500),
      db
        .select()
        .from(kgContradictions)
        .where(or(eq(kgContradictions.nodeAId, id), eq(kgContradictions.nodeBId, id)))
        .orderBy(desc(kgContradictions.createdAt))
        .limit(100),
    ]);
    const otherIds = [...new Set(edges.map((e) => (e.fromId === id ? e.toId : e.fromId)))];
    const others = otherIds.length
      ? await db
          .select({ id: kgNodes.id, label: kgNodes.label, kind: kgNodes.kind })
          .from(kgNodes)
          .where(inArray(kgNodes.id, otherIds))
      : [];
    const labelOf = new Map(others.map((o) => [o.id, o]));
    return {
      node: toPublicNode(node),
      sources: sources.map((s) => ({ ...toPublicSource(s.source), stance: s.stance })),
      edges: edges.map((e) => {
        const otherId = e.fromId === id ? e.toId : e.fromId;
        return {
          ...toPublicEdge(e),
          direction: e.fromId === id ? ("out" as const) : ("in" as const),
          other: labelOf.get(otherId) ?? { id: otherId, label: "(unknown)", kind: "fact" },
        };
      }),
      contradictions: contradictions.map(toPublicContradiction),
    };
  });
}

export interface NodeListQuery {
  limit: number;
  cursor?: string;
  kind?: NodeRow["kind"];
  domain?: string;
}

export async function listNodes(deps: KnowledgeDeps, query: NodeListQuery) {
  return cachedGraphQuery(
    deps.cache,
    `nodes:${JSON.stringify([query.limit, query.cursor ?? null, query.kind ?? null, query.domain ?? null])}`,
    GRAPH_TTL_MS,
    async () => {
      const rows = await deps.database.db
        .select({ ...nodeColumns, cursorAt: cursorTime(kgNodes.createdAt) })
        .from(kgNodes)
        .where(
          and(
            afterCursor(query.cursor, kgNodes),
            query.kind ? eq(kgNodes.kind, query.kind) : undefined,
            query.domain ? eq(kgNodes.domain, query.domain) : undefined,
          ),
        )
        .orderBy(desc(kgNodes.createdAt), desc(kgNodes.id))
        .limit(query.limit + 1);
      const page = pageOf(rows, query.limit);
      return { items: page.items.map(toPublicNode), nextCursor: page.nextCursor };
    },
  );
}

async function resolveSources(
  tx: Tx,
  sources: NonNullable<CreateNodeInput["sources"]>,
  actor: ActingAs,
) {
  const links: { sourceId: string; stance: "supports" | "contradicts" | "neutral" }[] = [];
  for (const s of sources) {
    if ("sourceId" in s) {
      const [exists] = await tx
        .select({ id: kgSources.id })
        .from(kgSources)
        .where(eq(kgSources.id, s.sourceId));
      if (!exists) {
        throw new InvalidFieldError([
          { in: "body", path: "sources", message: `no source ${s.sourceId}` },
        ]);
      }
      links.push({ sourceId: s.sourceId, stance: s.stance });
    } else {
      const [created] = await tx
        .insert(kgSources)
        .values({
          title: s.title,
          url: s.url ?? null,
          type: s.type,
          reputation: typeReputation[s.type],
        })
        .returning();
      await recordChanges(tx, [
        {
          entityType: "source",
          entityId: created!.id,
          op: "created",
          label: created!.title,
          actorId: actor.id,
        },
      ]);
      links.push({ sourceId: created!.id, stance: s.stance });
    }
  }
  return links;
}

/**
 * Creates a node (and any new sources it cites), then looks for what it contradicts: statements
 * with the same subject and predicate, and — when a model is available — the closest matches
 * found by search, kept only when the model is confident.
 */
export async function createNode(deps: KnowledgeDeps, input: CreateNodeInput, actor: ActingAs) {
  const node = await transaction(deps.database.db, async (tx) => {
    const [row] = await tx
      .insert(kgNodes)
      .values({
        kind: input.kind,
        label: input.label,
        content: input.content,
        domain: input.domain,
        tags: input.tags,
        confidence: input.confidence,
        importance: input.importance,
        authorId: actor.id,
        ...statementColumns(input.statement),
      })
      .returning(nodeColumns);
    const links = input.sources?.length ? await resolveSources(tx, input.sources, actor) : [];
    if (links.length) {
      await tx
        .insert(kgNodeSources)
        .values(links.map((l) => ({ nodeId: row!.id, ...l })))
        .onConflictDoNothing();
    }
    await recordChanges(tx, [
      {
        entityType: "node",
        entityId: row!.id,
        op: "created",
        label: row!.label,
        confidenceAfter: row!.confidence,
        actorId: actor.id,
      },
    ]);
    return row!;
  });
  await afterWrite(deps, actor, {
    type: "knowledge.node_created",
    subject: { type: "knowledge_node", id: node.id },
    summary: `${actor.label} added ${node.kind} "${clip(node.label, 120)}"`,
  });
  const contradictions = await detectForNode(deps, node, actor);
  return { node: toPublicNode(await getNodeRow(deps, node.id)), contradictions };
}

/** Runs every detector for a node just written; returns the contradictions it opened. */
export async function detectForNode(deps: KnowledgeDeps, node: NodeRow, actor: ActingAs) {
  const found: Detection[] = await statementConflicts(deps.database.db, node);
  const known = new Set(found.map((d) => d.b.id));
  // Model check: candidates are the nearest statements by search, never a slice of the graph.
  const hits = await searchNodes(
    deps,
    { q: clip(node.label, 200), limit: 8 },
    { fresh: true, anyWord: true },
  );
  const candidateIds = hits.map((h) => h.id).filter((id) => id !== node.id && !known.has(id));
  if (candidateIds.length > 0) {
    const candidates = await deps.database.db
      .select(nodeColumns)
      .from(kgNodes)
      .where(inArray(kgNodes.id, candidateIds.slice(0, 5)));
    found.push(...(await modelConflicts(deps, node, candidates, actor.id)));
  }
  const opened = [];
  for (const detection of found) {
    const row = await openContradiction(deps, detection, actor);
    if (row) opened.push(toPublicContradiction(row));
  }
  return opened;
}

export async function updateNode(
  deps: KnowledgeDeps,
  id: string,
  input: UpdateNodeInput,
  actor: ActingAs,
) {
  const { statement, ...rest } = input;
  const { before, after } = await transaction(deps.database.db, async (tx) => {
    const [before] = await tx
      .select(nodeColumns)
      .from(kgNodes)
      .where(eq(kgNodes.id, id))
      .for("update");
    if (!before) throw new NotFoundError(`No node ${id}.`);
    const [after] = await tx
      .update(kgNodes)
      .set({ ...rest, ...statementColumns(statement) })
      .where(eq(kgNodes.id, id))
      .returning(nodeColumns);
    const fields = changedFields(before, after!);
    if (Object.keys(fields).length > 0) {
      await recordChanges(tx, [
        {
          entityType: "node",
          entityId: id,
          op: "updated",
          label: after!.label,
          fields,
          confidenceBefore: before.confidence,
          confidenceAfter: after!.confidence,
          actorId: actor.id,
        },
      ]);
    }
    return { before, after: after! };
  });
  await afterWrite(deps, actor, {
    type: "knowledge.node_updated",
    subject: { type: "knowledge_node", id },
    summary: `${actor.label} edited "${clip(after.label, 120)}"`,
    data: { fields: Object.keys(changedFields(before, after)) },
  });
  const statementChanged =
    before.subject !== after.subject ||
    before.predicate !== after.predicate ||
    before.object !== after.object ||
    before.negated !== after.negated ||
    before.label !== after.label;
  const contradictions = statementChanged ? await detectForNode(deps, after, actor) : [];
  return { node: toPublicNode(after), contradictions };
}

export async function deleteNode(deps: KnowledgeDeps, id: string, actor: ActingAs) {
  const removed = await transaction(deps.database.db, async (tx) => {
    const edges = await tx
      .select({ id: kgEdges.id, relation: kgEdges.relation })
      .from(kgEdges)
      .where(or(eq(kgEdges.fromId, id), eq(kgEdges.toId, id)));
    const [row] = await tx.delete(kgNodes).where(eq(kgNodes.id, id)).returning(nodeColumns);
    if (!row) throw new NotFoundError(`No node ${id}.`);
    await recordChanges(tx, [
      {
        entityType: "node",
        entityId: id,
        op: "deleted",
        label: row.label,
        confidenceBefore: row.confidence,
        actorId: actor.id,
      },
      ...edges.map((e) => ({
        entityType: "edge" as const,
        entityId: e.id,
        op: "deleted" as const,
        label: `${clip(row.label, 100)} (${e.relation}, removed with its node)`,
        actorId: actor.id,
      })),
    ]);
    return row;
  });
  await afterWrite(deps, actor, {
    type: "knowledge.node_deleted",
    subject: { type: "knowledge_node", id },
    summary: `${actor.label} deleted "${clip(removed.label, 120)}"`,
  });
  return toPublicNode(removed);
}

// ---------------------------------------------------------------------------------------------
// Edges

async function edgeLabel(tx: Tx, edge: Pick<EdgeRow, "fromId" | "toId" | "relation">) {
  const rows = await tx
    .select({ id: kgNodes.id, label: kgNodes.label })
    .from(kgNodes)
    .where(inArray(kgNodes.id, [edge.fromId, edge.toId]));
  const name = (id: string) => clip(rows.find((r) => r.id === id)?.label ?? id, 100);
  return `${name(edge.fromId)} -[${edge.relation}]-> ${name(edge.toId)}`;
}

export async function getEdge(deps: Pick<KnowledgeDeps, "database">, id: string) {
  const [row] = await deps.database.db.select().from(kgEdges).where(eq(kgEdges.id, id));
  if (!row) throw new NotFoundError(`No edge ${id}.`);
  return row;
}

export async function createEdge(deps: KnowledgeDeps, input: CreateEdgeInput, actor: ActingAs) {
  const db = deps.database.db;
  const ends = await db
    .select(nodeColumns)
    .from(kgNodes)
    .where(inArray(kgNodes.id, [input.fromId, input.toId]));
  const from = ends.find((n) => n.id === input.fromId);
  const to = ends.find((n) => n.id === input.toId);
  const missing = [
    ...(from ? [] : [{ in: "body" as const, path: "fromId", message: "no such node" }]),
    ...(to ? [] : [{ in: "body" as const, path: "toId", message: "no such node" }]),
  ];
  if (missing.length) throw new InvalidFieldError(missing);
  let edge: EdgeRow;
  try {
    edge = await transaction(db, async (tx) => {
      const [row] = await tx
        .insert(kgEdges)
        .values({ ...input, authorId: actor.id })
        .returning();
      await recordChanges(tx, [
        {
          entityType: "edge",
          entityId: row!.id,
          op: "created",
          label: `${clip(from!.label, 100)} -[${row!.relation}]-> ${clip(to!.label, 100)}`,
          confidenceAfter: row!.confidence,
          actorId: actor.id,
        },
      ]);
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`These nodes are already joined by a ${input.relation} edge.`);
    }
    throw error;
  }
  await afterWrite(deps, actor, {
    type: "knowledge.edge_created",
    subject: { type: "knowledge_edge", id: edge.id },
    summary: `${actor.label} linked "${clip(from!.label, 60)}" -[${edge.relation}]-> "${clip(to!.label, 60)}"`,
  });
  const contradictions = [];
  if (edge.relation === "contradicts") {
    const row = await openContradiction(
      deps,
      {
        a: from!,
        b: to!,
        detectedBy: "edge",
        confidence: 1,
        reason: edge.evidence || "Marked as contradicting by an explicit edge.",
      },
      actor,
    );
    if (row) contradictions.push(toPublicContradiction(row));
  }
  return { edge: toPublicEdge(edge), contradictions };
}

export async function updateEdge(
  deps: KnowledgeDeps,
  id: string,
  input: Partial<Pick<EdgeRow, "relation" | "strength" | "confidence" | "evidence">>,
  actor: ActingAs,
) {
  let after: EdgeRow;
  try {
    after = await transaction(deps.database.db, async (tx) => {
      const [before] = await tx.select().from(kgEdges).where(eq(kgEdges.id, id)).for("update");
      if (!before) throw new NotFoundError(`No edge ${id}.`);
      const [row] = await tx.update(kgEdges).set(input).where(eq(kgEdges.id, id)).returning();
      const fields = changedFields(before, row!);
      if (Object.keys(fields).length) {
        await recordChanges(tx, [
          {
            entityType: "edge",
            entityId: id,
            op: "updated",
            label: await edgeLabel(tx, row!),
            fields,
            confidenceBefore: before.confidence,
            confidenceAfter: row!.confidence,
            actorId: actor.id,
          },
        ]);
      }
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError(`These nodes are already joined by a ${input.relation} edge.`);
    }
    throw error;
  }
  await afterWrite(deps, actor, {
    type: "knowledge.edge_updated",
    subject: { type: "knowledge_edge", id },
    summary: `${actor.label} edited a ${after.relation} edge`,
  });
  const contradictions = [];
  if (input.relation === "contradicts") {
    const ends = await deps.database.db
      .select(nodeColumns)
      .from(kgNodes)
      .where(inArray(kgNodes.id, [after.fromId, after.toId]));
    const [a, b] = [ends.find((n) => n.id === after.fromId), ends.find((n) => n.id === after.toId)];
    if (a && b) {
      const row = await openContradiction(
        deps,
        {
          a,
          b,
          detectedBy: "edge",
          confidence: 1,
          reason: after.evidence || "Marked as contradicting.",
        },
        actor,
      );
      if (row) contradictions.push(toPublicContradiction(row));
    }
  }
  return { edge: toPublicEdge(after), contradictions };
}

export async function deleteEdge(deps: KnowledgeDeps, id: string, actor: ActingAs) {
  const removed = await transaction(deps.database.db, async (tx) => {
    const [row] = await tx.delete(kgEdges).where(eq(kgEdges.id, id)).returning();
    if (!row) throw new NotFoundError(`No edge ${id}.`);
    await recordChanges(tx, [
      {
        entityType: "edge",
        entityId: id,
        op: "deleted",
        label: await edgeLabel(tx, row),
        confidenceBefore: row.confidence,
        actorId: actor.id,
      },
    ]);
    return row;
  });
  await afterWrite(deps, actor, {
    type: "knowledge.edge_deleted",
    subject: { type: "knowledge_edge", id },
    summary: `${actor.label} removed a ${removed.relation} edge`,
  });
  return toPublicEdge(removed);
}

// ---------------------------------------------------------------------------------------------
// Sources

export async function listSources(deps: KnowledgeDeps, query: { limit: number; cursor?: string }) {
  return cachedGraphQuery(
    deps.cache,
    `sources:${query.limit}:${query.cursor ?? ""}`,
    GRAPH_TTL_MS,
    async () => {
      const rows = await deps.database.db
        .select(withCursor(kgSources))
        .from(kgSources)
        .where(afterCursor(query.cursor, kgSources))
        .orderBy(desc(kgSources.createdAt), desc(kgSources.id))
        .limit(query.limit + 1);
      const page = pageOf(rows, query.limit);
      return { items: page.items.map(toPublicSource), nextCursor: page.nextCursor };
    },
  );
}

export async function getSource(deps: Pick<KnowledgeDeps, "database">, id: string) {
  const [row] = await deps.database.db.select().from(kgSources).where(eq(kgSources.id, id));
  if (!row) throw new NotFoundError(`No source ${id}.`);
  return row;
}

export async function createSource(deps: KnowledgeDeps, input: CreateSourceInput, actor: ActingAs) {
  const row = await transaction(deps.database.db, async (tx) => {
    const [row] = await tx
      .insert(kgSources)
      .values({
        title: input.title,
        url: input.url ?? null,
        type: input.type,
        reputation: input.reputation ?? typeReputation[input.type],
      })
      .returning();
    await recordChanges(tx, [
      {
        entityType: "source",
        entityId: row!.id,
        op: "created",
        label: row!.title,
        actorId: actor.id,
      },
    ]);
    return row!;
  });
  await afterWrite(deps, actor, {
    type: "knowledge.source_created",
    subject: { type: "knowledge_source", id: row.id },
    summary: `${actor.label} added source "${clip(row.title, 120)}"`,
  });
  return toPublicSource(row);
}

export async function updateSource(
  deps: KnowledgeDeps,
  id: string,
  input: Partial<Pick<SourceRow, "title" | "url" | "type" | "reputation">>,
  actor: ActingAs,
) {
  const after = await transaction(deps.database.db, async (tx) => {
    const [before] = await tx.select().from(kgSources).where(eq(kgSources.id, id)).for("update");
    if (!before) throw new NotFoundError(`No source ${id}.`);
    const [row] = await tx.update(kgSources).set(input).where(eq(kgSources.id, id)).returning();
    const fields = changedFields(before, row!);
    if (Object.keys(fields).length) {
      await recordChanges(tx, [
        {
          entityType: "source",
          entityId: id,
          op: "updated",
          label: row!.title,
          fields,
          actorId: actor.id,
        },
      ]);
    }
    return row!;
  });
  await afterWrite(deps, actor, {
    type: "knowledge.source_updated",
    subject: { type: "knowledge_source", id },
    summary: `${actor.label} edited source "${clip(after.title, 120)}"`,
  });
  return toPublicSource(after);
}

export async function deleteSource(deps: KnowledgeDeps, id: string, actor: ActingAs) {
  const removed = await transaction(deps.database.db, async (tx) => {
    const [row] = await tx.delete(kgSources).where(eq(kgSources.id, id)).returning();
    if (!row) throw new NotFoundError(`No source ${id}.`);
    await recordChanges(tx, [
      { entityType: "source", entityId: id, op: "deleted", label: row.title, actorId: actor.id },
    ]);
    return row;
  });
  await afterWrite(deps, actor, {
    type: "knowledge.source_deleted",
    subject: { type: "knowledge_source", id },
    summary: `${actor.label} deleted source "${clip(removed.title, 120)}"`,
  });
  return toPublicSource(removed);
}

/** Links a source to a node with a stance (or changes the stance of an existing link). */
export async function linkSource(
  deps: KnowledgeDeps,
  nodeId: string,
  input: { sourceId: string; stance: "supports" | "contradicts" | "neutral" },
  actor: ActingAs,
) {
  const node = await getNodeRow(deps, nodeId);
  const source = await getSource(deps, input.sourceId).catch(() => {
    throw new InvalidFieldError([{ in: "body", path: "sourceId", message: "no such source" }]);
  });
  await transaction(deps.database.db, async (tx) => {
    await tx
      .insert(kgNodeSources)
      .values({ nodeId, sourceId: input.sourceId, stance: input.stance })
      .onConflictDoUpdate({
        target: [kgNodeSources.nodeId, kgNodeSources.sourceId],
        set: { stance: input.stance },
      });
    await recordChanges(tx, [
      {
        entityType: "node",
        entityId: nodeId,
        op: "updated",
        label: node.label,
        fields: { source: [null, { id: source.id, title: source.title, stance: input.stance }] },
        confidenceBefore: node.confidence,
        confidenceAfter: node.confidence,
        actorId: actor.id,
      },
    ]);
  });
  await afterWrite(deps, actor, {
    type: "knowledge.source_linked",
    subject: { type: "knowledge_node", id: nodeId },
    summary: `${actor.label} cited "${clip(source.title, 60)}" (${input.stance}) on "${clip(node.label, 60)}"`,
  });
  return { nodeId, sourceId: source.id, stance: input.stance };
}

/** Counts for the overview page. */
export async function graphCounts(deps: KnowledgeDeps) {
  return cachedGraphQuery(deps.cache, "counts", GRAPH_TTL_MS, async () => {
    const [row] = await deps.database.db
      .execute<{
        nodes: number;
        edges: number;
        sources: number;
        open: number;
      }>(sql`select
      (select count(*)::int from kg_nodes) as nodes,
      (select count(*)::int from kg_edges) as edges,
      (select count(*)::int from kg_sources) as sources,
      (select count(*)::int from kg_contradictions where status = 'open') as open`)
      .then(
        (r) =>
          (
            r as unknown as {
              rows: { nodes: number; edges: number; sources: number; open: number }[];
            }
          ).rows,
      );
    return row!;
  });
}

/** Domains in use (for the page's filters and colours). */
export async function graphDomains(deps: KnowledgeDeps) {
  return cachedGraphQuery(deps.cache, "domains", GRAPH_TTL_MS, async () => {
    const rows = await deps.database.db
      .selectDistinct({ domain: kgNodes.domain })
      .from(kgNodes)
      .orderBy(asc(kgNodes.domain))
      .limit(200);
    return rows.map((r) => r.domain);
  });
}
