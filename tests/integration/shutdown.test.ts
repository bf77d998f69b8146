import { mkdtemp, rm } from "node:fs/promises";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, expect, inject, test } from "vitest";
import { loadConfig } from "#app/config/config.server.ts";
import { COLLAB_PARTY } from "#app/realtime/room-token.ts";
import { openForCommand } from "#db/embedded.ts";
import { goalRuns, goalSteps, roomMessages } from "#db/schema/index.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { runNexusCli, startNexus } from "#tests/support/nexus-process.ts";
import { openParty, partyUrl } from "#tests/support/party-client.ts";
import { freePort } from "#tests/support/ports.ts";

/**
 * SIGTERM under load, on the real server process (`node scripts/start.mjs`, as `npm start`) on the embedded Postgres in a
 * temporary data folder: every request in flight when the signal arrives is answered in full,
 * and the process exits within 10 s (docs/decisions/009-fuzzing-and-faults.md).
 */

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

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
  await runNexusCli(
    ["users:create", "--email", "ops@example.com", "--password", password, "--role", "operator"],
    env,
  );
  const token = (
    await runNexusCli(
      ["tokens:create", "--email", "ops@example.com", "--name", "load", "--scope", "write"],
      env,
    )
  )
    .trim()
    .split("\n")
    .at(-1)!;

  const nexus = startNexus(env);
  cleanup.push(() => nexus.killTree());
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
      send(`stream-${i}`, `${base}/api/v1/sage/generate/stream`, {
        method: "POST",
        headers: {
          ...auth,
          "content-type": "application/json",
          "accept-encoding": i % 2 ? "gzip" : "identity",
        },
        body: [JSON.stringify({ prompt: `count ${i}`, task: "text-generation" })],
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

/** `count` keep-alive clients asking in a loop; every failure is kept with its error code. */
function keepAliveLoad(url: string, headers: Record<string, string>, count: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: count });
  const failures: string[] = [];
  let answered = 0;
  let running = true;
  const one = () =>
    new Promise<void>((resolve) => {
      const req = httpRequest(url, { agent, headers }, (res) => {
        res.resume();
        res.on("end", () => {
          answered += 1;
          resolve();
        });
        res.on("error", (error: NodeJS.ErrnoException) => {
          failures.push(error.code ?? error.message);
          resolve();
        });
      });
      req.on("error", (error: NodeJS.ErrnoException) => {
        // A reset on a fresh connection is one the kernel had queued when the server stopped
        // listening (it then refuses it); a reset on a reused one is what shutdown must avoid.
        const code = error.code ?? error.message;
        failures.push(req.reusedSocket || code !== "ECONNRESET" ? code : "ECONNREFUSED");
        resolve();
      });
      req.end();
    });
  const done = Promise.all(
    Array.from({ length: count }, async () => {
      while (running) {
        const before = failures.length;
        await one();
        // Once refused, this client stops: the server is gone, as a load balancer would see it.
        if (failures.length > before && failures.at(-1) === "ECONNREFUSED") return;
      }
    }),
  );
  return {
    failures,
    answered: () => answered,
    async stop() {
      running = false;
      await done;
      agent.destroy();
    },
  };
}

test("SIGTERM under keep-alive load resets no kept-alive connection", {
  timeout: 120_000,
}, async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-shutdown-resets-"));
  cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
  const port = await freePort();
  const nexus = startNexus({
    NODE_ENV: "production",
    LOG_LEVEL: "warn",
    NEXUS_DATA_DIR: dataDir,
    PORT: String(port),
    PARTYKIT_HOST: inject("partykitUrl"),
    REALTIME_SECRET: inject("realtimeSecret"),
    REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
  });
  cleanup.push(() => nexus.killTree());
  await nexus.ready;
  const load = keepAliveLoad(`http://127.0.0.1:${port}/api/v1/health`, {}, 24);
  await expect.poll(load.answered, { timeout: 20_000 }).toBeGreaterThan(200);
  const beforeSignal = load.answered();
  nexus.child.kill("SIGTERM");
  expect(await nexus.exited).toBe(0);
  await load.stop();
  const isReset = (code: string) => code === "ECONNRESET" || code === "EPIPE";
  const resets = load.failures.filter(isReset);
  const others = load.failures.filter((code) => code !== "ECONNREFUSED" && !isReset(code));
  console.log(
    `SIGTERM under keep-alive load (24 clients): ${beforeSignal} answered before the signal, ${load.answered() - beforeSignal} after it; ${resets.length} resets, ${load.failures.length - resets.length - others.length} refused new connections, ${others.length} other failures`,
  );
  expect(resets).toEqual([]);
  expect(others).toEqual([]);
});

