/**
 * The drizzle schema: the single source of the database's shape. Migrations in `drizzle/` are
 * generated from it (`npm run db:generate`), never written by hand once they land.
 * Every id is a UUID; every timestamp is `timestamptz`.
 */
import {
  boolean,
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

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

// ---------------------------------------------------------------------------------------------
// Accounts

export const roles = ["viewer", "operator", "admin"] as const;
export const roleEnum = pgEnum("role", roles);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    role: roleEnum("role").notNull().default("viewer"),
    passwordHash: text("password_hash").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

export const tokenScopes = ["read", "write", "admin"] as const;
export const tokenScopeEnum = pgEnum("token_scope", tokenScopes);

/** API tokens: only a SHA-256 of the token is kept, found by its short public prefix. */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    scope: tokenScopeEnum("scope").notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("api_tokens_prefix_key").on(t.prefix),
    index("api_tokens_user_idx").on(t.userId),
  ],
);

// ---------------------------------------------------------------------------------------------
// Activity: the append-only record of who changed what (audit included).

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
    summary: text("summary").notNull(),
    data: jsonb("data").notNull().default({}),
    requestId: text("request_id"),
    ip: text("ip"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_events_created_idx").on(t.createdAt.desc()),
    index("activity_events_type_idx").on(t.type, t.createdAt.desc()),
    index("activity_events_actor_idx").on(t.actorId, t.createdAt.desc()),
  ],
);
