import type * as Party from "partykit/server";

/** The floor for realtime fan-out: no auth, no parsing, a message relayed to everyone else. */
export default class Bare implements Party.Server {
  constructor(readonly room: Party.Room) {}

  onMessage(message: string, sender: Party.Connection) {
    this.room.broadcast(message, [sender.id]);
  }
}
