/** Emergency controls: the switch every piece of AI work consults. */
import { index, pgEnum, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { createdAt } from "./columns.ts";

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
    createdAt: createdAt(),
  },
  (t) => [index("emergency_actions_created_idx").on(t.createdAt.desc(), t.id)],
);
