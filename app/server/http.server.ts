/**
 * NEXUS's HTTP stack on Node: Express 4 in front of Remix. It owns what is Node-specific (the
 * socket, compression, static files, request ids, the request log, graceful shutdown). server.ts
 * takes it from the server build, so the routes and this stack share one copy of every module.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import Net, { type Socket } from "node:net";
import path from "node:path";
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { errorEnvelope } from "#app/api/errors.ts";
import { apiDefinitionsOf } from "#app/api/registry.server.ts";
import {
  httpRequestDuration,
  httpRequestsInFlight,
} from "#app/observability/instruments.server.ts";
import { renderMetrics } from "#app/observability/prometheus.server.ts";
import { routeTemplates } from "#app/observability/route-template.server.ts";
import { tracer } from "#app/observability/tracing.server.ts";
import type { Services } from "#app/server/services.server.ts";
import { crossSiteRefusal } from "#app/utils/csrf.server.ts";
import { requestContext } from "#app/utils/request-context.server.ts";

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const HAS_EXTENSION = /\.[^/]*$/;
const SERVED_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

/** Where an incoming /api/... path without a version is served from: the latest version. */
export function aliasApiPath(url: string): string {
  return url.replace(/^\/api\/(?!v\d+(?:[/?#]|$)|docs(?:[/?#]|$))/, "/api/v1/");
}

const digest = (text: string) => createHash("sha256").update(text).digest();

/** Whether an Authorization header carries `Bearer <token>` (compared in constant time). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(.+)$/i.exec(header ?? "");
  return match ? timingSafeEqual(digest(match[1]!.trim()), digest(token)) : false;
}

/** How much of a body answered before it was read (401, 413, ...) is read and thrown away. */
const DISCARD_LIMIT_BYTES = 16 * 1024 * 1024;

/**
 * A request answered before its body was read: read the rest and throw it away, so the client,
 * still sending, gets to read the answer and may reuse the connection. Destroying the request
 * instead resets the socket: the client sees ECONNRESET, and so does its next request on it.
 * Past DISCARD_LIMIT_BYTES the connection is closed.
 */
function discardUnreadBody(req: express.Request) {
  if (req.complete || req.destroyed) return;
  // The Remix adapter's stream pump would keep every byte; nothing reads it any more.
  req.removeAllListeners("data");
  let seen = 0;
  req.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > DISCARD_LIMIT_BYTES) req.destroy();
  });
  req.on("error", () => {});
  req.resume();
}

/** A response about to go out as 500 because the database is down goes out as 503 instead. */
function answerAsOutage(res: express.Response) {
  if (res.headersSent || res.locals.outage) return;
  res.locals.outage = true;
  const writeHead = res.writeHead;
  res.writeHead = function (this: express.Response, status: number, ...rest: unknown[]) {
    if (status === 500) {
      status = 503;
      this.statusCode = 503;
      this.setHeader("Retry-After", "5");
    }
    return (writeHead as (...args: unknown[]) => express.Response).call(this, status, ...rest);
  } as typeof res.writeHead;
}

export interface AppOptions {
  services: Services;
  build: ServerBuild;
  /** The project folder: public/ is served from here. */
  root: string;
}

export function createApp({ services, build, root }: AppOptions) {
  const app = express();
  const log = services.log;
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  const routeOf = routeTemplates(build);

  app.use((req, res, next) => {
    const incoming = req.get("x-request-id");
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);

    const started = process.hrtime.bigint();
    httpRequestsInFlight.inc();
    // The request's span: every span made while serving it (queries, cache, AI, pushes) nests
    // under it. A no-op unless tracing is on.
    const span = tracer.startSpan(req.method, {
      kind: SpanKind.SERVER,
      attributes: {
        "http.request.method": req.method,
        "url.path": req.path,
        "nexus.request_id": requestId,
      },
    });
    let ended = false;
    const end = (finished: boolean) => {
      if (ended) return;
      ended = true;
      httpRequestsInFlight.dec();
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      // Static files never reach the app's routes; /metrics names itself.
      const route =
        (res.locals.route as string | undefined) ??
        (res.locals.routed ? routeOf(req.path) : "static");
      span.updateName(`${req.method} ${route}`);
      span.setAttributes({ "http.route": route, "http.response.status_code": res.statusCode });
      if (res.statusCode >= 500 || !finished) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
      if (!finished) return;
      services.httpStats.record(res.statusCode, durationMs);
      httpRequestDuration.observe(
        { method: req.method, route, status: String(res.statusCode) },
        durationMs / 1000,
      );
      if (!log.isLevelEnabled("info")) return;
      log.info(
        {
          requestId,
          method: req.method,
          route,
          path: req.path,
          status: res.statusCode,
          durationMs: Math.round(durationMs * 100) / 100,
        },
        "request",
      );
    };
    res.on("finish", () => {
      end(true);
      discardUnreadBody(req);
    });
    res.on("close", () => end(res.writableFinished));
    context.with(trace.setSpan(context.active(), span), () =>
      requestContext.run({ requestId }, next),
    );
  });

  // Methods a Fetch API Request cannot carry (TRACE, CONNECT, TRACK) or that nothing here serves
  // never reach Remix, whose Request constructor would throw on them (a 500).
  app.use((req, res, next) => {
    if (SERVED_METHODS.has(req.method)) return next();
    res.locals.route = "method not allowed";
    const message = `${req.method} is not supported: use ${[...SERVED_METHODS].join(", ")}.`;
    res
      .status(405)
      .set("allow", [...SERVED_METHODS].join(", "))
      .set("cache-control", "no-store");
    if (req.path.startsWith("/api/")) {
      res.json(errorEnvelope("METHOD_NOT_ALLOWED", message, res.locals.requestId as string));
    } else {
      res.type("text/plain").send(`${message}\n`);
    }
  });

  // Only for clients that accept an encoding: the others would pay for the wrapping for nothing.
  const compress = compression({ threshold: 1024 });
  app.use((req, res, next) => (req.headers["accept-encoding"] ? compress(req, res, next) : next()));

  // Prometheus (plain text, not an API route): optionally behind METRICS_TOKEN.
  app.get("/metrics", (req, res, next) => {
    res.locals.route = "/metrics";
    const token = services.config.env.METRICS_TOKEN;
    if (token && !bearerMatches(req.get("authorization"), token)) {
      res
        .status(401)
        .set("www-authenticate", 'Bearer realm="metrics"')
        .type("text/plain")
        .send("Unauthorized: /metrics needs Authorization: Bearer <METRICS_TOKEN>\n");
      return;
    }
    renderMetrics(services).then(({ contentType, body }) => {
      res.set("content-type", contentType).set("cache-control", "no-store").send(body);
    }, next);
  });

  // Fingerprinted build output never changes under its name: cache it for a year.
  app.use(
    "/build",
    express.static(path.join(root, "public/build"), { immutable: true, maxAge: "1y" }),
  );
  // Every file in public/ has an extension: a path without one (a page, an API route) is not
  // looked for on disk, which saved a stat() per request.
  const servePublic = express.static(path.join(root, "public"), { maxAge: "1h" });
  app.use((req, res, next) =>
    HAS_EXTENSION.test(req.path) ? servePublic(req, res, next) : next(),
  );

  app.use((req, res, next) => {
    res.locals.routed = true;
    if (req.url.startsWith("/api/")) {
      // The Remix adapter reads originalUrl, so both must point at the versioned path.
      req.url = aliasApiPath(req.url);
      req.originalUrl = req.url;
    }
    next();
  });

  app.use((req, res, next) => {
    const refusal = crossSiteRefusal(
      req.method,
      (name) => req.get(name),
      `${req.protocol}://${req.get("host")}`,
    );
    if (!refusal) return next();
    log.warn(
      { requestId: res.locals.requestId, origin: req.get("origin"), path: req.path },
      refusal,
    );
    res.set("x-content-type-options", "nosniff");
    if (req.path.startsWith("/api/")) {
      res.status(403).json(errorEnvelope("FORBIDDEN", refusal, res.locals.requestId as string));
    } else {
      res.status(403).type("text/plain").send(refusal);
    }
  });

  const apiDefinitions = apiDefinitionsOf(build.routes);
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: services.config.isProduction ? "production" : "development",
      getLoadContext: (req, res) => ({
        requestId: res.locals.requestId as string,
        // Made when a response first needs it (a page, the API docs): JSON answers never do.
        get nonce() {
          res.locals.nonce ??= randomBytes(16).toString("base64");
          return res.locals.nonce as string;
        },
        // Worked out (through the trusted proxies) only when something asks for it.
        get clientIp() {
          res.locals.clientIp ??= req.ip ?? req.socket.remoteAddress ?? "unknown";
          return res.locals.clientIp as string;
        },
        services,
        apiDefinitions,
        noteDatabaseOutage: () => answerAsOutage(res),
      }),
    }),
  );

  // What Express itself refuses (a path that is not valid percent-encoding, ...): an envelope for
  // the API, plain text elsewhere, never Express's HTML page with a stack trace.
  app.use(
    (
      error: Error & { status?: number },
      req: express.Request,
      res: express.Response,
      next: express.NextFunction,
    ) => {
      if (res.headersSent) return next(error);
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      const requestId = res.locals.requestId as string;
      if (status === 500) log.error({ err: error, requestId, path: req.path }, "unhandled error");
      res.set("x-content-type-options", "nosniff");
      const message =
        error instanceof URIError
          ? "The path is not valid percent-encoding."
          : status === 500
            ? "Something went wrong on our side; it has been logged."
            : "The request is not valid.";
      if (req.path.startsWith("/api/")) {
        const code =
          status === 500 ? "INTERNAL_ERROR" : status === 404 ? "NOT_FOUND" : "VALIDATION_FAILED";
        res
          .status(status)
          .set("cache-control", "no-store")
          .json(errorEnvelope(code, message, requestId));
      } else {
        res.status(status).type("text/plain").send(`${message}\n`);
      }
    },
  );
  return app;
}

