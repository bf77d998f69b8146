import { sql } from "drizzle-orm";
import type { Database } from "#db/client.ts";

/**
 * A named lease in Postgres: periodic jobs run on whichever instance holds it, so several app
 * instances behind a load balancer still probe and sample once. Postgres is already shared by
 * every instance (PGlite or Neon), so no second coordination service is needed.
 * Returns true when `holder` holds the lease for the next `ttlMs`.
 */
export async function acquireLease(
  db: Database,
  name: string,
  holder: string,
  ttlMs: number,
): Promise<boolean> {
  const result = await db.execute(sql`
    insert into leases (name, holder, expires_at)
    values (${name}, ${holder}, now() + ${`${ttlMs} milliseconds`}::interval)
    on conflict (name) do update
      set holder = excluded.holder, expires_at = excluded.expires_at
      where leases.holder = excluded.holder or leases.expires_at < now()
    returning holder`);
  const rows = (result as unknown as { rows: { holder: string }[] }).rows;
  return rows[0]?.holder === holder;
}

export async function releaseLease(db: Database, name: string, holder: string): Promise<void> {
  await db.execute(sql`delete from leases where name = ${name} and holder = ${holder}`);
}
