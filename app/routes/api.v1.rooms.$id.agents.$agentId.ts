import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams, uuidParam } from "#app/api/schemas.ts";
import { removeRoomAgent } from "#app/rooms/rooms.server.ts";

const params = idParams.extend({ agentId: uuidParam("agentId") });

export const api = defineApi("/rooms/{id}/agents/{agentId}", {
  DELETE: operation({
    id: "removeRoomAgent",
    access: "write",
    summary: "Take an agent out of a room (owners); its messages stay",
    tags: ["rooms"],
    params,
    errors: [404],
    response: z.object({ roomId: z.uuid(), agentId: z.uuid() }),
    handler: async ({ params, actor, context }) => {
      await removeRoomAgent(context.services, params.id, params.agentId, actingAs(actor, context));
      return { roomId: params.id, agentId: params.agentId };
    },
  }),
});

export const { loader, action } = api;
