import type * as Party from "partykit/server";
import { type RoomClaim, secretsEqual, verifyRoomToken } from "../app/realtime/room-token.ts";

/**
 * What every party does before letting anyone in: verify the room token (sockets) or the push
 * secret (the app's HTTP pushes). Identity reaches onConnect only through the header set here,
 * never from anything the client says later.
 */
export const IDENTITY_HEADER = "x-nexus-identity";

export interface Identity {
  id: string;
  name: string;
  role: RoomClaim["role"];
  /** When the token was issued (seconds), if it says. */
  iat?: number;
}

const refusals = {
  missing: "Unauthorized: no room token",
  malformed: "Unauthorized: malformed room token",
  bad_signature: "Unauthorized: room token signature does not verify",
  expired: "Unauthorized: room token expired",
  wrong_room: "Unauthorized: room token is for another room",
} as const;

export async function admitSocket(
  req: Party.Request,
  lobby: Party.Lobby,
  party: string,
): Promise<Party.Request | Response> {
  const secret = lobby.env.REALTIME_SECRET;
  if (typeof secret !== "string" || secret.length < 32) {
    return new Response("Realtime is not configured (REALTIME_SECRET)", { status: 500 });
  }
  const token = new URL(req.url).searchParams.get("token");
  const result = await verifyRoomToken(secret, token, { party, room: lobby.id });
  if (!result.ok) return new Response(refusals[result.reason], { status: 401 });
  const identity: Identity = {
    id: result.claim.sub,
    name: result.claim.name,
    role: result.claim.role,
    ...(typeof result.claim.iat === "number" ? { iat: result.claim.iat } : {}),
  };
  req.headers.set(IDENTITY_HEADER, JSON.stringify(identity));
  return req;
}

export async function admitPush(
  req: Party.Request,
  lobby: Party.Lobby,
): Promise<Party.Request | Response> {
  const secret = lobby.env.REALTIME_PUSH_SECRET;
  const presented = /^Bearer (.+)$/.exec(req.headers.get("authorization") ?? "")?.[1];
  if (typeof secret !== "string" || !presented || !(await secretsEqual(presented, secret))) {
    return new Response("Unauthorized", { status: 401 });
  }
  return req;
}

export function identityOf(ctx: Party.ConnectionContext): Identity {
  return JSON.parse(ctx.request.headers.get(IDENTITY_HEADER) ?? "null") as Identity;
}

/** A pushed event: `{type, data}` as JSON, at most 256 KB. */
export async function readPush(
  req: Party.Request,
): Promise<{ type: string; data: unknown } | Response> {
  const text = await req.text();
  if (text.length > 256 * 1024) return new Response("Too large", { status: 413 });
  try {
    const body = JSON.parse(text) as { type?: unknown; data?: unknown };
    if (typeof body.type !== "string" || body.type.length === 0 || body.type.length > 100) {
      return new Response("Bad push: type must be a short string", { status: 400 });
    }
    return { type: body.type, data: body.data ?? null };
  } catch {
    return new Response("Bad push: not JSON", { status: 400 });
  }
}
