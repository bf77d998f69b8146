import { actingAs } from "#app/accounts/auth.server.ts";
import {
  deleteChannel,
  getChannel,
  toPublicChannel,
  updateChannel,
} from "#app/alerts/channels.server.ts";
import { alertChannelSchema, channelPatchSchema } from "#app/alerts/schemas.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";

export const api = defineApi("/alerts/channels/{id}", {
  GET: operation({
    id: "getAlertChannel",
    access: "read",
    summary: "One alert channel (never its secrets)",
    tags: ["alerts"],
    params: idParams,
    errors: [404],
    response: alertChannelSchema,
    handler: async ({ params, context }) =>
      toPublicChannel(await getChannel(context.services.database.db, params.id)),
  }),
  PATCH: operation({
    id: "updateAlertChannel",
    access: "write",
    summary: "Rename, turn on or off, or reconfigure an alert channel",
    description:
      "`config`, when sent, replaces the whole configuration and must have the shape of the channel's kind (which cannot change); a webhook keeps its signing secret. A channel turned off gets nothing new queued; what is queued already still goes out.",
    tags: ["alerts"],
    params: idParams,
    body: channelPatchSchema,
    errors: [404],
    response: alertChannelSchema,
    handler: async ({ actor, params, body, context }) =>
      updateChannel(context.services, params.id, body, actingAs(actor, context)),
  }),
  DELETE: operation({
    id: "deleteAlertChannel",
    access: "write",
    summary: "Remove an alert channel, with what is queued for it and its delivery log",
    tags: ["alerts"],
    params: idParams,
    errors: [404],
    response: alertChannelSchema,
    handler: async ({ actor, params, context }) =>
      deleteChannel(context.services, params.id, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
