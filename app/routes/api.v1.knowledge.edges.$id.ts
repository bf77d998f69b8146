import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { deleteEdge, getEdge, updateEdge } from "#app/knowledge/graph.server.ts";
import { edgePublicSchema, updateEdgeSchema } from "#app/knowledge/schemas.ts";
import { toPublicEdge } from "#app/knowledge/store.server.ts";
import { edgeWriteResultSchema } from "./api.v1.knowledge.edges.ts";

export const api = defineApi("/knowledge/edges/{id}", {
  GET: operation({
    id: "getKnowledgeEdge",
    access: "read",
    summary: "One edge",
    tags: ["knowledge"],
    params: idParams,
    errors: [404],
    response: edgePublicSchema,
    handler: async ({ params, context }) =>
      toPublicEdge(await getEdge(context.services, params.id)),
  }),
  PATCH: operation({
    id: "updateKnowledgeEdge",
    access: "write",
    summary: "Change an edge's relation, strength, confidence or evidence",
    tags: ["knowledge"],
    params: idParams,
    body: updateEdgeSchema,
    errors: [404, 409],
    response: edgeWriteResultSchema,
    handler: ({ params, body, actor, context }) =>
      updateEdge(context.services, params.id, body, actingAs(actor, context)),
  }),
  DELETE: operation({
    id: "deleteKnowledgeEdge",
    access: "write",
    summary: "Remove an edge",
    tags: ["knowledge"],
    params: idParams,
    errors: [404],
    response: edgePublicSchema,
    handler: ({ params, actor, context }) =>
      deleteEdge(context.services, params.id, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
