import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { idParams } from "#app/api/schemas.ts";
import { resolveContradiction } from "#app/knowledge/contradictions.server.ts";
import { contradictionPublicSchema, resolveSchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/contradictions/{id}/resolve", {
  POST: operation({
    id: "resolveKnowledgeContradiction",
    access: "write",
    summary: "Resolve a contradiction: keep A, keep B, both (with context), or merge",
    description:
      "Keeping one side marks it verified and the other refuted, and moves the reputation of every source behind either side by the weighted-consensus rule: up by 0.2 × (1 − its side's reputation-weighted share) when upheld, down by 0.2 × its side's share when overturned. `both` adds the context to both nodes and turns their `contradicts` edge into `related_to`; `merge` folds B (edges, sources) into A. The contradiction's review request is approved with the resolution as its note. 409 once resolved.",
    tags: ["knowledge"],
    params: idParams,
    body: resolveSchema,
    errors: [404, 409],
    response: named(
      "KnowledgeResolutionResult",
      z.object({
        contradiction: contradictionPublicSchema,
        consensus: z.object({ shareA: z.number(), shareB: z.number() }),
        reputation: z.array(
          z.object({
            sourceId: z.uuid(),
            title: z.string(),
            before: z.number(),
            after: z.number(),
          }),
        ),
      }),
    ),
    handler: ({ params, body, actor, context }) =>
      resolveContradiction(context.services, params.id, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
