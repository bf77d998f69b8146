import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { httpUrl, isoDateTime } from "#app/api/schemas.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";
import { alertChannelKinds, alertOutboxStatuses } from "#db/schema/alerts.ts";

/**
 * The shapes of alerts: what a channel is configured with (per kind), what the API shows of
 * one (never a secret), the events other domains enqueue, and the delivery log.
 */

export type AlertChannelKind = (typeof alertChannelKinds)[number];

export const channelKindSchema = z.enum(alertChannelKinds, {
  error: `kind must be one of ${alertChannelKinds.join(", ")}`,
});

export const channelNameSchema = z
  .string({ error: "Give the channel a name" })
  .trim()
  .min(1, "Give the channel a name")
  .max(100, "name must be at most 100 characters")
  .refine(storableText, UNSTORABLE_TEXT_MESSAGE);

/** webhook, slack, discord: where to POST. For Slack and Discord the URL is itself the secret. */
export const urlConfigSchema = named(
  "AlertUrlConfig",
  z.strictObject(
    {
      url: httpUrl("url"),
    },
    { error: 'config must be an object: {"url": "https://..."}' },
  ),
);

export const NTFY_TOPIC_MESSAGE = "topic must be 1 to 64 letters, digits, '-' or '_'";

/** ntfy: `POST <server>/<topic>`; the topic is as good as a password on a public server. */
export const ntfyConfigSchema = named(
  "AlertNtfyConfig",
  z.strictObject(
    {
      server: httpUrl("server").default("https://ntfy.sh"),
      topic: z
        .string({ error: NTFY_TOPIC_MESSAGE })
        .regex(/^[A-Za-z0-9_-]{1,64}$/, NTFY_TOPIC_MESSAGE),
      /** An access token (`tk_...`) for a server or topic that asks for one. */
      token: z
        .string()
        .regex(/^[\x21-\x7e]{1,200}$/, "token must be 1 to 200 visible ASCII characters")
        .optional(),
    },
    {
      error:
        'config must be an object: {"topic": "...", "server"?: "https://...", "token"?: "..."}',
    },
  ),
);

export const EMAIL_MESSAGE = "must be an e-mail address, e.g. ops@example.com";

/** email: sent over SMTP (SMTP_URL, SMTP_FROM) to these addresses. */
export const emailConfigSchema = named(
  "AlertEmailConfig",
  z.strictObject(
    {
      to: z
        .array(z.email(EMAIL_MESSAGE).max(254, EMAIL_MESSAGE), {
          error: "to must be a list of e-mail addresses",
        })
        .min(1, "to must list at least one e-mail address")
        .max(20, "to may list at most 20 e-mail addresses"),
    },
    { error: 'config must be an object: {"to": ["ops@example.com"]}' },
  ),
);

export const configSchemaOf = {
  webhook: urlConfigSchema,
  slack: urlConfigSchema,
  discord: urlConfigSchema,
  ntfy: ntfyConfigSchema,
  email: emailConfigSchema,
} as const satisfies Record<AlertChannelKind, z.ZodType>;

export type ChannelConfig =
  | z.output<typeof urlConfigSchema>
  | z.output<typeof ntfyConfigSchema>
  | z.output<typeof emailConfigSchema>;

const enabledSchema = z.boolean({ error: "enabled must be true or false" });

const newChannelOf = <K extends AlertChannelKind>(kind: K) =>
  z.strictObject({
    name: channelNameSchema,
    kind: z.literal(kind),
    config: configSchemaOf[kind],
    enabled: enabledSchema.optional(),
  });

export const newChannelSchema = named(
  "NewAlertChannel",
  z.discriminatedUnion(
    "kind",
    [
      newChannelOf("webhook"),
      newChannelOf("slack"),
      newChannelOf("discord"),
      newChannelOf("ntfy"),
      newChannelOf("email"),
    ],
    { error: `kind must be one of ${alertChannelKinds.join(", ")}` },
  ),
);

