import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { linkSource } from "#app/knowledge/graph.server.ts";
import { linkSourceSchema } from "#app/knowledge/schemas.ts";
import { kgStances } from "#db/schema/index.ts";

export const api = defineApi("/knowledge/nodes/{id}/sources", {
  POST: operation({
    id: "linkKnowledgeSource",
    access: "write",
    summary: "Cite a source on a node with a stance (supports, contradicts, neutral)",
    description: "Citing the same source again changes its stance.",
    tags: ["knowledge"],
    params: idParams,
    body: linkSourceSchema,
    errors: [404],
    response: z.object({ nodeId: z.uuid(), sourceId: z.uuid(), stance: z.enum(kgStances) }),
    handler: ({ params, body, actor, context }) =>
      linkSource(context.services, params.id, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
