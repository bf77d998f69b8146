import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { importGraph } from "#app/knowledge/queries.server.ts";
import { importSchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/import", {
  POST: operation({
    id: "importKnowledge",
    access: "write",
    summary: "Bulk import of nodes and edges (the export's JSON)",
    description:
      "Node ids that are UUIDs are kept (one already present is skipped); other ids only name nodes inside the document, and `ids` maps them to the new UUIDs. Edges may name existing nodes by UUID. All or nothing: any bad reference answers 400 and nothing is written.",
    tags: ["knowledge"],
    status: 201,
    body: importSchema,
    response: named(
      "KnowledgeImportResult",
      z.object({
        nodesCreated: z.number().int(),
        nodesSkipped: z.number().int(),
        edgesCreated: z.number().int(),
        edgesSkipped: z.number().int(),
        ids: z.record(z.string(), z.uuid()),
        contradictions: z.number().int(),
      }),
    ),
    handler: ({ body, actor, context }) =>
      importGraph(context.services, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
