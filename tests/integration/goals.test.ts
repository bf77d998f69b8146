import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { applyEmergencyAction } from "#app/emergency/emergency.server.ts";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import { activityEvents, aiCalls, aiModels, goalRuns, reviewRequests } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let ollama: FakeOllama;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
let viewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  ollama = await startFakeOllama();
  services = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
  viewer = await signedInUser(services, "viewer");
});
afterAll(async () => {
  await settleGoalRuns(services);
  await http?.close();
  await services?.destroy();
  await ollama?.close();
});
afterEach(async () => {
  await settleGoalRuns(services);
  ollama.reset();
  // Keep model selection unmeasured (so deterministic) from one test to the next.
  await services.database.db
    .update(aiModels)
    .set({ calls: 0, successes: 0, recentLatenciesMs: [] });
});

function api(method: string, path: string, body?: unknown, token = operator.token) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

type Message = { role: string; content: string };
interface Script {
  plan?: string;
  step?: (content: string) => string;
  verdict?: (content: string) => string;
  final?: string;
}

/** Answers the planner, the steps, the verifier and the synthesis differently. */
function script(s: Script) {
  ollama.behaviour.script = (messages: Message[]) => {
    const system = messages[0]?.content ?? "";
    const user = messages.at(-1)?.content ?? "";
    if (system.includes("planner")) return s.plan;
    if (system.includes("strict verifier")) {
      return s.verdict ? s.verdict(user) : '{"score": 0.9, "issues": []}';
    }
    if (system.includes("final answer")) return s.final ?? "The final answer.";
    return s.step ? s.step(user) : "Step done.";
  };
}

const threeStepPlan = JSON.stringify({
  steps: [
    { title: "Write a function that parses the log lines", task: "code" },
    { title: "Summarize the parsed errors", task: "summarization" },
    { title: "Decide which error matters most", task: "reasoning" },
  ],
});

/** The pipeline has ended (a run needing review waits for people only). */
const TERMINAL = ["needs_review", "completed", "failed", "cancelled"];

async function getRun(id: string) {
  const response = await api("GET", `/sage/goals/${id}`, undefined, viewer.token);
  expect(response.status).toBe(200);
  return (await response.json()).data;
}

