import {
  type FakeServer,
  replyFor,
  startFakeServer,
  streamParts,
  words,
} from "./fake-model-server.ts";

/**
 * A fake OpenAI-compatible server: `GET /v1/models`, `POST /v1/chat/completions` streamed as
 * Server-Sent Events (usage in a last chunk when `stream_options.include_usage`, then
 * `data: [DONE]`), `POST /v1/embeddings`, and OpenAI's `{"error": {...}}` bodies. With `apiKey`
 * set it refuses other bearer tokens with 401.
 */
export interface FakeOpenAI extends FakeServer {
  models: string[];
}

export async function startFakeOpenAI(
  models: string[] = ["gpt-4o-mini", "text-embedding-3-small"],
  options: { apiKey?: string } = {},
): Promise<FakeOpenAI> {
  const state = { models };
  const fake = (await startFakeServer(async (request, res, fake, gone) => {
    const b = fake.behaviour;
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const error = (status: number, message: string, code: string | null, type: string) =>
      json(status, { error: { message, type, param: null, code } });
    if (options.apiKey && request.headers.authorization !== `Bearer ${options.apiKey}`) {
      return error(401, "Incorrect API key provided.", "invalid_api_key", "invalid_request_error");
    }
    if (request.method === "GET" && request.path === "/v1/models") {
      if (b.mode === "fail")
        return error(b.failStatus, "The server is overloaded.", null, "server_error");
      return json(200, {
        object: "list",
        data: state.models.map((id) => ({
          id,
          object: "model",
          created: 1_700_000_000,
          owned_by: "fake",
        })),
      });
    }
    const body = (request.body ?? {}) as {
      model?: string;
      input?: string | string[];
      stream?: boolean;
      stream_options?: { include_usage?: boolean };
    };
    const isPost = request.method === "POST";
    if (isPost && (request.path === "/v1/chat/completions" || request.path === "/v1/embeddings")) {
      if (!body.model || !state.models.includes(body.model)) {
        return error(
          404,
          `The model \`${body.model}\` does not exist or you do not have access to it.`,
          "model_not_found",
          "invalid_request_error",
        );
      }
      if (b.mode === "fail")
        return error(
          b.failStatus,
          "The server had an error while processing your request.",
          null,
          "server_error",
        );
    }
    if (isPost && request.path === "/v1/chat/completions") {
      const id = `chatcmpl-${Math.random().toString(36).slice(2)}`;
      const reply = replyFor(b, request.body);
      const parts = words(reply);
      const chunk = (delta: Record<string, unknown>, finish: string | null) =>
        `data: ${JSON.stringify({
          id,
          object: "chat.completion.chunk",
          created: Math.floor(Date.now() / 1000),
          model: body.model,
          choices: [{ index: 0, delta, finish_reason: finish }],
        })}\n\n`;
      const usage = {
        prompt_tokens: b.promptTokens,
        completion_tokens: parts.length,
        total_tokens: b.promptTokens + parts.length,
      };
      if (!body.stream) {
        return json(200, {
          id,
          object: "chat.completion",
          model: body.model,
          choices: [
            { index: 0, message: { role: "assistant", content: reply }, finish_reason: "stop" },
          ],
          usage,
        });
      }
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
      const final = [chunk({}, "stop")];
      if (body.stream_options?.include_usage) {
        final.push(
          `data: ${JSON.stringify({ id, object: "chat.completion.chunk", model: body.model, choices: [], usage })}\n\n`,
        );
      }
      final.push("data: [DONE]\n\n");
      return streamParts(
        res,
        fake,
        gone,
        [
          chunk({ role: "assistant", content: "" }, null),
          ...parts.map((p) => chunk({ content: p }, null)),
        ],
        final,
      );
    }
    if (isPost && request.path === "/v1/embeddings") {
      const inputs = Array.isArray(body.input) ? body.input : [body.input ?? ""];
      return json(200, {
        object: "list",
        data: inputs.map((text, index) => ({
          object: "embedding",
          index,
          embedding: [text.length / 100, 0.1],
        })),
        model: body.model,
        usage: { prompt_tokens: inputs.length * 3, total_tokens: inputs.length * 3 },
      });
    }
    return error(
      404,
      `Unknown request URL: ${request.method} ${request.path}.`,
      "unknown_url",
      "invalid_request_error",
    );
  })) as FakeOpenAI;
  Object.defineProperty(fake, "models", {
    get: () => state.models,
    set: (value: string[]) => {
      state.models = value;
    },
  });
  return fake;
}
