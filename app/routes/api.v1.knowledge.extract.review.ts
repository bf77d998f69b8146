import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { sendDraftToReview } from "#app/knowledge/extract.server.ts";
import { importSchema } from "#app/knowledge/schemas.ts";
import { reviewPublicSchema, toPublicReview } from "#app/reviews/reviews.server.ts";

export const api = defineApi("/knowledge/extract/review", {
  POST: operation({
    id: "reviewKnowledgeDraft",
    access: "write",
    summary: "Send an extraction draft to the review queue (a fact_verification request)",
    tags: ["knowledge"],
    status: 201,
    body: z.strictObject({ draft: importSchema }),
    response: reviewPublicSchema,
    handler: async ({ body, actor, context }) =>
      toPublicReview(
        await sendDraftToReview(context.services, body.draft, actingAs(actor, context)),
      ),
  }),
});

export const { loader, action } = api;
