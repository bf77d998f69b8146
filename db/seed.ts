import { sql } from "drizzle-orm";
import type { Database } from "./client.ts";
import { instanceSettings } from "./schema.ts";

/**
 * Demonstration data for a development install. Idempotent: running it twice changes nothing
 * the second time. Refused in production by the CLI.
 */
export async function seed(db: Database): Promise<{ inserted: number }> {
  const rows = await db
    .insert(instanceSettings)
    .values({ key: "seeded_at", value: sql`to_jsonb(now())` })
    .onConflictDoNothing({ target: instanceSettings.key })
    .returning({ id: instanceSettings.id });
  return { inserted: rows.length };
}
