import { and, desc, eq, inArray, ne, or, type SQL, sql } from "drizzle-orm";
import type { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { assertAiAllowed } from "#app/emergency/emergency.server.ts";
import { cachedGraphQuery } from "#app/knowledge/cache.server.ts";
import { createReview } from "#app/reviews/reviews.server.ts";
import { collectGeneration, startGeneration } from "#app/sage/generate.server.ts";
import { ConflictError, NotFoundError } from "#app/utils/domain-errors.ts";
import {
  kgContradictions,
  kgEdges,
  kgNodeSources,
  kgNodes,
  kgSources,
  reviewRequests,
} from "#db/schema/index.ts";
import type { contradictionQuerySchema, ResolveInput } from "./schemas.ts";
import {
  afterWrite,
  type ChangeInput,
  type ContradictionRow,
  clip,
  type KnowledgeDeps,
  type NodeRow,
  nodeColumns,
  recordChanges,
  type Tx,
  toPublicContradiction,
  toPublicNode,
  transaction,
} from "./store.server.ts";

/**
 * Contradictions: found when a node or edge is written (explicit `contradicts` edges, conflicting
 * subject-predicate-object statements, and a model's judgement against search candidates when a
 * model is available), each with a severity and a review request; resolved by a person, which
 * updates the nodes, the edges and the reputation of the sources behind both sides.
 */

export interface Detection {
  a: NodeRow;
  b: NodeRow;
  detectedBy: "edge" | "rule" | "model";
  reason: string;
  confidence: number;
}

/** Sources linked to the given nodes, with their stance and reputation. */
async function sourceLinks(tx: Tx, nodeIds: string[]) {
  if (nodeIds.length === 0) return [];
  return tx
    .select({
      nodeId: kgNodeSources.nodeId,
      stance: kgNodeSources.stance,
      sourceId: kgSources.id,
      reputation: kgSources.reputation,
      upheld: kgSources.upheld,
      overturned: kgSources.overturned,
      title: kgSources.title,
    })
    .from(kgNodeSources)
    .innerJoin(kgSources, eq(kgSources.id, kgNodeSources.sourceId))
    .where(inArray(kgNodeSources.nodeId, nodeIds));
}

/**
 * Severity in 0..1: how sure the detector is, times how much the clash matters — the two
 * statements' mean confidence, the larger importance, and the mean reputation of the sources
 * behind them (0.5 when none is given).
 */
export function severityOf(
  a: Pick<NodeRow, "confidence" | "importance">,
  b: Pick<NodeRow, "confidence" | "importance">,
  reputations: number[],
  detectionConfidence: number,
): number {
  const rep =
    reputations.length === 0 ? 0.5 : reputations.reduce((s, r) => s + r, 0) / reputations.length;
  const raw =
    0.35 * ((a.confidence + b.confidence) / 2) +
    0.35 * Math.max(a.importance, b.importance) +
    0.3 * rep;
  return Math.round(Math.min(1, Math.max(0, raw * detectionConfidence)) * 1000) / 1000;
}

/** Rule-based: other facts with the same subject and predicate but another object or polarity. */
export async function statementConflicts(tx: Tx, node: NodeRow): Promise<Detection[]> {
  if (!node.subject || !node.predicate || !node.object) return [];
  const rows = await tx
    .select(nodeColumns)
    .from(kgNodes)
    .where(
      and(
        eq(kgNodes.subject, node.subject),
        eq(kgNodes.predicate, node.predicate),
        ne(kgNodes.id, node.id),
        or(ne(kgNodes.object, node.object), ne(kgNodes.negated, node.negated)),
      ),
    )
    .limit(50);
  return rows.map((other) => ({
    a: node,
    b: other,
    detectedBy: "rule" as const,
    confidence: 1,
    reason:
      other.object === node.object
        ? `One says "${node.subject} ${node.predicate} ${node.object}", the other denies it.`
        : `"${node.subject} ${node.predicate}": "${node.object}" against "${other.object}".`,
  }));
}

/** Records a contradiction (once per pair) with its review request; null when the pair had one. */
export async function openContradiction(
  deps: KnowledgeDeps,
  detection: Detection,
  actor: ActingAs,
): Promise<ContradictionRow | null> {
  const [a, b] =
    detection.a.id < detection.b.id ? [detection.a, detection.b] : [detection.b, detection.a];
  const links = await sourceLinks(deps.database.db, [a.id, b.id]);
  const severity = severityOf(
    a,
    b,
    links.filter((l) => l.stance === "supports").map((l) => l.reputation),
    detection.confidence,
  );
  const row = await transaction(deps.database.db, async (tx) => {
    const [inserted] = await tx
      .insert(kgContradictions)
      .values({
        nodeAId: a.id,
        nodeBId: b.id,
        nodeALabel: a.label,
        nodeBLabel: b.label,
        detectedBy: detection.detectedBy,
        reason: detection.reason.slice(0, 2_000),
        detectionConfidence: detection.confidence,
        severity,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) return null;
    const changes: ChangeInput[] = [];
    if (detection.detectedBy !== "edge") {
      // Found by a rule or a model: the graph shows the clash as an edge too.
      const [edge] = await tx
        .insert(kgEdges)
        .values({
          fromId: detection.a.id,
          toId: detection.b.id,
          relation: "contradicts",
          strength: 0.5,
          confidence: detection.confidence,
          evidence: detection.reason.slice(0, 2_000),
          authorId: actor.id,
        })
        .onConflictDoNothing()
        .returning();
      if (edge) {
        changes.push({
          entityType: "edge",
          entityId: edge.id,
          op: "created",
          label: `${clip(detection.a.label, 100)} -[contradicts]-> ${clip(detection.b.label, 100)}`,
          confidenceAfter: edge.confidence,
          actorId: actor.id,
        });
      }
    }
    await recordChanges(tx, [
      ...changes,
      {
        entityType: "contradiction",
        entityId: inserted.id,
        op: "opened",
        label: `${clip(a.label, 200)} ⟷ ${clip(b.label, 200)}`,
        fields: { severity: [null, severity], detectedBy: [null, detection.detectedBy] },
        actorId: actor.id,
      },
    ]);
    await tx
      .update(kgNodes)
      .set({ verification: "disputed" })
      .where(
        and(
          inArray(kgNodes.id, [a.id, b.id]),
          inArray(kgNodes.verification, ["unverified", "reviewed"]),
        ),
      );
    return inserted;
  });
  if (!row) return null;
  const review = await createReview(deps, {
    kind: "contradiction",
    subjectType: "contradiction",
    subjectId: row.id,
    title: `Contradiction: "${clip(a.label, 120)}" vs "${clip(b.label, 120)}"`,
    // The queue's order: the more severe the clash, the sooner a person should look.
    urgency:
      severity >= 0.75
        ? "critical"
        : severity >= 0.5
          ? "high"
          : severity >= 0.25
            ? "normal"
            : "low",
    details: {
      href: `/knowledge/contradictions/${row.id}`,
      severity,
      detectedBy: row.detectedBy,
      reason: row.reason,
      nodeAId: a.id,
      nodeBId: b.id,
    },
  });
  const [withReview] = await deps.database.db
    .update(kgContradictions)
    .set({ reviewId: review.id })
    .where(eq(kgContradictions.id, row.id))
    .returning();
  await afterWrite(deps, actor, {
    type: "knowledge.contradiction_opened",
    subject: { type: "contradiction", id: row.id },
    summary: `Contradiction found (${row.detectedBy}, severity ${severity}): "${clip(a.label, 80)}" vs "${clip(b.label, 80)}"`,
    data: { reviewId: review.id, severity, detectedBy: row.detectedBy },
  });
  return withReview ?? row;
}

// ---------------------------------------------------------------------------------------------
// Model-assisted checks

/** Below this a model's "they conflict" is not kept. */
export const MODEL_CONFIDENCE_THRESHOLD = 0.75;

const MODEL_SYSTEM = [
  "You are a careful fact checker for a knowledge graph.",
  "You get one new statement and numbered candidate statements found by search.",
  "Say which candidates cannot both be true together with the new statement.",
  'Answer only JSON: {"contradictions": [{"index": <number>, "confidence": <0..1>, "reason": "<short>"}]}.',
  "Leave out candidates that merely differ in topic or detail; an empty list is a fine answer.",
].join(" ");

/**
 * Asks a model whether `node` contradicts any of `candidates` (found by search). Degrades to no
 * findings when no model is reachable, AI work is paused, or the answer is not usable.
 */
export async function modelConflicts(
  deps: KnowledgeDeps,
  node: NodeRow,
  candidates: NodeRow[],
  userId: string | null,
): Promise<Detection[]> {
  if (candidates.length === 0) return [];
  try {
    await assertAiAllowed(deps);
    const listing = candidates
      .map((c, i) => `${i + 1}. ${c.label}${c.content ? ` — ${clip(c.content, 300)}` : ""}`)
      .join("\n");
    const generation = await startGeneration(deps, {
      body: {
        task: "verification",
        temperature: 0,
        maxTokens: 600,
        messages: [
          { role: "system", content: MODEL_SYSTEM },
          {
            role: "user",
            content: `New statement: ${node.label}${node.content ? ` — ${clip(node.content, 600)}` : ""}\n\nCandidates:\n${listing}`,
          },
        ],
      },
      userId,
      requestId: `knowledge:${node.id}`,
      json: true,
    });
    const { text } = await collectGeneration(generation);
    const parsed = parseModelVerdict(text);
    const out: Detection[] = [];
    for (const item of parsed) {
      const candidate = candidates[item.index - 1];
      if (!candidate || item.confidence < MODEL_CONFIDENCE_THRESHOLD) continue;
      out.push({
        a: node,
        b: candidate,
        detectedBy: "model",
        confidence: Math.min(1, item.confidence),
        reason: item.reason || "A model judged the two statements incompatible.",
      });
    }
    return out;
  } catch (error) {
    deps.log.debug({ err: error }, "knowledge: model contradiction check skipped");
    return [];
  }
}

export function parseModelVerdict(
  text: string,
): { index: number; confidence: number; reason: string }[] {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return [];
  try {
    const value = JSON.parse(text.slice(start, end + 1)) as { contradictions?: unknown };
    if (!Array.isArray(value.contradictions)) return [];
    return value.contradictions.flatMap((item) => {
      const i = item as { index?: unknown; confidence?: unknown; reason?: unknown };
      const index = Number(i.index);
      const confidence = Number(i.confidence);
      if (!Number.isInteger(index) || !Number.isFinite(confidence)) return [];
      return [{ index, confidence, reason: typeof i.reason === "string" ? i.reason : "" }];
    });
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Reading

export async function listContradictions(
  deps: KnowledgeDeps,
  query: z.output<typeof contradictionQuerySchema>,
) {
  return cachedGraphQuery(
    deps.cache,
    `contradictions:${query.status ?? "all"}:${query.limit}`,
    60_000,
    async () => {
      const rows = await deps.database.db
        .select()
        .from(kgContradictions)
        .where(query.status ? eq(kgContradictions.status, query.status) : undefined)
        .orderBy(desc(kgContradictions.severity), desc(kgContradictions.createdAt))
        .limit(query.limit);
      return rows.map(toPublicContradiction);
    },
  );
}

export async function getContradictionRow(deps: Pick<KnowledgeDeps, "database">, id: string) {
  const [row] = await deps.database.db
    .select()
    .from(kgContradictions)
    .where(eq(kgContradictions.id, id));
  if (!row) throw new NotFoundError(`No contradiction ${id}.`);
  return row;
}

/**
 * One contradiction with both nodes and the sources behind each, as the resolution page and the
 * API show it.
 */
export async function getContradictionDetail(deps: KnowledgeDeps, id: string) {
  const row = await getContradictionRow(deps, id);
  const ids = [row.nodeAId, row.nodeBId].filter((x): x is string => Boolean(x));
  const nodes = ids.length
    ? await deps.database.db.select(nodeColumns).from(kgNodes).where(inArray(kgNodes.id, ids))
    : [];
  const links = await sourceLinks(deps.database.db, ids);
  const nodeA = nodes.find((n) => n.id === row.nodeAId);
  const nodeB = nodes.find((n) => n.id === row.nodeBId);
  const { shareA, shareB } = consensusOf(row.nodeAId, row.nodeBId, links);
  return {
    contradiction: toPublicContradiction(row),
    nodeA: nodeA ? toPublicNode(nodeA) : null,
    nodeB: nodeB ? toPublicNode(nodeB) : null,
    sources: links.map(({ nodeId, sourceId, title, stance, reputation }) => ({
      nodeId,
      sourceId,
      title,
      stance,
      reputation,
    })),
    consensus: { shareA, shareB },
  };
}

// ---------------------------------------------------------------------------------------------
// Reputation: the weighted-consensus rule

type Link = Awaited<ReturnType<typeof sourceLinks>>[number];

/** How fast reputation moves toward what was observed. */
export const REPUTATION_RATE = 0.2;
const REPUTATION_MIN = 0.01;
const REPUTATION_MAX = 0.99;

/**
 * Which side each source backs (supporting A or contradicting B backs A, and the other way
 * round; neutral links back nobody) and the reputation-weighted share of each side.
 */
export function consensusOf(aId: string | null, bId: string | null, links: Link[]) {
  const votes = new Map<string, { side: "a" | "b"; reputation: number }>();
  for (const link of links) {
    if (link.stance === "neutral") continue;
    const onA = link.nodeId === aId;
    const onB = link.nodeId === bId;
    if (!onA && !onB) continue;
    const side =
      (onA && link.stance === "supports") || (onB && link.stance === "contradicts") ? "a" : "b";
    const existing = votes.get(link.sourceId);
    // A source backing both sides backs neither.
    if (existing && existing.side !== side) {
      votes.delete(link.sourceId);
      continue;
    }
    votes.set(link.sourceId, { side, reputation: link.reputation });
  }
  let weightA = 0;
  let weightB = 0;
  for (const v of votes.values()) {
    if (v.side === "a") weightA += v.reputation;
    else weightB += v.reputation;
  }
  const total = weightA + weightB;
  return {
    weightA,
    weightB,
    shareA: total === 0 ? 0.5 : weightA / total,
    shareB: total === 0 ? 0.5 : weightB / total,
    votes: [...votes.entries()].map(([sourceId, v]) => ({ sourceId, ...v })),
  };
}

/**
 * The weighted-consensus update: a source on the side that was upheld moves up by
 * rate × (1 − its side's share), one on the overturned side moves down by rate × its side's
 * share. Being right against a strong consensus earns most; being wrong with one costs most.
 */
export function reputationUpdate(
  reputation: number,
  upheld: boolean,
  sideShare: number,
  rate = REPUTATION_RATE,
): number {
  const delta = upheld ? rate * (1 - sideShare) : -rate * sideShare;
  const next = Math.min(REPUTATION_MAX, Math.max(REPUTATION_MIN, reputation + delta));
  return Math.round(next * 10_000) / 10_000;
}

// ---------------------------------------------------------------------------------------------
// Resolving

export async function resolveContradiction(
  deps: KnowledgeDeps,
  id: string,
  input: ResolveInput,
  actor: ActingAs,
) {
  const row = await getContradictionRow(deps, id);
  if (row.status !== "open") {
    throw new ConflictError(`This contradiction was already resolved (${row.resolution}).`);
  }
  const db = deps.database.db;
  const reputationChanges: {
    sourceId: string;
    title: string;
    before: number;
    after: number;
  }[] = [];
  const result = await transaction(db, async (tx) => {
    const ids = [row.nodeAId, row.nodeBId].filter((x): x is string => Boolean(x));
    const nodes = ids.length
      ? await tx.select(nodeColumns).from(kgNodes).where(inArray(kgNodes.id, ids)).for("update")
      : [];
    const a = nodes.find((n) => n.id === row.nodeAId);
    const b = nodes.find((n) => n.id === row.nodeBId);
    if ((input.resolution === "keep_a" || input.resolution === "merge") && !a) {
      throw new ConflictError("Statement A no longer exists; it cannot be kept.");
    }
    if (input.resolution === "keep_b" && !b) {
      throw new ConflictError("Statement B no longer exists; it cannot be kept.");
    }
    const changes: ChangeInput[] = [];
    const setNode = async (node: NodeRow, values: Partial<NodeRow>) => {
      const [after] = await tx
        .update(kgNodes)
        .set(values)
        .where(eq(kgNodes.id, node.id))
        .returning(nodeColumns);
      const fields: Record<string, [unknown, unknown]> = {};
      for (const [k, v] of Object.entries(values)) {
        const before = node[k as keyof NodeRow];
        if (JSON.stringify(before) !== JSON.stringify(v)) fields[k] = [before, v];
      }
      if (Object.keys(fields).length > 0) {
        changes.push({
          entityType: "node",
          entityId: node.id,
          op: "updated",
          label: after!.label,
          fields,
          confidenceBefore: node.confidence,
          confidenceAfter: after!.confidence,
          actorId: actor.id,
        });
      }
      return after!;
    };

    const links = await sourceLinks(tx, ids);
    const consensus = consensusOf(row.nodeAId, row.nodeBId, links);

    if (input.resolution === "keep_a" || input.resolution === "keep_b") {
      const keepA = input.resolution === "keep_a";
      const winner = keepA ? a : b;
      const loser = keepA ? b : a;
      if (winner) {
        await setNode(winner, {
          verification: "verified",
          confidence: Math.max(winner.confidence, 0.8),
        });
      }
      if (loser) {
        await setNode(loser, {
          verification: "refuted",
          confidence: Math.min(loser.confidence, 0.2),
        });
      }
      const winningSide = keepA ? "a" : "b";
      for (const vote of consensus.votes) {
        const link = links.find((l) => l.sourceId === vote.sourceId)!;
        const upheld = vote.side === winningSide;
        const share = vote.side === "a" ? consensus.shareA : consensus.shareB;
        const after = reputationUpdate(link.reputation, upheld, share);
        const upheldCount = link.upheld + (upheld ? 1 : 0);
        const overturnedCount = link.overturned + (upheld ? 0 : 1);
        await tx
          .update(kgSources)
          .set({
            reputation: after,
            upheld: upheldCount,
            overturned: overturnedCount,
            accuracy: upheldCount / (upheldCount + overturnedCount),
          })
          .where(eq(kgSources.id, vote.sourceId));
        reputationChanges.push({
          sourceId: vote.sourceId,
          title: link.title,
          before: link.reputation,
          after,
        });
        changes.push({
          entityType: "source",
          entityId: vote.sourceId,
          op: "updated",
          label: link.title,
          fields: { reputation: [link.reputation, after] },
          actorId: actor.id,
        });
      }
    } else if (input.resolution === "both") {
      const note = `Context: ${input.context}`;
      for (const node of [a, b]) {
        if (!node) continue;
        await setNode(node, {
          content: node.content ? `${node.content}\n\n${note}` : note,
          verification: "reviewed",
        });
      }
      if (a && b) {
        const removed = await tx
          .delete(kgEdges)
          .where(
            and(
              eq(kgEdges.relation, "contradicts"),
              or(
                and(eq(kgEdges.fromId, a.id), eq(kgEdges.toId, b.id)),
                and(eq(kgEdges.fromId, b.id), eq(kgEdges.toId, a.id)),
              ),
            ),
          )
          .returning();
        for (const edge of removed) {
          changes.push({
            entityType: "edge",
            entityId: edge.id,
            op: "deleted",
            label: `${clip(a.label, 100)} -[contradicts]-> ${clip(b.label, 100)}`,
            actorId: actor.id,
          });
        }
        const [related] = await tx
          .insert(kgEdges)
          .values({
            fromId: a.id,
            toId: b.id,
            relation: "related_to",
            strength: 0.5,
            confidence: 0.8,
            evidence: input.context ?? "",
            authorId: actor.id,
          })
          .onConflictDoNothing()
          .returning();
        if (related) {
          changes.push({
            entityType: "edge",
            entityId: related.id,
            op: "created",
            label: `${clip(a.label, 100)} -[related_to]-> ${clip(b.label, 100)}`,
            actorId: actor.id,
          });
        }
      }
    } else {
      // merge: A absorbs B (its edges and sources), then B goes.
      const target = a!;
      await setNode(target, {
        label: input.mergedLabel!,
        content:
          input.mergedContent ??
          [target.content, b?.content].filter((c) => c && c.length > 0).join("\n\n"),
        verification: "reviewed",
        confidence: Math.max(target.confidence, b?.confidence ?? 0),
        importance: Math.max(target.importance, b?.importance ?? 0),
      });
      if (b) {
        await tx.execute(sql`
          insert into kg_edges (from_id, to_id, relation, strength, confidence, evidence, author_id)
          select case when from_id = ${b.id} then ${target.id}::uuid else from_id end,
                 case when to_id = ${b.id} then ${target.id}::uuid else to_id end,
                 relation, strength, confidence, evidence, author_id
          from kg_edges
          where (from_id = ${b.id} or to_id = ${b.id})
            and from_id <> ${target.id} and to_id <> ${target.id}
          on conflict do nothing`);
        await tx.execute(sql`
          insert into kg_node_sources (node_id, source_id, stance)
          select ${target.id}::uuid, source_id, stance from kg_node_sources where node_id = ${b.id}
          on conflict do nothing`);
        await tx.delete(kgNodes).where(eq(kgNodes.id, b.id));
        changes.push({
          entityType: "node",
          entityId: b.id,
          op: "deleted",
          label: b.label,
          fields: { mergedInto: [null, target.id] },
          confidenceBefore: b.confidence,
          actorId: actor.id,
        });
      }
    }

    const note =
      input.note ||
      {
        keep_a: `Kept A: ${row.nodeALabel}`,
        keep_b: `Kept B: ${row.nodeBLabel}`,
        both: `Both hold in context: ${input.context}`,
        merge: `Merged into: ${input.mergedLabel}`,
      }[input.resolution];
    const [resolved] = await tx
      .update(kgContradictions)
      .set({
        status: "resolved",
        resolution: input.resolution,
        resolutionNote: note,
        resolvedBy: actor.id,
        resolvedAt: new Date(),
      })
      .where(and(eq(kgContradictions.id, id), eq(kgContradictions.status, "open")))
      .returning();
    if (!resolved) throw new ConflictError("This contradiction was resolved meanwhile.");
    changes.push({
      entityType: "contradiction",
      entityId: id,
      op: "resolved",
      label: `${clip(row.nodeALabel, 200)} ⟷ ${clip(row.nodeBLabel, 200)}`,
      fields: { resolution: [null, input.resolution] },
      actorId: actor.id,
    });
    await recordChanges(tx, changes);

    // Its review request is settled by this decision.
    let closedReview: string | null = null;
    if (row.reviewId) {
      const [review] = await tx
        .update(reviewRequests)
        .set({
          status: "approved",
          decidedBy: actor.id,
          decidedAt: new Date(),
          decisionNote: `${input.resolution}: ${note}`.slice(0, 5_000),
        })
        .where(and(eq(reviewRequests.id, row.reviewId), eq(reviewRequests.status, "open")))
        .returning();
      closedReview = review?.id ?? null;
    }
    return { resolved, consensus, closedReview };
  });

  if (result.closedReview) {
    await recordActivity(
      db,
      {
        type: "review.approved",
        actor,
        subject: { type: "review", id: result.closedReview },
        summary: `${actor.label} approved a contradiction review by resolving it (${input.resolution})`,
        data: { kind: "contradiction", subjectType: "contradiction", subjectId: id },
      },
      deps.events,
    );
  }
  await afterWrite(deps, actor, {
    type: "knowledge.contradiction_resolved",
    subject: { type: "contradiction", id },
    summary: `${actor.label} resolved a contradiction (${input.resolution}): "${clip(row.nodeALabel, 80)}" vs "${clip(row.nodeBLabel, 80)}"`,
    data: { resolution: input.resolution, reputation: reputationChanges },
  });
  return {
    contradiction: toPublicContradiction(result.resolved),
    consensus: { shareA: result.consensus.shareA, shareB: result.consensus.shareB },
    reputation: reputationChanges,
  };
}

/** Contradictions involving a node (for its page). */
export async function contradictionsOfNode(deps: KnowledgeDeps, nodeId: string) {
  const where: SQL | undefined = or(
    eq(kgContradictions.nodeAId, nodeId),
    eq(kgContradictions.nodeBId, nodeId),
  );
  const rows = await deps.database.db
    .select()
    .from(kgContradictions)
    .where(where)
    .orderBy(desc(kgContradictions.createdAt))
    .limit(100);
  return rows.map(toPublicContradiction);
}
