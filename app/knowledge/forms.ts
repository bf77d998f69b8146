import { z } from "zod/v4";
import { httpUrl } from "#app/api/schemas.ts";
import { kgNodeKinds, kgRelations, kgResolutions, kgSourceTypes } from "#db/schema/index.ts";
import type { CreateNodeInput, ResolveInput } from "./schemas.ts";

/**
 * The knowledge pages' forms (they work without JavaScript): flat fields, checked with the same
 * limits as the API, then turned into the API's input shapes after validation.
 */

const unit = (name: string) =>
  z
    .number({ error: `${name} must be a number between 0 and 1` })
    .min(0, `${name} must be between 0 and 1`)
    .max(1, `${name} must be between 0 and 1`);

export const nodeFormSchema = z
  .object({
    kind: z.enum(kgNodeKinds, { error: "choose a kind" }),
    label: z.string({ error: "give a label" }).trim().min(1, "give a label").max(500),
    content: z.string().max(20_000).optional(),
    domain: z.string().trim().max(100).optional(),
    tags: z.string().max(2_000).optional(),
    confidence: unit("confidence").default(0.5),
    importance: unit("importance").default(0.5),
    subject: z.string().trim().max(300).optional(),
    predicate: z.string().trim().max(100).optional(),
    object: z.string().trim().max(300).optional(),
    negated: z.boolean().optional(),
    sourceTitle: z.string().trim().max(500).optional(),
    sourceUrl: httpUrl("the source URL").optional(),
    sourceType: z.enum(kgSourceTypes).default("unknown"),
  })
  .superRefine((v, ctx) => {
    const parts = [v.subject, v.predicate, v.object].filter(Boolean).length;
    if (parts > 0 && parts < 3) {
      for (const key of ["subject", "predicate", "object"] as const) {
        if (!v[key]) {
          ctx.addIssue({
            code: "custom",
            path: [key],
            message: "a statement needs subject, predicate and object",
          });
        }
      }
    }
    const tags = (v.tags ?? "").split(",").filter((t) => t.trim());
    if (tags.length > 30)
      ctx.addIssue({ code: "custom", path: ["tags"], message: "at most 30 tags" });
    if (tags.some((t) => t.trim().length > 60)) {
      ctx.addIssue({ code: "custom", path: ["tags"], message: "a tag is at most 60 characters" });
    }
    if (v.sourceUrl && !v.sourceTitle) {
      ctx.addIssue({ code: "custom", path: ["sourceTitle"], message: "give the source a title" });
    }
  });

export function toNodeInput(v: z.output<typeof nodeFormSchema>): CreateNodeInput {
  return {
    kind: v.kind,
    label: v.label,
    content: v.content ?? "",
    domain: v.domain || "general",
    tags: (v.tags ?? "")
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    confidence: v.confidence,
    importance: v.importance,
    statement:
      v.subject && v.predicate && v.object
        ? {
            subject: v.subject,
            predicate: v.predicate,
            object: v.object,
            negated: Boolean(v.negated),
          }
        : undefined,
    sources: v.sourceTitle
      ? [{ title: v.sourceTitle, url: v.sourceUrl, type: v.sourceType, stance: "supports" }]
      : undefined,
  };
}

export const edgeFormSchema = z.object({
  toId: z.uuid("give the other node's id"),
  relation: z.enum(kgRelations, { error: "choose a relation" }),
  direction: z.enum(["out", "in"]).default("out"),
  strength: unit("strength").default(0.5),
  confidence: unit("confidence").default(0.5),
  evidence: z.string().max(5_000).optional(),
});

export const resolveFormSchema = z
  .object({
    resolution: z.enum(kgResolutions, { error: "choose how to resolve it" }),
    note: z.string().trim().max(5_000).optional(),
    context: z.string().trim().max(5_000).optional(),
    mergedLabel: z.string().trim().max(500).optional(),
    mergedContent: z.string().max(20_000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.resolution === "both" && !v.context) {
      ctx.addIssue({ code: "custom", path: ["context"], message: "say when each statement holds" });
    }
    if (v.resolution === "merge" && !v.mergedLabel) {
      ctx.addIssue({
        code: "custom",
        path: ["mergedLabel"],
        message: "give the merged statement's label",
      });
    }
  });

export function toResolveInput(v: z.output<typeof resolveFormSchema>): ResolveInput {
  return {
    resolution: v.resolution,
    note: v.note ?? "",
    context: v.context,
    mergedLabel: v.mergedLabel,
    mergedContent: v.mergedContent,
  };
}
