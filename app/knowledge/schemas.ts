import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { httpUrl, isStorableTime } from "#app/api/schemas.ts";
import {
  kgContradictionStatuses,
  kgDetectors,
  kgNodeKinds,
  kgRelations,
  kgResolutions,
  kgSourceTypes,
  kgStances,
  kgVerificationLevels,
} from "#db/schema/index.ts";

/**
 * Input and output shapes of the knowledge graph, shared by the API, the pages and the tests.
 * Request bodies are strict, down to their nested objects: a field the API does not know is
 * refused, not dropped. (The pages' forms have their own schemas, in forms.ts.)
 */

/**
 * A 0-1 figure, kept to 6 decimals: the columns are `real`, and a value such as 1e-300 would
 * underflow in Postgres (a 500) although it is a valid number between 0 and 1.
 */
const unit = (name: string) =>
  z
    .number({ error: `${name} must be a number between 0 and 1` })
    .min(0, `${name} must be between 0 and 1`)
    .max(1, `${name} must be between 0 and 1`)
    .overwrite((value) => Math.round(value * 1e6) / 1e6);

const oneOf = <T extends readonly [string, ...string[]]>(name: string, values: T) =>
  z.enum(values, { error: `${name} must be one of ${values.join(", ")}` });

export const statementSchema = z
  .strictObject({
    subject: z.string().trim().min(1, "subject must not be empty").max(300),
    predicate: z.string().trim().min(1, "predicate must not be empty").max(100),
    object: z.string().trim().min(1, "object must not be empty").max(300),
    negated: z.boolean().default(false),
  })
  .describe(
    "The fact as subject-predicate-object, checked against other statements with the same subject and predicate.",
  );

export const nodeSourceInputSchema = z.union([
  z.strictObject({
    sourceId: z.uuid("sourceId must be a UUID"),
    stance: oneOf("stance", kgStances).default("supports"),
  }),
  z.strictObject({
    title: z.string().trim().min(1, "title must not be empty").max(500),
    url: httpUrl("url").optional(),
    type: oneOf("type", kgSourceTypes).default("unknown"),
    stance: oneOf("stance", kgStances).default("supports"),
  }),
]);

const tagsSchema = z
  .array(z.string().trim().min(1).max(60), { error: "tags must be a list of strings" })
  .max(30, "at most 30 tags")
  .default([]);

export const createNodeSchema = named(
  "KnowledgeNodeCreate",
  z.strictObject({
    kind: oneOf("kind", kgNodeKinds),
    label: z.string().trim().min(1, "label must not be empty").max(500),
    content: z.string().max(20_000).default(""),
    domain: z.string().trim().min(1, "domain must not be empty").max(100).default("general"),
    tags: tagsSchema,
    confidence: unit("confidence").default(0.5),
    importance: unit("importance").default(0.5),
    statement: statementSchema.optional(),
    sources: z.array(nodeSourceInputSchema).max(50).optional(),
  }),
);
export type CreateNodeInput = z.output<typeof createNodeSchema>;

export const updateNodeSchema = named(
  "KnowledgeNodeUpdate",
  z
    .strictObject({
      kind: oneOf("kind", kgNodeKinds).optional(),
      label: z.string().trim().min(1, "label must not be empty").max(500).optional(),
      content: z.string().max(20_000).optional(),
      domain: z.string().trim().min(1, "domain must not be empty").max(100).optional(),
      tags: z.array(z.string().trim().min(1).max(60)).max(30).optional(),
      confidence: unit("confidence").optional(),
      importance: unit("importance").optional(),
      verification: oneOf("verification", kgVerificationLevels).optional(),
      statement: statementSchema.nullable().optional(),
    })
    .refine((v) => Object.keys(v).length > 0, "give at least one field to change"),
);
export type UpdateNodeInput = z.output<typeof updateNodeSchema>;

