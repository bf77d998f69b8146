import type { Logger } from "#app/utils/log.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import {
  dbQueryDuration,
  dbQueryErrors,
  dbSlowQueries,
  operationLabel,
} from "./instruments.server.ts";

/** How much of a statement a slow-query line shows. */
const MAX_STATEMENT_CHARS = 2000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parameters as a slow-query line may show them: numbers, booleans, nulls, dates and ids (UUIDs)
 * as they are; every other string (a name, an email, a token or password hash) and every object
 * only as its kind and length.
 */
export function redactParams(params: readonly unknown[]): unknown[] {
  return params.map((value) => {
    if (value === null || value === undefined) return null;
    if (typeof value === "number" || typeof value === "boolean") return value;
    if (typeof value === "bigint") return value.toString();
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "string") {
      return UUID.test(value) || ISO_TIME.test(value)
        ? value
        : `[redacted string(${value.length})]`;
    }
    return "[redacted]";
  });
}

export interface QueryObserverOptions {
  log: Logger;
  /** Statements taking at least this long are logged and counted (SLOW_QUERY_MS). */
  slowQueryMs: number;
}

/**
 * Feeds every statement timed by db/client.ts into the metrics, and logs the slow ones with
 * their statement, redacted parameters and (through the logger's request context) request id.
 */
export function observeQueries(
  database: Pick<DatabaseHandle, "onQuery">,
  options: QueryObserverOptions,
): () => void {
  return database.onQuery((event) => {
    const operation = operationLabel(event.statement);
    dbQueryDuration.observe({ operation }, event.durationMs / 1000);
    if (event.error) dbQueryErrors.inc({ operation });
    if (event.durationMs < options.slowQueryMs) return;
    dbSlowQueries.inc({ operation });
    options.log.warn(
      {
        durationMs: Math.round(event.durationMs * 100) / 100,
        statement: event.statement.slice(0, MAX_STATEMENT_CHARS),
        params: redactParams(event.params),
        failed: event.error ? true : undefined,
      },
      "slow query",
    );
  });
}
