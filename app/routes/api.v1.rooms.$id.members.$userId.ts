import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";
import { idParams, uuidParam } from "#app/api/schemas.ts";
import { removeMember, requireMember } from "#app/rooms/rooms.server.ts";
import { can } from "#app/utils/permissions.ts";

const params = idParams.extend({ userId: uuidParam("userId") });

export const api = defineApi("/rooms/{id}/members/{userId}", {
  DELETE: operation({
    id: "removeRoomMember",
    access: "read",
    summary: "Remove a person from a room (owners), or leave it (yourself)",
    description:
      "Their open connections to the room are closed at once. The last owner cannot leave. Anyone may leave; removing someone else also needs the `write` permission, so a viewer made an owner still only reads.",
    tags: ["rooms"],
    params,
    errors: [404, 409],
    response: z.object({ roomId: z.uuid(), userId: z.uuid() }),
    handler: async ({ params, actor, context }) => {
      if (params.userId !== actor.user.id && !can(actor.role, "write")) {
        // To anyone but its members the room does not exist: a 404 first, then the refusal.
        await requireMember(context.services, params.id, actor.user.id);
        throw apiErrors.forbidden("Your role may leave a room, not remove anyone from it.");
      }
      await removeMember(context.services, params.id, params.userId, actingAs(actor, context));
      return { roomId: params.id, userId: params.userId };
    },
  }),
});

export const { loader, action } = api;
