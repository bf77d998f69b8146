import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { shortestPath } from "#app/knowledge/queries.server.ts";
import { edgePublicSchema, nodePublicSchema, pathQuerySchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/path", {
  GET: operation({
    id: "getKnowledgePath",
    access: "read",
    summary: "A shortest path between two nodes (either edge direction), at most `maxDepth` hops",
    description: "`found: false` when none exists within `maxDepth` (1 to 6, default 6).",
    tags: ["knowledge"],
    query: pathQuerySchema,
    errors: [404],
    response: named(
      "KnowledgePath",
      z.object({
        found: z.boolean(),
        length: z.number().int().nullable(),
        nodes: z.array(nodePublicSchema),
        edges: z.array(edgePublicSchema),
      }),
    ),
    handler: ({ query, context }) => shortestPath(context.services, query),
  }),
});

export const { loader, action } = api;
