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
 * Ollama's native API: `GET /api/tags`, `POST /api/chat` (NDJSON stream, token counts in the
 * final line's `prompt_eval_count`/`eval_count`), `POST /api/embed`.
 */

interface OllamaTags {
  models?: {
    name: string;
    size?: number;
    details?: { family?: string; families?: string[] | null; parameter_size?: string };
  }[];
}

interface OllamaChatLine {
  message?: { content?: string };
  done?: boolean;
  prompt_eval_count?: number;
  eval_count?: number;
  error?: string;
}

const trim = (url: string) => url.replace(/\/+$/, "");

async function failFor(response: Response, model?: string): Promise<ProviderError> {
  const message = await errorMessageOf(response);
  if (response.status === 404 || /not found/i.test(message)) {
    return new ProviderError(
      "MODEL_UNAVAILABLE",
      `Ollama does not have ${model ? `"${model}"` : "this model"}: ${message}${model ? ` (run \`ollama pull ${model}\`)` : ""}`,
      response.status,
    );
  }
  return new ProviderError(
    "PROVIDER_ERROR",
    `Ollama answered ${response.status}: ${message}`,
    response.status,
  );
}

export function ollamaProvider(baseUrl: string, timeouts: ProviderTimeouts = {}): Provider {
  const base = trim(baseUrl);
  return {
    kind: "ollama",
    baseUrl: base,
    async listModels(signal) {
      const call = await providerFetch(
        "ollama",
        `${base}/api/tags`,
        { signal },
        { connectTimeoutMs: 3_000, ...timeouts },
      );
      try {
        if (!call.response.ok) throw await failFor(call.response);
        const body = (await call.response.json()) as OllamaTags;
        return (body.models ?? []).map(
          (m): DiscoveredModel => ({
            name: m.name,
            family: m.details?.family ?? m.details?.families?.[0] ?? null,
            parameterSize: m.details?.parameter_size ?? null,
            sizeBytes: typeof m.size === "number" ? m.size : null,
          }),
        );
      } catch (error) {
        throw call.mapError(error);
      } finally {
        call.done();
      }
    },
    async *chat(request: ChatRequest): AsyncGenerator<ChatChunk> {
      const options: Record<string, number> = {};
      if (request.temperature !== undefined) options.temperature = request.temperature;
      if (request.maxTokens !== undefined) options.num_predict = request.maxTokens;
      const call = await providerFetch(
        "ollama",
        `${base}/api/chat`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({
            model: request.model,
            messages: request.messages,
            stream: true,
            options,
            ...(request.json ? { format: "json" } : {}),
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
      for await (const line of splitStream(call, "\n")) {
        let parsed: OllamaChatLine;
        try {
          parsed = JSON.parse(line) as OllamaChatLine;
        } catch {
          throw new ProviderError(
            "PROVIDER_ERROR",
            `Ollama sent a line that is not JSON: ${line.slice(0, 100)}`,
          );
        }
        if (parsed.error) throw new ProviderError("PROVIDER_ERROR", `Ollama: ${parsed.error}`);
        const text = parsed.message?.content;
        if (text) yield { type: "delta", text };
        if (parsed.done) {
          finished = true;
          yield {
            type: "usage",
            promptTokens: parsed.prompt_eval_count ?? 0,
            completionTokens: parsed.eval_count ?? 0,
          };
          break;
        }
      }
      if (!finished) {
        throw new ProviderError("PROVIDER_ERROR", "Ollama closed the stream before it was done.");
      }
    },
    async embed(model, input, signal): Promise<EmbedResult> {
      const call = await providerFetch(
        "ollama",
        `${base}/api/embed`,
        {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ model, input }),
          signal,
        },
        timeouts,
      );
      try {
        if (!call.response.ok) throw await failFor(call.response, model);
        const body = (await call.response.json()) as {
          embeddings?: number[][];
          prompt_eval_count?: number;
        };
        return { embeddings: body.embeddings ?? [], promptTokens: body.prompt_eval_count ?? 0 };
      } catch (error) {
        throw call.mapError(error);
      } finally {
        call.done();
      }
    },
  };
}