export const createEdgeSchema = named(
  "KnowledgeEdgeCreate",
  z
    .strictObject({
      fromId: z.uuid("fromId must be a UUID"),
      toId: z.uuid("toId must be a UUID"),
      relation: oneOf("relation", kgRelations),
      strength: unit("strength").default(0.5),
      confidence: unit("confidence").default(0.5),
      evidence: z.string().max(5_000).default(""),
    })
    .refine((e) => e.fromId !== e.toId, { path: ["toId"], message: "an edge joins two nodes" }),
);
export type CreateEdgeInput = z.output<typeof createEdgeSchema>;

export const updateEdgeSchema = named(
  "KnowledgeEdgeUpdate",
  z
    .strictObject({
      relation: oneOf("relation", kgRelations).optional(),
      strength: unit("strength").optional(),
      confidence: unit("confidence").optional(),
      evidence: z.string().max(5_000).optional(),
    })
    .refine((v) => Object.keys(v).length > 0, "give at least one field to change"),
);

export const createSourceSchema = named(
  "KnowledgeSourceCreate",
  z.strictObject({
    title: z.string().trim().min(1, "title must not be empty").max(500),
    url: httpUrl("url").optional(),
    type: oneOf("type", kgSourceTypes).default("unknown"),
    reputation: unit("reputation").optional(),
  }),
);
export type CreateSourceInput = z.output<typeof createSourceSchema>;

export const updateSourceSchema = named(
  "KnowledgeSourceUpdate",
  z
    .strictObject({
      title: z.string().trim().min(1).max(500).optional(),
      url: httpUrl("url").nullable().optional(),
      type: oneOf("type", kgSourceTypes).optional(),
      reputation: unit("reputation").optional(),
    })
    .refine((v) => Object.keys(v).length > 0, "give at least one field to change"),
);

export const linkSourceSchema = named(
  "KnowledgeNodeSourceLink",
  z.strictObject({
    sourceId: z.uuid("sourceId must be a UUID"),
    stance: oneOf("stance", kgStances).default("supports"),
  }),
);

// ---------------------------------------------------------------------------------------------
// Queries

const relationList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(oneOf("relation", kgRelations)).max(kgRelations.length));

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, "q must not be empty").max(200, "q is at most 200 characters"),
  kind: oneOf("kind", kgNodeKinds).optional(),
  domain: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int("limit must be a whole number")
    .min(1, "limit must be between 1 and 100")
    .max(100, "limit must be between 1 and 100")
    .default(20),
});
export type SearchQuery = z.output<typeof searchQuerySchema>;

export const neighborsQuerySchema = z.object({
  depth: z.coerce
    .number({ error: "depth must be a number" })
    .int("depth must be a whole number")
    .min(1, "depth must be between 1 and 3")
    .max(3, "depth must be between 1 and 3")
    .default(1),
  relation: relationList.optional(),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int()
    .min(1, "limit must be between 1 and 5000")
    .max(5_000, "limit must be between 1 and 5000")
    .default(1_000),
});
export type NeighborsQuery = z.output<typeof neighborsQuerySchema>;

export const pathQuerySchema = z.object({
  from: z.uuid("from must be a UUID"),
  to: z.uuid("to must be a UUID"),
  maxDepth: z.coerce
    .number({ error: "maxDepth must be a number" })
    .int()
    .min(1, "maxDepth must be between 1 and 6")
    .max(6, "maxDepth must be between 1 and 6")
    .default(6),
  relation: relationList.optional(),
});
export type PathQuery = z.output<typeof pathQuerySchema>;

/** Which part of the graph an export holds, whatever it is written as. */
export const subgraphQuerySchema = z.object({
  root: z.uuid("root must be a UUID").optional(),
  depth: z.coerce
    .number({ error: "depth must be a number" })
    .int()
    .min(0, "depth must be between 0 and 3")
    .max(3, "depth must be between 0 and 3")
    .default(2),
  domain: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int()
    .min(1, "limit must be between 1 and 20000")
    .max(20_000, "limit must be between 1 and 20000")
    .default(5_000),
});
export type SubgraphQuery = z.output<typeof subgraphQuerySchema>;

