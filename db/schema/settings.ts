/** Facts about this installation. */
import { jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { timestamps } from "./columns.ts";

/** Facts about this installation (its id, when it was set up), one row per key. */
export const instanceSettings = pgTable("instance_settings", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  value: jsonb("value").notNull(),
  ...timestamps,
});