test("SIGTERM hands the goal run in flight over, and the next start resumes it from its last completed step", {
  timeout: 180_000,
}, async () => {
  const slow = await startFakeOllama();
  cleanup.push(() => slow.close());
  // A two-step plan, then steps that stream for ~4 s each: the signal comes mid-step.
  slow.behaviour.chunkDelayMs = 40;
  slow.behaviour.script = (messages) => {
    const system = messages[0]?.content ?? "";
    const user = messages.at(-1)?.content ?? "";
    if (system.includes("planner")) {
      return JSON.stringify({
        steps: [
          { title: "Count the first hundred", task: "reasoning" },
          { title: "Count the second hundred", task: "reasoning" },
        ],
      });
    }
    if (system.includes("strict verifier")) return '{"score": 0.95, "issues": []}';
    if (system.includes("final answer")) return "Counted to two hundred.";
    const n = /Now do step (\d)/.exec(user)?.[1];
    return Array.from({ length: 100 }, (_, i) => `s${n}n${i}`).join(" ");
  };
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-shutdown-goals-"));
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
    OLLAMA_HOST: slow.url,
  };
  const password = "shutdown-goals-password-7";
  const email = "goals@example.com";
  await runNexusCli(
    ["users:create", "--email", email, "--password", password, "--role", "operator"],
    env,
  );
  const token = (
    await runNexusCli(
      ["tokens:create", "--email", email, "--name", "goals", "--scope", "write"],
      env,
    )
  )
    .trim()
    .split("\n")
    .at(-1)!;
  const base = `http://127.0.0.1:${port}/api/v1`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const read = async (id: string) =>
    (await (await fetch(`${base}/sage/goals/${id}`, { headers })).json()).data as {
      status: string;
      instance: string | null;
      resumptions: { reason: string; from: string | null; to: string; completedSteps: number }[];
      steps: { kind: string; planStep: number | null; status: string; output: string }[];
    };

  const first = startNexus(env);
  cleanup.push(() => first.killTree());
  await first.ready;
  const created = await fetch(`${base}/sage/goals`, {
    method: "POST",
    headers,
    body: JSON.stringify({ goal: "Count to two hundred, slowly." }),
  });
  expect(created.status).toBe(202);
  const { id } = (await created.json()).data;
  await expect
    .poll(
      async () =>
        (await read(id)).steps.some(
          (s) => s.kind === "step" && s.status === "running" && s.output !== "",
        ),
      { timeout: 30_000, interval: 100 },
    )
    .toBe(true);
  const owner = (await read(id)).instance;
  first.child.kill("SIGTERM");
  expect(await first.exited).toBe(0);

  // Stopped, the run is handed over, not left running: queued, its open step closed.
  const config = await loadConfig({ NEXUS_DATA_DIR: dataDir });
  const database = await openForCommand(config.database);
  const [handed] = await database.db
    .select({
      status: goalRuns.status,
      heartbeatAt: goalRuns.heartbeatAt,
      owner: goalRuns.ownerInstance,
    })
    .from(goalRuns)
    .where(eq(goalRuns.id, id));
  const open = await database.db
    .select({ status: goalSteps.status, output: goalSteps.output })
    .from(goalSteps)
    .where(and(eq(goalSteps.runId, id), inArray(goalSteps.status, ["running", "interrupted"])));
  await database.close();
  expect(handed).toMatchObject({ status: "queued", heartbeatAt: null, owner });
  expect(open).toEqual([{ status: "interrupted", output: expect.stringMatching(/^s1n0 s1n1/) }]);

  // Started again on the same folder: the run goes on at once, and completes.
  const second = startNexus(env);
  cleanup.push(() => second.killTree());
  await second.ready;
  const started = performance.now();
  await expect
    .poll(async () => (await read(id)).status, { timeout: 60_000, interval: 200 })
    .not.toBe("queued");
  const resumedMs = performance.now() - started;
  await expect
    .poll(async () => (await read(id)).status, { timeout: 60_000, interval: 200 })
    .toBe("completed");
  const done = await read(id);
  console.log(
    `SIGTERM mid-step: the run was handed over; the next start resumed it ${Math.round(resumedMs)} ms after it was ready, and it completed`,
  );
  expect(done.resumptions).toEqual([
    expect.objectContaining({ reason: "handed-over", from: owner, completedSteps: 1 }),
  ]);
  expect(done.instance).not.toBe(owner);
  const completed = done.steps
    .filter((s) => s.status === "succeeded")
    .map((s) => `${s.kind}:${s.planStep ?? 0}`);
  expect(completed).toEqual(["plan:0", "step:1", "verify:1", "step:2", "verify:2", "synthesize:0"]);
  const chats = slow.requests.filter((r) => r.path === "/api/chat");
  const planned = chats.filter((r) =>
    JSON.stringify(r.body).includes("planner of an AI operations hub"),
  );
  expect(planned).toHaveLength(1);
  second.child.kill("SIGTERM");
  expect(await second.exited).toBe(0);
});

