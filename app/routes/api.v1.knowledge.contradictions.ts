import { z } from "zod/v4";
import { listContradictions } from "#app/knowledge/contradictions.server.ts";
import { contradictionPublicSchema, contradictionQuerySchema } from "#app/knowledge/schemas.ts";
import { defineApi, operation } from "#app/utils/api.server.ts";

export const api = defineApi("/knowledge/contradictions", {
  GET: operation({
    id: "listKnowledgeContradictions",
    access: "read",
    summary: "Contradictions, most severe first",
    tags: ["knowledge"],
    query: contradictionQuerySchema,
    response: z.array(contradictionPublicSchema),
    handler: ({ query, context }) => listContradictions(context.services, query),
  }),
});

export const { loader, action } = api;