export type NewChannel = z.output<typeof newChannelSchema>;

export const channelPatchSchema = named(
  "AlertChannelPatch",
  z.strictObject({
    name: channelNameSchema.optional(),
    enabled: enabledSchema.optional(),
    /**
     * The channel's whole configuration, replacing the old one, in the shape of its kind (which
     * cannot change). A webhook keeps its signing secret: rotate-secret changes that.
     */
    config: z
      .union([urlConfigSchema, ntfyConfigSchema, emailConfigSchema], {
        error: "config must be the configuration of the channel's kind",
      })
      .optional(),
  }),
);

export type ChannelPatch = z.output<typeof channelPatchSchema>;

export const alertChannelSchema = named(
  "AlertChannel",
  z.object({
    id: z.uuid(),
    name: z.string(),
    kind: channelKindSchema,
    enabled: z.boolean(),
    /**
     * Where it sends, without secrets: the receiver's host (webhook, Slack, Discord), the ntfy
     * server's host (not the topic), or the e-mail addresses.
     */
    target: z.string(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);

export type PublicChannel = z.output<typeof alertChannelSchema>;

/** The create and rotate-secret answers: the only ones that hold a webhook's signing secret. */
export const alertChannelWithSecretSchema = named(
  "AlertChannelWithSecret",
  alertChannelSchema.extend({
    /**
     * A webhook channel's signing secret (`whsec_...`), shown here once and never again; null
     * for the other kinds. Verify `X-Nexus-Signature-256: sha256=<hex HMAC-SHA256 of the raw
     * body, keyed with this secret>`.
     */
    secret: z.string().nullable(),
  }),
);

export const alertEventTypes = [
  "incident.opened",
  "incident.resolved",
  "incident.reminder",
  "test",
] as const;
export const alertSeverities = ["info", "warning", "critical"] as const;

/** What other domains enqueue (`enqueueNotifications`), and what a webhook receives of it. */
export const alertEventSchema = z.object({
  type: z.enum(alertEventTypes),
  /** With the type and the channel, what makes a notification one: enqueued again, it is not sent again. */
  dedupeKey: z.string().min(1).max(200),
  title: z.string().min(1).max(300),
  summary: z.string().max(4000),
  severity: z.enum(alertSeverities),
  url: httpUrl("url").optional(),
  occurredAt: isoDateTime("occurredAt", "occurredAt must be an ISO 8601 date-time"),
  details: z.record(z.string(), z.unknown()).optional(),
});

export type AlertEvent = z.output<typeof alertEventSchema>;

export const alertDeliverySchema = named(
  "AlertDelivery",
  z.object({
    id: z.uuid(),
    channelId: z.uuid(),
    /** The notification this attempt was for (one per channel, event type and dedupe key). */
    notificationId: z.uuid(),
    eventType: z.enum(alertEventTypes),
    dedupeKey: z.string(),
    title: z.string(),
    /** Where the notification stands now: still to be tried again, delivered, or given up. */
    notificationStatus: z.enum(alertOutboxStatuses),
    attempt: z.number().int(),
    ok: z.boolean(),
    /** The receiver's HTTP status (or SMTP reply code); null when none came (an error, a timeout). */
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    /** The start of the receiver's answer, at most 500 characters. */
    responseExcerpt: z.string().nullable(),
    createdAt: z.iso.datetime(),
  }),
);

export type PublicDelivery = z.output<typeof alertDeliverySchema>;

export const alertTestResultSchema = named(
  "AlertTestResult",
  z.object({
    /** Whether the receiver took it (2xx, or the SMTP server accepted the message). */
    delivered: z.boolean(),
    statusCode: z.number().int().nullable(),
    error: z.string().nullable(),
    durationMs: z.number().int(),
    responseExcerpt: z.string().nullable(),
    notificationId: z.uuid(),
    deliveryId: z.uuid(),
  }),
);

export type TestResult = z.output<typeof alertTestResultSchema>;
