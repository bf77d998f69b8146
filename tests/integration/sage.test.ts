import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { cacheTags } from "#app/cache/cache.server.ts";
import { applyEmergencyAction } from "#app/emergency/emergency.server.ts";
import { AI_MODELS_LOCAL_MS } from "#app/sage/model-cache.server.ts";
import { discoverModels, listModelRows, startModelRefresher } from "#app/sage/models.server.ts";
import { selectModel } from "#app/sage/selection.server.ts";
import {
  createCollectorState,
  disposeCollectorState,
  sampleMetrics,
} from "#app/system-metrics/collector.server.ts";
import { aiCalls, aiModels, emergencyActions, leases as leasesTable } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { sleep } from "#tests/support/fake-model-server.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { type FakeOpenAI, startFakeOpenAI } from "#tests/support/fake-openai.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

const API_KEY = "sk-test-0123456789";
const PRICES = { "gpt-4o-mini": { input: 1, output: 2 } };

let ollama: FakeOllama;
let openai: FakeOpenAI;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
let viewer: Awaited<ReturnType<typeof signedInUser>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  ollama = await startFakeOllama();
  openai = await startFakeOpenAI(undefined, { apiKey: API_KEY });
  services = await createTestServices({
    env: {
      OLLAMA_HOST: ollama.url,
      OPENAI_BASE_URL: openai.url,
      OPENAI_API_KEY: API_KEY,
      SAGE_PRICES: JSON.stringify(PRICES),
    },
  });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
  viewer = await signedInUser(services, "viewer");
  admin = await signedInUser(services, "admin");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
  await ollama?.close();
  await openai?.close();
});
afterEach(() => {
  ollama.reset();
  openai.reset();
});

function api(
  method: string,
  path: string,
  body?: unknown,
  options: { token?: string; headers?: Record<string, string>; signal?: AbortSignal } = {},
) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${options.token ?? operator.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...options.headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: options.signal,
  });
}

interface SseEvent {
  event: string;
  data: Record<string, unknown>;
  at: number;
}

/** Reads Server-Sent Events as they arrive, noting when each one did. */
async function* readEvents(response: Response): AsyncGenerator<SseEvent> {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += decoder.decode(value, { stream: true });
    let at = buffer.indexOf("\n\n");
    while (at >= 0) {
      const block = buffer.slice(0, at);
      buffer = buffer.slice(at + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? "message";
      const data = JSON.parse(/^data: (.*)$/m.exec(block)?.[1] ?? "null");
      yield { event, data, at: performance.now() };
      at = buffer.indexOf("\n\n");
    }
  }
}

async function allEvents(response: Response): Promise<SseEvent[]> {
  const events: SseEvent[] = [];
  for await (const e of readEvents(response)) events.push(e);
  return events;
}

async function callsFor(requestId: string | null) {
  const rows = await services.database.db.select().from(aiCalls);
  return requestId ? rows.filter((r) => r.requestId === requestId) : rows;
}

async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

const modelByName = async (name: string) =>
  (await listModelRows(services)).find((m) => m.name === name);

