import type { ApiDefinition } from "./api/api.server.ts";
import type { Services } from "./server/services.server.ts";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Reused from a well-formed incoming x-request-id, else a fresh UUID. */
    requestId: string;
    /** The CSP nonce for every script this response emits. */
    nonce: string;
    /** The client's address (the proxy's X-Forwarded-For is honoured from loopback only). */
    clientIp: string;
    services: Services;
    /** Every versioned API route of the running build (for the OpenAPI document). */
    apiDefinitions: ApiDefinition[];
    /**
     * Says a page or data request failed because the database did not answer: its 500 goes out
     * as 503 with Retry-After (an outage, not a bug). Set by entry.server's handleError.
     */
    noteDatabaseOutage?: () => void;
  }
  interface Future {
    v3_singleFetch: true;
  }
}
