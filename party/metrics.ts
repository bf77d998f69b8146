import type * as Party from "partykit/server";
import { METRICS_PARTY } from "../app/realtime/room-token.ts";
import { admitPush, admitSocket, type Identity, identityOf, readPush } from "./auth.ts";
import { handleHealth } from "./health.ts";

/**
 * The `global` room: live metrics, module status changes, activity and emergency events, pushed by
 * the app and fanned out to every signed-in viewer. Clients only listen: what they send is ignored.
 */
export default class MetricsParty implements Party.Server {
  constructor(readonly room: Party.Room) {}

  static onFetch(req: Party.Request): Response {
    return handleHealth(req);
  }

  static onBeforeConnect(req: Party.Request, lobby: Party.Lobby) {
    return admitSocket(req, lobby, METRICS_PARTY);
  }

  static onBeforeRequest(req: Party.Request, lobby: Party.Lobby) {
    return admitPush(req, lobby);
  }

  onConnect(connection: Party.Connection<{ user: Identity }>, ctx: Party.ConnectionContext) {
    connection.setState({ user: identityOf(ctx) });
    connection.send(JSON.stringify({ type: "hello", data: { connections: this.count() } }));
  }

  onMessage(message: string | ArrayBuffer | ArrayBufferView, sender: Party.Connection) {
    if (message === "ping") sender.send("pong");
  }

  async onRequest(req: Party.Request): Promise<Response> {
    if (req.method === "GET") return Response.json({ connections: this.count() });
    if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });
    const push = await readPush(req);
    if (push instanceof Response) return push;
    this.room.broadcast(JSON.stringify({ ...push, at: new Date().toISOString() }));
    return Response.json({ delivered: this.count() }, { status: 202 });
  }

  private count(): number {
    let n = 0;
    for (const _ of this.room.getConnections()) n += 1;
    return n;
  }
}

MetricsParty satisfies Party.Worker;
