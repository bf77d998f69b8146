import { defineApi, operation } from "#app/api/api.server.ts";
import { exportSubgraph, graphMLFile } from "#app/knowledge/queries.server.ts";
import { subgraphQuerySchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/export.graphml", {
  GET: operation({
    id: "exportKnowledgeGraphML",
    access: "read",
    summary: "A subgraph as GraphML",
    description:
      "The same subgraph as GET /knowledge/export (`root` and `depth` export a node's neighbourhood; else `domain` (or everything), oldest first, up to `limit` nodes with the edges among them), written as a directed GraphML graph with the node and edge fields as typed data keys and sent as a file, for graph tools. To import it back into NEXUS use the JSON export.",
    tags: ["knowledge"],
    query: subgraphQuerySchema,
    errors: [404],
    mediaType: "application/graphml+xml",
    responseHeaders: {
      "Content-Disposition": 'A file to save: attachment; filename="knowledge.graphml".',
    },
    handler: async ({ query, context }) =>
      graphMLFile(await exportSubgraph(context.services, query)),
  }),
});

export const { loader, action } = api;
