import { sql } from "drizzle-orm";
import { afterEach, describe, expect, test } from "vitest";
import type { Database } from "#db/client.ts";
import { appliedMigrations, migrate, rollback } from "#db/migrate.ts";
import {
  createTestDatabase,
  type TestDatabase,
  testDatabaseKinds,
} from "#tests/support/database.ts";

/** The public schema as a sorted list of "table.column type nullable default" lines and indexes. */
async function schemaSnapshot(db: Database): Promise<string[]> {
  const columns = await db.execute(sql`
    select table_name, column_name, data_type, is_nullable, column_default
    from information_schema.columns where table_schema = 'public'
    order by table_name, column_name`);
  const indexes = await db.execute(sql`
    select indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`);
  const constraints = await db.execute(sql`
    select conname, pg_get_constraintdef(oid) as def from pg_constraint
    where connamespace = 'public'::regnamespace order by conname`);
  const types = await db.execute(sql`
    select t.typname, array_to_string(array_agg(e.enumlabel order by e.enumsortorder), ',') as labels
    from pg_type t join pg_enum e on e.enumtypid = t.oid
    where t.typnamespace = 'public'::regnamespace group by t.typname order by t.typname`);
  const rows = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
  return [
    ...rows(columns).map((r) => Object.values(r).join(" ")),
    ...rows(indexes).map((r) => `index ${r.indexname}: ${r.indexdef}`),
    ...rows(constraints).map((r) => `constraint ${r.conname}: ${r.def}`),
    ...rows(types).map((r) => `type ${r.typname}: ${r.labels}`),
  ];
}

describe.each(testDatabaseKinds)("migrations on %s", (kind) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.destroy();
    database = undefined;
  });

  test("up, then every rollback, then up again leaves the same schema", async () => {
    database = await createTestDatabase(kind);
    const { db } = database.handle;

    await migrate(db);
    const afterUp = await schemaSnapshot(db);
    expect(afterUp.length).toBeGreaterThan(0);
    const applied = (await appliedMigrations(db)).length;
    expect(applied).toBeGreaterThan(0);

    const rolledBack: string[] = [];
    for (let tag = await rollback(db); tag !== null; tag = await rollback(db)) rolledBack.push(tag);
    expect(rolledBack).toHaveLength(applied);
    expect(await schemaSnapshot(db)).toEqual([]);

    await migrate(db);
    expect(await schemaSnapshot(db)).toEqual(afterUp);
  });

  test("migrating twice applies nothing the second time", async () => {
    database = await createTestDatabase(kind);
    const { db } = database.handle;
    await migrate(db);
    const first = await appliedMigrations(db);
    await migrate(db);
    expect(await appliedMigrations(db)).toEqual(first);
  });
});
