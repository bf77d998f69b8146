import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { getRunWithSteps, goalRunWithStepsSchema } from "#app/sage/goals.server.ts";

export const api = defineApi("/sage/goals/{id}", {
  GET: operation({
    id: "getGoalRun",
    access: "read",
    summary: "One goal run with its steps (model, reason, output, score, issues, tokens, latency)",
    tags: ["sage"],
    params: idParams,
    errors: [404],
    response: goalRunWithStepsSchema,
    handler: ({ params, context }) => getRunWithSteps(context.services, params.id),
  }),
});

export const { loader, action } = api;
