import { useCallback, useEffect, useRef, useState } from "react";
import { type RoomEvent, useRoom } from "#app/realtime/use-room.ts";
import type { Person, RoomMessage, Stream } from "./types.ts";

function byTime(a: RoomMessage, b: RoomMessage) {
  return a.createdAt === b.createdAt
    ? a.id.localeCompare(b.id)
    : a.createdAt.localeCompare(b.createdAt);
}

/** The room's state: the server-rendered history, then whatever the party and catch-up bring. */
export function useLiveRoom(roomId: string, initial: RoomMessage[]) {
  const [messages, setMessages] = useState(initial);
  const [streams, setStreams] = useState<Stream[]>([]);
  const [present, setPresent] = useState<Person[]>([]);
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(initial);
  latest.current = messages;
  useEffect(() => setMessages(initial), [initial]);

  const upsert = useCallback((incoming: RoomMessage[]) => {
    if (incoming.length === 0) return;
    setMessages((current) => {
      const map = new Map(current.map((m) => [m.id, m]));
      for (const m of incoming) map.set(m.id, m);
      return [...map.values()].sort(byTime);
    });
    const ids = new Set(incoming.map((m) => m.id));
    setStreams((current) => current.filter((s) => !ids.has(s.streamId)));
  }, []);

  /** On every (re)connect: everything after the last message this page has. */
  const catchUp = useCallback(async () => {
    let since = latest.current.at(-1)?.cursor;
    for (let page = 0; page < 20; page++) {
      const url = `/api/v1/rooms/${roomId}/messages?limit=100${since ? `&since=${since}` : ""}`;
      const response = await fetch(url, { credentials: "same-origin" }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as {
        data: RoomMessage[];
        meta: { nextCursor: string | null };
      };
      upsert(body.data);
      if (!since || !body.meta.nextCursor) return;
      since = body.meta.nextCursor;
    }
  }, [roomId, upsert]);

  const onEvent = useCallback(
    (event: RoomEvent) => {
      const d = event.data as Record<string, unknown>;
      switch (event.type) {
        case "message":
        case "message-edited":
          upsert([event.data as RoomMessage]);
          break;
        case "message-deleted":
          setMessages((current) => current.filter((m) => m.id !== d.id));
          break;
        case "presence":
          setPresent((d.present as Person[]) ?? []);
          break;
        case "typing":
          setTyping((current) => ({
            ...current,
            [String(d.userId)]: { name: String(d.name), until: Date.now() + 3000 },
          }));
          break;
        case "agent-start":
          setStreams((current) => [
            ...current.filter((s) => s.streamId !== d.streamId),
            {
              streamId: String(d.streamId),
              agentName: String(d.agentName),
              text: "",
              kind: String(d.kind ?? "agent"),
              solveId: d.solveId as string | undefined,
              phase: d.phase as string | undefined,
            },
          ]);
          break;
        case "agent-delta":
          setStreams((current) =>
            current.map((s) => {
              if (s.streamId !== d.streamId) return s;
              const offset = Number(d.offset);
              const text = String(d.text);
              // Pushes arrive in order; a repeat (offset already covered) is dropped.
              if (offset < s.text.length) return s;
              return { ...s, text: s.text + text };
            }),
          );
          break;
        case "notice":
          setNotice(String(d.message));
          break;
        case "room-deleted":
          setNotice("This room was closed.");
          break;
      }
    },
    [upsert],
  );

  const { status, problem, send } = useRoom(roomId, onEvent, { onOpen: catchUp });

  // Typing hints fade on their own.
  useEffect(() => {
    const timer = setInterval(() => {
      setTyping((current) => {
        const now = Date.now();
        const kept = Object.entries(current).filter(([, t]) => t.until > now);
        return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
      });
    }, 1000);
    return () => clearInterval(timer);
  }, []);

  return { messages, streams, present, typing, notice, status, problem, send };
}
