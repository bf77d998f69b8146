import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import {
  createRoom,
  listRooms,
  roomPublicSchema,
  roomQuerySchema,
} from "#app/rooms/rooms.server.ts";
import { roomInputSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/rooms", {
  GET: operation({
    id: "listRooms",
    access: "read",
    summary: "The collaboration rooms you are a member of, newest first",
    description: "Follow `meta.nextCursor` for the next page.",
    tags: ["rooms"],
    query: roomQuerySchema,
    response: z.array(roomPublicSchema),
    list: true,
    handler: async ({ query, actor, context }) => {
      const page = await listRooms(context.services, actor.user.id, query);
      return { items: page.items, nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "createRoom",
    access: "write",
    summary: "Open a collaboration room; you become its owner",
    tags: ["rooms"],
    status: 201,
    body: roomInputSchema,
    response: roomPublicSchema,
    handler: ({ body, actor, context }) =>
      createRoom(context.services, body, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
