/** Leases: periodic jobs run once per deployment, on whichever instance holds the lease. */
import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const leases = pgTable("leases", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});