describe("discovery", () => {
  test("models come from both providers with inferred capabilities", async () => {
    const response = await api("GET", "/sage/models", undefined, { token: viewer.token });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.providers).toEqual([
      expect.objectContaining({
        provider: "ollama",
        baseUrl: ollama.url,
        reachable: true,
        models: 3,
        error: null,
      }),
      expect.objectContaining({
        provider: "openai",
        baseUrl: `${openai.url}/v1`,
        reachable: true,
        models: 2,
      }),
    ]);
    const byName = Object.fromEntries(
      (data.models as { name: string }[]).map((m) => [m.name, m]),
    ) as Record<string, Record<string, unknown>>;
    expect(byName["qwen2.5-coder:7b"]).toMatchObject({
      provider: "ollama",
      family: "qwen2",
      parameterSize: "7.6B",
      available: true,
      capabilities: ["chat", "code", "reasoning"],
      calls: 0,
      p50LatencyMs: null,
    });
    expect(byName["llama3.2:3b"]!.capabilities).toEqual(["chat"]);
    expect(byName["nomic-embed-text:latest"]!.capabilities).toEqual(["embedding"]);
    expect(byName["text-embedding-3-small"]).toMatchObject({
      provider: "openai",
      capabilities: ["embedding"],
    });
    expect(byName["gpt-4o-mini"]).toMatchObject({ provider: "openai", available: true });
    // The OpenAI-compatible server was asked with the key.
    expect(openai.requests.some((r) => r.path === "/v1/models")).toBe(true);
  });

  test("a provider's answer is cached; refresh asks again and marks missing models unavailable", async () => {
    await api("GET", "/sage/models");
    expect(ollama.requests.filter((r) => r.path === "/api/tags")).toHaveLength(0);
    const saved = ollama.models;
    ollama.models = saved.filter((m) => m.name !== "llama3.2:3b");
    try {
      const response = await api("POST", "/sage/models/refresh", undefined);
      expect(response.status).toBe(200);
      const { data } = await response.json();
      expect(data.models.find((m: { name: string }) => m.name === "llama3.2:3b").available).toBe(
        false,
      );
      expect(ollama.requests.filter((r) => r.path === "/api/tags")).toHaveLength(1);
    } finally {
      ollama.models = saved;
      await api("POST", "/sage/models/refresh");
    }
    expect((await modelByName("llama3.2:3b"))!.available).toBe(true);
  });

  test("when the provider goes away its models become unavailable and NEXUS says what to start", async () => {
    const lone = await startFakeOllama([
      { name: "qwen2.5-coder:7b", family: "qwen2", parameterSize: "7.6B" },
    ]);
    const own = await createTestServices({ env: { OLLAMA_HOST: lone.url } });
    try {
      const first = await discoverModels(own);
      expect(first).toEqual([
        expect.objectContaining({ provider: "ollama", reachable: true, models: 1 }),
      ]);
      expect((await selectModel(own, "code")).model).toBe("qwen2.5-coder:7b");
      await lone.close();
      const after = await discoverModels(own, { force: true });
      expect(after[0]).toMatchObject({ reachable: false, error: { code: "PROVIDER_UNREACHABLE" } });
      expect((await listModelRows(own)).every((m) => !m.available)).toBe(true);
      const error = await selectModel(own, "code").catch((e) => e);
      expect(error).toMatchObject({ name: "NoModelAvailableError", details: { task: "code" } });
      expect(error.message).toBe(
        `No model can do code: start Ollama at ${lone.url} and \`ollama pull qwen2.5-coder\`, or set OPENAI_BASE_URL to an OpenAI-compatible server.`,
      );
    } finally {
      await own.destroy();
      await lone.close().catch(() => {});
    }
  });

  test("requests arriving together on a cold cache all find the models the first one discovers", async () => {
    // Fresh services, fresh database: nothing is known about the models yet.
    const own = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
    try {
      const chosen = await Promise.all(
        Array.from({ length: 8 }, () => selectModel(own, "text-generation")),
      );
      expect(chosen.map((c) => c.provider)).toEqual(Array(8).fill("ollama"));
    } finally {
      await own.destroy();
    }
  });

  test("a refresh made on another instance is seen here within AI_MODELS_LOCAL_MS", async () => {
    const own = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
    const asked = () => ollama.requests.filter((r) => r.path === "/api/tags").length;
    try {
      await discoverModels(own);
      const before = asked();
      // Another instance refreshing invalidates the shared entry (and nothing in this process).
      await own.cache.invalidateTag(cacheTags.aiModels);
      await discoverModels(own);
      expect(asked()).toBe(before);
      await sleep(AI_MODELS_LOCAL_MS + 100);
      await discoverModels(own);
      expect(asked()).toBe(before + 1);
      // A refresh made here asks at once.
      await discoverModels(own, { force: true });
      expect(asked()).toBe(before + 2);
    } finally {
      await own.destroy();
    }
  });

  test("models of a provider that is no longer configured become unavailable", async () => {
    // A fresh database: the openai rows below are this test's own.
    const own = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
    try {
      await own.database.db.insert(aiModels).values({
        provider: "openai",
        name: "gpt-4o-mini",
        capabilities: ["chat"],
        available: true,
      });
      await discoverModels(own);
      const rows = await listModelRows(own);
      expect(rows.find((m) => m.name === "gpt-4o-mini")).toMatchObject({ available: false });
      expect(rows.find((m) => m.name === "llama3.2:3b")).toMatchObject({ available: true });
      expect((await selectModel(own, "text-generation")).provider).toBe("ollama");
    } finally {
      await own.destroy();
    }
  });

  test("a wrong API key is reported as a provider error, not a crash", async () => {
    const own = await createTestServices({
      env: {
        OLLAMA_HOST: "http://127.0.0.1:9",
        OPENAI_BASE_URL: openai.url,
        OPENAI_API_KEY: "sk-wrong",
      },
    });
    try {
      const statuses = await discoverModels(own);
      expect(statuses[0]).toMatchObject({
        provider: "ollama",
        reachable: false,
        error: { code: "PROVIDER_UNREACHABLE" },
      });
      expect(statuses[1]).toMatchObject({
        provider: "openai",
        reachable: false,
        error: { code: "PROVIDER_ERROR" },
      });
      expect(statuses[1]!.error!.message).toMatch(/OPENAI_API_KEY/);
    } finally {
      await own.destroy();
    }
  });
});

