import { z } from "zod/v4";
import { getChannel } from "#app/alerts/channels.server.ts";
import { listDeliveries } from "#app/alerts/outbox.server.ts";
import { alertDeliverySchema } from "#app/alerts/schemas.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";
import { idParams } from "#app/api/schemas.ts";

export const api = defineApi("/alerts/channels/{id}/deliveries", {
  GET: operation({
    id: "listAlertDeliveries",
    access: "read",
    summary: "A channel's delivery log: every attempt, newest first",
    description:
      "Each attempt says what the receiver answered (status code and the start of its answer) or what went wrong, and how long it took; `notificationStatus` says where its notification stands now (pending: it will be tried again).",
    tags: ["alerts"],
    params: idParams,
    query: pageQuerySchema,
    errors: [404],
    response: z.array(alertDeliverySchema),
    list: true,
    handler: async ({ params, query, context }) => {
      const db = context.services.database.db;
      await getChannel(db, params.id);
      return listDeliveries(db, params.id, query);
    },
  }),
});

export const { loader, action } = api;
