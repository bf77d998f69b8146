import { z } from "zod/v4";
import {
  activityPublicSchema,
  activityQuerySchema,
  listActivity,
  toPublicActivity,
} from "#app/activity/activity.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";

export const api = defineApi("/activity", {
  GET: operation({
    id: "listActivity",
    access: "read",
    summary: "The activity log, newest first",
    description:
      "Filter by `type` (exact, or a prefix ending in `.` such as `module.`), `moduleId`, `actorId` and a `from`/`to` time range.",
    tags: ["activity"],
    query: activityQuerySchema,
    response: z.array(activityPublicSchema),
    list: true,
    handler: async ({ query, context }) => {
      const page = await listActivity(context.services.database.db, query);
      return { items: page.items.map(toPublicActivity), nextCursor: page.nextCursor };
    },
  }),
});

export const { loader, action } = api;
