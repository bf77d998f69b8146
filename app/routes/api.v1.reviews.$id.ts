import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { getReview, reviewPublicSchema, toPublicReview } from "#app/reviews/reviews.server.ts";

const params = z.object({ id: z.uuid("id must be a UUID") });

export const api = defineApi("/reviews/{id}", {
  GET: operation({
    id: "getReview",
    access: "read",
    summary: "One review request",
    tags: ["reviews"],
    params,
    errors: [404],
    response: reviewPublicSchema,
    handler: async ({ params, context }) =>
      toPublicReview(await getReview(context.services, params.id)),
  }),
});

export const { loader, action } = api;
