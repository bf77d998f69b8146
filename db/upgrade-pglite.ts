/**
 * Upgrading an install from the PGlite days: its data folder holds `pglite/`. On the first start
 * with the embedded Postgres server, every row is copied from it into the new database (both
 * migrated to the same schema first), in one transaction, and the old folder is renamed
 * `pglite.upgraded-<date>` so it is kept but never read again (docs/decisions/018-embedded-postgres.md).
 */
import { existsSync } from "node:fs";
import { rename } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { openDatabase } from "./client.ts";
import { migrate } from "./migrate.ts";

const BATCH = 500;

/** Tables a fresh, migrated database may already have rows in (none are people's data). */
const DATA_TABLES = ["users", "modules", "kg_nodes", "collab_rooms", "goal_runs"];

export async function upgradeFromPglite(
  dataDir: string,
  url: string,
  say: (message: string) => void = () => {},
): Promise<{ tables: number; rows: number } | undefined> {
  const oldDir = path.join(dataDir, "pglite");
  if (!existsSync(path.join(oldDir, "PG_VERSION"))) return undefined;
  say(`upgrading the PGlite data in ${oldDir} to the embedded Postgres server`);

  const target = await openDatabase({ kind: "postgres", url });
  await migrate(target.db).finally(() => target.close());
  // PGlite is loaded only here, for this one copy.
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const source = await PGlite.create(oldDir, { extensions: { pg_trgm } });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let rows = 0;
  let tables = 0;
  try {
    await migrate(drizzle(source) as never);
    const existing = await client.query(
      `select table_name from information_schema.tables where table_schema = 'public' and table_name = any($1)`,
      [DATA_TABLES],
    );
    for (const { table_name } of existing.rows) {
      const { rows: found } = await client.query(`select 1 from "${table_name}" limit 1`);
      if (found.length > 0) {
        throw new Error(
          `Cannot upgrade ${oldDir}: the new database already holds data (${table_name}). Move one of them away: NEXUS_DATA_DIR/pglite (the old data) or NEXUS_DATA_DIR/postgres (the new).`,
        );
      }
    }
    const { rows: tableRows } = await source.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
    );
    await client.query("begin");
    // Rows go in table by table: the foreign keys were kept by the old database already.
    await client.query("set local session_replication_role = replica");
    await client.query(`truncate ${tableRows.map((t) => `"${t.table_name}"`).join(", ")} cascade`);
    for (const { table_name: table } of tableRows) {
      const { rows: columnRows } = await source.query<{ column_name: string }>(
        `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' order by ordinal_position`,
        [table],
      );
      const columns = columnRows.map((c) => `"${c.column_name}"`).join(", ");
      tables += 1;
      for (let offset = 0; ; offset += BATCH) {
        const batch = await source.query<{ r: unknown }>(
          `select to_jsonb(t) as r from "${table}" t order by ctid limit ${BATCH} offset ${offset}`,
        );
        if (batch.rows.length === 0) break;
        await client.query(
          `insert into "${table}" (${columns}) select ${columns} from jsonb_populate_recordset(null::"${table}", $1::jsonb)`,
          [JSON.stringify(batch.rows.map((row) => row.r))],
        );
        rows += batch.rows.length;
        if (batch.rows.length < BATCH) break;
      }
    }
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
    await source.close();
  }
  const kept = `${oldDir}.upgraded-${new Date().toISOString().slice(0, 10)}`;
  await rename(oldDir, kept);
  say(`upgraded: ${rows} rows in ${tables} tables copied; the old folder is kept as ${kept}`);
  return { tables, rows };
}
