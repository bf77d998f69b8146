/**
 * NEXUS's HTTP server: Express 4 in front of Remix. It owns what is Node-specific (the socket,
 * compression, static files, request ids, the request log, graceful shutdown) and starts the
 * embedded back ends on `npm start`. Everything else lives in `app/`.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import type { Server, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import v8 from "node:v8";
import { context, SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import {
  httpRequestDuration,
  httpRequestsInFlight,
} from "./app/observability/instruments.server.ts";
import { renderMetrics } from "./app/observability/metrics.server.ts";
import { routeTemplates } from "./app/observability/route-template.server.ts";
import { startTracing, tracer } from "./app/observability/tracing.server.ts";
import { errorEnvelope } from "./app/utils/api-errors.ts";
import { type Config, loadConfig } from "./app/utils/config.server.ts";
import { crossSiteRefusal } from "./app/utils/csrf.server.ts";
import { ConfigError } from "./app/utils/env.server.ts";
import { startBackgroundJobs } from "./app/utils/jobs.server.ts";
import { createLogger, type Logger } from "./app/utils/log.server.ts";
import { requestContext } from "./app/utils/request-context.server.ts";
import { closeServices, createServices, type Services } from "./app/utils/services.server.ts";
import { type PartykitProcess, startPartykit } from "./scripts/partykit.ts";

const root = path.dirname(fileURLToPath(import.meta.url));
const buildEntry = path.join(root, "build/server/index.js");

const REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;
const HAS_EXTENSION = /\.[^/]*$/;

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

export interface AppOptions {
  services: Services;
  build: ServerBuild;
}

export function createApp({ services, build }: AppOptions) {
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
    if (req.path.startsWith("/api/")) {
      res.status(403).json(errorEnvelope("FORBIDDEN", refusal, res.locals.requestId as string));
    } else {
      res.status(403).type("text/plain").send(refusal);
    }
  });

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

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    // parentPath arrived in Node 20.12; `path` is its older name.
    const folder = entry.parentPath ?? (entry as unknown as { path: string }).path;
    const mtime = statSync(path.join(folder, entry.name)).mtimeMs;
    if (mtime > newest) newest = mtime;
  }
  return newest;
}

/** Builds the app when the build is missing or older than the sources. */
export async function ensureBuild(log: Logger): Promise<void> {
  if (existsSync(buildEntry)) {
    const built = statSync(buildEntry).mtimeMs;
    const sources = Math.max(
      await newestMtime(path.join(root, "app")),
      await newestMtime(path.join(root, "db")),
    );
    if (sources <= built) return;
    log.info("sources changed since the last build: rebuilding");
  } else {
    log.info("no build found: building (once)");
  }
  const { spawnSync } = await import("node:child_process");
  const result = spawnSync(path.join(root, "node_modules/.bin/remix"), ["build"], {
    cwd: root,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, NODE_ENV: "production", VITE_CJS_IGNORE_WARNING: "true" },
  });
  if (result.status !== 0) throw new Error("The build failed; see the output above.");
}

export async function loadBuild(): Promise<ServerBuild> {
  return (await import(pathToFileURL(buildEntry).href)) as ServerBuild;
}

/**
 * Stops accepting, lets in-flight requests finish, and closes each keep-alive socket as soon as it
 * is idle (plain `server.close()` would wait for clients to hang up); forced after a timeout.
 */
export function shutdownServer(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    server.on("request", (_req, res: ServerResponse) => {
      if (!res.headersSent) res.setHeader("Connection", "close");
    });
    const sweep = setInterval(() => server.closeIdleConnections(), 25);
    const force = setTimeout(() => {
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}

async function main() {
  let config: Config;
  try {
    config = await loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  // Set before any load: V8 reads it each time it sizes the heap after a collection.
  if (config.env.HEAP_GROWTH_PERCENT > 0) {
    v8.setFlagsFromString(`--heap-growing-percent=${config.env.HEAP_GROWTH_PERCENT}`);
  }
  const log = await createLogger({
    level: config.env.LOG_LEVEL,
    format: config.env.LOG_FORMAT ?? (config.isProduction ? "json" : "pretty"),
  });

  let partykit: PartykitProcess | undefined;
  let services: Services | undefined;
  let server: Server | undefined;
  let app: ReturnType<typeof createApp> | undefined;
  let stopping = false;
  let stopJobs: (() => Promise<void>) | undefined;
  let stopTracing: (() => Promise<void>) | undefined;

  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const timeout = config.env.SHUTDOWN_TIMEOUT_MS;
    const force = setTimeout(() => {
      log.error("shutdown took too long: forcing exit");
      process.exit(1);
    }, timeout + 2000);
    force.unref();
    if (server) await shutdownServer(server, timeout);
    await stopJobs?.();
    if (services) await closeServices(services);
    if (partykit) await partykit.stop();
    await stopTracing?.().catch(() => {});
    log.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stopAll("SIGTERM"));
  process.once("SIGINT", () => void stopAll("SIGINT"));

  try {
    if (config.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      stopTracing = await startTracing({ endpoint: config.env.OTEL_EXPORTER_OTLP_ENDPOINT });
      log.info(
        { endpoint: config.env.OTEL_EXPORTER_OTLP_ENDPOINT },
        "tracing: exporting over OTLP",
      );
    }
    await ensureBuild(log);
    const partykitStart = config.partykit.managed
      ? startPartykit({
          port: config.partykit.port,
          workDir: path.join(config.dataDir, "partykit"),
          persist: true,
          vars: {
            REALTIME_SECRET: config.secrets.realtime,
            REALTIME_PUSH_SECRET: config.secrets.realtimePush,
          },
          onLog: (line) => log.debug({ partykit: line }),
        })
      : undefined;
    // Started side by side; whatever did start is stopped again if another part failed.
    const [pk, svc, build] = await Promise.allSettled([
      partykitStart,
      createServices(config, log),
      loadBuild(),
    ]);
    if (pk.status === "fulfilled") partykit = pk.value;
    if (svc.status === "fulfilled") services = svc.value;
    for (const part of [pk, svc, build]) if (part.status === "rejected") throw part.reason;
    if (stopping || build.status !== "fulfilled" || !services) return;
    app = createApp({ services, build: build.value });
    await new Promise<void>((resolve, reject) => {
      server = app!.listen(config.env.PORT, config.env.HOST, () => resolve());
      server.once("error", reject);
    });
    stopJobs = startBackgroundJobs(services);
    const shownHost = config.env.HOST === "0.0.0.0" ? "localhost" : config.env.HOST;
    log.info(
      {
        database: config.database.kind,
        cache: config.cache.kind,
        realtime: config.partykit.url,
        dataDir: config.dataDir,
      },
      "NEXUS is ready",
    );
    console.log(`NEXUS is ready on http://${shownHost}:${config.env.PORT}`);
  } catch (error) {
    log.error({ err: error }, "NEXUS could not start");
    console.error(`NEXUS could not start: ${(error as Error).message}`);
    await partykit?.stop();
    if (services) await closeServices(services);
    process.exit(1);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