describe("selection", () => {
  test("POST /sage/select picks by capability and explains", async () => {
    const code = await api("POST", "/sage/select", { task: "code" }, { token: viewer.token });
    expect(code.status).toBe(200);
    const { data } = await code.json();
    expect(data).toMatchObject({ task: "code", model: "qwen2.5-coder:7b", provider: "ollama" });
    expect(data.reason).toBe("qwen2.5-coder:7b: code-capable, not measured yet, 7.6B parameters");
    expect(data.candidates.map((c: { model: string }) => c.model)).toEqual(["qwen2.5-coder:7b"]);

    const embedding = await (await api("POST", "/sage/select", { task: "embedding" })).json();
    expect(embedding.data.candidates.map((c: { model: string }) => c.model).sort()).toEqual([
      "nomic-embed-text:latest",
      "text-embedding-3-small",
    ]);
    const reasoning = await (await api("POST", "/sage/select", { task: "reasoning" })).json();
    expect(["qwen2.5-coder:7b", "gpt-4o-mini"]).toContain(reasoning.data.model);
  });

  test("measured performance counts after five calls and shows in the reason", async () => {
    await services.database.db
      .update(aiModels)
      .set({
        calls: 40,
        successes: 40,
        recentLatenciesMs: Array.from({ length: 40 }, (_, i) => 800 + i),
      })
      .where(eq(aiModels.name, "llama3.2:3b"));
    await services.database.db
      .update(aiModels)
      .set({ calls: 10, successes: 5, recentLatenciesMs: [100, 100, 100, 100, 100] })
      .where(eq(aiModels.name, "gpt-4o-mini"));
    try {
      const { data } = await (await api("POST", "/sage/select", { task: "summarization" })).json();
      expect(data.model).toBe("llama3.2:3b");
      expect(data.reason).toBe(
        "llama3.2:3b: chat-capable, p50 819 ms over 40 calls, 100% success, 3.2B parameters",
      );
      // 50% success puts gpt-4o-mini behind the unmeasured coder model too.
      expect(data.candidates.map((c: { model: string }) => c.model).at(-1)).toBe("gpt-4o-mini");
      expect(data.candidates.at(-1).reason).toMatch(/over 10 calls, 50% success/);
    } finally {
      await services.database.db
        .update(aiModels)
        .set({ calls: 0, successes: 0, recentLatenciesMs: [] });
    }
  });

  test("an admin's capabilities survive discovery; null restores the inferred ones", async () => {
    const row = (await modelByName("llama3.2:3b"))!;
    const asOperator = await api("PATCH", `/sage/models/${row.id}`, {
      capabilities: ["chat", "code"],
    });
    expect(asOperator.status).toBe(403);
    const patched = await api(
      "PATCH",
      `/sage/models/${row.id}`,
      { capabilities: ["chat", "code"] },
      { token: admin.token },
    );
    expect(patched.status).toBe(200);
    expect((await patched.json()).data).toMatchObject({
      capabilities: ["chat", "code"],
      capabilitiesOverridden: true,
    });
    await api("POST", "/sage/models/refresh");
    expect((await modelByName("llama3.2:3b"))!.capabilities).toEqual(["chat", "code"]);
    const { data } = await (await api("POST", "/sage/select", { task: "code" })).json();
    expect(data.candidates.map((c: { model: string }) => c.model).sort()).toEqual([
      "llama3.2:3b",
      "qwen2.5-coder:7b",
    ]);
    const restored = await api(
      "PATCH",
      `/sage/models/${row.id}`,
      { capabilities: null },
      { token: admin.token },
    );
    expect((await restored.json()).data).toMatchObject({
      capabilities: ["chat"],
      capabilitiesOverridden: false,
    });
    expect(
      (
        await api(
          "PATCH",
          `/sage/models/${crypto.randomUUID()}`,
          { capabilities: null },
          { token: admin.token },
        )
      ).status,
    ).toBe(404);
  });
});

