import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { askAgent } from "#app/rooms/replies.server.ts";
import { askInputSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/rooms/{id}/ask", {
  POST: operation({
    id: "askRoomAgent",
    access: "ai:run",
    summary: "Have an agent in the room reply, with the room's recent history as context",
    description:
      "Answers 202 at once. The reply streams to the room as `agent-start`, `agent-delta` ({streamId, offset, text}) and `agent-end` events, then is stored as a message whose id is the `streamId`; `agent-end` says how it ended (`complete`, `stopped`, `interrupted` or `failed`), and a reply cut short by the server shutting down is stored with what it wrote so far and `meta.interrupted: true`. Stop it with `POST /rooms/{id}/replies/{streamId}/stop`. Refused with 423 while AI work is paused or stopped.",
    tags: ["rooms"],
    params: idParams,
    body: askInputSchema,
    status: 202,
    errors: [404, 423],
    response: z.object({ streamId: z.uuid(), agentId: z.uuid(), agentName: z.string() }),
    handler: async ({ params, body, actor, context }) => {
      const { streamId, agentId, agentName } = await askAgent(context.services, params.id, body, {
        id: actor.user.id,
        name: actor.user.name,
        role: actor.role,
        requestId: context.requestId,
      });
      return { streamId, agentId, agentName };
    },
  }),
});

export const { loader, action } = api;
