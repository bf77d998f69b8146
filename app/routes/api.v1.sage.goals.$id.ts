import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { getRunWithSteps, goalRunWithStepsSchema } from "#app/sage/goals.server.ts";

const params = z.object({ id: z.uuid("id must be a UUID") });

export const api = defineApi("/sage/goals/{id}", {
  GET: operation({
    id: "getGoalRun",
    access: "read",
    summary: "One goal run with its steps (model, reason, output, score, issues, tokens, latency)",
    tags: ["sage"],
    params,
    errors: [404],
    response: goalRunWithStepsSchema,
    handler: ({ params, context }) => getRunWithSteps(context.services, params.id),
  }),
});

export const { loader, action } = api;
