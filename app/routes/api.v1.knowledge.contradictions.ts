import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { listContradictions } from "#app/knowledge/contradictions.server.ts";
import { contradictionPublicSchema, contradictionQuerySchema } from "#app/knowledge/schemas.ts";

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
