import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { idParams } from "#app/api/schemas.ts";
import { getContradictionDetail } from "#app/knowledge/contradictions.server.ts";
import { contradictionPublicSchema, nodePublicSchema } from "#app/knowledge/schemas.ts";
import { toPublicNode } from "#app/knowledge/store.server.ts";
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
    handler: async ({ params, context }) => {
      const d = await getContradictionDetail(context.services, params.id);
      return {
        contradiction: d.contradiction,
        nodeA: d.nodeA ? toPublicNode(d.nodeA) : null,
        nodeB: d.nodeB ? toPublicNode(d.nodeB) : null,
        sources: d.sources.map((s) => ({
          nodeId: s.nodeId,
          sourceId: s.sourceId,
          title: s.title,
          stance: s.stance,
          reputation: s.reputation,
        })),
        consensus: { shareA: d.consensus.shareA, shareB: d.consensus.shareB },
      };
    },
  }),
});

export const { loader, action } = api;
