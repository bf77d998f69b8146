/** Activity: the append-only record of who changed what (audit included). */
import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { createdAt } from "./columns.ts";

export const activityEvents = pgTable(
  "activity_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Dotted type, e.g. `auth.login`, `token.created`, `user.role_changed`. */
    type: text("type").notNull(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "set null" }),
    /** Who acted, as shown (an e-mail, "system", an attempted e-mail for a failed login). */
    actorLabel: text("actor_label").notNull(),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    /** The module this is about, when it is about one (for the module page and feed filters). */
    moduleId: uuid("module_id"),
    summary: text("summary").notNull(),
    data: jsonb("data").notNull().default({}),
    requestId: text("request_id"),
    ip: text("ip"),
    createdAt: createdAt(),
  },
  (t) => [
    index("activity_events_created_idx").on(t.createdAt.desc()),
    index("activity_events_type_idx").on(t.type, t.createdAt.desc()),
    index("activity_events_actor_idx").on(t.actorId, t.createdAt.desc()),
    index("activity_events_module_idx").on(t.moduleId, t.createdAt.desc()),
  ],
);
