import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, inArray } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, inject, test } from "vitest";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import {
  agents,
  aiModels,
  goalRuns,
  goalSteps,
  reviewRequests,
  roomMessages,
  roomReplies,
  rooms,
} from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { builtApp } from "#tests/support/build.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import { startNexus } from "#tests/support/nexus-process.ts";
import { freePort } from "#tests/support/ports.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Goal runs outlive the instance running them: instances of one deployment (one Postgres, each
 * with its own instance id, HTTP server and background jobs, as `npm start` runs them) take over
 * a run whose instance shut down or stopped answering, and go on from its last completed step.
 */

interface Instance {
  services: TestServices;
  http: Awaited<ReturnType<typeof startHttp>>;
  /** The graceful shutdown's part for AI work: what server.ts runs on SIGTERM. */
  stopJobs: () => Promise<void>;
}

let ollama: FakeOllama;
let first: TestServices;
const cleanup: (() => Promise<unknown>)[] = [];
let operator: Awaited<ReturnType<typeof signedInUser>>;
const instances: Instance[] = [];

async function instance(): Promise<Instance> {
  const { runtime } = await builtApp();
  const services = await createTestServices({
    env: { OLLAMA_HOST: ollama.url },
    ...(first ? { sameDatabaseAs: first } : {}),
  });
  first ??= services;
  const http = await startHttp(services);
  const stop = runtime.startBackgroundJobs(services);
  let stopped: Promise<void> | undefined;
  const made: Instance = { services, http, stopJobs: () => (stopped ??= stop()) };
  instances.push(made);
  return made;
}

beforeAll(async () => {
  ollama = await startFakeOllama();
  await instance();
  operator = await signedInUser(first, "operator");
});
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
  // The first instance holds the database the others share: it goes last.
  for (const made of [...instances].reverse()) {
    await made.stopJobs().catch(() => {});
    await settleGoalRuns(made.services);
    await made.http.close();
    await made.services.destroy();
  }
  await ollama?.close();
});
afterEach(async () => {
  for (const made of instances) await settleGoalRuns(made.services);
  ollama.reset();
  await first.database.db.update(aiModels).set({ calls: 0, successes: 0, recentLatenciesMs: [] });
});

