/**
 * Column helpers the domains' tables share, written once. Every timestamp is `timestamptz`.
 * Imports nothing from the other schema files, so any of them may import it.
 */
import { timestamp } from "drizzle-orm/pg-core";

/** When the row was written. */
export const createdAt = () =>
  timestamp("created_at", { withTimezone: true }).notNull().defaultNow();

/** When the row last changed: set on insert, moved on every update made through drizzle. */
export const updatedAt = () =>
  timestamp("updated_at", { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/** `created_at` and `updated_at`, for the tables whose rows change. */
export const timestamps = {
  createdAt: createdAt(),
  updatedAt: updatedAt(),
};
