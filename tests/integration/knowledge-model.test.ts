import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { applyEmergencyAction } from "#app/emergency/emergency.server.ts";
import { aiModels, goalRuns, goalSteps, reviewRequests } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/** The model-assisted parts of the knowledge graph, against a fake Ollama. */
let ollama: FakeOllama;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;
type Message = { role: string; content: string };

beforeAll(async () => {
  ollama = await startFakeOllama();
  services = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
  admin = await signedInUser(services, "admin");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
  await ollama?.close();
});
afterEach(async () => {
  ollama.reset();
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

async function data(response: Response, status = 200) {
  const body = await response.json();
  if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(body)}`);
  return body.data;
}

const chatRequests = () =>
  ollama.requests.filter((r) => r.path === "/api/chat") as unknown as {
    body: { messages: Message[] };
  }[];

describe("extraction", () => {
  const proposal = {
    nodes: [
      {
        id: "n1",
        kind: "fact",
        label: "Honey never spoils",
        content: "Sealed honey keeps for millennia.",
        confidence: 0.8,
        importance: 0.5,
      },
      { id: "n2", kind: "concept", label: "Low water activity", confidence: 0.9 },
      { id: "bad", kind: "opinion", label: "Honey is tasty" },
    ],
    edges: [
      { fromId: "n2", toId: "n1", relation: "causes", strength: 0.7, evidence: "low moisture" },
      { fromId: "n1", toId: "ghost", relation: "supports" },
    ],
  };

  test("a model's proposal comes back as an editable draft; what is accepted is imported", async () => {
    ollama.behaviour.script = (messages) =>
      messages[0]?.content.includes("extract a knowledge graph")
        ? `Here you go: ${JSON.stringify(proposal)}`
        : undefined;
    const draft = await data(
      await api("POST", "/knowledge/extract", {
        text: "Honey never spoils because of its low water activity.",
        domain: "food",
      }),
    );
    expect(draft.draft.nodes.map((n: { id: string }) => n.id)).toEqual(["n1", "n2"]);
    expect(draft.draft.nodes[0]).toMatchObject({ domain: "food", label: "Honey never spoils" });
    expect(draft.draft.edges).toEqual([
      expect.objectContaining({ fromId: "n2", toId: "n1", relation: "causes" }),
    ]);
    expect(draft.dropped).toHaveLength(2);
    // The text reached the model.
    const sent = chatRequests().at(-1)!.body.messages.at(-1)!.content;
    expect(sent).toContain("low water activity");

    // The person edits the draft and accepts it.
    draft.draft.nodes[0].label = "Sealed honey never spoils";
    const imported = await data(await api("POST", "/knowledge/import", draft.draft), 201);
    expect(imported).toMatchObject({ nodesCreated: 2, edgesCreated: 1 });
    const node = await data(await api("GET", `/knowledge/nodes/${imported.ids.n1}`));
    expect(node.node.label).toBe("Sealed honey never spoils");
    expect(node.edges).toEqual([expect.objectContaining({ relation: "causes", direction: "in" })]);
  });

  test("an approved goal step's output is extracted the same way; one under review is refused", async () => {
    ollama.behaviour.script = (messages) =>
      messages[0]?.content.includes("extract a knowledge graph")
        ? JSON.stringify({ nodes: [{ id: "s1", kind: "fact", label: "Disk full on web-3" }] })
        : undefined;
    const db = services.database.db;
    const [run] = await db
      .insert(goalRuns)
      .values({
        goal: "Find the worst error",
        status: "completed",
        budget: { maxSteps: 6, maxTokens: 20_000, maxSeconds: 300 },
      })
      .returning();
    const [step] = await db
      .insert(goalSteps)
      .values({
        runId: run!.id,
        index: 1,
        kind: "step",
        title: "Read the logs",
        task: "reasoning",
        output: "The worst error: the disk on web-3 is full.",
        status: "succeeded",
      })
      .returning();
    const draft = await data(await api("POST", "/knowledge/extract", { goalStepId: step!.id }));
    expect(draft.draft.nodes[0].label).toBe("Disk full on web-3");
    expect(chatRequests().at(-1)!.body.messages.at(-1)!.content).toContain("disk on web-3 is full");

    await db.insert(reviewRequests).values({
      kind: "task_review",
      subjectType: "goal_step",
      subjectId: step!.id,
      title: "Low score",
    });
    expect((await api("POST", "/knowledge/extract", { goalStepId: step!.id })).status).toBe(409);
    const unknown = await api("POST", "/knowledge/extract", {
      goalStepId: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.status).toBe(404);
  });

  test("or the draft goes to the review queue", async () => {
    const review = await data(
      await api("POST", "/knowledge/extract/review", {
        draft: { nodes: [{ id: "a", kind: "fact", label: "Bees make honey" }], edges: [] },
      }),
      201,
    );
    expect(review).toMatchObject({ kind: "fact_verification", status: "open" });
    expect(review.details.draft.nodes[0].label).toBe("Bees make honey");
  });

  test("an answer with nothing usable is a 502, and a paused AI a 423", async () => {
    ollama.behaviour.script = () => "I cannot help with that.";
    const response = await api("POST", "/knowledge/extract", { text: "Anything." });
    expect(response.status).toBe(502);
    await applyEmergencyAction(
      services,
      { action: "pause", reason: "test" },
      { id: admin.user.id, label: "admin" },
    );
    try {
      const paused = await api("POST", "/knowledge/extract", { text: "Anything." });
      expect(paused.status).toBe(423);
    } finally {
      await applyEmergencyAction(
        services,
        { action: "resume", reason: "test" },
        { id: admin.user.id, label: "admin" },
      );
    }
  });
});

describe("model-assisted contradiction checks", () => {
  test("candidates come from search; only confident findings are kept", async () => {
    const base = await data(
      await api("POST", "/knowledge/nodes", {
        kind: "fact",
        label: "Goldfish have a three-second memory",
      }),
      201,
    );
    const unrelatedMatch = await data(
      await api("POST", "/knowledge/nodes", {
        kind: "fact",
        label: "Goldfish memory is studied in labs",
      }),
      201,
    );
    expect(base.contradictions).toEqual([]);
    ollama.behaviour.script = (messages) => {
      if (!messages[0]?.content.includes("careful fact checker")) return undefined;
      const user = messages.at(-1)!.content;
      const lines = user.split("\n").filter((l) => /^\d+\. /.test(l));
      const index = (label: string) => lines.findIndex((l) => l.includes(label)) + 1;
      return JSON.stringify({
        contradictions: [
          { index: index("three-second"), confidence: 0.93, reason: "months vs seconds" },
          { index: index("studied in labs"), confidence: 0.4, reason: "unsure" },
        ],
      });
    };
    const created = await data(
      await api("POST", "/knowledge/nodes", {
        kind: "fact",
        label: "Goldfish remember things for months",
      }),
      201,
    );
    const prompt = chatRequests()
      .map((r) => r.body.messages)
      .findLast((m) => m[0]?.content.includes("careful fact checker"))!;
    // The candidates were the search matches.
    expect(prompt.at(-1)!.content).toContain("Goldfish have a three-second memory");
    expect(created.contradictions).toHaveLength(1);
    expect(created.contradictions[0]).toMatchObject({
      detectedBy: "model",
      reason: "months vs seconds",
    });
    expect(created.contradictions[0].detectionConfidence).toBeCloseTo(0.93);
    const ids = [created.contradictions[0].nodeAId, created.contradictions[0].nodeBId];
    expect(ids).toContain(base.node.id);
    expect(ids).not.toContain(unrelatedMatch.node.id);
    const [review] = await services.database.db
      .select()
      .from(reviewRequests)
      .where(eq(reviewRequests.subjectId, created.contradictions[0].id));
    expect(review?.kind).toBe("contradiction");
  });

  test("a model that fails leaves the write alone", async () => {
    ollama.behaviour.mode = "fail";
    const created = await data(
      await api("POST", "/knowledge/nodes", { kind: "fact", label: "Goldfish can see infrared" }),
      201,
    );
    expect(created.contradictions).toEqual([]);
  });
});

test("the daily diff is summarised by a model when one answers", async () => {
  ollama.behaviour.script = (messages) =>
    messages[0]?.content.includes("summarise one day")
      ? "A quiet day: a few goldfish facts were added."
      : undefined;
  const today = new Date().toISOString().slice(0, 10);
  const diff = await data(await api("GET", `/knowledge/diff?date=${today}`));
  expect(diff.summaryBy).toBe("model");
  expect(diff.summary).toBe("A quiet day: a few goldfish facts were added.");
});
