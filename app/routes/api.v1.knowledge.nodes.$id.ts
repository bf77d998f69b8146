import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { idParams } from "#app/api/schemas.ts";
import { deleteNode, getNodeDetail, updateNode } from "#app/knowledge/graph.server.ts";
import {
  contradictionPublicSchema,
  edgePublicSchema,
  nodePublicSchema,
  sourcePublicSchema,
  updateNodeSchema,
} from "#app/knowledge/schemas.ts";
import { kgNodeKinds, kgStances } from "#db/schema/index.ts";
import { nodeWriteResultSchema } from "./api.v1.knowledge.nodes.ts";

const detailSchema = named(
  "KnowledgeNodeDetail",
  z.object({
    node: nodePublicSchema,
    sources: z.array(sourcePublicSchema.extend({ stance: z.enum(kgStances) })),
    edges: z.array(
      edgePublicSchema.extend({
        direction: z.enum(["out", "in"]),
        other: z.object({ id: z.uuid(), label: z.string(), kind: z.enum(kgNodeKinds) }),
      }),
    ),
    contradictions: z.array(contradictionPublicSchema),
  }),
);

export const api = defineApi("/knowledge/nodes/{id}", {
  GET: operation({
    id: "getKnowledgeNode",
    access: "read",
    summary: "One node with its sources, edges and contradictions",
    tags: ["knowledge"],
    params: idParams,
    errors: [404],
    response: detailSchema,
    handler: ({ params, context }) => getNodeDetail(context.services, params.id),
  }),
  PATCH: operation({
    id: "updateKnowledgeNode",
    access: "write",
    summary: "Change some fields of a node",
    description: "A changed label or statement is checked for contradictions again.",
    tags: ["knowledge"],
    params: idParams,
    body: updateNodeSchema,
    errors: [404],
    response: nodeWriteResultSchema,
    handler: ({ params, body, actor, context }) =>
      updateNode(context.services, params.id, body, actingAs(actor, context)),
  }),
  DELETE: operation({
    id: "deleteKnowledgeNode",
    access: "write",
    summary: "Delete a node and its edges",
    tags: ["knowledge"],
    params: idParams,
    errors: [404],
    response: nodePublicSchema,
    handler: ({ params, actor, context }) =>
      deleteNode(context.services, params.id, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
