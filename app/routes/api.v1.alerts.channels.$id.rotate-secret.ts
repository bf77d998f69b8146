import { actingAs } from "#app/accounts/auth.server.ts";
import { rotateSigningSecret } from "#app/alerts/channels.server.ts";
import { alertChannelWithSecretSchema } from "#app/alerts/schemas.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";

export const api = defineApi("/alerts/channels/{id}/rotate-secret", {
  POST: operation({
    id: "rotateAlertChannelSecret",
    access: "write",
    summary: "Give a webhook channel a new signing secret; it is in this answer only",
    description:
      "The new secret signs every request from now on, retries of older notifications included; the old one stops at once. Only webhook channels have one (409 for the other kinds).",
    tags: ["alerts"],
    params: idParams,
    errors: [404, 409],
    response: alertChannelWithSecretSchema,
    handler: async ({ actor, params, context }) => {
      const { channel, secret } = await rotateSigningSecret(
        context.services,
        params.id,
        actingAs(actor, context),
      );
      return { ...channel, secret };
    },
  }),
});

export const { loader, action } = api;
