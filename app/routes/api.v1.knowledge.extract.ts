import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { extractDraft, extractionDraftSchema } from "#app/knowledge/extract.server.ts";
import { extractSchema } from "#app/knowledge/schemas.ts";

export const api = defineApi("/knowledge/extract", {
  POST: operation({
    id: "extractKnowledge",
    access: "ai:run",
    summary:
      "A model proposes nodes and edges from text or a goal step's output (nothing is stored)",
    description:
      "Answers with a draft in the import format. Edit it, then `POST /knowledge/import` what you accept, or `POST /knowledge/extract/review` to send it to the review queue. A goal step must have succeeded and have no open or rejected review. 423 while AI work is paused; 503 when no model is available.",
    tags: ["knowledge"],
    body: extractSchema,
    errors: [404, 409, 423, 502, 503, 504],
    response: extractionDraftSchema,
    handler: ({ body, actor, context }) =>
      extractDraft(context.services, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
