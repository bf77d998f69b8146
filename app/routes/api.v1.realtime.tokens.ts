import { z } from "zod/v4";
import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";
import { assertFlag } from "#app/flags/flags.server.ts";
import { roomAccess } from "#app/realtime/room-access.server.ts";
import {
  COLLAB_PARTY,
  METRICS_PARTY,
  METRICS_ROOM,
  signRoomToken,
} from "#app/realtime/room-token.ts";

/** Room tokens live for a few minutes: clients fetch a fresh one on every (re)connect. */
const TOKEN_SECONDS = 5 * 60;

export const roomTokenRequestSchema = z.strictObject({
  room: z.union([z.literal(METRICS_ROOM), z.uuid()], {
    error: `room is "${METRICS_ROOM}" (the metrics stream) or a collaboration room id`,
  }),
});

/** Where browsers reach PartyKit: the configured host, or the local one on this request's host. */
function publicHost(request: Request, partykit: { url: string; managed: boolean; port: number }) {
  if (!partykit.managed) return new URL(partykit.url).host;
  return `${new URL(request.url).hostname}:${partykit.port}`;
}

export const api = defineApi("/realtime/tokens", {
  POST: operation({
    id: "createRoomToken",
    access: "read",
    summary: "A short-lived token to join one realtime room",
    description: `Connect to \`ws(s)://{host}/parties/{party}/{room}?token={token}\`. \`${METRICS_ROOM}\` is open to every signed-in person; a collaboration room only to its members.`,
    tags: ["realtime"],
    body: roomTokenRequestSchema,
    errors: [404],
    response: z.object({
      token: z.string(),
      host: z.string(),
      party: z.string(),
      room: z.string(),
      expiresAt: z.iso.datetime(),
    }),
    handler: async ({ actor, body, request, context }) => {
      assertFlag(context.services, "realtime", "Realtime");
      const party = body.room === METRICS_ROOM ? METRICS_PARTY : COLLAB_PARTY;
      if (party === COLLAB_PARTY && !(await roomAccess(context.services, body.room, actor))) {
        // Not "forbidden": whether a room exists is itself only for its members.
        throw apiErrors.notFound("No such room, or you are not a member.");
      }
      const iat = Math.floor(Date.now() / 1000);
      const exp = iat + TOKEN_SECONDS;
      const token = await signRoomToken(context.services.config.secrets.realtime, {
        sub: actor.user.id,
        name: actor.user.name,
        role: actor.role,
        party,
        room: body.room,
        exp,
        iat,
      });
      return {
        token,
        host: publicHost(request, context.services.config.partykit),
        party,
        room: body.room,
        expiresAt: new Date(exp * 1000).toISOString(),
      };
    },
  }),
});

export const { loader, action } = api;
