import PartySocket from "partysocket";
import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Joins a realtime room from the browser: a fresh room token for every (re)connect, and a status
 * a person can see. A refusal (no access, or the realtime server refusing every fresh token) stops
 * the retries instead of hammering the server.
 */
export type RoomStatus = "connecting" | "live" | "reconnecting" | "refused" | "offline";

export interface RoomEvent {
  type: string;
  data: unknown;
  at?: string;
}

interface TokenAnswer {
  token: string;
  host: string;
  party: string;
  room: string;
}

class RefusedError extends Error {}

async function fetchToken(room: string): Promise<TokenAnswer> {
  const response = await fetch("/api/v1/realtime/tokens", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ room }),
    credentials: "same-origin",
  });
  if ([401, 403, 404].includes(response.status)) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string };
    } | null;
    throw new RefusedError(
      response.status === 401
        ? "Your session ended: sign in again."
        : body?.error?.code === "FEATURE_DISABLED"
          ? "Live updates are turned off; reload for the latest."
          : "You may not join this room.",
    );
  }
  if (!response.ok) throw new Error(`token request failed (${response.status})`);
  return ((await response.json()) as { data: TokenAnswer }).data;
}

/** Consecutive failed attempts, with the server reachable, after which we call it a refusal. */
const REFUSALS_BEFORE_GIVING_UP = 4;

export interface RoomOptions {
  /** Called on every open, the first and each reconnect: the moment to catch up on what was missed. */
  onOpen?: () => void;
}

export function useRoom(room: string, onEvent: (event: RoomEvent) => void, options?: RoomOptions) {
  const [status, setStatus] = useState<RoomStatus>("connecting");
  const [problem, setProblem] = useState<string | null>(null);
  const handler = useRef(onEvent);
  handler.current = onEvent;
  const opened = useRef(options?.onOpen);
  opened.current = options?.onOpen;
  const current = useRef<PartySocket | null>(null);
  /** Sends to the room when connected; false (and nothing sent) otherwise. */
  const send = useCallback((data: string) => {
    const socket = current.current;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(data);
    return true;
  }, []);

  useEffect(() => {
    let socket: PartySocket | undefined;
    let cancelled = false;
    let failures = 0;
    const secure = window.location.protocol === "https:";

    const refuse = (message: string) => {
      setStatus("refused");
      setProblem(message);
      socket?.close();
    };

    (async () => {
      let first: TokenAnswer;
      try {
        first = await fetchToken(room);
      } catch (error) {
        if (cancelled) return;
        if (error instanceof RefusedError) return refuse(error.message);
        setStatus("offline");
        setProblem("The realtime service could not be reached; figures will not update live.");
        return;
      }
      if (cancelled) return;
      let pending: string | null = first.token;
      socket = new PartySocket({
        host: first.host,
        party: first.party,
        room: first.room,
        protocol: secure ? "wss" : "ws",
        maxRetries: 50,
        query: async () => {
          try {
            const token = pending ?? (await fetchToken(room)).token;
            pending = null;
            return { token };
          } catch (error) {
            if (error instanceof RefusedError) refuse(error.message);
            throw error;
          }
        },
      });
      current.current = socket;
      socket.addEventListener("open", () => {
        failures = 0;
        setStatus("live");
        setProblem(null);
        opened.current?.();
      });
      socket.addEventListener("close", async () => {
        if (cancelled) return;
        failures += 1;
        setStatus("reconnecting");
        if (failures < REFUSALS_BEFORE_GIVING_UP) return;
        // Reachable but refusing every fresh token: stop, and say so.
        const reachable = await fetch(`${secure ? "https" : "http"}://${first.host}/health`)
          .then((r) => r.ok)
          .catch(() => false);
        if (reachable && !cancelled) refuse("The realtime server refused the connection.");
      });
      socket.addEventListener("message", (message: MessageEvent) => {
        if (typeof message.data !== "string" || message.data === "pong") return;
        try {
          handler.current(JSON.parse(message.data) as RoomEvent);
        } catch {
          // Not ours: ignore.
        }
      });
    })();

    return () => {
      cancelled = true;
      current.current = null;
      socket?.close();
    };
  }, [room]);

  return { status, problem, send };
}
