import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { deleteSource, getSource, updateSource } from "#app/knowledge/graph.server.ts";
import { sourcePublicSchema, updateSourceSchema } from "#app/knowledge/schemas.ts";
import { toPublicSource } from "#app/knowledge/store.server.ts";

export const api = defineApi("/knowledge/sources/{id}", {
  GET: operation({
    id: "getKnowledgeSource",
    access: "read",
    summary: "One source",
    tags: ["knowledge"],
    params: idParams,
    errors: [404],
    response: sourcePublicSchema,
    handler: async ({ params, context }) =>
      toPublicSource(await getSource(context.services, params.id)),
  }),
  PATCH: operation({
    id: "updateKnowledgeSource",
    access: "write",
    summary: "Change a source",
    tags: ["knowledge"],
    params: idParams,
    body: updateSourceSchema,
    errors: [404],
    response: sourcePublicSchema,
    handler: ({ params, body, actor, context }) =>
      updateSource(context.services, params.id, body, actingAs(actor, context)),
  }),
  DELETE: operation({
    id: "deleteKnowledgeSource",
    access: "write",
    summary: "Delete a source (its citations go with it)",
    tags: ["knowledge"],
    params: idParams,
    errors: [404],
    response: sourcePublicSchema,
    handler: ({ params, actor, context }) =>
      deleteSource(context.services, params.id, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
