import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { selectionSchema, selectModel, taskKinds } from "#app/sage/selection.server.ts";

export const api = defineApi("/sage/select", {
  POST: operation({
    id: "selectAiModel",
    access: "read",
    summary: "Which model would do a task, and why",
    description:
      "Runs nothing. Capability first, then measured performance (after 5 calls), then size. 503 NO_MODEL_AVAILABLE names what to start when nothing can do the task.",
    tags: ["sage"],
    body: z.strictObject({
      task: z.enum(taskKinds, { error: `task must be one of ${taskKinds.join(", ")}` }),
    }),
    errors: [503],
    response: selectionSchema,
    handler: async ({ body, context }) => {
      const { row: _row, ...selection } = await selectModel(context.services, body.task);
      return selection;
    },
  }),
});

export const { loader, action } = api;
