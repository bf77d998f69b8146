import { AsyncLocalStorage } from "node:async_hooks";
import { singleton } from "#app/utils/singleton.server.ts";

/**
 * What is known about the request being served, wherever the code runs: server.ts enters it once
 * per request, and the logger (every line), the slow-query log and anything else deep in a call
 * stack read it without being handed the request.
 */
export interface RequestContext {
  requestId: string;
}

export const requestContext = singleton(
  "request-context",
  () => new AsyncLocalStorage<RequestContext>(),
);

/** The id of the request being served, if any. */
export function currentRequestId(): string | undefined {
  return requestContext.getStore()?.requestId;
}
