import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  deleteRoom,
  getRoomDetail,
  roomDetailSchema,
  roomPublicSchema,
  updateRoom,
} from "#app/rooms/rooms.server.ts";
import { roomPatchSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/rooms/{id}", {
  GET: operation({
    id: "getRoom",
    access: "read",
    summary: "A room with its members and agents (members only)",
    tags: ["rooms"],
    params: idParams,
    errors: [404],
    response: roomDetailSchema,
    handler: ({ params, actor, context }) =>
      getRoomDetail(context.services, params.id, actor.user.id),
  }),
  PATCH: operation({
    id: "updateRoom",
    access: "write",
    summary: "Rename a room or change its topic (owners)",
    tags: ["rooms"],
    params: idParams,
    body: roomPatchSchema,
    errors: [404],
    response: roomPublicSchema,
    handler: ({ params, body, actor, context }) =>
      updateRoom(context.services, params.id, body, actingAs(actor, context)),
  }),
  DELETE: operation({
    id: "deleteRoom",
    access: "write",
    summary: "Close a room and delete its messages (owners)",
    tags: ["rooms"],
    params: idParams,
    errors: [404],
    response: roomPublicSchema,
    handler: ({ params, actor, context }) =>
      deleteRoom(context.services, params.id, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
