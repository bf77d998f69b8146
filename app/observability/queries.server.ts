import type { Logger } from "#app/utils/log.server.ts";
import { type DatabaseHandle, databaseUnavailable, isConnectionError } from "#db/client.ts";
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
 * An outage is logged once when the first statement cannot reach the database and once when one
 * reaches it again, however many requests were answered 503 in between.
 */
export function observeQueries(
  database: Pick<DatabaseHandle, "onQuery">,
  options: QueryObserverOptions,
): () => void {
  let downSince: number | undefined;
  let refused = 0;
  return database.onQuery((event) => {
    const operation = operationLabel(event.statement);
    dbQueryDuration.observe({ operation }, event.durationMs / 1000);
    if (event.error) dbQueryErrors.inc({ operation });
    if (event.error && isConnectionError(event.error)) {
      refused += 1;
      if (downSince !== undefined) return;
      downSince = Date.now();
      options.log.error(
        { err: event.error },
        "database unavailable: requests that need it answer 503 until it is back",
      );
      return;
    }
    if (!event.error && downSince !== undefined) {
      options.log.warn(
        { downForMs: Date.now() - downSince, failedStatements: refused },
        "database is answering again",
      );
      downSince = undefined;
      refused = 0;
    }
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

/**
 * How a periodic job reports a failed tick: a warning, unless the database is down, which the
 * query observer has logged once already (a line per job per tick would bury it).
 */
export function warnUnlessOutage(log: Logger, error: unknown, message: string): void {
  if (databaseUnavailable(error)) log.debug({ err: error }, message);
  else log.warn({ err: error }, message);
}
