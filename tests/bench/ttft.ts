/**
 * Time to first token: what NEXUS adds between a client and the model server it streams from.
 * The same model server (the fake Ollama of tests/support/fake-ollama.ts, answering at once) is
 * asked directly (`POST /api/chat`, NDJSON) and through NEXUS (`POST /api/v1/sage/generate/stream`,
 * Server-Sent Events), one after the other, for the same model. The order alternates from pair
 * to pair, so drift in the machine's state (and whichever of the two a warm cache favours) hits
 * both sides alike. Each request is timed from just before it is sent to the arrival of the
 * first chunk holding a token, and read to its end before the next is sent.
 */
import http from "node:http";
import { percentile } from "./harness.ts";
import { againstGoal } from "./report.ts";

export interface Percentiles {
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export interface TtftResult {
  /** The NEXUS target measured. */
  target: string;
  /** The model(s) NEXUS chose (its `start` event), which the direct requests then asked for. */
  models: string[];
  pairs: number;
  warmupPairs: number;
  direct: Percentiles;
  nexus: Percentiles;
  /** Median through NEXUS minus median direct. */
  addedMs: number;
  /** p95 of (through NEXUS - direct) over the pairs. */
  pairedP95Ms: number;
}

export interface TtftOptions {
  /** Origin of the model server (Ollama's API). */
  modelServer: string;
  /** Origin of the running NEXUS. */
  nexus: string;
  /** Headers that sign a request in to NEXUS (a session cookie with `ai:run`). */
  credentials: Record<string, string>;
  target: string;
  samples: number;
  warmupPairs?: number;
  timeoutMs?: number;
  prompt?: string;
}

function percentiles(values: number[]): Percentiles {
  return {
    p50Ms: percentile(values, 50),
    p95Ms: percentile(values, 95),
    p99Ms: percentile(values, 99),
  };
}

const snippet = (text: string) => text.replace(/\s+/g, " ").slice(0, 200);

interface Streamed {
  status: number;
  contentType: string;
  /** From sending the request to the first chunk that completed a token; undefined if none did. */
  firstTokenMs?: number;
  body: string;
}

/**
 * POSTs `payload` as JSON and reads the response to its end. `hasToken` is asked, after each
 * chunk, whether what has arrived so far holds a whole token.
 */
function stream(
  url: string,
  agent: http.Agent,
  headers: Record<string, string>,
  payload: unknown,
  hasToken: (received: string) => boolean,
  timeoutMs: number,
): Promise<Streamed> {
  const body = JSON.stringify(payload);
  return new Promise((resolve, reject) => {
    const sentAt = performance.now();
    const request = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
        },
        signal: AbortSignal.timeout(timeoutMs),
      },
      (response) => {
        let received = "";
        let firstTokenMs: number | undefined;
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          received += chunk;
          try {
            if (firstTokenMs === undefined && hasToken(received)) {
              firstTokenMs = performance.now() - sentAt;
            }
          } catch (error) {
            // Not the format asked for: a measurement error, not a crash of the run.
            response.destroy();
            reject(new Error(`${(error as Error).message} in: ${snippet(received)}`));
          }
        });
        response.once("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers["content-type"] ?? ""),
            firstTokenMs,
            body: received,
          }),
        );
        response.once("error", reject);
      },
    );
    request.once("error", reject);
    request.end(body);
  });
}

/** Complete NDJSON lines (the last, unterminated piece is left out). */
function ndjsonLines(received: string): { message?: { content?: string }; done?: boolean }[] {
  return received
    .split("\n")
    .slice(0, -1)
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line));
}

interface SseEvent {
  event: string;
  data: unknown;
}

/** Complete Server-Sent Events (blocks ended by a blank line). */
function sseBlocks(received: string): string[] {
  return received.split("\n\n").slice(0, -1);
}

const eventName = (block: string) => /^event: (.*)$/m.exec(block)?.[1] ?? "message";

function sseEvents(received: string): SseEvent[] {
  return sseBlocks(received).map((block) => ({
    event: eventName(block),
    data: JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null"),
  }));
}

