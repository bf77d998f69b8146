import type * as Party from "partykit/server";
import { handleHealth } from "./health.ts";

/**
 * The `global` room: live metrics, module status changes, activity and emergency events.
 * Until room tokens exist, no socket is accepted: nothing may listen without being verified.
 */
export default class MetricsParty {
  constructor(readonly room: Party.Room) {}

  static onFetch(req: Party.Request): Response {
    return handleHealth(req);
  }

  static onBeforeConnect(): Response {
    return new Response("Unauthorized", { status: 401 });
  }
}

MetricsParty satisfies Party.Worker;
