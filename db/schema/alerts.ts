/**
 * Alerts: the channels notifications go out through, the outbox of notifications waiting to be
 * delivered, and every delivery attempt (docs/decisions/038-alert-secrets-encrypted.md for the
 * sealed secrets, app/alerts/outbox.server.ts for the delivery guarantees).
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { createdAt, timestamps } from "./columns.ts";

export const alertChannelKinds = ["webhook", "slack", "discord", "ntfy", "email"] as const;
export const alertChannelKindEnum = pgEnum("alert_channel_kind", alertChannelKinds);

export const alertChannels = pgTable(
  "alert_channels",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: alertChannelKindEnum("kind").notNull(),
    /** Off: nothing new is queued for it (what is queued already still goes out). */
    enabled: boolean("enabled").notNull().default(true),
    /**
     * What may be shown of the channel's configuration: the receiver's host, an e-mail channel's
     * addresses. Never a secret.
     */
    settings: jsonb("settings").$type<Record<string, unknown>>().notNull().default({}),
    /**
     * The channel's secrets (URLs that are credentials, the signing secret, a token), as one
     * AES-256-GCM box bound to the row's id; null for a channel that has none (e-mail).
     */
    sealedSecrets: text("sealed_secrets"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [index("alert_channels_created_idx").on(t.createdAt, t.id)],
);

export const alertOutboxStatuses = ["pending", "delivered", "failed"] as const;
export const alertOutboxStatusEnum = pgEnum("alert_outbox_status", alertOutboxStatuses);

/**
 * One notification for one channel, written in the transaction of whatever caused it and
 * delivered by whichever instance claims it. Unique per (channel, dedupe key, type): enqueueing
 * the same event again delivers nothing more.
 */
export const alertOutbox = pgTable(
  "alert_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => alertChannels.id, { onDelete: "cascade" }),
    eventType: text("event_type").notNull(),
    dedupeKey: text("dedupe_key").notNull(),
    /** The event as enqueued (title, summary, severity, url, occurredAt, details). */
    event: jsonb("event").$type<Record<string, unknown>>().notNull(),
    status: alertOutboxStatusEnum("status").notNull().default("pending"),
    /** Attempts started, counted when a delivery claims the row. */
    attempts: integer("attempts").notNull().default(0),
    /** When the next attempt is due, on the database's clock. */
    nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set while one instance has a delivery in flight, to its timeout plus a margin; cleared when
     * the outcome is recorded, and lapses by itself if that instance dies.
     */
    claimedUntil: timestamp("claimed_until", { withTimezone: true }),
    claimedBy: text("claimed_by"),
    lastError: text("last_error"),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("alert_outbox_dedupe_key").on(t.channelId, t.dedupeKey, t.eventType),
    index("alert_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'pending'`),
    index("alert_outbox_channel_idx").on(t.channelId, t.createdAt.desc()),
  ],
);

/** Every delivery attempt: what the receiver answered (or the error) and how long it took. */
export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    outboxId: uuid("outbox_id")
      .notNull()
      .references(() => alertOutbox.id, { onDelete: "cascade" }),
    channelId: uuid("channel_id")
      .notNull()
      .references(() => alertChannels.id, { onDelete: "cascade" }),
    attempt: integer("attempt").notNull(),
    ok: boolean("ok").notNull(),
    statusCode: integer("status_code"),
    error: text("error"),
    durationMs: integer("duration_ms").notNull(),
    /** The start of the receiver's answer, for people to read (at most 500 characters). */
    responseExcerpt: text("response_excerpt"),
    /** Which instance made the attempt. */
    instanceId: text("instance_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("alert_deliveries_channel_idx").on(t.channelId, t.createdAt.desc(), t.id.desc()),
    index("alert_deliveries_outbox_idx").on(t.outboxId),
  ],
);
