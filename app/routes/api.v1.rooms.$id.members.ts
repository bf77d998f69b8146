import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  addMember,
  listMembers,
  requireMember,
  roomMemberPublicSchema,
} from "#app/rooms/rooms.server.ts";
import { memberInputSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/rooms/{id}/members", {
  GET: operation({
    id: "listRoomMembers",
    access: "read",
    summary: "The people in a room (members only)",
    tags: ["rooms"],
    params: idParams,
    errors: [404],
    response: z.array(roomMemberPublicSchema),
    handler: async ({ params, actor, context }) => {
      await requireMember(context.services, params.id, actor.user.id);
      return listMembers(context.services, params.id);
    },
  }),
  POST: operation({
    id: "addRoomMember",
    access: "write",
    summary: "Invite a person to a room, or change their role in it (owners)",
    tags: ["rooms"],
    params: idParams,
    body: memberInputSchema,
    status: 201,
    errors: [404],
    response: roomMemberPublicSchema,
    handler: ({ params, body, actor, context }) =>
      addMember(context.services, params.id, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
