import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  addRoomAgent,
  listRoomAgents,
  requireMember,
  roomAgentPublicSchema,
} from "#app/rooms/rooms.server.ts";
import { roomAgentInputSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/rooms/{id}/agents", {
  GET: operation({
    id: "listRoomAgents",
    access: "read",
    summary: "The agents in a room (members only)",
    tags: ["rooms"],
    params: idParams,
    errors: [404],
    response: z.array(roomAgentPublicSchema),
    handler: async ({ params, actor, context }) => {
      await requireMember(context.services, params.id, actor.user.id);
      return listRoomAgents(context.services, params.id);
    },
  }),
  POST: operation({
    id: "addRoomAgent",
    access: "write",
    summary: "Add an agent to a room (owners); members address it as @Name",
    tags: ["rooms"],
    params: idParams,
    body: roomAgentInputSchema,
    status: 201,
    errors: [404],
    response: roomAgentPublicSchema,
    handler: ({ params, body, actor, context }) =>
      addRoomAgent(context.services, params.id, body.agentId, actingAs(actor, context)),
  }),
});

export const { loader, action } = api;
