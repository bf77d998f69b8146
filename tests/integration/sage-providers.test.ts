import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { ollamaProvider } from "#app/sage/providers/ollama.server.ts";
import { openaiProvider } from "#app/sage/providers/openai.server.ts";
import type { ChatChunk, Provider } from "#app/sage/providers/types.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { type FakeOpenAI, startFakeOpenAI } from "#tests/support/fake-openai.ts";

/** The two providers against the fakes' wire formats: no database, no app. */

let ollama: FakeOllama;
let openai: FakeOpenAI;

beforeAll(async () => {
  ollama = await startFakeOllama();
  openai = await startFakeOpenAI(undefined, { apiKey: "sk-key" });
});
afterAll(async () => {
  await ollama.close();
  await openai.close();
});
afterEach(() => {
  ollama.reset();
  openai.reset();
});

async function collect(stream: AsyncIterable<ChatChunk>) {
  const chunks: ChatChunk[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
}

const cases: [string, () => Provider, string, () => FakeOllama | FakeOpenAI][] = [
  ["ollama", () => ollamaProvider(ollama.url), "llama3.2:3b", () => ollama],
  ["openai", () => openaiProvider(openai.url, "sk-key"), "gpt-4o-mini", () => openai],
];

describe.each(cases)("%s", (_name, make, model, fake) => {
  test("lists models", async () => {
    const models = await make().listModels();
    expect(models.map((m) => m.name)).toContain(model);
  });

  test("streams deltas, then the usage", async () => {
    fake().behaviour.reply = "alpha beta gamma";
    const chunks = await collect(
      make().chat({ model, messages: [{ role: "user", content: "hi" }] }),
    );
    expect(chunks).toEqual([
      { type: "delta", text: "alpha " },
      { type: "delta", text: "beta " },
      { type: "delta", text: "gamma" },
      { type: "usage", promptTokens: 7, completionTokens: 3 },
    ]);
  });

  test("embeds", async () => {
    const embedModel =
      model === "gpt-4o-mini" ? "text-embedding-3-small" : "nomic-embed-text:latest";
    const result = await make().embed(embedModel, ["one", "two two"]);
    expect(result.embeddings).toHaveLength(2);
    expect(result.promptTokens).toBeGreaterThan(0);
  });

  test("an unknown model is MODEL_UNAVAILABLE", async () => {
    const error = await collect(
      make().chat({ model: "nope", messages: [{ role: "user", content: "x" }] }),
    ).catch((e) => e);
    expect(error).toMatchObject({ code: "MODEL_UNAVAILABLE", status: 404 });
  });

  test("a server error is PROVIDER_ERROR with the provider's message", async () => {
    fake().behaviour.mode = "fail";
    fake().behaviour.failStatus = 503;
    const error = await collect(
      make().chat({ model, messages: [{ role: "user", content: "x" }] }),
    ).catch((e) => e);
    expect(error).toMatchObject({ code: "PROVIDER_ERROR", status: 503 });
    expect(error.message).toMatch(/terminated|error while processing/);
  });

  test("a dropped stream is PROVIDER_ERROR", async () => {
    fake().behaviour.mode = "drop";
    fake().behaviour.reply = "a b c d e f";
    const error = await collect(
      make().chat({ model, messages: [{ role: "user", content: "x" }] }),
    ).catch((e) => e);
    expect(error).toMatchObject({ code: "PROVIDER_ERROR" });
  });

  test("slow headers and a stalled stream time out", async () => {
    fake().behaviour.headerDelayMs = 500;
    const slow =
      make().kind === "ollama"
        ? ollamaProvider(ollama.url, { connectTimeoutMs: 100 })
        : openaiProvider(openai.url, "sk-key", { connectTimeoutMs: 100 });
    expect(await slow.listModels().catch((e) => e)).toMatchObject({ code: "PROVIDER_TIMEOUT" });
    fake().behaviour.headerDelayMs = 0;
    fake().behaviour.mode = "hang";
    const stalled =
      make().kind === "ollama"
        ? ollamaProvider(ollama.url, { idleTimeoutMs: 200 })
        : openaiProvider(openai.url, "sk-key", { idleTimeoutMs: 200 });
    const error = await collect(
      stalled.chat({ model, messages: [{ role: "user", content: "x" }] }),
    ).catch((e) => e);
    expect(error).toMatchObject({ code: "PROVIDER_TIMEOUT" });
  });

  test("the caller's signal aborts the upstream connection", async () => {
    fake().behaviour.chunkDelayMs = 100;
    fake().behaviour.reply = "a b c d e f g h i j";
    const controller = new AbortController();
    const seen: ChatChunk[] = [];
    const error = await (async () => {
      for await (const chunk of make().chat({
        model,
        messages: [{ role: "user", content: "x" }],
        signal: controller.signal,
      })) {
        seen.push(chunk);
        if (seen.length === 2) controller.abort();
      }
    })().catch((e) => e);
    expect(error).toMatchObject({ code: "ABORTED" });
    await fake().waitForClientAbort(2_000);
    expect(fake().clientAborts).toBe(1);
  });
});

test("nothing listening is PROVIDER_UNREACHABLE", async () => {
  const error = await ollamaProvider("http://127.0.0.1:9")
    .listModels()
    .catch((e) => e);
  expect(error).toMatchObject({ code: "PROVIDER_UNREACHABLE" });
  expect(error.message).toMatch(/not reachable at http:\/\/127.0.0.1:9/);
});

test("the OpenAI-compatible server refuses a wrong key with a hint", async () => {
  const error = await openaiProvider(openai.url, "sk-wrong")
    .listModels()
    .catch((e) => e);
  expect(error).toMatchObject({ code: "PROVIDER_ERROR", status: 401 });
  expect(error.message).toMatch(/OPENAI_API_KEY/);
});
