import WebSocket from "ws";

/** A test's WebSocket client for a party: every message it got, and a way to wait for one. */
export interface PartyClient {
  socket: WebSocket;
  messages: { type: string; data: unknown }[];
  /** Resolves with the next message of this type (matching `where`), already seen or not. */
  next(
    type: string,
    where?: (data: unknown) => boolean,
    timeoutMs?: number,
  ): Promise<{ type: string; data: unknown }>;
  /** Resolves when the server closes the socket, with its close code. */
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export type Refusal = { refused: number; reason: string };

/** Opens a socket; resolves once it is open, or with the HTTP status that refused it. */
export function connectParty(url: string): Promise<PartyClient | Refusal> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    const messages: PartyClient["messages"] = [];
    const waiters: {
      type: string;
      where: (data: unknown) => boolean;
      resolve: (m: PartyClient["messages"][number]) => void;
    }[] = [];
    const closed = new Promise<{ code: number; reason: string }>((res) =>
      socket.on("close", (code, reason) => res({ code, reason: reason.toString() })),
    );
    socket.on("message", (raw) => {
      const text = raw.toString();
      let message: { type: string; data: unknown };
      try {
        message = text === "pong" ? { type: "pong", data: null } : JSON.parse(text);
      } catch {
        message = { type: "(unparsed)", data: text };
      }
      const waiter = waiters.find((w) => w.type === message.type && w.where(message.data));
      if (waiter) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(message);
      } else {
        messages.push(message);
      }
    });
    socket.on("unexpected-response", (_req, res) => {
      let reason = "";
      res.on("data", (chunk: Buffer) => (reason += chunk));
      res.on("end", () => resolve({ refused: res.statusCode ?? 0, reason }));
    });
    socket.on("error", (error) => {
      if (!String(error.message).includes("Unexpected server response")) reject(error);
    });
    socket.on("open", () =>
      resolve({
        socket,
        messages,
        closed,
        close: () => socket.close(),
        next: (type, where = () => true, timeoutMs = 8000) =>
          new Promise((res, rej) => {
            const seen = messages.find((m) => m.type === type && where(m.data));
            if (seen) {
              messages.splice(messages.indexOf(seen), 1);
              return res(seen);
            }
            const timer = setTimeout(
              () => rej(new Error(`no ${type} within ${timeoutMs} ms`)),
              timeoutMs,
            );
            waiters.push({
              type,
              where,
              resolve: (m) => {
                clearTimeout(timer);
                res(m);
              },
            });
          }),
      }),
    );
  });
}

export async function openParty(url: string): Promise<PartyClient> {
  const client = await connectParty(url);
  if ("refused" in client) throw new Error(`refused ${client.refused}: ${client.reason}`);
  return client;
}

export const partyUrl = (base: string, party: string, room: string, token?: string) =>
  `${base.replace(/^http/, "ws")}/parties/${party}/${room}${token === undefined ? "" : `?token=${encodeURIComponent(token)}`}`;

/** Waits until `check` holds, polling (for state that settles asynchronously). */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 8000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError;
    await new Promise((r) => setTimeout(r, 50));
  }
}
