import type { Services } from "./utils/services.server.ts";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Reused from a well-formed incoming x-request-id, else a fresh UUID. */
    requestId: string;
    /** The CSP nonce for every script this response emits. */
    nonce: string;
    /** The client's address (the proxy's X-Forwarded-For is honoured from loopback only). */
    clientIp: string;
    services: Services;
  }
  interface Future {
    v3_singleFetch: true;
  }
}
