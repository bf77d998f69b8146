import { defineApi, operation } from "#app/api/api.server.ts";
import { dailyDiff, diffSchema } from "#app/knowledge/diff.server.ts";
import { diffQuerySchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/diff", {
  GET: operation({
    id: "getKnowledgeDiff",
    access: "read",
    summary: "What changed in the graph on one UTC day",
    description:
      "Nodes, edges and sources added, changed and removed, contradictions opened and resolved, and confidence changes, from the stored change history. `summary` is written by a model when one is available (`summaryBy: model`), else computed.",
    tags: ["knowledge"],
    query: diffQuerySchema,
    response: diffSchema,
    handler: ({ query, context }) => dailyDiff(context.services, query.date),
  }),
});

export const { loader, action } = api;
