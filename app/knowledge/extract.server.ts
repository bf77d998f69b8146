import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { createReview } from "#app/reviews/reviews.server.ts";
import { collectGeneration, startGeneration } from "#app/sage/generate.server.ts";
import { ConflictError, GenerationFailedError, NotFoundError } from "#app/utils/domain-errors.ts";
import { goalSteps, kgNodeKinds, kgRelations, reviewRequests } from "#db/schema/index.ts";
import {
  type ImportDocument,
  importEdgeFields,
  importNodeFields,
  importSchema,
  statementSchema,
} from "./schemas.ts";
import { afterWrite, clip, type KnowledgeDeps } from "./store.server.ts";

/**
 * Extraction: a model reads text (or an approved goal step's output) and proposes nodes and
 * edges as structured output. Nothing is stored: the draft comes back for a person to edit and
 * accept (through import), or to send to the review queue.
 */

export const extractionDraftSchema = named(
  "KnowledgeExtractionDraft",
  z.object({
    draft: importSchema,
    dropped: z
      .array(z.string())
      .describe("Parts of the model's answer that were not usable, and why."),
    model: z.string(),
  }),
);

const SYSTEM = [
  "You extract a knowledge graph from text.",
  `Node kinds: ${kgNodeKinds.join(", ")}. Relations: ${kgRelations.join(", ")}.`,
  'Answer only JSON: {"nodes": [{"id": "n1", "kind": "fact", "label": "<one short statement>", "content": "<detail>", "confidence": 0.0-1.0, "importance": 0.0-1.0, "statement": {"subject": "...", "predicate": "...", "object": "..."}}],',
  '"edges": [{"fromId": "n1", "toId": "n2", "relation": "supports", "strength": 0.0-1.0, "confidence": 0.0-1.0, "evidence": "<quote>"}]}.',
  "statement is optional and only for facts of the form subject-predicate-object. Use only what the text says.",
].join(" ");

/** Keeps what is valid in a model's answer: each node and edge is checked on its own. */
export function draftFromModel(text: string, domain?: string) {
  const dropped: string[] = [];
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  let value: { nodes?: unknown; edges?: unknown } = {};
  if (start >= 0 && end > start) {
    try {
      value = JSON.parse(text.slice(start, end + 1));
    } catch {
      dropped.push("the answer was not valid JSON");
    }
  } else {
    dropped.push("the answer held no JSON object");
  }
  // The import format's fields, read leniently: what a model adds of its own (a reason, a
  // source) is dropped, not held against the node. The API's import itself is strict.
  const nodeSchema = z.object({
    ...importNodeFields,
    statement: z.object(statementSchema.shape).nullish(),
  });
  const edgeSchema = z.object(importEdgeFields);
  const nodes: ImportDocument["nodes"] = [];
  for (const [i, raw] of (Array.isArray(value.nodes) ? value.nodes : []).entries()) {
    const parsed = nodeSchema.safeParse({
      ...(raw as object),
      ...(domain ? { domain } : {}),
    });
    if (parsed.success && !nodes.some((n) => n.id === parsed.data.id)) nodes.push(parsed.data);
    else
      dropped.push(
        `node ${i + 1}: ${parsed.success ? "duplicate id" : parsed.error.issues[0]?.message}`,
      );
  }
  const keys = new Set(nodes.map((n) => n.id));
  const edges: ImportDocument["edges"] = [];
  for (const [i, raw] of (Array.isArray(value.edges) ? value.edges : []).entries()) {
    const parsed = edgeSchema.safeParse(raw);
    if (!parsed.success) {
      dropped.push(`edge ${i + 1}: ${parsed.error.issues[0]?.message}`);
    } else if (!keys.has(parsed.data.fromId) || !keys.has(parsed.data.toId)) {
      dropped.push(`edge ${i + 1}: it names a node the draft does not have`);
    } else if (parsed.data.fromId === parsed.data.toId) {
      dropped.push(`edge ${i + 1}: it joins a node to itself`);
    } else {
      edges.push(parsed.data);
    }
  }
  return { draft: { nodes, edges }, dropped };
}

/** The output of a goal step that may be added: succeeded, and not awaiting or refused review. */
async function approvedStepText(deps: KnowledgeDeps, stepId: string): Promise<string> {
  const [step] = await deps.database.db.select().from(goalSteps).where(eq(goalSteps.id, stepId));
  if (!step) throw new NotFoundError(`No goal step ${stepId}.`);
  if (step.status !== "succeeded" || !step.output.trim()) {
    throw new ConflictError("Only a goal step that succeeded with an output can be added.");
  }
  const pending = await deps.database.db
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.subjectId, stepId),
        inArray(reviewRequests.status, ["open", "rejected"]),
      ),
    );
  if (pending.length > 0) {
    throw new ConflictError("This goal step's review is open or was rejected; it cannot be added.");
  }
  return step.output;
}

export async function extractDraft(
  deps: KnowledgeDeps,
  input: { text?: string; goalStepId?: string; domain?: string },
  actor: ActingAs,
) {
  const text = input.text ?? (await approvedStepText(deps, input.goalStepId!));
  const generation = await startGeneration(deps, {
    body: {
      task: "reasoning",
      temperature: 0,
      maxTokens: 4_000,
      messages: [
        { role: "system", content: SYSTEM },
        { role: "user", content: text },
      ],
    },
    userId: actor.id,
    requestId: actor.requestId ?? null,
    json: true,
  });
  const { text: answer } = await collectGeneration(generation);
  const { draft, dropped } = draftFromModel(answer, input.domain);
  if (draft.nodes.length === 0) {
    throw new GenerationFailedError(
      "PROVIDER_ERROR",
      `The model proposed nothing usable${dropped.length ? `: ${dropped.slice(0, 3).join("; ")}` : ""}.`,
    );
  }
  return { draft, dropped, model: generation.selection.model };
}

/** Sends a draft to the review queue instead of adding it now. */
export async function sendDraftToReview(
  deps: KnowledgeDeps,
  draft: ImportDocument,
  actor: ActingAs,
) {
  const review = await createReview(deps, {
    kind: "fact_verification",
    subjectType: "knowledge_draft",
    subjectId: crypto.randomUUID(),
    title: `Extracted knowledge: ${clip(draft.nodes.map((n) => n.label).join("; "), 200)}`,
    details: { draft, href: "/knowledge/extract" },
  });
  await afterWrite(deps, actor, {
    type: "knowledge.draft_sent_to_review",
    subject: { type: "review", id: review.id },
    summary: `${actor.label} sent ${draft.nodes.length} extracted nodes to review`,
  });
  return review;
}
