import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { singleton } from "#app/utils/singleton.server.ts";

/**
 * The live Prometheus instruments, updated where things happen: HTTP requests (server.ts), query
 * durations and slow queries (db/client.ts's timing point, through observeQueries), realtime
 * pushes (realtime.server.ts), AI calls, tokens and cost (app/sage/calls.server.ts, incremented
 * where each call is recorded: they count this process's calls since it started). No app
 * imports here, so anything may import this module. GET /metrics renders them (metrics.server.ts).
 *
 * The registry is per process, as Prometheus expects: each instance is scraped on its own (one
 * per process however many copies of this module are loaded: see singleton.server.ts).
 */
function createInstruments() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpRequestDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request duration by method, route template and status.",
      labelNames: ["method", "route", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    httpRequestsInFlight: new Gauge({
      name: "http_requests_in_flight",
      help: "HTTP requests being served.",
      registers: [registry],
    }),
    dbQueryDuration: new Histogram({
      name: "db_query_duration_seconds",
      help: "Database statement duration by SQL operation.",
      labelNames: ["operation"] as const,
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    dbSlowQueries: new Counter({
      name: "db_slow_queries_total",
      help: "Database statements that took at least SLOW_QUERY_MS.",
      labelNames: ["operation"] as const,
      registers: [registry],
    }),
    dbQueryErrors: new Counter({
      name: "db_query_errors_total",
      help: "Database statements that failed.",
      labelNames: ["operation"] as const,
      registers: [registry],
    }),
    realtimePushes: new Counter({
      name: "realtime_pushes_total",
      help: "Realtime events pushed to PartyKit, by party.",
      labelNames: ["party"] as const,
      registers: [registry],
    }),
    realtimePushFailures: new Counter({
      name: "realtime_push_failures_total",
      help: "Realtime pushes that failed after their retries, by party.",
      labelNames: ["party"] as const,
      registers: [registry],
    }),
    aiCalls: new Counter({
      name: "ai_calls_total",
      help: "AI model calls recorded by this process, by provider, model and status.",
      labelNames: ["provider", "model", "status"] as const,
      registers: [registry],
    }),
    aiTokens: new Counter({
      name: "ai_tokens_total",
      help: "AI tokens used, by provider, model and kind (prompt or completion).",
      labelNames: ["provider", "model", "kind"] as const,
      registers: [registry],
    }),
    aiCost: new Counter({
      name: "ai_cost_usd_total",
      help: "AI cost in USD from the SAGE_PRICES table, by provider and model.",
      labelNames: ["provider", "model"] as const,
      registers: [registry],
    }),
  };
}

const instruments = singleton("instruments", createInstruments);
export const {
  registry,
  httpRequestDuration,
  httpRequestsInFlight,
  dbQueryDuration,
  dbSlowQueries,
  dbQueryErrors,
  realtimePushes,
  realtimePushFailures,
  aiCalls,
  aiTokens,
  aiCost,
} = instruments;

const KNOWN_OPERATIONS = new Set([
  "select",
  "insert",
  "update",
  "delete",
  "with",
  "begin",
  "commit",
  "rollback",
  "savepoint",
  "release",
  "create",
  "alter",
  "drop",
]);

/** The statement's first keyword, from a fixed set (anything else is "other"). */
export function operationLabel(statement: string): string {
  const word = /^\s*([a-z]+)/i.exec(statement)?.[1]?.toLowerCase() ?? "";
  return KNOWN_OPERATIONS.has(word) ? word : "other";
}
