/**
 * The drizzle schema: the single source of the database's shape. Migrations in `drizzle/` are
 * generated from it (`npm run db:generate`), never written by hand once they land.
 * Every id is a UUID; every timestamp is `timestamptz`.
 */
import { jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
};

/** Facts about this installation (its id, when it was set up), one row per key. */
export const instanceSettings = pgTable("instance_settings", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  value: jsonb("value").notNull(),
  ...timestamps,
});

export { timestamps };
