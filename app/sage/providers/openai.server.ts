import { errorMessageOf, providerFetch, splitStream } from "./http.server.ts";
import {
  type ChatChunk,
  type ChatRequest,
  type DiscoveredModel,
  type EmbedResult,
  type Provider,
  ProviderError,
  type ProviderTimeouts,
} from "./types.ts";

/**
 * Any OpenAI-compatible server (OpenAI, vLLM, llama.cpp server, LM Studio): `GET /v1/models`,
 * `POST /v1/chat/completions` streamed as Server-Sent Events with usage in the last chunk
 * (`stream_options.include_usage`), `POST /v1/embeddings`. OPENAI_BASE_URL may end in /v1 or not.
 */

const apiBase = (url: string) => {
  const trimmed = url.replace(/\/+$/, "");
  return trimmed.endsWith("/v1") ? trimmed : `${trimmed}/v1`;
};

async function failFor(response: Response, model?: string): Promise<ProviderError> {
  const message = await errorMessageOf(response);
  if (response.status === 404 || /model_not_found|does not exist/i.test(message)) {
    return new ProviderError(
      "MODEL_UNAVAILABLE",
      `The OpenAI-compatible server does not serve ${model ? `"${model}"` : "this model"}: ${message}`,
      response.status,
    );
  }
  if (response.status === 401 || response.status === 403) {
    return new ProviderError(
      "PROVIDER_ERROR",
      `The OpenAI-compatible server refused the credentials (${response.status}): ${message}. Check OPENAI_API_KEY.`,
      response.status,
    );
  }
  return new ProviderError(
    "PROVIDER_ERROR",
    `The OpenAI-compatible server answered ${response.status}: ${message}`,
    response.status,
  );
}

interface ChunkBody {
  choices?: { delta?: { content?: string | null } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number } | null;
  error?: { message?: string };
}

export function openaiProvider(
  baseUrl: string,
  apiKey: string | undefined,
  timeouts: ProviderTimeouts = {},
): Provider {
  const base = apiBase(baseUrl);
  const headers = (json: boolean): Record<string, string> => ({
    ...(json ? { "content-type": "application/json" } : {}),
    ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}),
  });
  return {
    kind: "openai",
    baseUrl: base,
    async listModels(signal) {
      const call = await providerFetch(
        "openai",
        `${base}/models`,
        { headers: headers(false), signal },
        { connectTimeoutMs: 3_000, ...timeouts },
      );
      try {
        if (!call.response.ok) throw await failFor(call.response);
        const body = (await call.response.json()) as { data?: { id: string }[] };
        return (body.data ?? []).map(
          (m): DiscoveredModel => ({
            name: m.id,
            family: null,
            parameterSize: null,
            sizeBytes: null,
          }),
        );
      } catch (error) {
        throw call.mapError(error);
      } finally {
        call.done();
      }
    },
    async *chat(request: ChatRequest): AsyncGenerator<ChatChunk> {
      const call = await providerFetch(
        "openai",
        `${base}/chat/completions`,
        {
          method: "POST",
          headers: headers(true),
          body: JSON.stringify({
            model: request.model,
            messages: request.messages,
            stream: true,
            stream_options: { include_usage: true },
            ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
            ...(request.maxTokens === undefined ? {} : { max_tokens: request.maxTokens }),
          }),
          signal: request.signal,
        },
        timeouts,
      );
      if (!call.response.ok) {
        call.done();
        throw await failFor(call.response, request.model);
      }
      let finished = false;
      let usage: ChatChunk | null = null;
      for await (const block of splitStream(call, "\n\n")) {
        const data = block
          .split("\n")
          .filter((l) => l.startsWith("data:"))
          .map((l) => l.slice(5).trimStart())
          .join("\n");
        if (!data) continue;
        if (data === "[DONE]") {
          finished = true;
          break;
        }
        let parsed: ChunkBody;
        try {
          parsed = JSON.parse(data) as ChunkBody;
        } catch {
          throw new ProviderError(
            "PROVIDER_ERROR",
            `The server sent an event that is not JSON: ${data.slice(0, 100)}`,
          );
        }
        if (parsed.error) {
          throw new ProviderError(
            "PROVIDER_ERROR",
            `The server reported: ${parsed.error.message ?? "an error"}`,
          );
        }
        const text = parsed.choices?.[0]?.delta?.content;
        if (text) yield { type: "delta", text };
        if (parsed.usage) {
          usage = {
            type: "usage",
            promptTokens: parsed.usage.prompt_tokens ?? 0,
            completionTokens: parsed.usage.completion_tokens ?? 0,
          };
        }
      }
      if (!finished) {
        throw new ProviderError("PROVIDER_ERROR", "The server closed the stream before [DONE].");
      }
      if (usage) yield usage;
    },
    async embed(model, input, signal): Promise<EmbedResult> {
      const call = await providerFetch(
        "openai",
        `${base}/embeddings`,
        { method: "POST", headers: headers(true), body: JSON.stringify({ model, input }), signal },
        timeouts,
      );
      try {
        if (!call.response.ok) throw await failFor(call.response, model);
        const body = (await call.response.json()) as {
          data?: { embedding: number[]; index: number }[];
          usage?: { prompt_tokens?: number };
        };
        const data = [...(body.data ?? [])].sort((a, b) => a.index - b.index);
        return {
          embeddings: data.map((d) => d.embedding),
          promptTokens: body.usage?.prompt_tokens ?? 0,
        };
      } catch (error) {
        throw call.mapError(error);
      } finally {
        call.done();
      }
    },
  };
}
