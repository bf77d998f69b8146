/**
 * What every model provider offers SAGE, over HTTP only: the models it serves, a streamed chat
 * and embeddings. Errors leave a provider as a ProviderError with one of a few stable codes.
 */
export type ProviderKind = "ollama" | "openai";

export interface DiscoveredModel {
  name: string;
  family: string | null;
  /** As the provider states it ("7.6B"), when it does. */
  parameterSize: string | null;
  sizeBytes: number | null;
}

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  temperature?: number;
  maxTokens?: number;
  /** Ask for a JSON answer where the provider supports it (Ollama's `format: "json"`). */
  json?: boolean;
  signal?: AbortSignal;
}

export type ChatChunk =
  | { type: "delta"; text: string }
  | { type: "usage"; promptTokens: number; completionTokens: number };

export interface EmbedResult {
  embeddings: number[][];
  promptTokens: number;
}

export interface Provider {
  kind: ProviderKind;
  baseUrl: string;
  listModels(signal?: AbortSignal): Promise<DiscoveredModel[]>;
  /** Yields text deltas as they arrive, then (when the provider reports it) one usage chunk. */
  chat(request: ChatRequest): AsyncIterable<ChatChunk>;
  embed(model: string, input: string[], signal?: AbortSignal): Promise<EmbedResult>;
}

export type ProviderErrorCode =
  | "MODEL_UNAVAILABLE"
  | "PROVIDER_UNREACHABLE"
  | "PROVIDER_TIMEOUT"
  | "PROVIDER_ERROR"
  | "ABORTED";

export class ProviderError extends Error {
  constructor(
    readonly code: ProviderErrorCode,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

export interface ProviderTimeouts {
  /** Until the response headers arrive (default 120 s, a model may be loading; listing models: 3 s). */
  connectTimeoutMs?: number;
  /** Longest silence between two chunks of a stream (default 60 s). */
  idleTimeoutMs?: number;
}
