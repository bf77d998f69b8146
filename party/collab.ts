import type * as Party from "partykit/server";

/** One room per collaboration room id: presence and fan-out. Refuses every socket until tokens exist. */
export default class CollabParty {
  constructor(readonly room: Party.Room) {}

  static onBeforeConnect(): Response {
    return new Response("Unauthorized", { status: 401 });
  }
}

CollabParty satisfies Party.Worker;
