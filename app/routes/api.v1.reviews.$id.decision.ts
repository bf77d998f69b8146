import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { decide } from "#app/reviews/decisions.server.ts";
import {
  reviewDecisionSchema,
  reviewPublicSchema,
  toPublicReview,
} from "#app/reviews/reviews.server.ts";

export const api = defineApi("/reviews/{id}/decision", {
  POST: operation({
    id: "decideReview",
    access: "write",
    summary: "Approve or reject a review request, with a note",
    description:
      "Recorded in the activity log; 409 if it was already decided. A goal run waiting on its reviews completes once all are approved, and fails when one is rejected.",
    tags: ["reviews"],
    params: idParams,
    body: reviewDecisionSchema,
    errors: [404, 409],
    response: reviewPublicSchema,
    handler: async ({ params, body, actor, context }) =>
      toPublicReview(await decide(context.services, params.id, body, actingAs(actor, context))),
  }),
});

export const { loader, action } = api;
