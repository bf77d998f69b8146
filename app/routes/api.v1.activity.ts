import { z } from "zod/v4";
import {
  activityPublicSchema,
  activityQuerySchema,
  listActivity,
  toPublicActivity,
} from "#app/activity/activity.server.ts";
import { defineApi, operation, success } from "#app/api/api.server.ts";

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
    handler: async ({ query, context }) => {
      const page = await listActivity(context.services.database.db, query);
      return success(context, page.items.map(toPublicActivity), {
        meta: { nextCursor: page.nextCursor },
      });
    },
  }),
});

export const { loader, action } = api;
