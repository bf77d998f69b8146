import { ProviderError, type ProviderKind, type ProviderTimeouts } from "./types.ts";

/**
 * fetch with the two timeouts providers need (until the headers; between stream chunks) and the
 * caller's AbortSignal passed through. A timer's abort becomes PROVIDER_TIMEOUT, the caller's
 * ABORTED, a refused connection PROVIDER_UNREACHABLE.
 */
export interface ProviderCall {
  response: Response;
  /** Restarts the idle timer; call it for every chunk read. */
  touch(): void;
  /** Stops the timers and detaches from the caller's signal. */
  done(): void;
  /** Maps whatever reading the body threw to a ProviderError. */
  mapError(error: unknown): ProviderError;
}

/** Generous: Ollama answers a chat's headers only once the model is loaded, which takes a while. */
const DEFAULT_CONNECT_MS = 120_000;
const DEFAULT_IDLE_MS = 60_000;

export async function providerFetch(
  kind: ProviderKind,
  url: string,
  init: RequestInit & { signal?: AbortSignal },
  timeouts: ProviderTimeouts = {},
): Promise<ProviderCall> {
  const controller = new AbortController();
  let timedOut = false;
  const outer = init.signal;
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) throw new ProviderError("ABORTED", "The call was aborted.");
  outer?.addEventListener("abort", onOuterAbort, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const arm = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error("timeout"));
    }, ms);
  };
  const done = () => {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onOuterAbort);
  };
  const name = kind === "ollama" ? "Ollama" : "The OpenAI-compatible server";
  const mapError = (error: unknown, beforeAnswer = false): ProviderError => {
    if (error instanceof ProviderError) return error;
    if (outer?.aborted) return new ProviderError("ABORTED", "The call was aborted.");
    if (timedOut) {
      return new ProviderError("PROVIDER_TIMEOUT", `${name} at ${url} did not answer in time.`);
    }
    const cause = (error as { cause?: { code?: string } })?.cause?.code;
    if (error instanceof TypeError && cause && /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH/.test(cause)) {
      return new ProviderError(
        "PROVIDER_UNREACHABLE",
        `${name} is not reachable at ${url} (${cause}).`,
      );
    }
    // A kept-alive connection the server closed (it restarted, or went away) just as this call
    // reused it: nothing was answered, so the server is as good as unreachable.
    if (beforeAnswer && cause && /ECONNRESET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED/.test(cause)) {
      return new ProviderError(
        "PROVIDER_UNREACHABLE",
        `${name} at ${url} closed the connection without answering (${cause}).`,
      );
    }
    if (error instanceof TypeError && !cause) {
      return new ProviderError("PROVIDER_UNREACHABLE", `${name} is not reachable at ${url}.`);
    }
    return new ProviderError(
      "PROVIDER_ERROR",
      `${name} broke off the answer: ${(error as Error)?.message ?? String(error)}`,
    );
  };

  arm(timeouts.connectTimeoutMs ?? DEFAULT_CONNECT_MS);
  let response: Response;
  try {
    response = await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    done();
    throw mapError(error, true);
  }
  const idle = timeouts.idleTimeoutMs ?? DEFAULT_IDLE_MS;
  arm(idle);
  return { response, touch: () => arm(idle), done, mapError };
}

/** Reads an error body (JSON `{error}` in either dialect, or text) into one line. */
export async function errorMessageOf(response: Response): Promise<string> {
  const text = await response.text().catch(() => "");
  try {
    const body = JSON.parse(text) as { error?: string | { message?: string } };
    if (typeof body.error === "string") return body.error;
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON
  }
  return text.slice(0, 300) || `HTTP ${response.status}`;
}

/** Splits a byte stream into lines (NDJSON) or blank-line separated blocks (SSE). */
export async function* splitStream(
  call: ProviderCall,
  separator: "\n" | "\n\n",
): AsyncGenerator<string> {
  const body = call.response.body;
  if (!body) return;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  try {
    for (;;) {
      let result: ReadableStreamReadResult<Uint8Array>;
      try {
        result = await reader.read();
      } catch (error) {
        throw call.mapError(error);
      }
      if (result.done) break;
      call.touch();
      buffer += decoder.decode(result.value, { stream: true }).replace(/\r\n/g, "\n");
      let at = buffer.indexOf(separator);
      while (at >= 0) {
        const part = buffer.slice(0, at);
        buffer = buffer.slice(at + separator.length);
        if (part.trim()) yield part;
        at = buffer.indexOf(separator);
      }
    }
    buffer += decoder.decode();
    if (buffer.trim()) yield buffer;
  } finally {
    call.done();
    reader.cancel().catch(() => {});
  }
}
