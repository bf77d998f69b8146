import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { cancelGoalRun, goalRunWithStepsSchema } from "#app/sage/goals.server.ts";

export const api = defineApi("/sage/goals/{id}/cancel", {
  POST: operation({
    id: "cancelGoalRun",
    access: "ai:run",
    summary: "Cancel a goal run, mid-step if need be",
    description:
      "Works from any instance: the one running the run stops it within a second, mid-step. Answers with the run once it is marked cancelled (and its open step closed); 409 if it has already ended.",
    tags: ["sage"],
    params: idParams,
    errors: [404, 409],
    response: goalRunWithStepsSchema,
    handler: ({ params, actor, context }) =>
      cancelGoalRun(context.services, params.id, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