/** GET /knowledge/export: JSON; `format=graphml` keeps the old GraphML answer for a version. */
export const exportQuerySchema = z.object({
  format: oneOf("format", ["json", "graphml"] as const)
    .default("json")
    .describe(
      'Deprecated. `json` (the default): the JSON file documented here. `graphml`: the GraphML file of GET /knowledge/export.graphml, its successor, with `Deprecation` and `Link: </api/v1/knowledge/export.graphml>; rel="successor-version"` headers; kept for this API version only.',
    ),
  ...subgraphQuerySchema.shape,
});

const importKey = z.string().trim().min(1, "id must not be empty").max(100);

/** A node of an import document, as the import reads it (and as extraction drafts it). */
export const importNodeFields = {
  id: importKey.describe(
    "A UUID is kept as the node's id; any other key only names the node inside this document.",
  ),
  kind: oneOf("kind", kgNodeKinds),
  label: z.string().trim().min(1, "label must not be empty").max(500),
  content: z.string().max(20_000).default(""),
  domain: z.string().trim().min(1).max(100).default("general"),
  tags: tagsSchema,
  confidence: unit("confidence").default(0.5),
  importance: unit("importance").default(0.5),
  statement: statementSchema.nullish(),
};

/** An edge of an import document, as the import reads it. */
export const importEdgeFields = {
  fromId: importKey,
  toId: importKey,
  relation: oneOf("relation", kgRelations),
  strength: unit("strength").default(0.5),
  confidence: unit("confidence").default(0.5),
  evidence: z.string().max(5_000).default(""),
};

/**
 * What an export carries besides (GET /knowledge/export): fields of the import format, so an
 * export imports as is, that the import does not use.
 */
const exported = <T extends z.ZodType>(schema: T) =>
  schema.optional().describe("Written by the export; ignored on import.");

export const importSchema = named(
  "KnowledgeGraphDocument",
  z.strictObject({
    nodes: z
      .array(
        z.strictObject({
          ...importNodeFields,
          verification: exported(z.enum(kgVerificationLevels)),
          authorId: exported(z.string().nullable()),
          createdAt: exported(z.string()),
          updatedAt: exported(z.string()),
        }),
      )
      .max(50_000, "at most 50000 nodes per import"),
    edges: z
      .array(
        z.strictObject({
          ...importEdgeFields,
          id: exported(z.string()),
          createdAt: exported(z.string()),
          updatedAt: exported(z.string()),
        }),
      )
      .max(200_000, "at most 200000 edges per import")
      .default([]),
    truncated: exported(z.boolean()),
  }),
);
export type ImportDocument = z.output<typeof importSchema>;

export const contradictionQuerySchema = z.object({
  status: oneOf("status", kgContradictionStatuses).optional(),
  limit: z.coerce
    .number({ error: "limit must be a number" })
    .int()
    .min(1, "limit must be between 1 and 200")
    .max(200, "limit must be between 1 and 200")
    .default(50),
});

export const resolveSchema = named(
  "KnowledgeContradictionResolution",
  z
    .strictObject({
      resolution: oneOf("resolution", kgResolutions),
      note: z.string().trim().max(5_000).default(""),
      context: z
        .string()
        .trim()
        .max(5_000)
        .optional()
        .describe("For `both`: when each holds; added to both nodes."),
      mergedLabel: z.string().trim().min(1).max(500).optional().describe("For `merge`."),
      mergedContent: z.string().max(20_000).optional().describe("For `merge`."),
    })
    .superRefine((v, ctx) => {
      if (v.resolution === "both" && !v.context) {
        ctx.addIssue({
          code: "custom",
          path: ["context"],
          message: "say when each statement holds",
        });
      }
      if (v.resolution === "merge" && !v.mergedLabel) {
        ctx.addIssue({
          code: "custom",
          path: ["mergedLabel"],
          message: "give the merged statement's label",
        });
      }
    }),
);
export type ResolveInput = z.output<typeof resolveSchema>;

