import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { createEdge } from "#app/knowledge/graph.server.ts";
import {
  contradictionPublicSchema,
  createEdgeSchema,
  edgePublicSchema,
} from "#app/knowledge/schemas.ts";

export const edgeWriteResultSchema = named(
  "KnowledgeEdgeWriteResult",
  z.object({ edge: edgePublicSchema, contradictions: z.array(contradictionPublicSchema) }),
);

export const api = defineApi("/knowledge/edges", {
  POST: operation({
    id: "createKnowledgeEdge",
    access: "write",
    summary: "Join two nodes with a typed, weighted relation",
    description:
      "A `contradicts` edge opens a contradiction (and its review request). 409 when the two nodes already have an edge of that relation.",
    tags: ["knowledge"],
    status: 201,
    body: createEdgeSchema,
    errors: [409],
    response: edgeWriteResultSchema,
    handler: ({ body, actor, context }) =>
      createEdge(context.services, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