describe("generation", () => {
  test("streams Ollama's answer incrementally through the real HTTP stack and records the call", async () => {
    ollama.behaviour.reply = "one two three four five six";
    ollama.behaviour.chunkDelayMs = 120;
    const response = await api(
      "POST",
      "/sage/generate/stream",
      { prompt: "Count to six", task: "text-generation", model: "llama3.2:3b" },
      { headers: { "accept-encoding": "gzip, br" } },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    expect(response.headers.get("content-encoding")).toBeNull();
    expect(response.headers.get("cache-control")).toMatch(/no-transform/);
    expect(response.headers.get("deprecation")).toBeNull();
    const requestId = response.headers.get("x-request-id");
    const events = await allEvents(response);
    expect(events.map((e) => e.event)).toEqual(["start", ...Array(6).fill("delta"), "done"]);
    expect(events[0]!.data).toMatchObject({ model: "llama3.2:3b", provider: "ollama" });
    expect(
      events
        .filter((e) => e.event === "delta")
        .map((e) => e.data.text)
        .join(""),
    ).toBe("one two three four five six");
    // Incremental: the first delta arrived long before the last one.
    const deltas = events.filter((e) => e.event === "delta");
    expect(deltas.at(-1)!.at - deltas[0]!.at).toBeGreaterThan(400);
    expect(events.at(-1)!.data).toMatchObject({
      promptTokens: 7,
      completionTokens: 6,
      model: "llama3.2:3b",
      provider: "ollama",
      cost: 0,
    });
    const chat = ollama.requests.find((r) => r.path === "/api/chat")!;
    expect(chat.body).toMatchObject({
      model: "llama3.2:3b",
      stream: true,
      messages: [{ role: "user", content: "Count to six" }],
    });
    const [call] = await callsFor(requestId);
    expect(call).toMatchObject({
      model: "llama3.2:3b",
      provider: "ollama",
      task: "text-generation",
      status: "ok",
      promptTokens: 7,
      completionTokens: 6,
      cost: 0,
      userId: operator.user.id,
    });
    expect(call!.latencyMs).toBeGreaterThan(500);
    const model = (await modelByName("llama3.2:3b"))!;
    expect(model).toMatchObject({ calls: 1, successes: 1 });
    expect(model.recentLatenciesMs).toHaveLength(1);
  });

  test("the OpenAI-compatible server's SSE answer, usage and price", async () => {
    openai.behaviour.reply = "Paris is the capital.";
    openai.behaviour.promptTokens = 1000;
    const response = await api("POST", "/sage/generate/stream", {
      messages: [
        { role: "system", content: "Be brief." },
        { role: "user", content: "Capital of France?" },
      ],
      task: "creative",
      model: "gpt-4o-mini",
      temperature: 0.2,
      maxTokens: 50,
    });
    const events = await allEvents(response);
    const done = events.at(-1)!;
    expect(done.event).toBe("done");
    expect(done.data).toMatchObject({
      promptTokens: 1000,
      completionTokens: 4,
      provider: "openai",
    });
    expect(done.data.cost).toBeCloseTo((1000 * 1 + 4 * 2) / 1e6, 9);
    const request = openai.requests.find((r) => r.path === "/v1/chat/completions")!;
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.body).toMatchObject({
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.2,
      max_tokens: 50,
    });
  });

  test("stream: false answers with one JSON envelope, not marked deprecated", async () => {
    const response = await api("POST", "/sage/generate", {
      prompt: "hi",
      task: "code",
      stream: false,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("deprecation")).toBeNull();
    expect(response.headers.get("link")).toBeNull();
    const { success, data } = await response.json();
    expect(success).toBe(true);
    expect(data).toMatchObject({
      text: "Hello from the fake model.",
      usage: {
        model: "qwen2.5-coder:7b",
        provider: "ollama",
        completionTokens: 5,
        promptTokens: 7,
      },
    });
    expect(data.reason).toMatch(/^qwen2.5-coder:7b: code-capable/);
  });

  test("the streamed answer on /sage/generate (stream: true, or left out as before) is kept, marked deprecated with its successor", async () => {
    for (const body of [
      { prompt: "hi", task: "code", stream: true },
      { prompt: "hi", task: "code" },
    ]) {
      const response = await api("POST", "/sage/generate", body);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
      // RFC 9745: a structured date, "@" and Unix seconds.
      expect(response.headers.get("deprecation")).toMatch(/^@\d+$/);
      expect(response.headers.get("link")).toBe(
        '</api/v1/sage/generate/stream>; rel="successor-version"',
      );
      const events = await allEvents(response);
      expect(events.map((e) => e.event)).toEqual(["start", ...Array(5).fill("delta"), "done"]);
    }
  });

  test("provider failures end the stream with an error event and are recorded as errors", async () => {
    ollama.behaviour.mode = "fail";
    const failed = await api("POST", "/sage/generate/stream", { prompt: "x", task: "code" });
    const failedEvents = await allEvents(failed);
    expect(failedEvents.at(-1)).toMatchObject({
      event: "error",
      data: {
        code: "PROVIDER_ERROR",
        message: expect.stringMatching(/llama runner process has terminated/),
      },
    });
    const [failedCall] = await callsFor(failed.headers.get("x-request-id"));
    expect(failedCall).toMatchObject({
      status: "error",
      error: expect.stringMatching(/^PROVIDER_ERROR/),
    });

    ollama.behaviour.mode = "drop";
    ollama.behaviour.reply = "a b c d e f g h";
    const dropped = await api("POST", "/sage/generate/stream", { prompt: "x", task: "code" });
    const droppedEvents = await allEvents(dropped);
    expect(droppedEvents.some((e) => e.event === "delta")).toBe(true);
    expect(droppedEvents.at(-1)).toMatchObject({
      event: "error",
      data: { code: "PROVIDER_ERROR" },
    });

    ollama.behaviour.mode = "fail";
    const asJson = await api("POST", "/sage/generate", {
      prompt: "x",
      task: "code",
      stream: false,
    });
    expect(asJson.status).toBe(502);
    expect((await asJson.json()).error.code).toBe("PROVIDER_ERROR");
  });

  test("a model that went away since discovery is MODEL_UNAVAILABLE", async () => {
    const saved = openai.models;
    openai.models = ["text-embedding-3-small"];
    try {
      const response = await api("POST", "/sage/generate/stream", {
        prompt: "x",
        task: "creative",
        model: "gpt-4o-mini",
      });
      const events = await allEvents(response);
      expect(events.at(-1)).toMatchObject({ event: "error", data: { code: "MODEL_UNAVAILABLE" } });
    } finally {
      openai.models = saved;
    }
  });

  test("an unknown or unsuitable model override is refused with 422", async () => {
    for (const [path, stream] of [
      ["/sage/generate/stream", {}],
      ["/sage/generate", { stream: false }],
    ] as const) {
      const response = await api("POST", path, {
        prompt: "x",
        task: "code",
        model: "nomic-embed-text:latest",
        ...stream,
      });
      expect(response.status).toBe(422);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect((await response.json()).error.code).toBe("MODEL_UNAVAILABLE");
    }
  });

  test("a client disconnect aborts the upstream call and records it as aborted", async () => {
    ollama.behaviour.reply = Array.from({ length: 50 }, (_, i) => `w${i}`).join(" ");
    ollama.behaviour.chunkDelayMs = 100;
    const controller = new AbortController();
    const response = await api(
      "POST",
      "/sage/generate/stream",
      { prompt: "long", task: "code" },
      { signal: controller.signal },
    );
    const requestId = response.headers.get("x-request-id");
    const events = readEvents(response);
    for await (const e of events) if (e.event === "delta") break;
    controller.abort();
    await ollama.waitForClientAbort(5_000);
    expect(ollama.clientAborts).toBe(1);
    const [call] = await eventually(
      () => callsFor(requestId),
      (rows) => rows.length > 0,
    );
    expect(call).toMatchObject({ status: "aborted", error: expect.stringMatching(/^ABORTED/) });
    // The provider never sent its counts: what was streamed is estimated, not counted as 0.
    expect(call!.completionTokens).toBeGreaterThan(0);
    expect(call!.promptTokens).toBeGreaterThan(0);
    expect(call!.error).toMatch(/token counts estimated/);
  });
});

describe("emergency switch", () => {
  const by = { id: null, label: "test" };

  test("paused: generation is refused with 423; stopped: a running stream ends with an error", async () => {
    await applyEmergencyAction(services, { action: "pause", reason: "drill" }, by);
    try {
      // The pause is the answer, also when the model asked for could not be used either.
      for (const model of [undefined, "no-such-model"]) {
        for (const [path, stream] of [
          ["/sage/generate/stream", {}],
          ["/sage/generate", { stream: false }],
        ] as const) {
          const refused = await api("POST", path, { prompt: "x", task: "code", model, ...stream });
          expect(refused.status).toBe(423);
          expect((await refused.json()).error.code).toBe("EMERGENCY_ACTIVE");
        }
      }
    } finally {
      await applyEmergencyAction(services, { action: "resume", reason: "drill over" }, by);
    }

    ollama.behaviour.reply = Array.from({ length: 50 }, (_, i) => `w${i}`).join(" ");
    ollama.behaviour.chunkDelayMs = 100;
    const response = await api("POST", "/sage/generate/stream", { prompt: "long", task: "code" });
    const requestId = response.headers.get("x-request-id");
    const seen: SseEvent[] = [];
    try {
      for await (const e of readEvents(response)) {
        seen.push(e);
        if (e.event === "delta" && seen.filter((s) => s.event === "delta").length === 2) {
          await applyEmergencyAction(services, { action: "stop", reason: "runaway" }, by);
        }
      }
      expect(seen.at(-1)).toMatchObject({ event: "error", data: { code: "EMERGENCY_ACTIVE" } });
      expect(seen.filter((e) => e.event === "delta").length).toBeLessThan(50);
      await ollama.waitForClientAbort(5_000);
      const [call] = await callsFor(requestId);
      expect(call).toMatchObject({
        status: "aborted",
        error: expect.stringMatching(/^EMERGENCY_ACTIVE/),
      });
    } finally {
      await applyEmergencyAction(services, { action: "resume", reason: "fixed" }, by);
    }
  });
});

describe("a stop made on another instance", () => {
  test("is noticed by a running stream within a few seconds", async () => {
    ollama.behaviour.reply = Array.from({ length: 100 }, (_, i) => `w${i}`).join(" ");
    ollama.behaviour.chunkDelayMs = 100;
    const response = await api("POST", "/sage/generate/stream", { prompt: "long", task: "code" });
    const seen: SseEvent[] = [];
    try {
      for await (const e of readEvents(response)) {
        seen.push(e);
        if (seen.length === 2) {
          // Written as another instance would: the row, without this process's event.
          await services.database.db
            .insert(emergencyActions)
            .values({ action: "stop", reason: "elsewhere", actorLabel: "other instance" });
        }
      }
      expect(seen.at(-1)).toMatchObject({ event: "error", data: { code: "EMERGENCY_ACTIVE" } });
      expect(seen.filter((e) => e.event === "delta").length).toBeLessThan(60);
    } finally {
      await applyEmergencyAction(
        services,
        { action: "resume", reason: "fixed" },
        { id: null, label: "test" },
      );
    }
  });
});

describe("the scheduled refresh", () => {
  test("discovers models under its lease and stops cleanly", async () => {
    const own = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
    try {
      const stop = startModelRefresher(own, { instanceId: own.instanceId, intervalMs: 200 });
      const rows = await eventually(
        () => listModelRows(own),
        (r) => r.length === 3,
      );
      await stop();
      expect(rows.every((r) => r.available)).toBe(true);
      const leases = await own.database.db.select().from(leasesTable);
      expect(leases.filter((l) => l.name === "sage-models")).toEqual([]);
    } finally {
      await own.destroy();
    }
  });
});

describe("usage", () => {
  test("aggregates the recorded calls per model and day", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const response = await api("GET", "/sage/usage", undefined, { token: viewer.token });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    const rows = await callsFor(null);
    expect(data.totals.calls).toBe(rows.length);
    const coder = data.days.find((d: { model: string }) => d.model === "qwen2.5-coder:7b");
    const coderRows = rows.filter((r) => r.model === "qwen2.5-coder:7b");
    expect(coder).toMatchObject({
      day: today,
      provider: "ollama",
      calls: coderRows.length,
      errors: coderRows.filter((r) => r.status === "error").length,
      aborted: coderRows.filter((r) => r.status === "aborted").length,
      promptTokens: coderRows.reduce((s, r) => s + r.promptTokens, 0),
    });
    expect(coder.p50LatencyMs).toBeGreaterThanOrEqual(0);
    const gpt = data.days.find((d: { model: string }) => d.model === "gpt-4o-mini");
    expect(gpt.cost).toBeCloseTo(0.001008, 6);

    const empty = await (
      await api("GET", "/sage/usage?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z")
    ).json();
    expect(empty.data).toMatchObject({ days: [], totals: { calls: 0, cost: 0 } });
  });

  test("the metrics collector's AI figures come from the last hour of calls", async () => {
    const state = createCollectorState();
    try {
      const sample = await sampleMetrics(services, state);
      const rows = await callsFor(null);
      expect(sample.aiRequestsPerHour).toBe(rows.length);
      expect(sample.aiTokensPerHour).toBe(
        rows.reduce((s, r) => s + r.promptTokens + r.completionTokens, 0),
      );
      expect(sample.aiCostPerHour).toBeCloseTo(0.001008, 6);
    } finally {
      disposeCollectorState(state);
    }
  });
});

