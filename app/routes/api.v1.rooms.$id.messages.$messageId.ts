import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams, uuidParam } from "#app/api/schemas.ts";
import { deleteMessage, editMessage, roomMessagePublicSchema } from "#app/rooms/rooms.server.ts";
import { messageInputSchema } from "#app/rooms/schemas.ts";

const params = idParams.extend({ messageId: uuidParam("messageId") });

export const api = defineApi("/rooms/{id}/messages/{messageId}", {
  PATCH: operation({
    id: "editRoomMessage",
    access: "write",
    summary: "Edit your own message",
    tags: ["rooms"],
    params,
    body: messageInputSchema,
    errors: [404],
    response: roomMessagePublicSchema,
    handler: ({ params, body, actor, context }) =>
      editMessage(context.services, params.id, params.messageId, body.body, actor.user.id),
  }),
  DELETE: operation({
    id: "deleteRoomMessage",
    access: "write",
    summary: "Delete your own message (room owners: any message)",
    tags: ["rooms"],
    params,
    errors: [404],
    response: z.object({ id: z.uuid() }),
    handler: async ({ params, actor, context }) => {
      await deleteMessage(
        context.services,
        params.id,
        params.messageId,
        actor.user.id,
        actingAs(actor, context).label,
      );
      return { id: params.messageId };
    },
  }),
});

export const { loader, action } = api;
