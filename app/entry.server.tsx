import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { databaseUnavailable } from "#db/client.ts";
import { NonceProvider } from "./utils/nonce.tsx";
import { hstsFor, securityHeaders } from "./utils/security-headers.ts";

// The Node server (server.ts) takes its wiring from the build through this export: one module graph.
export { nodeRuntime } from "./server/runtime.server.ts";

export const streamTimeout = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.nonce;
  const bot = isbot(request.headers.get("user-agent") ?? "");
  const hsts = hstsFor(request, loadContext.services?.config.isProduction ?? false);
  for (const [name, value] of Object.entries(securityHeaders({ nonce, hsts }))) {
    responseHeaders.set(name, value);
  }

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Cleared once rendering is done, so a finished request does not keep a timer alive.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer
          context={remixContext}
          url={request.url}
          abortDelay={streamTimeout}
          nonce={nonce}
        />
      </NonceProvider>,
      {
        nonce,
        [bot ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          body.on("end", () => clearTimeout(timer));
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered) loadContext.services?.log.error({ err: error }, "render error");
        },
      },
    );
    timer = setTimeout(abort, streamTimeout + 1000);
  });
}

export function handleError(
  error: unknown,
  { request, context }: { request: Request; context: AppLoadContext },
) {
  if (request.signal.aborted) return;
  if (databaseUnavailable(error)) {
    // An outage, logged once by the query observer; the answer becomes a 503.
    context.noteDatabaseOutage?.();
    return;
  }
  console.error(error);
}