export const diffQuerySchema = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "date must be YYYY-MM-DD")
    .refine(
      (d) => {
        const day = new Date(`${d}T00:00:00Z`);
        return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === d;
      },
      { error: "date must be a real day", abort: true },
    )
    // The diff reads the whole day, up to the next midnight: both must be storable instants.
    .refine((d) => {
      const start = Date.parse(`${d}T00:00:00Z`);
      return isStorableTime(start) && isStorableTime(start + 86_400_000);
    }, "date must be between 0001-01-01 and 9999-12-30"),
});

export const extractSchema = named(
  "KnowledgeExtractRequest",
  z
    .strictObject({
      text: z.string().trim().min(1, "text must not be empty").max(50_000).optional(),
      goalStepId: z.uuid("goalStepId must be a UUID").optional(),
      domain: z.string().trim().min(1).max(100).optional(),
    })
    .refine((v) => (v.text === undefined) !== (v.goalStepId === undefined), {
      path: ["text"],
      message: "give either text or goalStepId (exactly one)",
    }),
);

// ---------------------------------------------------------------------------------------------
// Public shapes

export const nodePublicSchema = named(
  "KnowledgeNode",
  z.object({
    id: z.uuid(),
    kind: z.enum(kgNodeKinds),
    label: z.string(),
    content: z.string(),
    domain: z.string(),
    tags: z.array(z.string()),
    confidence: z.number(),
    importance: z.number(),
    verification: z.enum(kgVerificationLevels),
    statement: z
      .object({
        subject: z.string(),
        predicate: z.string(),
        object: z.string(),
        negated: z.boolean(),
      })
      .nullable(),
    authorId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
export type PublicNode = z.infer<typeof nodePublicSchema>;

export const edgePublicSchema = named(
  "KnowledgeEdge",
  z.object({
    id: z.uuid(),
    fromId: z.uuid(),
    toId: z.uuid(),
    relation: z.enum(kgRelations),
    strength: z.number(),
    confidence: z.number(),
    evidence: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
export type PublicEdge = z.infer<typeof edgePublicSchema>;

export const sourcePublicSchema = named(
  "KnowledgeSource",
  z.object({
    id: z.uuid(),
    title: z.string(),
    url: z.string().nullable(),
    type: z.enum(kgSourceTypes),
    reputation: z.number(),
    accuracy: z.number().nullable(),
    upheld: z.number(),
    overturned: z.number(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
export type PublicSource = z.infer<typeof sourcePublicSchema>;

export const contradictionPublicSchema = named(
  "KnowledgeContradiction",
  z.object({
    id: z.uuid(),
    nodeAId: z.uuid().nullable(),
    nodeBId: z.uuid().nullable(),
    nodeALabel: z.string(),
    nodeBLabel: z.string(),
    detectedBy: z.enum(kgDetectors),
    reason: z.string(),
    detectionConfidence: z.number(),
    severity: z.number(),
    severityLevel: z.enum(["low", "medium", "high", "critical"]),
    status: z.enum(kgContradictionStatuses),
    resolution: z.enum(kgResolutions).nullable(),
    resolutionNote: z.string().nullable(),
    resolvedBy: z.uuid().nullable(),
    resolvedAt: z.iso.datetime().nullable(),
    reviewId: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
  }),
);
export type PublicContradiction = z.infer<typeof contradictionPublicSchema>;

export const subgraphSchema = named(
  "KnowledgeSubgraph",
  z.object({
    nodes: z.array(nodePublicSchema),
    edges: z.array(edgePublicSchema),
    truncated: z.boolean(),
  }),
);
