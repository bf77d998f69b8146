import { actingAs } from "#app/accounts/auth.server.ts";
import { ApiError, defineApi, operation } from "#app/api/api.server.ts";
import {
  applyEmergencyAction,
  emergencyRequestSchema,
  emergencyStateSchema,
  getEmergencyState,
} from "#app/emergency/emergency.server.ts";
import { can } from "#app/utils/permissions.ts";

export const api = defineApi("/emergency", {
  GET: operation({
    id: "getEmergencyState",
    access: "read",
    summary: "Whether AI work runs normally, is paused, or is stopped",
    tags: ["emergency"],
    response: emergencyStateSchema,
    handler: ({ context }) => getEmergencyState(context.services),
  }),
  POST: operation({
    id: "applyEmergencyAction",
    access: "write",
    summary: "Pause, stop or resume all AI work",
    description:
      "pause: no new AI work starts. stop: also aborts what runs. resume: back to normal (admins only). A reason is required; every action is recorded.",
    tags: ["emergency"],
    body: emergencyRequestSchema,
    errors: [409],
    response: emergencyStateSchema,
    handler: async ({ actor, body, context }) => {
      if (body.action === "resume" && !can(actor.role, "emergency:resume")) {
        throw new ApiError(403, "FORBIDDEN", "Only admins may resume AI work.", {
          permission: "emergency:resume",
        });
      }
      return await applyEmergencyAction(context.services, body, actingAs(actor, context));
    },
  }),
});

export const { loader, action } = api;
