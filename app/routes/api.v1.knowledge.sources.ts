import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";
import { createSource, listSources } from "#app/knowledge/graph.server.ts";
import { createSourceSchema, sourcePublicSchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/sources", {
  GET: operation({
    id: "listKnowledgeSources",
    access: "read",
    summary: "Sources with their reputation and accuracy, newest first",
    tags: ["knowledge"],
    query: pageQuerySchema,
    response: z.array(sourcePublicSchema),
    list: true,
    handler: async ({ query, context }) => {
      const page = await listSources(context.services, query);
      return { items: page.items, nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "createKnowledgeSource",
    access: "write",
    summary: "Add a source",
    description:
      "Without `reputation`, a new source starts from its type's default (academic 0.85, government 0.8, expert 0.75, news 0.6, community 0.45, ai 0.4, unknown 0.3).",
    tags: ["knowledge"],
    status: 201,
    body: createSourceSchema,
    response: sourcePublicSchema,
    handler: ({ body, actor, context }) =>
      createSource(context.services, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
