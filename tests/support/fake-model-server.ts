import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * What the fake Ollama and OpenAI-compatible servers share: a real node:http server on a random
 * loopback port, switches for the behaviours tests need, and a record of what it was asked.
 */
export interface FakeBehaviour {
  /** ok: answer; fail: an error status with the provider's error body; drop: stream part of the
   * answer, then destroy the socket; hang: send headers and the first chunk, then nothing. */
  mode: "ok" | "fail" | "drop" | "hang";
  /** Pause between streamed chunks (slow responses). */
  chunkDelayMs: number;
  /** Pause before the response headers (slow to start). */
  headerDelayMs: number;
  /** The answer, streamed one word (with its space) per chunk. */
  reply: string;
  failStatus: number;
  promptTokens: number;
  /**
   * Scripted answers: given the chat request's messages, the reply to stream (undefined falls
   * back to `reply`). Lets one test answer a planner, the steps and a verifier differently.
   */
  script?: (messages: { role: string; content: string }[]) => string | undefined;
}

export interface FakeRequest {
  method: string;
  path: string;
  body: unknown;
  headers: IncomingMessage["headers"];
}

export interface FakeServer {
  url: string;
  behaviour: FakeBehaviour;
  requests: FakeRequest[];
  /** Streams the client closed before the fake finished them. */
  clientAborts: number;
  /** Resolves when the next (or an already seen) client abort happens. */
  waitForClientAbort(timeoutMs?: number): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

export const defaultBehaviour = (): FakeBehaviour => ({
  mode: "ok",
  chunkDelayMs: 0,
  headerDelayMs: 0,
  reply: "Hello from the fake model.",
  failStatus: 500,
  promptTokens: 7,
});

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The reply for a chat request: the script's answer, or `reply`. */
export function replyFor(behaviour: FakeBehaviour, body: unknown): string {
  const messages = ((body as { messages?: unknown })?.messages ?? []) as {
    role: string;
    content: string;
  }[];
  return behaviour.script?.(messages) ?? behaviour.reply;
}

export function words(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

export type FakeHandler = (
  request: FakeRequest,
  response: ServerResponse,
  fake: FakeServer,
  /** True once the client has gone away; streams stop writing then. */
  gone: () => boolean,
) => Promise<void>;

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function startFakeServer(handler: FakeHandler): Promise<FakeServer> {
  let abortWaiters: (() => void)[] = [];
  const fake: FakeServer = {
    url: "",
    behaviour: defaultBehaviour(),
    requests: [],
    clientAborts: 0,
    waitForClientAbort(timeoutMs = 5_000) {
      if (fake.clientAborts > 0) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no client abort seen")), timeoutMs);
        abortWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    reset() {
      fake.behaviour = defaultBehaviour();
      fake.requests = [];
      fake.clientAborts = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer(async (req, res) => {
    let finished = false;
    let gone = false;
    res.on("finish", () => {
      finished = true;
    });
    res.on("close", () => {
      gone = true;
      if (!finished && fake.behaviour.mode !== "drop") {
        fake.clientAborts += 1;
        const waiters = abortWaiters;
        abortWaiters = [];
        for (const w of waiters) w();
      }
    });
    try {
      const url = new URL(req.url ?? "/", "http://fake");
      const request: FakeRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        body: await readBody(req),
        headers: req.headers,
      };
      fake.requests.push(request);
      if (fake.behaviour.headerDelayMs) await sleep(fake.behaviour.headerDelayMs);
      await handler(request, res, fake, () => gone);
    } catch (error) {
      if (!res.headersSent) {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}

/** Streams `parts` with the behaviour's pauses, dropping or hanging when told to. */
export async function streamParts(
  res: ServerResponse,
  fake: FakeServer,
  gone: () => boolean,
  parts: string[],
  final: string[],
): Promise<void> {
  for (const [index, part] of parts.entries()) {
    if (gone()) return;
    res.write(part);
    if (index === 0 && fake.behaviour.mode === "hang") return; // never finishes
    if (index === Math.floor(parts.length / 2) && fake.behaviour.mode === "drop") {
      await sleep(50); // let what was written reach the client first
      res.destroy();
      return;
    }
    if (fake.behaviour.chunkDelayMs) await sleep(fake.behaviour.chunkDelayMs);
  }
  if (gone()) return;
  for (const part of final) res.write(part);
  res.end();
}