test("SIGTERM stores a reply being written with what it wrote, marked interrupted, and ends its stream", {
  timeout: 120_000,
}, async () => {
  const slow = await startFakeOllama();
  cleanup.push(() => slow.close());
  // The reply streams for ~20 s: it is surely being written when the signal comes.
  slow.behaviour.reply = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
  slow.behaviour.chunkDelayMs = 100;
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-shutdown-replies-"));
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
    OLLAMA_HOST: slow.url,
  };
  const email = "replies@example.com";
  await runNexusCli(
    ["users:create", "--email", email, "--password", "shutdown-replies-pw-3", "--role", "operator"],
    env,
  );
  const token = (
    await runNexusCli(
      ["tokens:create", "--email", email, "--name", "rooms", "--scope", "write"],
      env,
    )
  )
    .trim()
    .split("\n")
    .at(-1)!;
  const nexus = startNexus(env);
  cleanup.push(() => nexus.killTree());
  await nexus.ready;
  const base = `http://127.0.0.1:${port}/api/v1`;
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.json() };
  };
  const room = await post("/rooms", { name: "Night shift" });
  expect(room.status).toBe(201);
  const roomId = room.body.data.id as string;
  const agent = await post("/agents", { name: "Narrator", persona: "You narrate." });
  expect(agent.status).toBe(201);
  expect((await post(`/rooms/${roomId}/agents`, { agentId: agent.body.data.id })).status).toBe(201);
  const minted = await post("/realtime/tokens", { room: roomId });
  expect(minted.status).toBe(200);
  const watcher = await openParty(
    partyUrl(inject("partykitUrl"), COLLAB_PARTY, roomId, minted.body.data.token),
  );
  cleanup.push(async () => watcher.close());
  const asked = await post(`/rooms/${roomId}/ask`, { agentId: agent.body.data.id });
  expect(asked.status).toBe(202);
  const { streamId } = asked.body.data;
  const isThis = (d: unknown) => (d as { streamId?: string }).streamId === streamId;
  // Some of the reply has been written (and pushed) before the signal.
  await watcher.next("agent-delta", isThis, 20_000);
  await watcher.next("agent-delta", isThis, 20_000);
  nexus.child.kill("SIGTERM");
  const end = await watcher.next("agent-end", isThis, 15_000);
  expect(end.data).toMatchObject({ status: "interrupted" });
  const pushed = await watcher.next("message", (d) => (d as { id: string }).id === streamId);
  expect(pushed.data).toMatchObject({ meta: { interrupted: true } });
  expect(await nexus.exited).toBe(0);

  const config = await loadConfig({ NEXUS_DATA_DIR: dataDir });
  const database = await openForCommand(config.database);
  cleanup.push(() => database.close());
  const [row] = await database.db
    .select({ body: roomMessages.body, meta: roomMessages.meta })
    .from(roomMessages)
    .where(eq(roomMessages.id, streamId));
  expect(row?.meta).toMatchObject({ interrupted: true });
  expect(row!.meta.stopped).toBeUndefined();
  // What it wrote so far: the start of the reply, not all of it.
  expect(row!.body).toMatch(/^word0 word1/);
  expect(row!.body.length).toBeLessThan(slow.behaviour.reply.length);
  console.log(
    `SIGTERM while a reply was being written: stored ${row!.body.split(" ").length} of 200 words, marked interrupted`,
  );
});
