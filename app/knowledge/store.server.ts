import { getTableColumns, sql } from "drizzle-orm";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import type { Cache } from "#app/cache/cache.server.ts";
import type { Config } from "#app/config/config.server.ts";
import { invalidateGraphQueries } from "#app/knowledge/cache.server.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import {
  kgChanges,
  type kgContradictions,
  type kgEdges,
  kgNodes,
  type kgSources,
} from "#db/schema/index.ts";
import type { PublicContradiction, PublicEdge, PublicNode, PublicSource } from "./schemas.ts";

/** What every knowledge-graph service needs. */
export type KnowledgeDeps = {
  database: DatabaseHandle;
  events: DomainEvents;
  cache: Cache;
  config: Config;
  log: Logger;
};

/** A database or a transaction on it. */
export type Tx = Database;

/**
 * Runs `work` in one transaction. Drizzle types a transaction apart from its database although
 * both run the same queries; this hands it over as a `Tx`, so the helpers that take either
 * need no cast.
 */
export function transaction<T>(db: Database, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction((tx) => work(tx as unknown as Tx));
}

export type NodeRow = Omit<typeof kgNodes.$inferSelect, "search">;
export type EdgeRow = typeof kgEdges.$inferSelect;
export type SourceRow = typeof kgSources.$inferSelect;
export type ContradictionRow = typeof kgContradictions.$inferSelect;

/** Every node column but the search vector (never sent anywhere). */
export const nodeColumns = (() => {
  const { search: _search, ...rest } = getTableColumns(kgNodes);
  return rest;
})();

/** Lower case, single spaces: how statement parts are compared. */
export function normalise(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, " ");
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();

export function toPublicNode(row: NodeRow): PublicNode {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    content: row.content,
    domain: row.domain,
    tags: row.tags,
    confidence: row.confidence,
    importance: row.importance,
    verification: row.verification,
    statement:
      row.subject && row.predicate && row.object
        ? {
            subject: row.subject,
            predicate: row.predicate,
            object: row.object,
            negated: row.negated,
          }
        : null,
    authorId: row.authorId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toPublicEdge(row: EdgeRow): PublicEdge {
  return {
    id: row.id,
    fromId: row.fromId,
    toId: row.toId,
    relation: row.relation,
    strength: row.strength,
    confidence: row.confidence,
    evidence: row.evidence,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function toPublicSource(row: SourceRow): PublicSource {
  return {
    id: row.id,
    title: row.title,
    url: row.url,
    type: row.type,
    reputation: row.reputation,
    accuracy: row.accuracy,
    upheld: row.upheld,
    overturned: row.overturned,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export function severityLevel(severity: number): PublicContradiction["severityLevel"] {
  if (severity >= 0.75) return "critical";
  if (severity >= 0.55) return "high";
  if (severity >= 0.35) return "medium";
  return "low";
}

export function toPublicContradiction(row: ContradictionRow): PublicContradiction {
  return {
    id: row.id,
    nodeAId: row.nodeAId,
    nodeBId: row.nodeBId,
    nodeALabel: row.nodeALabel,
    nodeBLabel: row.nodeBLabel,
    detectedBy: row.detectedBy,
    reason: row.reason,
    detectionConfidence: row.detectionConfidence,
    severity: row.severity,
    severityLevel: severityLevel(row.severity),
    status: row.status,
    resolution: row.resolution,
    resolutionNote: row.resolutionNote,
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt ? iso(row.resolvedAt) : null,
    reviewId: row.reviewId,
    createdAt: iso(row.createdAt),
  };
}

// ---------------------------------------------------------------------------------------------
// History

export interface ChangeInput {
  entityType: (typeof kgChanges.$inferInsert)["entityType"];
  entityId: string;
  op: (typeof kgChanges.$inferInsert)["op"];
  label: string;
  fields?: Record<string, [unknown, unknown]>;
  confidenceBefore?: number | null;
  confidenceAfter?: number | null;
  actorId?: string | null;
}

/** Appends to the change history the daily diff reads. Call inside the write's transaction. */
export async function recordChanges(tx: Tx, changes: ChangeInput[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(kgChanges).values(
    changes.map((c) => ({
      entityType: c.entityType,
      entityId: c.entityId,
      op: c.op,
      label: c.label.slice(0, 500),
      fields: c.fields ?? {},
      confidenceBefore: c.confidenceBefore ?? null,
      confidenceAfter: c.confidenceAfter ?? null,
      actorId: c.actorId ?? null,
    })),
  );
}

/** The fields whose values differ, as { field: [before, after] }. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(after)) {
    if (key === "updatedAt" || key === "createdAt") continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      out[key] = [before[key] ?? null, after[key] ?? null];
    }
  }
  return out;
}

/** After every graph write: cached reads go stale and the write is in the activity log. */
export async function afterWrite(
  deps: KnowledgeDeps,
  actor: ActingAs,
  event: { type: string; subject: { type: string; id: string }; summary: string; data?: object },
): Promise<void> {
  await invalidateGraphQueries(deps.cache);
  await recordActivity(
    deps.database.db,
    {
      type: event.type,
      actor,
      subject: event.subject,
      summary: event.summary,
      data: (event.data ?? {}) as Record<string, unknown>,
    },
    deps.events,
  );
}

export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/** A Postgres array literal of UUIDs (already validated), for `= any(...::uuid[])`. */
export function uuidArray(ids: Iterable<string>) {
  return sql`${`{${[...ids].join(",")}}`}::uuid[]`;
}

export const clip = (text: string, n: number) =>
  text.length > n ? `${text.slice(0, n - 1)}…` : text;
