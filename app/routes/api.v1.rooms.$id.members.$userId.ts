import { z } from "zod/v4";
import { removeMember } from "#app/rooms/rooms.server.ts";
import { defineApi, operation } from "#app/utils/api.server.ts";
import { actingAs } from "#app/utils/auth.server.ts";

const params = z.object({
  id: z.uuid("id must be a UUID"),
  userId: z.uuid("userId must be a UUID"),
});

export const api = defineApi("/rooms/{id}/members/{userId}", {
  DELETE: operation({
    id: "removeRoomMember",
    access: "read",
    summary: "Remove a person from a room (owners), or leave it (yourself)",
    description:
      "Their open connections to the room are closed at once. The last owner cannot leave.",
    tags: ["rooms"],
    params,
    errors: [404, 409],
    response: z.object({ roomId: z.uuid(), userId: z.uuid() }),
    handler: async ({ params, actor, context }) => {
      await removeMember(context.services, params.id, params.userId, actingAs(actor, context));
      return { roomId: params.id, userId: params.userId };
    },
  }),
});

export const { loader, action } = api;
