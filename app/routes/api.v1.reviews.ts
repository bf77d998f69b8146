import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import {
  listReviews,
  reviewPublicSchema,
  reviewQuerySchema,
  toPublicReview,
} from "#app/reviews/reviews.server.ts";

export const api = defineApi("/reviews", {
  GET: operation({
    id: "listReviews",
    access: "read",
    summary: "The human review queue, newest first",
    description:
      "Filter by `status` (open, approved, rejected) and `kind`; follow `meta.nextCursor`.",
    tags: ["reviews"],
    query: reviewQuerySchema,
    response: z.array(reviewPublicSchema),
    list: true,
    handler: async ({ query, context }) => {
      const page = await listReviews(context.services, query);
      return { items: page.items.map(toPublicReview), nextCursor: page.nextCursor };
    },
  }),
});

export const { loader, action } = api;
