import { and, asc, gte, lt } from "drizzle-orm";
import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { assertAiAllowed } from "#app/emergency/emergency.server.ts";
import { cachedGraphQuery } from "#app/knowledge/cache.server.ts";
import { collectGeneration, startGeneration } from "#app/sage/generate.server.ts";
import { kgChanges } from "#db/schema/index.ts";
import type { KnowledgeDeps } from "./store.server.ts";

/**
 * The daily diff: what changed in the graph on one UTC day, computed from the change history.
 * An entity created and removed the same day appears in neither list (counted as transient);
 * one changed several times shows its first "before" and last "after" of each field.
 */

const entrySchema = z.object({
  id: z.uuid(),
  label: z.string(),
  fields: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});

const bucketSchema = z.object({
  added: z.array(entrySchema),
  changed: z.array(entrySchema),
  removed: z.array(entrySchema),
  transient: z.number().int(),
});

export const diffSchema = named(
  "KnowledgeDailyDiff",
  z.object({
    date: z.string(),
    nodes: bucketSchema,
    edges: bucketSchema,
    sources: bucketSchema,
    contradictions: z.object({
      opened: z.array(z.object({ id: z.uuid(), label: z.string() })),
      resolved: z.array(
        z.object({ id: z.uuid(), label: z.string(), resolution: z.string().nullable() }),
      ),
    }),
    confidenceChanges: z.array(
      z.object({ id: z.uuid(), label: z.string(), before: z.number(), after: z.number() }),
    ),
    summary: z.string(),
    summaryBy: z.enum(["model", "computed"]),
  }),
);
export type DailyDiff = z.infer<typeof diffSchema>;

type ChangeRow = typeof kgChanges.$inferSelect;
type Entry = z.infer<typeof entrySchema>;