describe("the SAGE console", () => {
  test("lists the providers and models, and offers the playground to operators", async () => {
    const page = await fetch(`${http.url}/sage`, { headers: { cookie: operator.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("qwen2.5-coder:7b");
    expect(html).toContain(ollama.url);
    expect(html).toContain("Playground");
    const asViewer = await (
      await fetch(`${http.url}/sage`, { headers: { cookie: viewer.cookie } })
    ).text();
    expect(asViewer).not.toContain("Playground");
  });
});

describe("refusals", () => {
  test.each([
    ["POST", "/sage/select", {}, "task"],
    ["POST", "/sage/select", { task: "dance" }, "task"],
    ["POST", "/sage/generate", { task: "code" }, "prompt"],
    ["POST", "/sage/generate", { prompt: "x" }, "task"],
    [
      "POST",
      "/sage/generate",
      { prompt: "x", messages: [{ role: "user", content: "y" }], task: "code" },
      "prompt",
    ],
    ["POST", "/sage/generate", { prompt: "x", task: "embedding" }, "task"],
    ["POST", "/sage/generate", { prompt: "x", task: "code", temperature: 5 }, "temperature"],
    ["POST", "/sage/generate", { prompt: "x", task: "code", maxTokens: 0 }, "maxTokens"],
    [
      "POST",
      "/sage/generate",
      { messages: [{ role: "robot", content: "y" }], task: "code" },
      "messages.0.role",
    ],
    ["POST", "/sage/generate", { prompt: "x", task: "code", stream: "yes" }, "stream"],
    ["POST", "/sage/generate/stream", { task: "code" }, "prompt"],
    ["POST", "/sage/generate/stream", { prompt: "x", task: "embedding" }, "task"],
    ["POST", "/sage/generate/stream", { prompt: "x", task: "code", maxTokens: 0 }, "maxTokens"],
    ["GET", "/sage/usage?from=yesterday", undefined, "from"],
    ["GET", "/sage/usage?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z", undefined, "to"],
    ["GET", "/sage/usage?from=2025-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", undefined, "from"],
    ["PATCH", "/sage/models/not-a-uuid", { capabilities: null }, "id"],
    [
      "PATCH",
      `/sage/models/${crypto.randomUUID()}`,
      { capabilities: ["telepathy"] },
      "capabilities.0",
    ],
    ["PATCH", `/sage/models/${crypto.randomUUID()}`, {}, "capabilities"],
  ])("%s %s %j: 400 naming %s", async (method, path, body, field) => {
    const response = await api(method, path, body, { token: admin.token });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  test.each([
    ["/sage/generate/stream", { prompt: "x", task: "code", stream: true }, "stream"],
    ["/sage/generate/stream", { prompt: "x", task: "code", tone: "dry" }, "tone"],
    ["/sage/generate", { prompt: "x", task: "code", stream: false, tone: "dry" }, "tone"],
  ])(
    "POST %s %j: an unknown field is a 400 naming %s, and nothing is generated",
    async (path, body, field) => {
      const before = (await callsFor(null)).length;
      const response = await api("POST", path, body);
      expect(response.status).toBe(400);
      const { error } = await response.json();
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.details.issues).toContainEqual(
        expect.objectContaining({
          in: "body",
          path: field,
          message: "is not a field of this request",
        }),
      );
      expect(await callsFor(null)).toHaveLength(before);
    },
  );

  test.each([
    ["POST", "/sage/generate", { prompt: "x", task: "code" }],
    ["POST", "/sage/generate/stream", { prompt: "x", task: "code" }],
    ["POST", "/sage/models/refresh", undefined],
  ])("a viewer may not %s %s", async (method, path, body) => {
    const response = await api(method, path, body, { token: viewer.token });
    expect(response.status).toBe(403);
  });
});
