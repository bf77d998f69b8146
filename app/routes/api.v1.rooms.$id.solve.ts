import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { solveInRoom } from "#app/rooms/replies.server.ts";
import { solveInputSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/rooms/{id}/solve", {
  POST: operation({
    id: "solveTogether",
    access: "ai:run",
    summary: "Solve together: agents propose approaches in parallel, then one merges them",
    description:
      "Answers 202 at once. The problem is posted as your message; each picked agent's proposal streams to the room at the same time (events carry `solveId` and `phase: proposal`); then the synthesiser writes one plan, stored as a `plan` message (`phase: plan`). Start a plan as a goal run with `POST /sage/goals`. Refused with 423 while AI work is paused or stopped.",
    tags: ["rooms"],
    params: idParams,
    body: solveInputSchema,
    status: 202,
    errors: [404, 423],
    response: z.object({
      solveId: z.uuid(),
      problemMessageId: z.uuid(),
      proposals: z.array(
        z.object({ streamId: z.uuid(), agentId: z.uuid(), agentName: z.string() }),
      ),
    }),
    handler: async ({ params, body, actor, context }) => {
      const result = await solveInRoom(context.services, params.id, body, {
        id: actor.user.id,
        name: actor.user.name,
        role: actor.role,
        requestId: context.requestId,
      });
      return {
        solveId: result.solveId,
        problemMessageId: result.problemMessage.id,
        proposals: result.proposals.map(({ streamId, agentId, agentName }) => ({
          streamId,
          agentId,
          agentName,
        })),
      };
    },
  }),
});

export const { loader, action } = api;
