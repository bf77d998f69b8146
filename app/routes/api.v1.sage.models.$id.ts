import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  aiModelSchema,
  capabilities,
  setModelCapabilities,
  toPublicModel,
} from "#app/sage/models.server.ts";

const body = z.strictObject({
  capabilities: z
    .array(
      z.enum(capabilities, { error: `each capability must be one of ${capabilities.join(", ")}` }),
    )
    .max(capabilities.length)
    .nullable()
    .describe("The model's capabilities; null goes back to the inferred ones."),
});

/**
 * Editing capabilities changes which model SAGE picks for every task: deployment configuration,
 * like a feature flag, so it takes "flags:manage" (admins), not "users:manage" (accounts).
 */
export const api = defineApi("/sage/models/{id}", {
  PATCH: operation({
    id: "updateAiModel",
    access: "flags:manage",
    summary: "Set a model's capabilities (admins)",
    description:
      "Overrides the capabilities inferred from the model's name and family; discovery keeps an override. `null` restores the inferred ones.",
    tags: ["sage"],
    params: idParams,
    body,
    errors: [404],
    response: aiModelSchema,
    handler: async ({ params, body, actor, context }) => {
      const row = await setModelCapabilities(context.services, params.id, body.capabilities);
      if (!row) throw apiErrors.notFound("No model has this id.");
      const by = actingAs(actor, context);
      await recordActivity(
        context.services.database.db,
        {
          type: "sage.model.updated",
          actor: by,
          summary: `${by.label} set the capabilities of ${row.name} to ${
            body.capabilities === null ? "the inferred ones" : row.capabilities.join(", ") || "none"
          }`,
          data: {
            modelId: row.id,
            capabilities: row.capabilities,
            overridden: row.capabilitiesOverridden,
          },
        },
        context.services.events,
      );
      return toPublicModel(row);
    },
  }),
});

export const { loader, action } = api;
