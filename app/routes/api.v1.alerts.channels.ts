import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { createChannel, listChannels, toPublicChannel } from "#app/alerts/channels.server.ts";
import {
  alertChannelSchema,
  alertChannelWithSecretSchema,
  newChannelSchema,
} from "#app/alerts/schemas.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";

export const api = defineApi("/alerts/channels", {
  GET: operation({
    id: "listAlertChannels",
    access: "read",
    summary: "The alert channels, newest first (never their secrets)",
    tags: ["alerts"],
    query: pageQuerySchema,
    response: z.array(alertChannelSchema),
    list: true,
    handler: async ({ query, context }) => {
      const page = await listChannels(context.services.database.db, query);
      return { items: page.items.map(toPublicChannel), nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "createAlertChannel",
    access: "write",
    summary: "Add an alert channel; a webhook's signing secret is in this answer only",
    description:
      "`kind` decides the shape of `config`: `webhook`, `slack` and `discord` take `{url}` (http or https); `ntfy` takes `{server, topic, token?}` (server defaults to https://ntfy.sh); `email` takes `{to: [addresses]}` and needs SMTP_URL and SMTP_FROM on the server (a 400 otherwise). Secrets are sealed at rest and never shown again: a webhook's `secret` signs every request (`X-Nexus-Signature-256: sha256=<hex HMAC-SHA256 of the raw body>`).",
    tags: ["alerts"],
    status: 201,
    body: newChannelSchema,
    response: alertChannelWithSecretSchema,
    handler: async ({ actor, body, context }) => {
      const { channel, secret } = await createChannel(
        context.services,
        body,
        actingAs(actor, context),
      );
      return { ...channel, secret };
    },
  }),
});

export const { loader, action } = api;
