import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { neighbors } from "#app/knowledge/queries.server.ts";
import { neighborsQuerySchema, subgraphSchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/nodes/{id}/neighbors", {
  GET: operation({
    id: "getKnowledgeNeighbors",
    access: "read",
    summary: "The nodes within `depth` hops (1 to 3) of a node, either edge direction",
    description:
      "`relation` (comma-separated or repeated) keeps only edges of those relations. At most `limit` nodes; `truncated` says when more were reachable.",
    tags: ["knowledge"],
    params: idParams,
    query: neighborsQuerySchema,
    errors: [404],
    response: subgraphSchema,
    handler: ({ params, query, context }) => neighbors(context.services, params.id, query),
  }),
});

export const { loader, action } = api;
