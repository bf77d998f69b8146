import { defineApi, operation } from "#app/api/api.server.ts";
import { deprecatedAnswer } from "#app/api/deprecation.server.ts";
import { exportSubgraph, graphMLFile } from "#app/knowledge/queries.server.ts";
import { exportQuerySchema, subgraphSchema } from "#app/knowledge/schemas.ts";

/** When the GraphML answer of this operation gave way to GET /knowledge/export.graphml. */
const GRAPHML_DEPRECATED = new Date("2026-12-03T00:00:00Z");

export const api = defineApi("/knowledge/export", {
  GET: operation({
    id: "exportKnowledge",
    access: "read",
    summary: "A subgraph as JSON (the import format)",
    description:
      '`root` and `depth` export a node\'s neighbourhood; else `domain` (or everything), oldest first, up to `limit` nodes with the edges among them. The JSON is sent as a file, not in the envelope, so it can be imported as is (POST /knowledge/import). For GraphML: GET /knowledge/export.graphml. Deprecated: `format=graphml` still answers that GraphML file here, with `Deprecation` and `Link: </api/v1/knowledge/export.graphml>; rel="successor-version"` headers, for this API version only.',
    tags: ["knowledge"],
    query: exportQuerySchema,
    raw: true,
    errors: [404],
    response: subgraphSchema,
    responseHeaders: {
      "Content-Disposition": 'A file to save: attachment; filename="knowledge.json".',
    },
    handler: async ({ query, context }) => {
      const graph = await exportSubgraph(context.services, query);
      if (query.format === "graphml") {
        return deprecatedAnswer(graphMLFile(graph), {
          since: GRAPHML_DEPRECATED,
          successor: "/knowledge/export.graphml",
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
