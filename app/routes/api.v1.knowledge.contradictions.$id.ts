import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { idParams } from "#app/api/schemas.ts";
import { getContradictionDetail } from "#app/knowledge/contradictions.server.ts";
import { contradictionPublicSchema, nodePublicSchema } from "#app/knowledge/schemas.ts";
import { kgStances } from "#db/schema/index.ts";

export const api = defineApi("/knowledge/contradictions/{id}", {
  GET: operation({
    id: "getKnowledgeContradiction",
    access: "read",
    summary: "One contradiction with both statements, their sources and the weighted consensus",
    tags: ["knowledge"],
    params: idParams,
    errors: [404],
    response: named(
      "KnowledgeContradictionDetail",
      z.object({
        contradiction: contradictionPublicSchema,
        nodeA: nodePublicSchema.nullable(),
        nodeB: nodePublicSchema.nullable(),
        sources: z.array(
          z.object({
            nodeId: z.uuid(),
            sourceId: z.uuid(),
            title: z.string(),
            stance: z.enum(kgStances),
            reputation: z.number(),
          }),
        ),
        consensus: z.object({ shareA: z.number(), shareB: z.number() }),
      }),
    ),
    handler: ({ params, context }) => getContradictionDetail(context.services, params.id),
  }),
});

export const { loader, action } = api;