interface SocketState {
  /** Requests being answered on it now. */
  busy: number;
  idleSince: number;
}

const tracked = new WeakMap<
  Server,
  { sockets: Map<Socket, SocketState>; responses: Set<ServerResponse> }
>();

/**
 * Keeps what a graceful shutdown needs to know about each connection: whether a request is being
 * answered on it and since when it has been idle. Call once, right after listen().
 */
export function trackConnections(server: Server): void {
  const sockets = new Map<Socket, SocketState>();
  const responses = new Set<ServerResponse>();
  tracked.set(server, { sockets, responses });
  server.on("connection", (socket: Socket) => {
    sockets.set(socket, { busy: 0, idleSince: performance.now() });
    socket.once("close", () => sockets.delete(socket));
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    responses.add(res);
    const state = sockets.get(req.socket);
    if (state) state.busy += 1;
    res.once("close", () => {
      responses.delete(res);
      if (!state) return;
      state.busy -= 1;
      state.idleSince = performance.now();
    });
  });
}

/**
 * Stops accepting, lets in-flight requests finish with `Connection: close`, and answers the next
 * request on each kept-alive connection with `Connection: close` too. A connection is closed by
 * the server only once it has been idle for `idleMs`: closing one the moment it is idle races the
 * client's next request, which the kernel then answers with a reset (ECONNRESET) because the
 * server never read it, and a client on a busy machine may take some hundreds of milliseconds to
 * send its next one. Whatever is left is closed after `timeoutMs`.
 */
export function shutdownServer(
  server: Server,
  timeoutMs: number,
  { idleMs = 1_000 }: { idleMs?: number } = {},
): Promise<void> {
  return new Promise((resolve) => {
    const { sockets, responses } = tracked.get(server) ?? {};
    const closing = (res: ServerResponse) => {
      if (!res.headersSent) res.setHeader("Connection", "close");
    };
    server.on("request", (_req, res: ServerResponse) => closing(res));
    for (const res of responses ?? []) closing(res);
    const sweep = setInterval(() => {
      if (!sockets) return server.closeIdleConnections();
      const now = performance.now();
      for (const [socket, state] of sockets) {
        if (state.busy === 0 && now - state.idleSince >= idleMs) socket.destroy();
      }
    }, 25);
    const force = setTimeout(() => server.closeAllConnections(), timeoutMs);
    // net.Server's close, not http.Server's: since Node 19 the latter also destroys every idle
    // connection at once, the race described above.
    Net.Server.prototype.close.call(server, () => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve();
    });
  });
}
