import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { createNode, listNodes } from "#app/knowledge/graph.server.ts";
import {
  contradictionPublicSchema,
  createNodeSchema,
  nodePublicSchema,
} from "#app/knowledge/schemas.ts";
import { kgNodeKinds } from "#db/schema/index.ts";

const listQuery = pageQuerySchema.extend({
  kind: z.enum(kgNodeKinds, { error: `kind must be one of ${kgNodeKinds.join(", ")}` }).optional(),
  domain: z.string().trim().min(1).max(100).optional(),
});

export const nodeWriteResultSchema = named(
  "KnowledgeNodeWriteResult",
  z.object({ node: nodePublicSchema, contradictions: z.array(contradictionPublicSchema) }),
);

export const api = defineApi("/knowledge/nodes", {
  GET: operation({
    id: "listKnowledgeNodes",
    access: "read",
    summary: "Knowledge nodes, newest first",
    description: "Filter by `kind` and `domain`; follow `meta.nextCursor` for the next page.",
    tags: ["knowledge"],
    query: listQuery,
    response: z.array(nodePublicSchema),
    list: true,
    handler: async ({ query, context }) => {
      const page = await listNodes(context.services, query);
      return { items: page.items, nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "createKnowledgeNode",
    access: "write",
    summary: "Add a node (and the sources it cites); answers with any contradictions it opened",
    description:
      "Contradictions are looked for at once: conflicting `statement`s (same subject and predicate), and, when a model is available, the model's judgement against the closest matches found by search. Each opens a `contradiction` review request.",
    tags: ["knowledge"],
    status: 201,
    body: createNodeSchema,
    response: nodeWriteResultSchema,
    handler: ({ body, actor, context }) =>
      createNode(context.services, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
