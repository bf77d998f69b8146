import { PGlite } from "@electric-sql/pglite";
import { neonConfig, Pool } from "@neondatabase/serverless";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNeon } from "drizzle-orm/neon-serverless";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import ws from "ws";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
/** The one database type the app codes against, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;

export type DatabaseTarget =
  | { kind: "pglite"; dir?: string }
  | { kind: "neon"; url: string; wsProxy?: string };

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseTarget["kind"];
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

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "pglite") {
    const client = target.dir ? await PGlite.create(target.dir) : await PGlite.create();
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    return {
      db,
      kind: "pglite",
      ping: async () => {
        await client.query("select 1");
      },
      close: async () => {
        if (!client.closed) await client.close();
      },
    };
  }
  configureNeon(target.wsProxy);
  const pool = new Pool({ connectionString: target.url, max: 10 });
  // A dropped idle connection must not crash the process; the next query reconnects.
  pool.on("error", () => {});
  const db = drizzleNeon(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: "neon",
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    close: async () => {
      await pool.end();
    },
  };
}
