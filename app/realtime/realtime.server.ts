import { realtimePushes, realtimePushFailures } from "#app/observability/instruments.server.ts";
import { withSpan } from "#app/observability/tracing.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { METRICS_PARTY, METRICS_ROOM } from "./room-token.ts";

/**
 * The app's side of PartyKit: pushes into rooms over HTTP with the push secret, and reachability.
 * A push never throws: a failed one is retried briefly, then logged (at most once a minute) and
 * counted. The database stays the source of truth; clients reload what they missed on reconnect.
 */
export interface RealtimeEvent {
  type: string;
  data: unknown;
}

export interface Realtime {
  url: string;
  ping(timeoutMs?: number): Promise<void>;
  publish(party: string, room: string, event: RealtimeEvent): Promise<boolean>;
  /** Sockets open in the metrics room. */
  connections(timeoutMs?: number): Promise<number>;
  readonly stats: { pushed: number; failed: number; retried: number };
}

const RETRY_DELAYS_MS = [50, 250];
const PUSH_TIMEOUT_MS = 2000;

export function createRealtime(options: {
  url: string;
  pushSecret: string;
  /** While this says no (the `realtime` flag is off), nothing is pushed. */
  enabled?: () => boolean;
  log?: Logger;
}): Realtime {
  const stats = { pushed: 0, failed: 0, retried: 0 };
  let lastFailureLog = 0;
  const auth = { authorization: `Bearer ${options.pushSecret}` };
  const roomUrl = (party: string, room: string) =>
    `${options.url}/parties/${encodeURIComponent(party)}/${encodeURIComponent(room)}`;

  async function push(party: string, room: string, event: RealtimeEvent): Promise<boolean> {
    const body = JSON.stringify(event);
    let lastError = "";
    for (let attempt = 0; attempt <= RETRY_DELAYS_MS.length; attempt++) {
      if (attempt > 0) {
        stats.retried += 1;
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt - 1]));
      }
      try {
        const response = await fetch(roomUrl(party, room), {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body,
          signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
        });
        await response.body?.cancel();
        if (response.ok) {
          stats.pushed += 1;
          return true;
        }
        lastError = `PartyKit answered ${response.status}`;
        if (response.status < 500) break;
      } catch (error) {
        lastError = (error as Error).message;
      }
    }
    stats.failed += 1;
    if (Date.now() - lastFailureLog > 60_000) {
      lastFailureLog = Date.now();
      options.log?.warn(
        { party, room, type: event.type, error: lastError, failed: stats.failed },
        "realtime push failed",
      );
    }
    return false;
  }

  return {
    url: options.url,
    stats,
    async ping(timeoutMs = 2000) {
      const response = await fetch(`${options.url}/health`, {
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (!response.ok) throw new Error(`PartyKit answered ${response.status}`);
    },
    publish(party, room, event) {
      if (options.enabled && !options.enabled()) return Promise.resolve(false);
      return withSpan(
        "realtime.push",
        { "nexus.party": party, "nexus.room": room, "nexus.event": event.type },
        async (span) => {
          const ok = await push(party, room, event);
          if (ok) realtimePushes.inc({ party });
          else realtimePushFailures.inc({ party });
          span.setAttribute("nexus.delivered", ok);
          return ok;
        },
      );
    },
    async connections(timeoutMs = 2000) {
      const response = await fetch(roomUrl(METRICS_PARTY, METRICS_ROOM), {
        headers: auth,
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`PartyKit answered ${response.status}`);
      return ((await response.json()) as { connections: number }).connections;
    },
  };
}
