import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { PgDialect } from "drizzle-orm/pg-core";
import type { Database } from "./client.ts";

/**
 * The project's drizzle/ folder, looked for upwards from this module: it is db/ when run from
 * source and build/server/ when bundled into the server build.
 */
function findMigrationsFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, "drizzle");
    if (existsSync(path.join(candidate, "meta", "_journal.json"))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("No drizzle/meta/_journal.json above the server code.");
    dir = parent;
  }
}

export const migrationsFolder = findMigrationsFolder();
const migrationsTable = "__drizzle_migrations";
const migrationsSchema = "drizzle";

interface JournalEntry {
  idx: number;
  when: number;
  tag: string;
}

async function readJournal(folder: string): Promise<JournalEntry[]> {
  const raw = await readFile(path.join(folder, "meta", "_journal.json"), "utf8");
  return (JSON.parse(raw) as { entries: JournalEntry[] }).entries;
}

/**
 * Applies every pending migration. One code path for PGlite and Neon: drizzle's dialect migrator
 * runs on any drizzle session that supports transactions.
 */
export async function migrate(db: Database, folder = migrationsFolder): Promise<void> {
  const config = { migrationsFolder: folder, migrationsTable, migrationsSchema };
  const migrations = readMigrationFiles(config);
  // biome-ignore lint/suspicious/noExplicitAny: the session type is internal to drizzle
  await new PgDialect().migrate(migrations, (db as any)._.session, config);
}

export async function appliedMigrations(db: Database): Promise<{ createdAt: number }[]> {
  await db.execute(sql.raw(`create schema if not exists "${migrationsSchema}"`));
  await db.execute(
    sql.raw(
      `create table if not exists "${migrationsSchema}"."${migrationsTable}" (id serial primary key, hash text not null, created_at bigint)`,
    ),
  );
  const result = await db.execute(
    sql.raw(
      `select created_at from "${migrationsSchema}"."${migrationsTable}" order by created_at desc`,
    ),
  );
  return (result as unknown as { rows: { created_at: string | number }[] }).rows.map((row) => ({
    createdAt: Number(row.created_at),
  }));
}

/**
 * Undoes the newest applied migration with its hand-written script in `drizzle/rollbacks/`.
 * Returns the tag rolled back, or null when nothing was applied.
 */
export async function rollback(db: Database, folder = migrationsFolder): Promise<string | null> {
  const [latest] = await appliedMigrations(db);
  if (!latest) return null;
  const entry = (await readJournal(folder)).find((e) => e.when === latest.createdAt);
  if (!entry) {
    throw new Error(`The newest applied migration (${latest.createdAt}) is not in the journal`);
  }
  const script = await readFile(path.join(folder, "rollbacks", `${entry.tag}.sql`), "utf8");
  await db.transaction(async (tx) => {
    for (const statement of script.split("--> statement-breakpoint")) {
      if (statement.trim()) await tx.execute(sql.raw(statement));
    }
    await tx.execute(
      sql.raw(
        `delete from "${migrationsSchema}"."${migrationsTable}" where created_at = ${latest.createdAt}`,
      ),
    );
  });
  return entry.tag;
}
