import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { searchNodes } from "#app/knowledge/queries.server.ts";
import { nodePublicSchema, searchQuerySchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/search", {
  GET: operation({
    id: "searchKnowledge",
    access: "read",
    summary: "Nodes matching `q`, best first",
    description:
      "Full-text match on label, domain and content (web-search syntax: quotes, `or`, `-word`) or a fuzzy (trigram) match on the label; ranked by text rank plus label similarity.",
    tags: ["knowledge"],
    query: searchQuerySchema,
    response: z.array(named("KnowledgeSearchHit", nodePublicSchema.extend({ score: z.number() }))),
    handler: ({ query, context }) => searchNodes(context.services, query),
  }),
});

export const { loader, action } = api;
