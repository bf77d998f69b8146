/** Emergency controls: the switch every piece of AI work consults. */
import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";

export const emergencyActionKinds = ["pause", "stop", "resume"] as const;
export const emergencyActionEnum = pgEnum("emergency_action", emergencyActionKinds);

export const emergencyActions = pgTable(
  "emergency_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    action: emergencyActionEnum("action").notNull(),
    reason: text("reason").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    actorLabel: text("actor_label").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("emergency_actions_created_idx").on(t.createdAt.desc(), t.id)],
);
