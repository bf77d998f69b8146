import type * as Party from "partykit/server";
import { COLLAB_PARTY } from "../app/realtime/room-token.ts";
import { admitPush, admitSocket, type Identity, identityOf, readPush } from "./auth.ts";

type State = { user: Identity; lastTypingAt: number; messages: readonly number[] };

const TYPING_INTERVAL_MS = 1000;
/** Client messages per connection per 10 s before it is told to slow down. */
const MESSAGE_BUDGET = 30;
const MAX_CLIENT_MESSAGE = 2048;

/**
 * One room per collaboration room id: who is here (presence), who is typing, and fan-out of
 * what the app pushes (messages are written through the app, then pushed here). Membership is
 * checked when the app mints the token; identity comes only from that verified token.
 */
export default class CollabParty implements Party.Server {
  constructor(readonly room: Party.Room) {}

  static onBeforeConnect(req: Party.Request, lobby: Party.Lobby) {
    return admitSocket(req, lobby, COLLAB_PARTY);
  }

  static onBeforeRequest(req: Party.Request, lobby: Party.Lobby) {
    return admitPush(req, lobby);
  }

  onConnect(connection: Party.Connection<State>, ctx: Party.ConnectionContext) {
    connection.setState({ user: identityOf(ctx), lastTypingAt: 0, messages: [] });
    this.broadcastPresence();
  }

  onClose() {
    this.broadcastPresence();
  }

  onMessage(message: string | ArrayBuffer | ArrayBufferView, sender: Party.Connection<State>) {
    const state = sender.state;
    if (!state) return;
    const now = Date.now();
    const recent = state.messages.filter((t) => now - t < 10_000);
    if (recent.length >= MESSAGE_BUDGET) {
      sender.send(
        JSON.stringify({ type: "error", data: { message: "Too many messages; slow down." } }),
      );
      return;
    }
    sender.setState({ ...state, messages: [...recent, now] });
    if (typeof message !== "string" || message.length > MAX_CLIENT_MESSAGE) {
      sender.send(
        JSON.stringify({ type: "error", data: { message: "Messages are JSON text up to 2 KB." } }),
      );
      return;
    }
    let parsed: { type?: unknown };
    try {
      parsed = JSON.parse(message);
    } catch {
      sender.send(JSON.stringify({ type: "error", data: { message: "Not JSON." } }));
      return;
    }
    if (parsed.type === "typing") {
      if (now - state.lastTypingAt < TYPING_INTERVAL_MS) return;
      sender.setState({ ...sender.state!, lastTypingAt: now });
      this.room.broadcast(
        JSON.stringify({ type: "typing", data: { userId: state.user.id, name: state.user.name } }),
        [sender.id],
      );
      return;
    }
    sender.send(JSON.stringify({ type: "error", data: { message: "Unknown message type." } }));
  }

  async onRequest(req: Party.Request): Promise<Response> {
    if (req.method === "GET") return Response.json({ present: this.present() });
    if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });
    const push = await readPush(req);
    if (push instanceof Response) return push;
    this.room.broadcast(JSON.stringify({ ...push, at: new Date().toISOString() }));
    return Response.json({ delivered: [...this.room.getConnections()].length }, { status: 202 });
  }

  private present(): Identity[] {
    const byId = new Map<string, Identity>();
    for (const connection of this.room.getConnections<State>()) {
      const user = connection.state?.user;
      if (user) byId.set(user.id, user);
    }
    return [...byId.values()];
  }

  private broadcastPresence() {
    this.room.broadcast(JSON.stringify({ type: "presence", data: { present: this.present() } }));
  }
}

CollabParty satisfies Party.Worker;
