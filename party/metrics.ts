import type * as Party from "partykit/server";
import { METRICS_PARTY } from "../app/realtime/room-token.ts";
import { admitPush, admitSocket, type Identity, identityOf, readPush } from "./auth.ts";
import { handleHealth } from "./health.ts";
import { type Budget, CLOSE_POLICY, CLOSE_TOO_BIG, freshBudget, sizeOf, spend } from "./limits.ts";

/** Pings per connection per 10 s; at three times this the connection is closed. */
const PING_BUDGET = 20;
/** Listeners only ping: anything larger is not ours. */
const MAX_CLIENT_MESSAGE = 64;

type State = { user: Identity; budget: Budget };

/**
 * The `global` room: live metrics, module status changes, activity and emergency events, pushed by
 * the app and fanned out to every signed-in viewer. Clients only listen: "ping" is answered, any
 * other message is ignored, and a flood or an oversized message closes the connection.
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

  onConnect(connection: Party.Connection<State>, ctx: Party.ConnectionContext) {
    connection.setState({ user: identityOf(ctx), budget: freshBudget() });
    connection.send(JSON.stringify({ type: "hello", data: { connections: this.count() } }));
  }

  onMessage(message: string | ArrayBuffer | ArrayBufferView, sender: Party.Connection<State>) {
    const state = sender.state;
    if (!state) return;
    const spent = spend(state.budget, PING_BUDGET, 3);
    sender.setState({ ...state, budget: spent.budget });
    if (spent.verdict === "close") return sender.close(CLOSE_POLICY, "Too many messages");
    if (sizeOf(message) > MAX_CLIENT_MESSAGE) {
      return sender.close(CLOSE_TOO_BIG, "Listeners send only ping");
    }
    if (spent.verdict === "ok" && message === "ping") sender.send("pong");
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
