import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { getReview, reviewPublicSchema, toPublicReview } from "#app/reviews/reviews.server.ts";

export const api = defineApi("/reviews/{id}", {
  GET: operation({
    id: "getReview",
    access: "read",
    summary: "One review request",
    tags: ["reviews"],
    params: idParams,
    errors: [404],
    response: reviewPublicSchema,
    handler: async ({ params, context }) =>
      toPublicReview(await getReview(context.services, params.id)),
  }),
});

export const { loader, action } = api;