async function api(http: { url: string }, method: string, path: string, body?: unknown) {
  const response = await fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${operator.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const twoStepPlan = JSON.stringify({
  steps: [
    { title: "Collect the facts", task: "reasoning" },
    { title: "Write them up", task: "text-generation" },
  ],
});

/** Plans two steps; each step writes `words` words, the verifier passes, the answer is short. */
function script(words = 40) {
  ollama.behaviour.script = (messages) => {
    const system = messages[0]?.content ?? "";
    const user = messages.at(-1)?.content ?? "";
    if (system.includes("planner")) return twoStepPlan;
    if (system.includes("strict verifier")) return '{"score": 0.9, "issues": []}';
    if (system.includes("final answer")) return "All done.";
    const n = /Now do step (\d)/.exec(user)?.[1];
    return Array.from({ length: words }, (_, i) => `s${n}w${i}`).join(" ");
  };
}

/** The model calls made, by what they were for. */
function callsMade() {
  const counts: Record<string, number> = {};
  for (const request of ollama.requests) {
    if (request.path !== "/api/chat") continue;
    const messages = (request.body as { messages: { content: string }[] }).messages;
    const system = messages[0]!.content;
    const user = messages.at(-1)!.content;
    const key = system.includes("planner")
      ? "plan"
      : system.includes("strict verifier")
        ? `verify:${/Step (\d)/.exec(user)?.[1]}`
        : system.includes("final answer")
          ? "synthesize"
          : `step:${/Now do step (\d)/.exec(user)?.[1]}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

const stepsOf = (db: TestServices["database"]["db"], runId: string) =>
  db.select().from(goalSteps).where(eq(goalSteps.runId, runId)).orderBy(asc(goalSteps.index));

const runOf = async (db: TestServices["database"]["db"], runId: string) =>
  (await db.select().from(goalRuns).where(eq(goalRuns.id, runId)))[0]!;

/** Every call of the pipeline completed exactly once, and the run's tokens are its steps'. */
async function expectEachStepOnce(db: TestServices["database"]["db"], runId: string) {
  const steps = await stepsOf(db, runId);
  const completed = steps
    .filter((s) => s.status === "succeeded")
    .map((s) => `${s.kind}:${s.planStep ?? 0}`);
  expect(completed).toEqual(["plan:0", "step:1", "verify:1", "step:2", "verify:2", "synthesize:0"]);
  const run = await runOf(db, runId);
  const charged = steps.reduce((n, s) => n + s.promptTokens + s.completionTokens, 0);
  expect(run.tokensUsed).toBe(charged);
  return { steps, run };
}

describe("goal runs that outlive their instance", () => {
  test("a graceful shutdown mid-step hands the run over; another instance completes it, each step once", {
    timeout: 120_000,
  }, async () => {
    const a = await instance();
    const b = await instance();
    script();
    ollama.behaviour.chunkDelayMs = 40;
    const created = await api(a.http, "POST", "/sage/goals", { goal: "Report on the facts." });
    expect(created.status).toBe(202);
    const id = created.body.data.id as string;
    const db = b.services.database.db;
    // Mid-step: the first planned step is being written on A.
    await until(
      () => stepsOf(db, id),
      (steps) => steps.some((s) => s.kind === "step" && s.status === "running" && s.output !== ""),
    );
    expect((await runOf(db, id)).ownerInstance).toBe(a.services.instanceId);
    const signalled = performance.now();
    await a.stopJobs();
    const handedOverMs = performance.now() - signalled;
    // Handed over, not left running: A no longer heartbeats it (or another instance has it).
    const handedOver = await runOf(db, id);
    if (handedOver.status === "queued") expect(handedOver.heartbeatAt).toBeNull();
    else expect(handedOver.ownerInstance).not.toBe(a.services.instanceId);
    // Whichever live instance holds the recovery lease takes it: B, or the first one.
    const live = instances.filter((i) => i !== a).map((i) => i.services.instanceId);
    const taken = await until(
      () => runOf(db, id),
      (run) => live.includes(run.ownerInstance ?? ""),
    );
    const takenMs = performance.now() - signalled;
    const done = await until(
      () => runOf(db, id),
      (run) => run.status === "completed",
      60_000,
    );
    console.log(
      `graceful shutdown mid-step: handed over in ${Math.round(handedOverMs)} ms (${handedOver.status} when the shutdown ended), taken over by another instance ${Math.round(takenMs)} ms after the shutdown began (${taken.resumptions.at(-1)?.reason}), completed there`,
    );
    expect(taken.resumptions).toEqual([
      expect.objectContaining({
        from: a.services.instanceId,
        to: taken.ownerInstance,
        reason: "handed-over",
        completedSteps: 1,
      }),
    ]);
    expect(takenMs).toBeLessThan(10_000);
    expect(done.finalAnswer).toBe("All done.");
    const { steps } = await expectEachStepOnce(db, id);
    const interrupted = steps.filter((s) => s.status === "interrupted");
    expect(interrupted).toHaveLength(1);
    expect(interrupted[0]).toMatchObject({ kind: "step", planStep: 1 });
    expect(interrupted[0]!.output).toMatch(/^s1w0 s1w1/);
    expect(interrupted[0]!.error).toMatch(/shut down/);
    expect(interrupted[0]!.finishedAt).not.toBeNull();
    // The plan ran once; the interrupted step ran once more, and nothing else did.
    expect(callsMade()).toEqual({
      plan: 1,
      "step:1": 2,
      "verify:1": 1,
      "step:2": 1,
      "verify:2": 1,
      synthesize: 1,
    });
    // The API and the run's page say where it went.
    const read = await api(b.http, "GET", `/sage/goals/${id}`);
    expect(read.body.data).toMatchObject({
      status: "completed",
      instance: taken.ownerInstance,
      resumptions: [{ reason: "handed-over", to: taken.ownerInstance, completedSteps: 1 }],
    });
    expect(read.body.data.steps.map((s: { status: string }) => s.status)).toContain("interrupted");
    const page = await fetch(`${b.http.url}/sage/goals/${id}`, {
      headers: { cookie: operator.cookie },
    });
    const html = await page.text();
    expect(html).toContain("Resumed on another instance");
    expect(html).toContain("its instance shut down and handed it over");
  });

  test("a run whose instance stopped heartbeating mid-step is taken over: the open step is closed as interrupted and runs again once", {
    timeout: 60_000,
  }, async () => {
    const b = await instance();
    script(5);
    const db = b.services.database.db;
    const gone = "gone-host:4242:dead01";
    const stale = new Date(Date.now() - 7_000);
    // What an instance that died mid-step leaves: the plan done, step 1 open, its heartbeat old.
    const [run] = await db
      .insert(goalRuns)
      .values({
        goal: "Report on the facts.",
        status: "running",
        phase: "executing",
        budget: { maxSteps: 4, maxTokens: 20_000, maxSeconds: 300 },
        createdBy: operator.user.id,
        ownerInstance: gone,
        heartbeatAt: stale,
        attemptStartedAt: new Date(stale.getTime() - 20_000),
        startedAt: new Date(stale.getTime() - 20_000),
        tokensUsed: 30,
      })
      .returning();
    const id = run!.id;
    await db.insert(goalSteps).values([
      {
        runId: id,
        index: 0,
        kind: "plan",
        title: "Plan",
        task: "reasoning",
        output: twoStepPlan,
        promptTokens: 20,
        completionTokens: 10,
        status: "succeeded",
        finishedAt: stale,
      },
      {
        runId: id,
        index: 1,
        kind: "step",
        planStep: 1,
        title: "Collect the facts",
        task: "reasoning",
        output: "half of what it would hav",
        promptTokens: 40,
        status: "running",
      },
    ]);
    const done = await until(
      () => runOf(db, id),
      (r) => r.status === "completed",
      30_000,
    );
    const { steps } = await expectEachStepOnce(db, id);
    expect(steps[1]).toMatchObject({
      kind: "step",
      planStep: 1,
      status: "interrupted",
      output: "half of what it would hav",
      // Charged what it was sent and about what it wrote (25 characters).
      promptTokens: 40,
      completionTokens: 7,
    });
    expect(steps[1]!.error).toMatch(/stopped answering/);
    expect(callsMade()).toMatchObject({ "step:1": 1, "step:2": 1 });
    expect(callsMade().plan).toBeUndefined();
    expect(done.resumptions).toEqual([
      expect.objectContaining({ from: gone, to: done.ownerInstance, reason: "owner-lost" }),
    ]);
    expect(instances.map((i) => i.services.instanceId)).toContain(done.ownerInstance);
    // The time budget counts the dead owner's 20 s.
    expect(done.spentMs).toBeGreaterThanOrEqual(20_000);
  });

  test("a run waiting for approval when its instance shut down completes on the decision made through another", {
    timeout: 60_000,
  }, async () => {
    const a = await instance();
    const b = await instance();
    script(3);
    const created = await api(a.http, "POST", "/sage/goals", {
      goal: "Report on the facts.",
      requireApproval: true,
    });
    const id = created.body.data.id as string;
    const db = b.services.database.db;
    await until(
      () => runOf(db, id),
      (r) => r.status === "needs_review",
    );
    await a.stopJobs();
    const [review] = await db.select().from(reviewRequests).where(eq(reviewRequests.subjectId, id));
    const decided = await api(b.http, "POST", `/reviews/${review!.id}/decision`, {
      decision: "approve",
    });
    expect(decided.status).toBe(200);
    expect(await runOf(db, id)).toMatchObject({ status: "completed", resumptions: [] });
  });
});

describe("a restart with many runs waiting", () => {
  test("100 runs handed over at shutdown are all resumed in one recovery pass and complete, each step once", {
    timeout: 180_000,
  }, async () => {
    script(3);
    const db = first.database.db;
    const gone = "gone-host:4242:restarted";
    // What a shutdown with 100 runs in flight leaves: each planned, handed over, nothing open.
    const runs = await db
      .insert(goalRuns)
      .values(
        Array.from({ length: 100 }, (_, i) => ({
          goal: `Report on the facts, number ${i}.`,
          status: "queued" as const,
          phase: "executing" as const,
          budget: { maxSteps: 4, maxTokens: 20_000, maxSeconds: 300 },
          createdBy: operator.user.id,
          ownerInstance: gone,
          heartbeatAt: null,
          tokensUsed: 30,
        })),
      )
      .returning({ id: goalRuns.id });
    const ids = runs.map((r) => r.id);
    await db.insert(goalSteps).values(
      ids.map((runId) => ({
        runId,
        index: 0,
        kind: "plan" as const,
        title: "Plan",
        task: "reasoning",
        output: twoStepPlan,
        promptTokens: 20,
        completionTokens: 10,
        status: "succeeded" as const,
        finishedAt: new Date(),
      })),
    );
    const inserted = performance.now();
    const live = instances.map((i) => i.services.instanceId);
    const states = () =>
      db
        .select({ status: goalRuns.status, owner: goalRuns.ownerInstance })
        .from(goalRuns)
        .where(inArray(goalRuns.id, ids));
    await until(states, (rows) => rows.every((r) => live.includes(r.owner ?? "")), 60_000);
    const resumedMs = performance.now() - inserted;
    await until(states, (rows) => rows.every((r) => r.status === "completed"), 120_000);
    const completedMs = performance.now() - inserted;
    console.log(
      `restart with 100 runs waiting: all taken over and resumed ${Math.round(resumedMs)} ms after they were left (recovery runs every second), all completed after ${Math.round(completedMs)} ms`,
    );
    const calls = callsMade();
    expect(calls.plan).toBeUndefined();
    expect(calls).toMatchObject({ "step:1": 100, "step:2": 100, synthesize: 100 });
    for (const id of ids.slice(0, 5)) await expectEachStepOnce(db, id);
    const resumptions = await db
      .select({ resumptions: goalRuns.resumptions })
      .from(goalRuns)
      .where(inArray(goalRuns.id, ids));
    for (const r of resumptions) {
      expect(r.resumptions).toEqual([
        expect.objectContaining({ from: gone, reason: "handed-over", completedSteps: 1 }),
      ]);
    }
  });
});

describe("replies that outlive their instance", () => {
  test("a reply whose instance stopped heartbeating is stored with what it wrote by then, marked interrupted", async () => {
    const db = first.database.db;
    const [room] = await db.insert(rooms).values({ name: "Left behind" }).returning();
    const [agent] = await db
      .insert(agents)
      .values({ name: "Orphaned", persona: "You explain." })
      .returning();
    const streamId = "6a1f1c9e-3b0d-4e0a-9c55-0d7c1e2b3a4f";
    // What an instance that died while writing leaves: the row, its text as of its last heartbeat.
    await db.insert(roomReplies).values({
      streamId,
      roomId: room!.id,
      agentId: agent!.id,
      agentName: "Orphaned",
      meta: { model: "llama3.2:3b" },
      body: "The first half of the ans",
      ownerInstance: "gone-host:4242:dead02",
      heartbeatAt: new Date(Date.now() - 7_000),
    });
    const [stored] = await until(
      () => db.select().from(roomMessages).where(eq(roomMessages.id, streamId)),
      (rows) => rows.length === 1,
      15_000,
    );
    expect(stored).toMatchObject({
      kind: "agent",
      authorAgentId: agent!.id,
      body: "The first half of the ans",
      meta: { model: "llama3.2:3b", interrupted: true },
    });
    expect(await db.select().from(roomReplies).where(eq(roomReplies.streamId, streamId))).toEqual(
      [],
    );
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("an instance that dies", () => {
  test("killed mid-step, its run is taken over by another instance within seconds and completes, each step once", {
    timeout: 240_000,
  }, async () => {
    // Instance B, in this process on a Postgres reached through the Neon driver (as a shared
    // deployment runs), with its background jobs; instance A, a real `npm start` process on the
    // same database, which is killed (SIGKILL: no shutdown, no handover, no last heartbeat).
    const { runtime } = await builtApp();
    const b = await createTestServices({ database: "neon", env: { OLLAMA_HOST: ollama.url } });
    cleanup.push(() => b.destroy());
    const httpB = await startHttp(b);
    cleanup.push(() => httpB.close());
    const stopB = runtime.startBackgroundJobs(b);
    cleanup.push(async () => {
      await stopB();
      await settleGoalRuns(b);
    });
    const user = await signedInUser(b, "operator");
    const target = b.config.database as { kind: "neon"; url: string; wsProxy?: string };
    const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-killed-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const a = startNexus({
      NEXUS_DATA_DIR: dataDir,
      PORT: String(port),
      DATABASE_URL: target.url,
      NEON_WS_PROXY: target.wsProxy ?? "",
      SESSION_SECRET: b.config.secrets.session.join(","),
      // A shared database needs its encryption key given, like the other instance's.
      NEXUS_ENCRYPTION_KEY: b.config.secrets.encryption.map((key) => key.toString("hex")).join(","),
      REALTIME_SECRET: inject("realtimeSecret"),
      REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
      PARTYKIT_HOST: inject("partykitUrl"),
      OLLAMA_HOST: ollama.url,
    });
    cleanup.push(() => a.killTree());
    await a.ready;
    script(60);
    ollama.behaviour.chunkDelayMs = 40;
    const created = await fetch(`http://127.0.0.1:${port}/api/v1/sage/goals`, {
      method: "POST",
      headers: { authorization: `Bearer ${user.token}`, "content-type": "application/json" },
      body: JSON.stringify({ goal: "Report on the facts." }),
    });
    expect(created.status).toBe(202);
    const id = (await created.json()).data.id as string;
    const db = b.database.db;
    await until(
      () => stepsOf(db, id),
      (steps) => steps.some((s) => s.kind === "step" && s.status === "running" && s.output !== ""),
    );
    const owner = (await runOf(db, id)).ownerInstance;
    expect(owner).not.toBe(b.instanceId);
    await a.killTree();
    const killed = performance.now();
    const taken = await until(
      () => runOf(db, id),
      (run) => run.ownerInstance === b.instanceId,
      20_000,
    );
    const takenMs = performance.now() - killed;
    const done = await until(
      () => runOf(db, id),
      (run) => run.status === "completed",
      60_000,
    );
    console.log(
      `instance killed mid-step: its run was taken over by the other instance ${Math.round(takenMs)} ms after it died, and completed there`,
    );
    expect(takenMs).toBeLessThan(10_000);
    expect(taken.resumptions).toEqual([
      expect.objectContaining({ from: owner, to: b.instanceId, reason: "owner-lost" }),
    ]);
    expect(done.finalAnswer).toBe("All done.");
    const { steps } = await expectEachStepOnce(db, id);
    const interrupted = steps.filter((s) => s.status === "interrupted");
    expect(interrupted).toHaveLength(1);
    expect(interrupted[0]).toMatchObject({ kind: "step", planStep: 1 });
    expect(interrupted[0]!.error).toMatch(/stopped answering/);
    expect(callsMade()).toEqual({
      plan: 1,
      "step:1": 2,
      "verify:1": 1,
      "step:2": 1,
      "verify:2": 1,
      synthesize: 1,
    });
  });
});
