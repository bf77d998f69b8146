import { defineApi, operation } from "#app/api/api.server.ts";
import { exportSubgraph, toGraphML } from "#app/knowledge/queries.server.ts";
import { exportQuerySchema, subgraphSchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/export", {
  GET: operation({
    id: "exportKnowledge",
    access: "read",
    summary: "A subgraph as JSON (the import format) or GraphML",
    description:
      "`root` and `depth` export a node's neighbourhood; else `domain` (or everything), oldest first, up to `limit` nodes with the edges among them. The JSON is sent as a file, not in the envelope, so it can be imported as is.",
    tags: ["knowledge"],
    query: exportQuerySchema,
    raw: true,
    errors: [404],
    response: subgraphSchema,
    handler: async ({ query, context }) => {
      const graph = await exportSubgraph(context.services, query);
      if (query.format === "graphml") {
        return new Response(toGraphML(graph), {
          headers: {
            "Content-Type": "application/graphml+xml; charset=utf-8",
            "Content-Disposition": 'attachment; filename="knowledge.graphml"',
          },
        });
      }
      return new Response(JSON.stringify(graph), {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": 'attachment; filename="knowledge.json"',
        },
      });
    },
  }),
});

export const { loader, action } = api;
