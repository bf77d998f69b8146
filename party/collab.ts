import type * as Party from "partykit/server";
import { COLLAB_PARTY } from "../app/realtime/room-token.ts";
import { can } from "../app/utils/permissions.ts";
import { admitPush, admitSocket, type Identity, identityOf, readPush } from "./auth.ts";
import { type Budget, CLOSE_POLICY, CLOSE_TOO_BIG, freshBudget, sizeOf, spend } from "./limits.ts";

type State = { user: Identity; lastTypingAt: number; budget: Budget };

const TYPING_INTERVAL_MS = 1000;
/** Client messages per connection per 10 s before it is told to slow down. */
export const MESSAGE_BUDGET = 30;
/** At this many times the budget in one window, the connection is closed. */
const CLOSE_AFTER = 3;
const MAX_CLIENT_MESSAGE = 2048;

/**
 * One room per collaboration room id: who is here (presence), who is typing, and fan-out of
 * what the app pushes (messages are written through the app, stored, then pushed here; see
 * docs/decisions/008-collaboration-rooms.md). Membership is checked when the app mints the token;
 * identity comes only from that verified token, never from what a client sends. Clients may send
 * only `{"type":"typing"}` (and "ping"); anything else is refused and nothing of it is broadcast.
 * Typing announces a message on its way, so it is for those who may post: a viewer's is refused.
 */
export default class CollabParty implements Party.Server {
  constructor(readonly room: Party.Room) {}

  static onBeforeConnect(req: Party.Request, lobby: Party.Lobby) {
    return admitSocket(req, lobby, COLLAB_PARTY);
  }

  static onBeforeRequest(req: Party.Request, lobby: Party.Lobby) {
    return admitPush(req, lobby);
  }

  async onConnect(connection: Party.Connection<State>, ctx: Party.ConnectionContext) {
    const user = identityOf(ctx);
    // A token minted before its holder was removed from the room opens nothing, even unexpired.
    const removedAt = await this.room.storage.get<number>(`removed:${user.id}`);
    if (removedAt !== undefined && (user.iat ?? 0) * 1000 <= removedAt) {
      connection.close(CLOSE_POLICY, "Not a member");
      return;
    }
    connection.setState({ user, lastTypingAt: 0, budget: freshBudget() });
    this.broadcastPresence();
  }

  onClose() {
    this.broadcastPresence();
  }

  onError() {
    this.broadcastPresence();
  }

  onMessage(message: string | ArrayBuffer | ArrayBufferView, sender: Party.Connection<State>) {
    const state = sender.state;
    if (!state) return;
    const spent = spend(state.budget, MESSAGE_BUDGET, CLOSE_AFTER);
    sender.setState({ ...state, budget: spent.budget });
    if (spent.verdict === "close") {
      sender.close(CLOSE_POLICY, "Too many messages");
      return;
    }
    if (spent.verdict === "drop") return;
    if (spent.verdict === "warn") {
      return this.refuse(sender, "rate_limited", "Too many messages; slow down.");
    }
    if (sizeOf(message) > MAX_CLIENT_MESSAGE) {
      sender.close(CLOSE_TOO_BIG, "Messages are at most 2 KB");
      return;
    }
    if (typeof message !== "string") {
      return this.refuse(sender, "bad_message", "Messages are JSON text.");
    }
    if (message === "ping") return sender.send("pong");
    let parsed: unknown;
    try {
      parsed = JSON.parse(message);
    } catch {
      return this.refuse(sender, "bad_message", "Not JSON.");
    }
    const type = (parsed as { type?: unknown } | null)?.type;
    if (type === "typing") {
      if (!can(state.user.role, "write")) {
        return this.refuse(
          sender,
          "read_only",
          "Viewers read rooms; typing is for those who post.",
        );
      }
      const now = Date.now();
      if (now - state.lastTypingAt < TYPING_INTERVAL_MS) return;
      sender.setState({ ...sender.state!, lastTypingAt: now });
      // Only the verified identity goes out; whatever else the client put in its message doesn't.
      this.room.broadcast(
        JSON.stringify({ type: "typing", data: { userId: state.user.id, name: state.user.name } }),
        [sender.id],
      );
      return;
    }
    this.refuse(sender, "bad_message", "Unknown message type: clients may send only typing.");
  }

  async onRequest(req: Party.Request): Promise<Response> {
    if (req.method === "GET") return Response.json({ present: this.present() });
    if (req.method !== "POST") return new Response("Method not allowed", { status: 405 });
    const push = await readPush(req);
    if (push instanceof Response) return push;
    const userId = (push.data as { userId?: unknown } | null)?.userId;
    if (push.type === "member-removed" && typeof userId === "string") {
      // Membership ended: that person's sockets close now, and tokens minted before now are
      // refused from here on, not only when they expire.
      await this.room.storage.put(`removed:${userId}`, Date.now());
      for (const connection of this.room.getConnections<State>()) {
        if (connection.state?.user.id === userId) connection.close(CLOSE_POLICY, "Removed");
      }
    }
    if (push.type === "member-added" && typeof userId === "string") {
      await this.room.storage.delete(`removed:${userId}`);
    }
    this.room.broadcast(JSON.stringify({ ...push, at: new Date().toISOString() }));
    if (push.type === "room-deleted") {
      for (const connection of this.room.getConnections()) {
        connection.close(CLOSE_POLICY, "Room deleted");
      }
    }
    return Response.json({ delivered: [...this.room.getConnections()].length }, { status: 202 });
  }

  private refuse(sender: Party.Connection, code: string, message: string) {
    sender.send(JSON.stringify({ type: "error", data: { code, message } }));
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