function bucket(changes: ChangeRow[]) {
  const byId = new Map<string, ChangeRow[]>();
  for (const c of changes) {
    const list = byId.get(c.entityId) ?? [];
    list.push(c);
    byId.set(c.entityId, list);
  }
  const added: Entry[] = [];
  const changed: Entry[] = [];
  const removed: Entry[] = [];
  let transient = 0;
  const confidence: { id: string; label: string; before: number; after: number }[] = [];
  for (const [id, list] of byId) {
    const created = list.some((c) => c.op === "created");
    const deleted = list.some((c) => c.op === "deleted");
    const last = list.at(-1)!;
    const fields: Record<string, [unknown, unknown]> = {};
    for (const c of list) {
      for (const [k, [before, after]] of Object.entries(c.fields ?? {})) {
        fields[k] = k in fields ? [fields[k]![0], after] : [before, after];
      }
    }
    for (const [k, [before, after]] of Object.entries(fields)) {
      if (JSON.stringify(before) === JSON.stringify(after)) delete fields[k];
    }
    if (created && deleted) transient++;
    else if (created) added.push({ id, label: last.label, fields: {} });
    else if (deleted) removed.push({ id, label: last.label, fields: {} });
    else if (Object.keys(fields).length > 0) {
      changed.push({ id, label: last.label, fields });
      const first = list.find((c) => c.confidenceBefore !== null);
      const end = list.findLast((c) => c.confidenceAfter !== null);
      if (first && end && first.confidenceBefore !== end.confidenceAfter) {
        confidence.push({
          id,
          label: last.label,
          before: first.confidenceBefore!,
          after: end.confidenceAfter!,
        });
      }
    }
  }
  return { bucket: { added, changed, removed, transient }, confidence };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export function computedSummary(diff: Omit<DailyDiff, "summary" | "summaryBy">): string {
  const parts: string[] = [];
  const tell = (name: string, b: DailyDiff["nodes"]) => {
    const bits = [
      b.added.length ? `${b.added.length} added` : "",
      b.changed.length ? `${b.changed.length} changed` : "",
      b.removed.length ? `${b.removed.length} removed` : "",
    ].filter(Boolean);
    if (bits.length) parts.push(`${name}: ${bits.join(", ")}`);
  };
  tell("Nodes", diff.nodes);
  tell("Edges", diff.edges);
  tell("Sources", diff.sources);
  const c = diff.contradictions;
  if (c.opened.length || c.resolved.length) {
    parts.push(`Contradictions: ${c.opened.length} opened, ${c.resolved.length} resolved`);
  }
  if (diff.confidenceChanges.length) {
    parts.push(`Confidence moved on ${plural(diff.confidenceChanges.length, "node")}`);
  }
  return parts.length ? `${diff.date}. ${parts.join(". ")}.` : `${diff.date}. No changes.`;
}

/** A model's two or three sentences about the day, or null when no model can be used. */
async function modelSummary(
  deps: KnowledgeDeps,
  diff: Omit<DailyDiff, "summary" | "summaryBy">,
): Promise<string | null> {
  try {
    await assertAiAllowed(deps);
    const listing = (label: string, entries: { label: string }[]) =>
      entries.length
        ? `${label}: ${entries
            .slice(0, 20)
            .map((e) => e.label)
            .join("; ")}`
        : "";
    const facts = [
      computedSummary(diff),
      listing("Nodes added", diff.nodes.added),
      listing("Nodes changed", diff.nodes.changed),
      listing("Nodes removed", diff.nodes.removed),
      listing("Contradictions opened", diff.contradictions.opened),
      listing("Contradictions resolved", diff.contradictions.resolved),
    ]
      .filter(Boolean)
      .join("\n");
    const generation = await startGeneration(deps, {
      body: {
        task: "summarization",
        temperature: 0.2,
        maxTokens: 300,
        messages: [
          {
            role: "system",
            content:
              "You summarise one day of changes to a knowledge graph in two or three plain sentences for its maintainers. Use only the facts given.",
          },
          { role: "user", content: facts },
        ],
      },
      userId: null,
      requestId: `knowledge-diff:${diff.date}`,
    });
    const { text } = await collectGeneration(generation);
    return text.trim() || null;
  } catch (error) {
    deps.log.debug({ err: error }, "knowledge: model summary of the diff skipped");
    return null;
  }
}

export async function dailyDiff(
  deps: KnowledgeDeps,
  date: string,
  options: { modelSummary?: boolean } = {},
): Promise<DailyDiff> {
  const useModel = options.modelSummary !== false;
  return cachedGraphQuery(deps.cache, `diff:${date}:${useModel}`, 10 * 60_000, async () => {
    const start = new Date(`${date}T00:00:00.000Z`);
    const end = new Date(start.getTime() + 86_400_000);
    const rows = await deps.database.db
      .select()
      .from(kgChanges)
      .where(and(gte(kgChanges.at, start), lt(kgChanges.at, end)))
      .orderBy(asc(kgChanges.at), asc(kgChanges.id));
    const of = (type: ChangeRow["entityType"]) => rows.filter((r) => r.entityType === type);
    const nodes = bucket(of("node"));
    const edges = bucket(of("edge"));
    const sources = bucket(of("source"));
    const contradictions = of("contradiction");
    const base = {
      date,
      nodes: nodes.bucket,
      edges: edges.bucket,
      sources: sources.bucket,
      contradictions: {
        opened: contradictions
          .filter((c) => c.op === "opened")
          .map((c) => ({ id: c.entityId, label: c.label })),
        resolved: contradictions
          .filter((c) => c.op === "resolved")
          .map((c) => ({
            id: c.entityId,
            label: c.label,
            resolution: (c.fields?.resolution?.[1] as string | undefined) ?? null,
          })),
      },
      confidenceChanges: nodes.confidence,
    };
    const empty = rows.length === 0;
    const fromModel = useModel && !empty ? await modelSummary(deps, base) : null;
    return {
      ...base,
      summary: fromModel ?? computedSummary(base),
      summaryBy: fromModel ? ("model" as const) : ("computed" as const),
    };
  });
}