export async function runTtft(options: TtftOptions): Promise<TtftResult> {
  const warmupPairs = options.warmupPairs ?? 10;
  const timeoutMs = options.timeoutMs ?? 15_000;
  const prompt = options.prompt ?? "Say hello.";
  // One kept-alive connection to each side, opened during the warm-up: no request pays for a
  // TCP handshake the other does not.
  const directAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const nexusAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let model: string | undefined;

  const throughNexus = async (): Promise<{ ms: number; model: string }> => {
    const r = await stream(
      `${options.nexus}/api/v1/sage/generate/stream`,
      nexusAgent,
      options.credentials,
      { prompt, task: "text-generation" },
      (received) => sseBlocks(received).some((block) => eventName(block) === "delta"),
      timeoutMs,
    );
    if (r.status !== 200 || !r.contentType.startsWith("text/event-stream")) {
      throw new Error(`NEXUS answered ${r.status} (${r.contentType}): ${snippet(r.body)}`);
    }
    const events = sseEvents(r.body);
    const failed = events.find((e) => e.event === "error");
    if (failed) throw new Error(`NEXUS's generation failed: ${JSON.stringify(failed.data)}`);
    const start = events.find((e) => e.event === "start")?.data as { model?: string } | undefined;
    if (!start?.model) throw new Error(`NEXUS sent no start event: ${snippet(r.body)}`);
    if (r.firstTokenMs === undefined || !events.some((e) => e.event === "done")) {
      throw new Error(`NEXUS's stream had no delta or no done event: ${snippet(r.body)}`);
    }
    model = start.model;
    return { ms: r.firstTokenMs, model: start.model };
  };

  const direct = async (): Promise<number> => {
    const r = await stream(
      `${options.modelServer}/api/chat`,
      directAgent,
      {},
      { model, messages: [{ role: "user", content: prompt }], stream: true },
      (received) => ndjsonLines(received).some((line) => Boolean(line.message?.content)),
      timeoutMs,
    );
    if (r.status !== 200) {
      throw new Error(`the model server answered ${r.status}: ${snippet(r.body)}`);
    }
    if (r.firstTokenMs === undefined || !ndjsonLines(r.body).some((line) => line.done)) {
      throw new Error(`the model server's stream had no token or no end: ${snippet(r.body)}`);
    }
    return r.firstTokenMs;
  };

  const directMs: number[] = [];
  const nexusMs: number[] = [];
  const differences: number[] = [];
  const models = new Set<string>();
  try {
    for (let i = 0; i < warmupPairs + options.samples; i++) {
      // NEXUS goes first in the very first pair: the direct request needs its choice of model.
      let viaNexus: { ms: number; model: string };
      let straight: number;
      if (i % 2 === 0) {
        viaNexus = await throughNexus();
        straight = await direct();
      } else {
        straight = await direct();
        viaNexus = await throughNexus();
      }
      if (i < warmupPairs) continue;
      directMs.push(straight);
      nexusMs.push(viaNexus.ms);
      differences.push(viaNexus.ms - straight);
      models.add(viaNexus.model);
    }
  } finally {
    directAgent.destroy();
    nexusAgent.destroy();
  }
  const directFigures = percentiles(directMs);
  const nexusFigures = percentiles(nexusMs);
  return {
    target: options.target,
    models: [...models],
    pairs: options.samples,
    warmupPairs,
    direct: directFigures,
    nexus: nexusFigures,
    addedMs: nexusFigures.p50Ms - directFigures.p50Ms,
    pairedP95Ms: percentile(differences, 95),
  };
}

const ms = (value: number) => value.toFixed(2);

export function formatTtft(result: TtftResult, goalMs: number): string[] {
  const figures = (p: Percentiles) =>
    `p50 ${ms(p.p50Ms)} ms, p95 ${ms(p.p95Ms)} ms, p99 ${ms(p.p99Ms)} ms`;
  return [
    `direct to the model server (POST /api/chat, NDJSON): ${figures(result.direct)}`,
    `through ${result.target} (POST /api/v1/sage/generate/stream, SSE): ${figures(result.nexus)}`,
    `added by NEXUS: ${result.addedMs >= 0 ? "+" : ""}${againstGoal(ms(result.addedMs), result.addedMs, goalMs)} ms at the median (goal < ${goalMs} ms: ${result.addedMs < goalMs ? "met" : "**missed**"}), p95 of the paired differences ${ms(result.pairedP95Ms)} ms; ${result.pairs} pairs after ${result.warmupPairs} warm-up pairs, model ${result.models.join(", ")}`,
  ];
}
