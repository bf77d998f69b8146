import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, expect, inject, test } from "vitest";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { freePort } from "#tests/support/ports.ts";

/**
 * SIGTERM under load, on the real server process (`node --import tsx server.ts`) on PGlite in a
 * temporary data folder: every request in flight when the signal arrives is answered in full,
 * and the process exits within 10 s (docs/decisions/009-fuzzing-and-faults.md).
 */

const root = path.resolve(import.meta.dirname, "../..");
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

function run(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.once("exit", (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${args.join(" ")}: ${code}\n${output}`)),
    );
  });
}

function startServer(env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (c) => resolve(c)));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready:\n${output}`)), 60_000);
    child.stdout!.on("data", () => {
      if (output.includes("NEXUS is ready")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  return { child, ready, exited, output: () => output };
}

interface Answer {
  name: string;
  status: number;
  bytes: number;
  encoding: string | undefined;
  complete: boolean;
  error?: string;
}

/** One request over node:http (so a slow body can be sent), read to its end. */
function send(
  name: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string[]; gapMs?: number },
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = httpRequest(url, { method: options.method ?? "GET", headers: options.headers });
    req.on("response", (res) => {
      const encoding = res.headers["content-encoding"];
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        let text = raw.toString("utf8");
        if (encoding === "gzip") text = gunzipSync(raw).toString("utf8");
        if (encoding === "br") text = brotliDecompressSync(raw).toString("utf8");
        // A streamed answer ends with its `done` event; a JSON one parses.
        const complete = text.includes("event: done") || isJson(text);
        resolve({ name, status: res.statusCode ?? 0, bytes: raw.length, encoding, complete });
      });
      res.on("error", (error) =>
        resolve({ name, status: 0, bytes: 0, encoding, complete: false, error: error.message }),
      );
    });
    req.on("error", (error) =>
      resolve({
        name,
        status: 0,
        bytes: 0,
        encoding: undefined,
        complete: false,
        error: error.message,
      }),
    );
    const parts = options.body ?? [];
    (async () => {
      for (const part of parts) {
        req.write(part);
        if (options.gapMs) await new Promise((r) => setTimeout(r, options.gapMs));
      }
      req.end();
    })();
  });
}

function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

let ollama: FakeOllama;

test("SIGTERM under load: every request in flight is answered in full, and the process exits within 10 s", {
  timeout: 180_000,
}, async () => {
  ollama = await startFakeOllama();
  cleanup.push(() => ollama.close());
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-shutdown-"));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const env = {
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    NEXUS_DATA_DIR: dataDir,
    PORT: String(port),
    PARTYKIT_HOST: inject("partykitUrl"),
    REALTIME_SECRET: inject("realtimeSecret"),
    REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
    OLLAMA_HOST: ollama.url,
    API_RATE_LIMIT: "1000000",
  };
  const password = "shutdown-test-password-1";
  await run(
    [
      "scripts/nexus.ts",
      "users:create",
      "--email",
      "ops@example.com",
      "--password",
      password,
      "--role",
      "operator",
    ],
    env,
  );
  const token = (
    await run(
      [
        "scripts/nexus.ts",
        "tokens:create",
        "--email",
        "ops@example.com",
        "--name",
        "load",
        "--scope",
        "write",
      ],
      env,
    )
  )
    .trim()
    .split("\n")
    .at(-1)!;

  const nexus = startServer(env);
  cleanup.push(async () => {
    if (nexus.child.exitCode === null) nexus.child.kill("SIGKILL");
  });
  await nexus.ready;
  const base = `http://127.0.0.1:${port}`;
  const auth = { authorization: `Bearer ${token}` };

  // Steady traffic first (plain and compressed), all of which must succeed.
  const quick: Promise<Answer>[] = [];
  for (let i = 0; i < 60; i += 1) {
    const encoding = ["gzip", "identity", "br"][i % 3]!;
    quick.push(
      send(`quick-${i}`, `${base}/api/v1/${i % 2 ? "openapi.json" : "modules?limit=50"}`, {
        headers: { ...auth, "accept-encoding": encoding },
      }),
    );
  }
  const steady = await Promise.all(quick);
  expect(steady.filter((a) => a.status !== 200 || !a.complete)).toEqual([]);
  expect(steady.some((a) => a.encoding === "gzip")).toBe(true);

  // Then long requests: model answers streamed over ~2 s (half compressed), bodies trickled in
  // over ~1 s, and large compressed documents.
  ollama.behaviour.reply = Array.from({ length: 40 }, (_, i) => `word${i}`).join(" ");
  ollama.behaviour.chunkDelayMs = 50;
  const inFlight: Promise<Answer>[] = [];
  for (let i = 0; i < 6; i += 1) {
    inFlight.push(
      send(`stream-${i}`, `${base}/api/v1/sage/generate`, {
        method: "POST",
        headers: {
          ...auth,
          "content-type": "application/json",
          "accept-encoding": i % 2 ? "gzip" : "identity",
        },
        body: [JSON.stringify({ prompt: `count ${i}`, task: "text-generation", stream: true })],
      }),
    );
  }
  for (let i = 0; i < 4; i += 1) {
    const body = JSON.stringify({ slug: `slow-${i}`, name: `Slow upload ${i}`, kind: "service" });
    const parts = body.match(/.{1,8}/g)!;
    inFlight.push(
      send(`slow-upload-${i}`, `${base}/api/v1/modules`, {
        method: "POST",
        headers: {
          ...auth,
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(body)),
          "accept-encoding": "gzip",
        },
        body: parts,
        gapMs: Math.ceil(1_000 / parts.length),
      }),
    );
  }
  for (let i = 0; i < 6; i += 1) {
    inFlight.push(
      send(`document-${i}`, `${base}/api/v1/openapi.json`, {
        headers: { "accept-encoding": "gzip" },
      }),
    );
  }
  // Everything above has reached the server (the streams run ~2 s, the uploads ~1 s).
  await new Promise((r) => setTimeout(r, 300));
  const signalledAt = performance.now();
  nexus.child.kill("SIGTERM");
  const answers = await Promise.all(inFlight);
  const answeredMs = performance.now() - signalledAt;
  const code = await nexus.exited;
  const exitMs = performance.now() - signalledAt;

  console.log(
    [
      `SIGTERM with ${answers.length} requests in flight (after ${steady.length} steady ones):`,
      `  all answered ${Math.round(answeredMs)} ms after the signal, process exited (code ${code}) after ${Math.round(exitMs)} ms`,
      ...answers.map(
        (a) =>
          `  ${a.name}: ${a.status} ${a.encoding ?? "identity"} ${a.bytes} bytes${a.complete ? "" : " INCOMPLETE"}${a.error ? ` ${a.error}` : ""}`,
      ),
    ].join("\n"),
  );
  for (const answer of answers) {
    expect(answer, answer.name).toMatchObject({ complete: true });
    expect([200, 201], answer.name).toContain(answer.status);
  }
  // Compressed answers were in flight too (event streams are sent uncompressed).
  expect(answers.filter((a) => a.encoding === "gzip").length).toBeGreaterThanOrEqual(6);
  expect(code).toBe(0);
  expect(exitMs).toBeLessThan(10_000);
});
