import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { applyEmergencyAction } from "#app/emergency/emergency.server.ts";
import { COLLAB_PARTY } from "#app/realtime/room-token.ts";
import { settleReplies } from "#app/rooms/replies.server.ts";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import { aiModels, goalSteps, roomMessages, roomReplies } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import { openParty, type PartyClient, partyUrl } from "#tests/support/party-client.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Two instances of one deployment (one Postgres, each with its own instance id, registry of
 * running work and HTTP server): what a person asks of AI work on one instance reaches the work
 * running on the other within a second.
 */

let ollama: FakeOllama;
let a: TestServices;
let b: TestServices;
let httpA: Awaited<ReturnType<typeof startHttp>>;
let httpB: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  ollama = await startFakeOllama();
  a = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
  b = await createTestServices({ env: { OLLAMA_HOST: ollama.url }, sameDatabaseAs: a });
  httpA = await startHttp(a);
  httpB = await startHttp(b);
  operator = await signedInUser(a, "operator");
});
afterAll(async () => {
  for (const services of [a, b]) {
    if (!services) continue;
    await settleReplies(services);
    await settleGoalRuns(services);
  }
  await httpA?.close();
  await httpB?.close();
  await b?.destroy();
  await a?.destroy();
  await ollama?.close();
});
afterEach(async () => {
  await Promise.all([settleReplies(a), settleReplies(b), settleGoalRuns(a), settleGoalRuns(b)]);
  ollama.reset();
  await a.database.db.update(aiModels).set({ calls: 0, successes: 0, recentLatenciesMs: [] });
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

const longReply = (prefix: string) =>
  Array.from({ length: 300 }, (_, i) => `${prefix}${i}`).join(" ");

async function roomWithAgent(name: string) {
  const room = await api(httpA, "POST", "/rooms", { name: `Room of ${name}` });
  expect(room.status).toBe(201);
  const roomId = room.body.data.id as string;
  const agent = await api(httpA, "POST", "/agents", { name, persona: "You explain things." });
  expect(agent.status).toBe(201);
  const agentId = agent.body.data.id as string;
  expect((await api(httpA, "POST", `/rooms/${roomId}/agents`, { agentId })).status).toBe(201);
  const minted = await api(httpA, "POST", "/realtime/tokens", { room: roomId });
  const watcher = await openParty(
    partyUrl(a.realtime.url, COLLAB_PARTY, roomId, minted.body.data.token),
  );
  return { roomId, agentId, watcher };
}

/** Asks the agent on instance A and waits until its reply is being written. */
async function replyOnA(roomId: string, agentId: string, watcher: PartyClient) {
  const asked = await api(httpA, "POST", `/rooms/${roomId}/ask`, { agentId });
  expect(asked.status).toBe(202);
  const streamId = asked.body.data.streamId as string;
  const isThis = (d: unknown) => (d as { streamId?: string }).streamId === streamId;
  await watcher.next("agent-delta", isThis, 10_000);
  return { streamId, isThis };
}

describe("AI work across instances", () => {
  test("a reply written on one instance is stopped through the other within a second", async () => {
    ollama.behaviour.reply = longReply("word");
    ollama.behaviour.chunkDelayMs = 30;
    const { roomId, agentId, watcher } = await roomWithAgent("Explainer");
    try {
      const { streamId, isThis } = await replyOnA(roomId, agentId, watcher);
      const [row] = await b.database.db
        .select()
        .from(roomReplies)
        .where(eq(roomReplies.streamId, streamId));
      expect(row).toMatchObject({ ownerInstance: a.instanceId, stopRequestedAt: null });

      // B has served a request before (its first pays for loading the routes, not for the stop).
      expect((await api(httpB, "GET", `/rooms/${roomId}`)).status).toBe(200);
      const asked = performance.now();
      const modelStopped = ollama.waitForClientAbort(5_000).then(() => performance.now() - asked);
      const stop = await api(httpB, "POST", `/rooms/${roomId}/replies/${streamId}/stop`);
      const answeredMs = performance.now() - asked;
      expect(stop).toMatchObject({ status: 200, body: { data: { streamId, stopped: true } } });
      const end = await watcher.next("agent-end", isThis, 5_000);
      const endedMs = performance.now() - asked;
      const modelStoppedMs = await modelStopped;
      expect(end.data).toMatchObject({ status: "stopped" });
      const stored = await watcher.next("message", (d) => (d as { id: string }).id === streamId);
      const storedMs = performance.now() - asked;
      console.log(
        `reply stopped through the other instance: the stop answered after ${Math.round(answeredMs)} ms, the stream ended after ${Math.round(endedMs)} ms, the model call was closed after ${Math.round(modelStoppedMs)} ms, the reply was stored after ${Math.round(storedMs)} ms`,
      );
      expect(endedMs).toBeLessThan(5_000);
      expect(modelStoppedMs).toBeLessThan(5_000);
      expect(stored.data).toMatchObject({ meta: { stopped: true } });
      const body = (stored.data as { body: string }).body;
      expect(body).toMatch(/^word0 word1/);
      expect(body.length).toBeLessThan(ollama.behaviour.reply.length);
      // Once stored, its row is gone: a second stop, on either instance, finds nothing to stop.
      await settleReplies(a);
      expect(await b.database.db.select().from(roomReplies)).toEqual([]);
      for (const http of [httpA, httpB]) {
        const again = await api(http, "POST", `/rooms/${roomId}/replies/${streamId}/stop`);
        expect(again.status).toBe(404);
      }
      const [message] = await b.database.db
        .select()
        .from(roomMessages)
        .where(eq(roomMessages.id, streamId));
      expect(message?.body).toBe(body);
    } finally {
      watcher.close();
    }
  });

  test("a stop for a reply that is being written nowhere is a 404 on any instance", async () => {
    const { roomId, watcher } = await roomWithAgent("Idle");
    watcher.close();
    const unknown = "4f0c7d3e-2b1a-4c5d-8e9f-0a1b2c3d4e5f";
    for (const http of [httpA, httpB]) {
      expect((await api(http, "POST", `/rooms/${roomId}/replies/${unknown}/stop`)).status).toBe(
        404,
      );
    }
  });

  test("a goal run executing on one instance is cancelled through the other within a second", async () => {
    // The plan streams for ~15 s: it is mid-step when the cancel comes.
    ollama.behaviour.reply = longReply("plan");
    ollama.behaviour.chunkDelayMs = 50;
    const created = await api(httpA, "POST", "/sage/goals", { goal: "Explain everything slowly." });
    expect(created.status).toBe(202);
    const id = created.body.data.id as string;
    // Mid-step: the plan's row is open and has some of the output.
    for (let i = 0; ; i++) {
      const [step] = await b.database.db.select().from(goalSteps).where(eq(goalSteps.runId, id));
      if (step?.status === "running" && step.output.length > 0) break;
      if (i > 200) throw new Error("the plan never started streaming");
      await new Promise((r) => setTimeout(r, 50));
    }
    expect((await api(httpB, "GET", `/sage/goals/${id}`)).status).toBe(200);
    const asked = performance.now();
    const modelStopped = ollama.waitForClientAbort(5_000).then(() => performance.now() - asked);
    const cancelled = await api(httpB, "POST", `/sage/goals/${id}/cancel`);
    const answeredMs = performance.now() - asked;
    const modelStoppedMs = await modelStopped;
    console.log(
      `goal run cancelled through the other instance: the model call was closed after ${Math.round(modelStoppedMs)} ms, the cancel answered after ${Math.round(answeredMs)} ms`,
    );
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data).toMatchObject({ status: "cancelled" });
    expect(modelStoppedMs).toBeLessThan(5_000);
    // The owner closed the open step, as cancelled, before the cancel answered.
    const steps = cancelled.body.data.steps as { status: string; output: string }[];
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ status: "cancelled" });
    expect(steps[0]!.output).toMatch(/^plan0 plan1/);
    await settleGoalRuns(a);
    const after = await api(httpB, "GET", `/sage/goals/${id}`);
    expect(after.body.data).toMatchObject({ status: "cancelled", phase: null });
    expect(after.body.data.error).toMatch(/^Cancelled by/);
  });

  test("the emergency stop made on one instance stops a reply written on the other within a second", async () => {
    ollama.behaviour.reply = longReply("halt");
    ollama.behaviour.chunkDelayMs = 30;
    const { roomId, agentId, watcher } = await roomWithAgent("Stoppable");
    const system = { id: null, label: "test" };
    try {
      const { isThis } = await replyOnA(roomId, agentId, watcher);
      const asked = performance.now();
      await applyEmergencyAction(b, { action: "stop", reason: "drill" }, system);
      const end = await watcher.next("agent-end", isThis, 5_000);
      const endedMs = performance.now() - asked;
      console.log(
        `emergency stop on the other instance: the reply's stream ended after ${Math.round(endedMs)} ms`,
      );
      expect(end.data).toMatchObject({ status: "stopped" });
      expect(endedMs).toBeLessThan(5_000);
    } finally {
      watcher.close();
      await applyEmergencyAction(b, { action: "resume", reason: "drill over" }, system);
    }
  });
});