async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > end) throw new Error(`timed out; last value: ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const finished = (id: string) =>
  until(
    () => getRun(id),
    (run) => TERMINAL.includes(run.status),
  );

async function start(body: Record<string, unknown>) {
  const response = await api("POST", "/sage/goals", body);
  expect(response.status).toBe(202);
  return (await response.json()).data as { id: string; status: string };
}

const reviewsFor = (stepId: string) =>
  services.database.db.select().from(reviewRequests).where(eq(reviewRequests.subjectId, stepId));

describe("a goal run", () => {
  test("plans, executes each step on its selected model, verifies, answers, and keeps it all", async () => {
    script({
      plan: threeStepPlan,
      step: (user) => `Output for: ${/Now do step (\d)/.exec(user)?.[1]}`,
      final: "The disk-full error matters most.",
    });
    const run = await start({ goal: "Find the worst error in the logs", context: "web tier" });
    expect(run).toMatchObject({ status: "queued", goal: "Find the worst error in the logs" });
    const done = await finished(run.id);
    expect(done).toMatchObject({
      status: "completed",
      phase: null,
      reviewThreshold: 0.8,
      requireApproval: false,
      context: "web tier",
      finalAnswer: "The disk-full error matters most.",
      error: null,
      budget: { maxSteps: 6, maxTokens: 20_000, maxSeconds: 300 },
      createdBy: operator.user.id,
      // Executed here from start to end: this instance, never resumed elsewhere.
      instance: services.instanceId,
      resumptions: [],
    });
    expect(done.finishedAt).not.toBeNull();
    const steps = done.steps as Record<string, unknown>[];
    expect(steps.map((s) => s.kind)).toEqual([
      "plan",
      "step",
      "verify",
      "step",
      "verify",
      "step",
      "verify",
      "synthesize",
    ]);
    expect(steps.map((s) => s.task)).toEqual([
      "reasoning",
      "code",
      "verification",
      "summarization",
      "verification",
      "reasoning",
      "verification",
      "summarization",
    ]);
    expect(steps.every((s) => s.status === "succeeded")).toBe(true);
    // The code step went to the code model, the summary to the smaller chat model.
    expect(steps[1]).toMatchObject({ model: "qwen2.5-coder:7b", provider: "ollama", planStep: 1 });
    expect(steps[3]).toMatchObject({ model: "llama3.2:3b", planStep: 2 });
    for (const step of steps) {
      expect(step.reason).toMatch(new RegExp(`^${String(step.model).replace(/\./g, "\\.")}: `));
      expect(step.promptTokens).toBe(7);
      expect(step.completionTokens).toBeGreaterThan(0);
      expect(step.latencyMs).toEqual(expect.any(Number));
    }
    expect(steps[1]!.output).toBe("Output for: 1");
    expect(steps[5]!.output).toBe("Output for: 3");
    expect(steps[1]).toMatchObject({ title: "Write a function that parses the log lines" });
    for (const i of [1, 2, 3, 4, 5, 6]) expect(steps[i]).toMatchObject({ score: 0.9, issues: [] });
    const tokens = steps.reduce(
      (sum, s) => sum + (s.promptTokens as number) + (s.completionTokens as number),
      0,
    );
    expect(done.tokensUsed).toBe(tokens);
    // Every call recorded, and the planner and verifier were asked for JSON.
    const calls = await services.database.db
      .select()
      .from(aiCalls)
      .where(eq(aiCalls.requestId, `goal:${run.id}`));
    expect(calls).toHaveLength(8);
    expect(calls.every((c) => c.status === "ok" && c.userId === operator.user.id)).toBe(true);
    const chats = ollama.requests.filter((r) => r.path === "/api/chat");
    expect(chats[0]!.body).toMatchObject({ format: "json" });
    expect(chats[1]!.body).not.toHaveProperty("format");
    expect(chats[2]!.body).toMatchObject({ format: "json" });
    // Later steps see earlier results.
    const third = chats[5]!.body as { messages: Message[] };
    expect(third.messages.at(-1)!.content).toContain("Output for: 2");
    // No review: every score was high.
    for (const step of steps) expect(await reviewsFor(step.id as string)).toEqual([]);
    const [started] = await services.database.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.subjectId, run.id));
    expect(started).toMatchObject({ type: "goal.started", actorId: operator.user.id });

    const list = await (await api("GET", "/sage/goals?limit=1", undefined, viewer.token)).json();
    expect(list.data[0]).toMatchObject({ id: run.id, status: "completed" });
    expect(list.data[0]).not.toHaveProperty("steps");
  });

  test("a numbered-list plan and a prose verdict are parsed too", async () => {
    script({
      plan: "Sure! Here is the plan:\n1. Gather the facts\n2) **Write the summary**\n\nGood luck.",
      verdict: () => "Score: 8/10\nIssues:\n- one date is unsourced\n",
    });
    const done = await finished((await start({ goal: "Brief me" })).id);
    // 0.8 meets the threshold, but the verifier named an issue: a person looks.
    expect(done.status).toBe("needs_review");
    const steps = done.steps.filter((s: { kind: string }) => s.kind === "step");
    expect(steps.map((s: { title: string }) => s.title)).toEqual([
      "Gather the facts",
      "Write the summary",
    ]);
    expect(steps[0]).toMatchObject({ score: 0.8, issues: ["one date is unsourced"] });
  });

  test("an unparseable plan fails the run clearly", async () => {
    script({ plan: "I am not sure what you mean." });
    const done = await finished((await start({ goal: "Do the thing" })).id);
    expect(done.status).toBe("failed");
    expect(done.error).toMatch(/The plan could not be parsed/);
    expect(done.steps).toHaveLength(1);
    expect(done.steps[0]).toMatchObject({
      kind: "plan",
      status: "failed",
      output: "I am not sure what you mean.",
      error: expect.stringMatching(/could not be parsed/),
    });
  });

  test("an unparseable verdict fails that verification and sends the step to review", async () => {
    script({ plan: '{"steps": ["Only step"]}', verdict: () => "Looks fine to me!" });
    const done = await finished((await start({ goal: "One step" })).id);
    expect(done.status).toBe("needs_review");
    const [, step, verify] = done.steps;
    expect(verify).toMatchObject({
      kind: "verify",
      status: "failed",
      score: null,
      error: expect.stringMatching(/verifier's answer could not be parsed/),
    });
    expect(step).toMatchObject({ status: "succeeded", score: null });
    const [review] = await reviewsFor(step.id);
    expect(review).toMatchObject({ kind: "task_review", status: "open", urgency: "high" });
    expect(review!.title).toMatch(/could not be verified/);
  });
});

describe("budgets", () => {
  test("a plan longer than the step budget is refused", async () => {
    script({ plan: threeStepPlan });
    const done = await finished((await start({ goal: "x", budget: { maxSteps: 2 } })).id);
    expect(done).toMatchObject({ status: "failed", budget: { maxSteps: 2 } });
    expect(done.error).toBe("Step budget exceeded: the plan has 3 steps, the budget allows 2.");
    expect(done.steps.map((s: { kind: string }) => s.kind)).toEqual(["plan"]);
  });

  test("the token budget stops the run once spent", async () => {
    script({ plan: threeStepPlan });
    ollama.behaviour.promptTokens = 60;
    const done = await finished((await start({ goal: "x", budget: { maxTokens: 100 } })).id);
    expect(done.status).toBe("failed");
    expect(done.error).toMatch(/^Token budget exhausted: \d+ of 100 tokens/);
    expect(done.tokensUsed).toBeGreaterThan(100);
    expect(done.steps.length).toBeLessThanOrEqual(2);
  });

  test("the time budget aborts the running step", async () => {
    script({
      plan: '{"steps": ["Slow step"]}',
      step: () => Array.from({ length: 100 }, (_, i) => `w${i}`).join(" "),
    });
    // The step streams for 5 s (100 words, 50 ms apart); the budget ends it after 2 s, which
    // leaves the plan time to be written even on a busy machine.
    ollama.behaviour.chunkDelayMs = 50;
    const done = await finished((await start({ goal: "x", budget: { maxSeconds: 2 } })).id);
    expect(done.status).toBe("failed");
    expect(done.error).toMatch(/^Time budget exhausted/);
    const step = done.steps.at(-1);
    expect(step).toMatchObject({ kind: "step", status: "failed" });
    // Cut off mid-answer, and the model server saw the request go away.
    expect(String(step.output ?? "").split(" ").length).toBeLessThan(100);
    await ollama.waitForClientAbort(10_000);
  });
});

describe("stopping a run", () => {
  const slow = () => {
    script({
      plan: '{"steps": ["Long step", "Never reached"]}',
      step: () => Array.from({ length: 200 }, (_, i) => `w${i}`).join(" "),
    });
    ollama.behaviour.chunkDelayMs = 50;
  };
  const runningStep = (id: string) =>
    until(
      () => getRun(id),
      (run) =>
        run.steps.some((s: { kind: string; output: string }) => s.kind === "step" && s.output),
    );

  test("cancel stops it mid-step", async () => {
    slow();
    const run = await start({ goal: "x" });
    await runningStep(run.id);
    const response = await api("POST", `/sage/goals/${run.id}/cancel`);
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.status).toBe("cancelled");
    expect(data.error).toBe(`Cancelled by ${operator.user.email} (token).`);
    expect(data.steps.at(-1)).toMatchObject({ kind: "step", status: "cancelled" });
    expect(data.steps.at(-1).output.length).toBeGreaterThan(0);
    await ollama.waitForClientAbort(5_000);
    expect((await api("POST", `/sage/goals/${run.id}/cancel`)).status).toBe(409);
    const calls = await services.database.db
      .select()
      .from(aiCalls)
      .where(eq(aiCalls.requestId, `goal:${run.id}`));
    expect(calls.at(-1)).toMatchObject({ status: "aborted" });
  });

  test("emergency pause refuses new runs; stop aborts running ones", async () => {
    const by = { id: null, label: "test" };
    await applyEmergencyAction(services, { action: "pause", reason: "drill" }, by);
    try {
      const refused = await api("POST", "/sage/goals", { goal: "x" });
      expect(refused.status).toBe(423);
      expect((await refused.json()).error.code).toBe("EMERGENCY_ACTIVE");
    } finally {
      await applyEmergencyAction(services, { action: "resume", reason: "drill over" }, by);
    }
    slow();
    const run = await start({ goal: "x" });
    await runningStep(run.id);
    try {
      await applyEmergencyAction(services, { action: "stop", reason: "runaway" }, by);
      const done = await finished(run.id);
      expect(done.status).toBe("cancelled");
      expect(done.error).toMatch(/emergency stop/);
      expect(done.steps.at(-1)).toMatchObject({ kind: "step", status: "aborted" });
      expect(done.steps.some((s: { title: string }) => s.title === "Never reached")).toBe(false);
    } finally {
      await applyEmergencyAction(services, { action: "resume", reason: "fixed" }, by);
    }
  });
});

describe("live updates", () => {
  test("run and step events reach the global room as the run goes", async () => {
    const minted = await (
      await fetch(`${http.url}/api/v1/realtime/tokens`, {
        method: "POST",
        headers: { authorization: `Bearer ${viewer.token}`, "content-type": "application/json" },
        body: JSON.stringify({ room: "global" }),
      })
    ).json();
    const { party, room, token } = minted.data;
    const url = `${services.realtime.url.replace("http", "ws")}/parties/${party}/${room}?token=${encodeURIComponent(token)}`;
    const socket = new WebSocket(url);
    type Pushed = { runId: string; event: string; seq: number };
    const events: (Pushed & { run?: Record<string, unknown>; step?: Record<string, unknown> })[] =
      [];
    socket.on("message", (raw) => {
      const text = raw.toString();
      if (text === "pong") return;
      const message = JSON.parse(text);
      if (message.type === "goal") events.push(message.data);
    });
    await new Promise((resolve, reject) => {
      socket.once("open", resolve);
      socket.once("error", reject);
    });
    try {
      script({ plan: '{"steps": ["Only step"]}', verdict: () => '{"score": 0.85, "issues": []}' });
      const run = await start({ goal: "live" });
      await finished(run.id);
      const mine = await until(
        async () => events.filter((e) => e.runId === run.id),
        (list) => list.some((e) => e.event === "run" && e.run?.status === "completed"),
      );
      const runEvents = mine.filter((e) => e.event === "run").map((e) => e.run!);
      expect(runEvents.map((r) => r.status)).toEqual(
        expect.arrayContaining(["queued", "running", "completed"]),
      );
      // It opened no review, so it never passes through needs_review on its way.
      expect(runEvents.map((r) => r.status)).not.toContain("needs_review");
      expect(runEvents.map((r) => r.phase)).toEqual(
        expect.arrayContaining(["planning", "executing", "verifying", "synthesizing"]),
      );
      const steps = mine.filter((e) => e.event === "step").map((e) => e.step!);
      expect(new Set(steps.map((s) => s.kind))).toEqual(
        new Set(["plan", "step", "verify", "synthesize"]),
      );
      expect(steps.some((s) => s.kind === "verify" && s.score === 0.85)).toBe(true);
      expect(steps.some((s) => s.kind === "step" && s.model === null)).toBe(true);
      const seqs = mine.map((e) => e.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
    } finally {
      socket.close();
    }
  });
});

describe("runs on other instances", () => {
  test("a cancel written by another instance stops the run before its next call", async () => {
    script({
      plan: '{"steps": ["Short step", "Never reached"]}',
      step: () => Array.from({ length: 20 }, (_, i) => `w${i}`).join(" "),
    });
    ollama.behaviour.chunkDelayMs = 30;
    const run = await start({ goal: "x" });
    await until(
      () => getRun(run.id),
      (r) => r.steps.some((s: { kind: string }) => s.kind === "step"),
    );
    await services.database.db
      .update(goalRuns)
      .set({ status: "cancelled", error: "Cancelled by someone@elsewhere." })
      .where(eq(goalRuns.id, run.id));
    await settleGoalRuns(services);
    const done = await getRun(run.id);
    expect(done).toMatchObject({ status: "cancelled", error: "Cancelled by someone@elsewhere." });
    expect(done.steps.map((s: { kind: string }) => s.kind)).toEqual(["plan", "step"]);
  });
});

describe("the review queue", () => {
  test("a low score opens a review; approval and rejection are recorded", async () => {
    script({
      plan: '{"steps": ["Claim A", "Claim B"]}',
      verdict: () => '{"score": 0.3, "issues": ["unsupported claim"]}',
    });
    const done = await finished((await start({ goal: "Check the claims" })).id);
    expect(done.status).toBe("needs_review");
    const stepIds = done.steps
      .filter((s: { kind: string }) => s.kind === "step")
      .map((s: { id: string }) => s.id);
    const open = await (await api("GET", "/reviews?status=open", undefined, viewer.token)).json();
    const ours = open.data.filter((r: { subjectId: string }) => stepIds.includes(r.subjectId));
    expect(ours).toHaveLength(2);
    expect(ours[0]).toMatchObject({
      kind: "task_review",
      subjectType: "goal_step",
      status: "open",
      urgency: "high",
      autoApproved: false,
      details: { runId: done.id, score: 0.3, issues: ["unsupported claim"], threshold: 0.8 },
    });
    const [first, second] = ours;

    const one = await api("GET", `/reviews/${first.id}`, undefined, viewer.token);
    expect((await one.json()).data).toMatchObject({ id: first.id });

    const asViewer = await api(
      "POST",
      `/reviews/${first.id}/decision`,
      { decision: "approve" },
      viewer.token,
    );
    expect(asViewer.status).toBe(403);

    const approved = await api("POST", `/reviews/${first.id}/decision`, {
      decision: "approve",
      note: "checked the source",
    });
    expect(approved.status).toBe(200);
    expect((await approved.json()).data).toMatchObject({
      status: "approved",
      decidedBy: operator.user.id,
      decisionNote: "checked the source",
    });
    // One of two approved: the run still waits.
    expect((await getRun(done.id)).status).toBe("needs_review");
    const rejected = await api("POST", `/reviews/${second.id}/decision`, { decision: "reject" });
    expect((await rejected.json()).data).toMatchObject({ status: "rejected", decisionNote: null });
    expect(await getRun(done.id)).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/^Rejected in review: Step 2/),
    });
    const again = await api("POST", `/reviews/${first.id}/decision`, { decision: "reject" });
    expect(again.status).toBe(409);

    const activity = await services.database.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.subjectType, "review"));
    expect(activity.map((a) => [a.type, a.subjectId]).sort()).toEqual(
      [
        ["review.approved", first.id],
        ["review.rejected", second.id],
      ].sort(),
    );
    expect(activity.find((a) => a.type === "review.approved")!.summary).toMatch(
      /checked the source/,
    );
    const approvedList = await (await api("GET", "/reviews?status=approved")).json();
    expect(approvedList.data.map((r: { id: string }) => r.id)).toContain(first.id);
  });
});

describe("lists", () => {
  test("goal runs page with a cursor", async () => {
    script({ plan: '{"steps": ["a"]}' });
    for (let i = 0; i < 2; i++) await finished((await start({ goal: `page ${i}` })).id);
    const first = await (await api("GET", "/sage/goals?limit=1")).json();
    expect(first.data).toHaveLength(1);
    expect(first.meta.nextCursor).toEqual(expect.any(String));
    const second = await (
      await api("GET", `/sage/goals?limit=1&cursor=${first.meta.nextCursor}`)
    ).json();
    expect(second.data[0].id).not.toBe(first.data[0].id);
    const failed = await (await api("GET", "/sage/goals?status=failed")).json();
    expect(failed.data.every((r: { status: string }) => r.status === "failed")).toBe(true);
  });
});

describe("refusals", () => {
  const id = crypto.randomUUID();
  test.each([
    ["POST", "/sage/goals", {}, "goal"],
    ["POST", "/sage/goals", { goal: "   " }, "goal"],
    ["POST", "/sage/goals", { goal: "x", context: 5 }, "context"],
    ["POST", "/sage/goals", { goal: "x", budget: { maxSteps: 0 } }, "budget.maxSteps"],
    ["POST", "/sage/goals", { goal: "x", budget: { maxTokens: 1.5 } }, "budget.maxTokens"],
    ["POST", "/sage/goals", { goal: "x", budget: { maxSeconds: 99_999 } }, "budget.maxSeconds"],
    ["GET", "/sage/goals?status=dancing", undefined, "status"],
    ["GET", "/sage/goals?limit=0", undefined, "limit"],
    ["GET", "/sage/goals?cursor=nope", undefined, "cursor"],
    ["GET", "/sage/goals/not-a-uuid", undefined, "id"],
    ["POST", "/sage/goals/not-a-uuid/cancel", undefined, "id"],
    ["GET", "/reviews?status=maybe", undefined, "status"],
    ["GET", "/reviews?kind=gossip", undefined, "kind"],
    ["GET", "/reviews/not-a-uuid", undefined, "id"],
    ["POST", `/reviews/${id}/decision`, {}, "decision"],
    ["POST", `/reviews/${id}/decision`, { decision: "maybe" }, "decision"],
    ["POST", `/reviews/${id}/decision`, { decision: "approve", note: 3 }, "note"],
    ["POST", "/reviews/not-a-uuid/decision", { decision: "approve" }, "id"],
  ])("%s %s %j: 400 naming %s", async (method, path, body, field) => {
    const response = await api(method, path, body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  test.each([
    ["GET", `/sage/goals/${id}`, undefined],
    ["POST", `/sage/goals/${id}/cancel`, undefined],
    ["GET", `/reviews/${id}`, undefined],
    ["POST", `/reviews/${id}/decision`, { decision: "approve" }],
  ])("%s %s: 404 when it does not exist", async (method, path, body) => {
    expect((await api(method, path, body)).status).toBe(404);
  });

  test.each([
    ["POST", "/sage/goals", { goal: "x" }],
    ["POST", `/sage/goals/${id}/cancel`, undefined],
    ["POST", `/reviews/${id}/decision`, { decision: "approve" }],
  ])("a viewer may not %s %s", async (method, path, body) => {
    expect((await api(method, path, body, viewer.token)).status).toBe(403);
  });
});

describe("the pages (without JavaScript)", () => {
  const postForm = (path: string, values: Record<string, string>, cookie = operator.cookie) =>
    fetch(`${http.url}${path}`, {
      method: "POST",
      body: new URLSearchParams(values),
      headers: { cookie, origin: http.url, "sec-fetch-site": "same-origin" },
      redirect: "manual",
    });
  const page = async (path: string, cookie = operator.cookie) => {
    const response = await fetch(`${http.url}${path}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    return response.text();
  };

  test("start a goal with the form, read its report, decide its review", async () => {
    script({
      plan: '{"steps": ["Estimate the load"]}',
      step: () => "About 40 requests per second.",
      verdict: () => '{"score": 0.4, "issues": ["no source for the figure"]}',
      final: "Plan for 40 rps.",
    });
    const invalid = await postForm("/sage/goals", { goal: "", maxSteps: "0" });
    expect(invalid.status).toBe(400);
    const html = await invalid.text();
    expect(html).toContain("goal must not be empty");

    const created = await postForm("/sage/goals", {
      goal: "Size the web tier",
      context: "",
      maxSteps: "3",
      maxTokens: "",
      maxSeconds: "",
    });
    expect(created.status).toBe(302);
    const location = created.headers.get("location")!;
    const id = /^\/sage\/goals\/([0-9a-f-]{36})$/.exec(location)![1]!;
    const done = await finished(id);
    expect(done).toMatchObject({
      status: "needs_review",
      budget: { maxSteps: 3, maxTokens: 20_000 },
    });

    const report = await page(location);
    expect(report).toContain("Goal report");
    expect(report).toContain("Size the web tier");
    expect(report).toContain("Plan for 40 rps.");
    expect(report).toContain("About 40 requests per second.");
    expect(report).toContain("score 0.40");
    expect(report).toContain("no source for the figure");

    const list = await page("/sage/goals");
    expect(list).toContain("Size the web tier");
    expect(list).toContain("Start goal");
    expect(await page("/sage/goals", viewer.cookie)).not.toContain("Start goal");

    const queue = await page("/reviews");
    expect(queue).toContain("Estimate the load");
    expect(queue).toContain("Approve");
    const stepId = done.steps.find((s: { kind: string }) => s.kind === "step").id;
    const [review] = await reviewsFor(stepId);
    const decided = await postForm("/reviews", {
      id: review!.id,
      decision: "approve",
      note: "fine for a first sizing",
    });
    expect(decided.status).toBe(302);
    const [after] = await reviewsFor(stepId);
    expect(after).toMatchObject({ status: "approved", decisionNote: "fine for a first sizing" });
    // Its only review approved: the run is complete, and its page says so.
    expect((await getRun(id)).status).toBe("completed");
    expect(await page(location)).toContain("completed");
    const again = await postForm("/reviews", { id: review!.id, decision: "reject" });
    expect(again.status).toBe(409);
    const asViewer = await postForm(
      "/reviews",
      { id: review!.id, decision: "reject" },
      viewer.cookie,
    );
    expect(asViewer.status).toBe(403);
    expect(await page("/reviews?status=approved", viewer.cookie)).toContain(
      "fine for a first sizing",
    );
  });

  test("a running goal can be cancelled from its page", async () => {
    script({
      plan: '{"steps": ["Long step"]}',
      step: () => Array.from({ length: 200 }, (_, i) => `w${i}`).join(" "),
    });
    ollama.behaviour.chunkDelayMs = 50;
    const run = await start({ goal: "Take a while" });
    await until(
      () => getRun(run.id),
      (r) => r.steps.some((s: { kind: string }) => s.kind === "step"),
    );
    const live = await page(`/sage/goals/${run.id}`);
    expect(live).toContain("Cancel run");
    const cancelled = await postForm(`/sage/goals/${run.id}`, {});
    expect(cancelled.status).toBe(302);
    expect((await getRun(run.id)).status).toBe("cancelled");
    const missing = await fetch(`${http.url}/sage/goals/${crypto.randomUUID()}`, {
      headers: { cookie: operator.cookie },
    });
    expect(missing.status).toBe(404);
  });
});
