import {
  type FakeServer,
  replyFor,
  startFakeServer,
  streamParts,
  words,
} from "./fake-model-server.ts";

/**
 * A fake Ollama speaking its wire format: `GET /api/tags`, `POST /api/chat` as NDJSON with token
 * counts in the final line, `POST /api/embed`, and `{"error": "..."}` bodies.
 */
export interface FakeOllamaModel {
  name: string;
  family?: string;
  parameterSize?: string;
  size?: number;
}

export interface FakeOllama extends FakeServer {
  models: FakeOllamaModel[];
}

export async function startFakeOllama(
  models: FakeOllamaModel[] = [
    { name: "llama3.2:3b", family: "llama", parameterSize: "3.2B", size: 2_019_393_189 },
    { name: "qwen2.5-coder:7b", family: "qwen2", parameterSize: "7.6B", size: 4_683_087_332 },
    {
      name: "nomic-embed-text:latest",
      family: "nomic-bert",
      parameterSize: "137M",
      size: 274_302_450,
    },
  ],
): Promise<FakeOllama> {
  const state = { models };
  const fake = (await startFakeServer(async (request, res, fake, gone) => {
    const b = fake.behaviour;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(body));
    };
    if (request.method === "GET" && request.path === "/api/tags") {
      if (b.mode === "fail") return json(b.failStatus, { error: "ollama is starting" });
      return json(200, {
        models: state.models.map((m) => ({
          name: m.name,
          model: m.name,
          modified_at: "2026-11-01T10:00:00.000Z",
          size: m.size ?? 1_000_000_000,
          digest: "0".repeat(64),
          details: {
            format: "gguf",
            family: m.family ?? "llama",
            families: [m.family ?? "llama"],
            parameter_size: m.parameterSize ?? "7B",
            quantization_level: "Q4_K_M",
          },
        })),
      });
    }
    const body = (request.body ?? {}) as { model?: string; input?: string | string[] };
    const known = state.models.some((m) => m.name === body.model);
    if (
      request.method === "POST" &&
      (request.path === "/api/chat" || request.path === "/api/embed")
    ) {
      if (!known) {
        return json(404, { error: `model "${body.model}" not found, try pulling it first` });
      }
      if (b.mode === "fail")
        return json(b.failStatus, { error: "llama runner process has terminated" });
    }
    if (request.method === "POST" && request.path === "/api/chat") {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      const reply = replyFor(b, request.body);
      const parts = words(reply);
      const at = () => new Date().toISOString();
      const lines = parts.map(
        (text) =>
          `${JSON.stringify({ model: body.model, created_at: at(), message: { role: "assistant", content: text }, done: false })}\n`,
      );
      const final = `${JSON.stringify({
        model: body.model,
        created_at: at(),
        message: { role: "assistant", content: "" },
        done_reason: "stop",
        done: true,
        total_duration: 1_000_000,
        prompt_eval_count: b.promptTokens,
        eval_count: parts.length,
      })}\n`;
      return streamParts(res, fake, gone, lines, [final]);
    }
    if (request.method === "POST" && request.path === "/api/embed") {
      const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ""];
      return json(200, {
        model: body.model,
        embeddings: inputs.map((text) => [text.length / 100, 0.5, -0.25]),
        prompt_eval_count: inputs.join(" ").split(/\s+/).length,
      });
    }
    return json(404, { error: "404 page not found" });
  })) as FakeOllama;
  Object.defineProperty(fake, "models", {
    get: () => state.models,
    set: (value: FakeOllamaModel[]) => {
      state.models = value;
    },
  });
  return fake;
}
