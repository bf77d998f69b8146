import { z } from "zod/v4";
import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";
import { idParams, uuidParam } from "#app/api/schemas.ts";
import { stopReply } from "#app/rooms/replies.server.ts";
import { requireMember } from "#app/rooms/rooms.server.ts";

const params = idParams.extend({ streamId: uuidParam("streamId") });

export const api = defineApi("/rooms/{id}/replies/{streamId}/stop", {
  POST: operation({
    id: "stopRoomReply",
    access: "write",
    summary: "Stop an agent's reply while it is being written (members who may write)",
    description:
      "Whichever instance writes the reply stops it within a second; what was written so far is stored, marked as stopped. 404 when no such reply is being written (it may have finished).",
    tags: ["rooms"],
    params,
    errors: [404],
    response: z.object({ streamId: z.uuid(), stopped: z.literal(true) }),
    handler: async ({ params, actor, context }) => {
      await requireMember(context.services, params.id, actor.user.id);
      if (!(await stopReply(context.services, params.id, params.streamId))) {
        throw apiErrors.notFound("No such reply is being written (it may have finished).");
      }
      return { streamId: params.streamId, stopped: true as const };
    },
  }),
});

export const { loader, action } = api;
