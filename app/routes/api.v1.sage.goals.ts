import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { createGoalRun } from "#app/sage/goal-run.server.ts";
import {
  createGoalSchema,
  goalQuerySchema,
  goalRunPublicSchema,
  listRuns,
  toPublicRun,
} from "#app/sage/goals.server.ts";

export const api = defineApi("/sage/goals", {
  GET: operation({
    id: "listGoalRuns",
    access: "read",
    summary: "Goal runs, newest first",
    description: "Filter by `status`; follow `meta.nextCursor` for the next page.",
    tags: ["sage"],
    query: goalQuerySchema,
    response: z.array(goalRunPublicSchema),
    list: true,
    handler: async ({ query, context }) => {
      const page = await listRuns(context.services, query);
      return { items: page.items.map(toPublicRun), nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "createGoalRun",
    access: "ai:run",
    summary: "Start a goal: plan, execute and verify each step, then answer",
    description:
      "Answers 202 with the queued run; the run continues in the background. Follow it with `GET /sage/goals/{id}` or the `goal` events of the `global` realtime room. Budget defaults: 6 steps, 20000 tokens, 300 s. Refused with 423 while AI work is paused or stopped.",
    tags: ["sage"],
    status: 202,
    body: createGoalSchema,
    errors: [423],
    response: goalRunPublicSchema,
    handler: async ({ body, actor, context }) => {
      const run = await createGoalRun(context.services, body, actingAs(actor, context));
      return toPublicRun(run);
    },
  }),
});

export const { loader, action } = api;
