import { Writable } from "node:stream";
import {
  InMemorySpanExporter,
  NodeTracerProvider,
  type ReadableSpan,
  SimpleSpanProcessor,
} from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { forgetCredentials } from "#app/accounts/credential-cache.server.ts";
import { createModule } from "#app/modules/modules.server.ts";
import { createRealtime } from "#app/realtime/realtime.server.ts";
import { METRICS_PARTY, METRICS_ROOM } from "#app/realtime/room-token.ts";
import { createLogger } from "#app/utils/log.server.ts";
import { requestContext } from "#app/utils/request-context.server.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Issue 11, items 1-4: Prometheus at /metrics, the span tree of one API request, the slow-query
 * log and the log's redaction and request ids, all through the real HTTP stack.
 */

const METRICS_TOKEN = "metrics-token-for-tests-0123456789";
const spans = new InMemorySpanExporter();
const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(spans)] });
provider.register();

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let bearer: { authorization: string };
let apiToken: string;
let moduleId: string;

beforeAll(async () => {
  // SLOW_QUERY_MS=0: every statement counts as slow, so each one is logged.
  services = await createTestServices({ env: { METRICS_TOKEN, SLOW_QUERY_MS: "0" } });
  http = await startHttp(services);
  const operator = await signedInUser(services, "operator");
  apiToken = operator.token;
  bearer = { authorization: `Bearer ${apiToken}` };
  const row = await createModule(
    services,
    { slug: "observed", name: "Observed", kind: "service", status: "active", load: 10 },
    { id: null, label: "test" },
  );
  moduleId = row.id;
});
afterAll(async () => {
  await http.close();
  await services.destroy();
  await provider.shutdown();
});

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${http.url}${path}`, { headers: { ...bearer, ...headers } });
const settle = () => new Promise((r) => setTimeout(r, 30));

describe("GET /metrics", () => {
  test("refuses a scrape without the METRICS_TOKEN bearer", async () => {
    const none = await fetch(`${http.url}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get("www-authenticate")).toContain("Bearer");
    const wrong = await fetch(`${http.url}/metrics`, {
      headers: { authorization: "Bearer not-the-metrics-token-at-all" },
    });
    expect(wrong.status).toBe(401);
  });

  test("after some traffic: every family, route templates and never a raw id", async () => {
    for (let i = 0; i < 3; i++) {
      expect((await get(`/api/v1/modules/${moduleId}`)).status).toBe(200);
    }
    expect((await get("/api/v1/modules")).status).toBe(200);
    expect((await get("/api/v1/modules/8d6b1b8e-0000-4000-8000-000000000000")).status).toBe(404);
    await settle();

    const response = await fetch(`${http.url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/plain");
    const text = await response.text();

    // Default process metrics.
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
    // HTTP: labelled by route template, raw paths with ids never appear.
    expect(text).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/modules\/:id",status="200"\} [3-9]/m,
    );
    expect(text).toMatch(
      /^http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/modules\/:id",status="404"\} 1/m,
    );
    expect(text).toContain('route="/api/v1/modules",status="200"');
    expect(text).not.toContain(moduleId);
    expect(text).not.toContain("8d6b1b8e-0000-4000-8000-000000000000");
    expect(text).toMatch(/^http_requests_in_flight \d/m);
    // Database.
    expect(text).toMatch(/^db_query_duration_seconds_count\{operation="select"\} [1-9]/m);
    expect(text).toMatch(/^db_slow_queries_total\{operation="select"\} [1-9]/m);
    // Cache, per cache name (the module reads go through the "modules" cache).
    expect(text).toMatch(/^cache_hits_total\{cache="modules"\} [1-9]/m);
    expect(text).toMatch(/^cache_misses_total\{cache="modules"\} [1-9]/m);
    expect(text).toMatch(/^cache_errors_total\{cache="modules"\} 0/m);
    // Domain gauges.
    expect(text).toMatch(/^nexus_modules\{status="active"\} 1$/m);
    expect(text).toMatch(/^nexus_modules\{status="error"\} 0$/m);
    expect(text).toMatch(/^nexus_reviews_open \d+$/m);
    expect(text).toMatch(/^nexus_contradictions_open \d+$/m);
    // Families that exist before their first event (HELP/TYPE lines).
    for (const family of [
      "realtime_pushes_total",
      "realtime_push_failures_total",
      "ai_calls_total",
      "ai_tokens_total",
      "ai_cost_usd_total",
    ]) {
      expect(text).toContain(`# TYPE ${family} counter`);
    }
  });

  test("realtime pushes and failed pushes are counted by party", async () => {
    expect(
      await services.realtime.publish(METRICS_PARTY, METRICS_ROOM, { type: "probe", data: 1 }),
    ).toBe(true);
    // Nothing listens on port 9: the push fails after its retries.
    const dead = createRealtime({ url: "http://127.0.0.1:9", pushSecret: "x".repeat(32) });
    expect(await dead.publish("nowhere", "room", { type: "probe", data: null })).toBe(false);
    const text = await (
      await fetch(`${http.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).text();
    expect(text).toMatch(
      new RegExp(`^realtime_pushes_total\\{party="${METRICS_PARTY}"\\} [1-9]`, "m"),
    );
    expect(text).toMatch(/^realtime_push_failures_total\{party="nowhere"\} 1$/m);
  });
});

describe("tracing", () => {
  test("one API request is one HTTP span with the request's DB and cache spans under it", async () => {
    spans.reset();
    // As on a first request: the token is checked against the database (a remembered token
    // would answer from memory, and this request would make no query of its own).
    forgetCredentials();
    const requestId = "span-tree-check-0001";
    const response = await get(`/api/v1/modules/${moduleId}`, { "x-request-id": requestId });
    expect(response.status).toBe(200);
    // The request's span ends once the response has finished, which can be after fetch resolved.
    await expect
      .poll(() =>
        spans.getFinishedSpans().some((s) => s.attributes["nexus.request_id"] === requestId),
      )
      .toBe(true);

    const finished = spans.getFinishedSpans();
    const root = finished.find((s) => s.attributes["nexus.request_id"] === requestId);
    expect(root).toBeDefined();
    expect(root!.name).toBe("GET /api/v1/modules/:id");
    expect(root!.parentSpanContext).toBeUndefined();
    expect(root!.attributes).toMatchObject({
      "http.route": "/api/v1/modules/:id",
      "http.response.status_code": 200,
    });

    const trace = finished.filter((s) => s.spanContext().traceId === root!.spanContext().traceId);
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    const ancestry = (span: ReadableSpan): string[] => {
      const names: string[] = [];
      for (let p = span.parentSpanContext; p; p = byId.get(p.spanId)?.parentSpanContext) {
        names.push(byId.get(p.spanId)?.name ?? "?");
      }
      return names;
    };
    const db = trace.filter((s) => s.name === "db.query");
    expect(db.length).toBeGreaterThan(0);
    // Every query of the request hangs off the request's span (directly or through the cache).
    for (const span of db) expect(ancestry(span).at(-1)).toBe(root!.name);
    expect(db.some((s) => s.parentSpanContext?.spanId === root!.spanContext().spanId)).toBe(true);
    expect(db.every((s) => typeof s.attributes["db.query.text"] === "string")).toBe(true);
    const cache = trace.find((s) => s.name === "cache.get_or_compute");
    expect(cache?.parentSpanContext?.spanId).toBe(root!.spanContext().spanId);
    expect(cache?.attributes["nexus.cache.name"]).toBe("modules");
  });
});

describe("slow queries", () => {
  test("with SLOW_QUERY_MS=0 each query is logged with its request id and redacted parameters", async () => {
    const requestId = "slow-query-check-0001";
    // The token's lookup is the query this checks: not from the credential cache.
    forgetCredentials();
    expect((await get(`/api/v1/modules/${moduleId}`, { "x-request-id": requestId })).status).toBe(
      200,
    );
    const slowLines = () =>
      services.logLines.filter((l) => l.msg === "slow query" && l.requestId === requestId);
    await expect.poll(() => slowLines().length).toBeGreaterThan(0);
    const slow = slowLines();
    for (const line of slow) {
      expect(line.statement).toEqual(expect.stringMatching(/^(select|insert|update|with)/i));
      expect(line.durationMs).toEqual(expect.any(Number));
      expect(Array.isArray(line.params)).toBe(true);
    }
    // The API token is looked up by a value derived from it: that parameter shows only as its kind.
    const params = slow.flatMap((l) => l.params as unknown[]);
    expect(params.some((p) => typeof p === "string" && p.startsWith("[redacted string("))).toBe(
      true,
    );
    expect(JSON.stringify(services.logLines)).not.toContain(apiToken);
  });
});

describe("logs", () => {
  test("one line per request with method, route template, path, status and duration", async () => {
    const requestId = "log-route-check-0001";
    await get(`/api/v1/modules/${moduleId}`, { "x-request-id": requestId });
    // Written once the response has finished, which can be after fetch resolved.
    await expect
      .poll(() => services.logLines.find((l) => l.msg === "request" && l.requestId === requestId))
      .toMatchObject({
        method: "GET",
        route: "/api/v1/modules/:id",
        status: 200,
        durationMs: expect.any(Number),
      });
  });

  test("every line written while a request is served carries its id", async () => {
    const lines: Record<string, unknown>[] = [];
    const log = await createLogger({
      level: "info",
      format: "json",
      destination: new Writable({
        write(chunk, _encoding, done) {
          for (const l of String(chunk).split("\n")) if (l) lines.push(JSON.parse(l));
          done();
        },
      }),
    });
    await requestContext.run({ requestId: "context-check-0001" }, async () => {
      await settle();
      log.info("deep in a call stack");
    });
    log.info("outside any request");
    expect(lines[0]).toMatchObject({
      msg: "deep in a call stack",
      requestId: "context-check-0001",
    });
    expect(lines[1]?.requestId).toBeUndefined();
  });

  test("bearer tokens, passwords and other secrets never reach a line", async () => {
    let written = "";
    const log = await createLogger({
      level: "info",
      format: "json",
      destination: new Writable({
        write(chunk, _encoding, done) {
          written += String(chunk);
          done();
        },
      }),
    });
    log.info(
      {
        password: "plain-password-1",
        token: "plain-token-2",
        headers: { authorization: "Bearer bearer-token-3", cookie: "nexus_session=cookie-4" },
        req: { headers: { authorization: "Bearer bearer-token-5" } },
        user: { email: "a@example.com", password: "nested-password-6", passwordHash: "hash-7" },
        body: { user: { password: "deeper-password-8" } },
        apiKey: "api-key-9",
      },
      "a logged object full of secrets",
    );
    expect(written).toContain("a@example.com");
    expect(written).toContain("[redacted]");
    for (const secret of [
      "plain-password-1",
      "plain-token-2",
      "bearer-token-3",
      "cookie-4",
      "bearer-token-5",
      "nested-password-6",
      "hash-7",
      "deeper-password-8",
      "api-key-9",
    ]) {
      expect(written).not.toContain(secret);
    }
  });
});
