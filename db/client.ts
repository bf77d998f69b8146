import { neonConfig, Pool, type PoolClient } from "@neondatabase/serverless";
import { SpanKind, SpanStatusCode, trace } from "@opentelemetry/api";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import { drizzle as drizzleNodePostgres } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import pg from "pg";
import ws from "ws";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;
/** The one database type the app codes against, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseTarget =
  /** A plain Postgres over TCP (the embedded server): node-postgres, whose API Neon's Pool copies. */
  { kind: "postgres"; url: string } | { kind: "neon"; url: string; wsProxy?: string };

/** One statement as it ran: what `DatabaseHandle.onQuery` listeners receive. */
export interface QueryEvent {
  statement: string;
  /** The bound parameters, raw: redact before they reach a log. */
  params: readonly unknown[];
  durationMs: number;
  error?: unknown;
}

export type QueryListener = (event: QueryEvent) => void;

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseTarget["kind"];
  /** Calls `listener` after every statement (metrics, slow-query log); returns an unsubscribe. */
  onQuery(listener: QueryListener): () => void;
  /** Resolves when a trivial query succeeds; throws otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Neon's serverless driver speaks the Postgres protocol over a WebSocket. Against Neon itself the
 * defaults are right; against a plain Postgres it needs a relay (NEON_WS_PROXY) and these settings,
 * each of which cost an afternoon to find (docs/decisions/001-embedded-defaults.md).
 */
function configureNeon(wsProxy?: string) {
  neonConfig.webSocketConstructor = ws;
  if (wsProxy) {
    const base = /^wss?:\/\//.test(wsProxy) ? wsProxy : `ws://${wsProxy}`;
    neonConfig.wsProxy = (host, port) =>
      `${base.replace(/^wss?:\/\//, "")}/v1?address=${host}:${port}`;
    neonConfig.useSecureWebSocket = base.startsWith("wss://");
    neonConfig.pipelineConnect = false;
    neonConfig.coalesceWrites = false;
    neonConfig.pipelineTLS = false;
  }
}

// ---------------------------------------------------------------------------------------------
// Query timing: the one place every statement is timed, on either driver. The driver handed to
// drizzle is a proxy whose query entry points run through `timed`, which makes a "db.query" span
// (a child of the request's span when tracing is on) and tells the listeners.

const tracer = trace.getTracer("nexus.db");

/**
 * The database did not answer (connection refused, dropped, timed out), as opposed to answering
 * with an error about the statement. The API turns it into 503 UNAVAILABLE, not 500.
 */
export class DatabaseUnavailableError extends Error {
  constructor(override readonly cause: unknown) {
    super(`The database is unavailable: ${(cause as Error)?.message ?? String(cause)}`);
    this.name = "DatabaseUnavailableError";
  }
}

/** Whether `error`, or anything in its chain of causes, is the database not answering. */
export function databaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && depth < 10; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof DatabaseUnavailableError) return true;
  }
  return false;
}

/** SQLSTATEs that mean the connection, not the statement, failed. */
const CONNECTION_SQLSTATE = /^(08...|57P0[123]|53300)$/;

/**
 * Whether a driver error means "no database here": a Postgres error carries a SQLSTATE, and only
 * the connection classes count; an error without one (a socket that closed, a refused or timed
 * out connect, a closed pool) is about reaching the database. Programming errors stay errors.
 */
export function isConnectionError(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  if (!(error instanceof Error) && !(error && typeof error === "object")) return false;
  if (error instanceof TypeError || error instanceof RangeError || error instanceof SyntaxError) {
    return false;
  }
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return CONNECTION_SQLSTATE.test(code);
  return true;
}

const classified = (error: unknown) =>
  isConnectionError(error) && !(error instanceof DatabaseUnavailableError)
    ? new DatabaseUnavailableError(error)
    : error;

function operationOf(statement: string): string {
  return /^\s*([a-z]+)/i.exec(statement)?.[1]?.toLowerCase() ?? "query";
}

async function timed<T>(
  listeners: Set<QueryListener>,
  statement: string,
  params: readonly unknown[],
  run: () => Promise<T>,
): Promise<T> {
  const span = tracer.startSpan("db.query", {
    kind: SpanKind.CLIENT,
    attributes: {
      "db.system.name": "postgresql",
      "db.operation.name": operationOf(statement),
      "db.query.text": statement,
    },
  });
  const started = performance.now();
  let error: unknown;
  try {
    return await run();
  } catch (caught) {
    error = caught;
    span.setStatus({ code: SpanStatusCode.ERROR, message: (caught as Error)?.message });
    throw classified(caught);
  } finally {
    const durationMs = performance.now() - started;
    span.end();
    for (const listener of listeners) {
      try {
        listener({ statement, params, durationMs, error });
      } catch {
        // A listener's failure never fails the query.
      }
    }
  }
}

/** `target` with some methods replaced; every other method stays bound to `target`. */
function withOverrides<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(object, property) {
      if (typeof property === "string" && Object.hasOwn(overrides, property)) {
        return overrides[property];
      }
      const value = Reflect.get(object, property, object);
      return typeof value === "function" ? value.bind(object) : value;
    },
  });
}

type QueryArgs = [unknown, unknown?, ...unknown[]];

/** Statement and parameters of a pg-style `query(text | {text, values}, values?)` call. */
function statementOf(args: QueryArgs): { statement: string; params: readonly unknown[] } {
  const [first, second] = args;
  if (typeof first === "string") {
    return { statement: first, params: Array.isArray(second) ? second : [] };
  }
  const config = (first ?? {}) as { text?: string; values?: unknown[] };
  return {
    statement: config.text ?? "",
    params: Array.isArray(second) ? second : (config.values ?? []),
  };
}

function timedQuery(
  listeners: Set<QueryListener>,
  query: (...args: QueryArgs) => Promise<unknown>,
) {
  return (...args: QueryArgs) => {
    const { statement, params } = statementOf(args);
    return timed(listeners, statement, params, () => query(...args));
  };
}

function instrumentPool(pool: Pool, listeners: Set<QueryListener>): Pool {
  return withOverrides(pool, {
    query: timedQuery(listeners, pool.query.bind(pool) as (...args: QueryArgs) => Promise<unknown>),
    // A transaction's own connection (drizzle calls connect() without a callback).
    connect: async () => {
      const client: PoolClient = await pool.connect().catch((error: unknown) => {
        throw classified(error);
      });
      return withOverrides(client, {
        query: timedQuery(
          listeners,
          client.query.bind(client) as (...args: QueryArgs) => Promise<unknown>,
        ),
      });
    },
  });
}

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  const listeners = new Set<QueryListener>();
  const onQuery = (listener: QueryListener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
  if (target.kind === "postgres") {
    const pool = new pg.Pool({
      connectionString: target.url,
      max: 10,
      connectionTimeoutMillis: 5_000,
    });
    pool.on("error", () => {});
    const db = drizzleNodePostgres(instrumentPool(pool as unknown as Pool, listeners) as never, {
      schema,
    }) as unknown as Database;
    return {
      db,
      kind: "postgres",
      onQuery,
      ping: async () => {
        await db.execute(sql`select 1`);
      },
      close: async () => {
        await pool.end();
      },
    };
  }
  configureNeon(target.wsProxy);
  // A connection that cannot be made in 5 s fails (503 to API clients) instead of waiting forever.
  const pool = new Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
  // A dropped idle connection must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const db = drizzleNeon(instrumentPool(pool, listeners), { schema }) as unknown as Database;
  return {
    db,
    kind: "neon",
    onQuery,
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await pool.end();
    },
  };
}
