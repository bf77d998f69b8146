import { randomBytes, randomUUID } from "node:crypto";
import { desc, eq } from "drizzle-orm";
import type { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import {
  type ActivityInput,
  type ActivityRow,
  recordActivity,
} from "#app/activity/activity.server.ts";
import { afterCursor, pageOf, withCursor } from "#app/api/pagination.server.ts";
import type { Config } from "#app/config/config.server.ts";
import {
  ConflictError,
  type FieldIssue,
  InvalidFieldError,
  NotFoundError,
} from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { alertChannels } from "#db/schema/index.ts";
import { createSealer, type Sealer } from "./crypto.server.ts";
import {
  type AlertChannelKind,
  type ChannelConfig,
  type ChannelPatch,
  configSchemaOf,
  type NewChannel,
  type PublicChannel,
} from "./schemas.ts";

/**
 * Alert channels: where notifications go. What may be shown of a channel (the receiver's host,
 * the e-mail addresses) is kept as it is; everything that works as a credential (a webhook's
 * signing secret, Slack and Discord URLs, an ntfy topic and token) is sealed at rest
 * (docs/decisions/038-alert-secrets-encrypted.md) and leaves NEXUS only towards the receiver.
 */

export interface ChannelDeps {
  database: DatabaseHandle;
  config: Config;
  events?: DomainEvents;
}

export type ChannelRow = typeof alertChannels.$inferSelect;

/** What is sealed, per kind. */
export interface ChannelSecrets {
  /** webhook, slack, discord. */
  url?: string;
  /** webhook: the key of the HMAC-SHA256 signature. */
  signingSecret?: string;
  /** ntfy. */
  server?: string;
  topic?: string;
  token?: string;
}

const SEALING_PURPOSE = "alert channel secrets";
const sealers = new WeakMap<Config, Sealer>();

function sealerOf(config: Config): Sealer {
  let sealer = sealers.get(config);
  if (!sealer) {
    sealer = createSealer(config.secrets.encryption, SEALING_PURPOSE);
    sealers.set(config, sealer);
  }
  return sealer;
}

const binding = (channelId: string) => `alert_channels:${channelId}`;

/** The channel's secrets, opened; throws SealedSecretError when the configured keys cannot. */
export function openSecrets(config: Config, row: ChannelRow): ChannelSecrets {
  if (!row.sealedSecrets) return {};
  return JSON.parse(sealerOf(config).open(row.sealedSecrets, binding(row.id))) as ChannelSecrets;
}

function seal(config: Config, channelId: string, secrets: ChannelSecrets | null): string | null {
  if (!secrets) return null;
  return sealerOf(config).seal(JSON.stringify(secrets), binding(channelId));
}

/** A webhook's signing secret: 256 random bits. */
function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** The URL's host (and port), all that is shown of a URL that may be a credential. */
const hostOf = (url: string) => new URL(url).host;

/** What is kept in the open and what is sealed, for a channel of `kind` with `config`. */
function splitConfig(
  kind: AlertChannelKind,
  config: ChannelConfig,
  signingSecret: string | undefined,
): { settings: Record<string, unknown>; secrets: ChannelSecrets | null } {
  switch (kind) {
    case "webhook": {
      const { url } = config as { url: string };
      return { settings: { host: hostOf(url) }, secrets: { url, signingSecret } };
    }
    case "slack":
    case "discord": {
      const { url } = config as { url: string };
      return { settings: { host: hostOf(url) }, secrets: { url } };
    }
    case "ntfy": {
      const { server, topic, token } = config as { server: string; topic: string; token?: string };
      return {
        settings: { host: hostOf(server), token: token !== undefined },
        secrets: { server: server.replace(/\/+$/, ""), topic, ...(token ? { token } : {}) },
      };
    }
    case "email": {
      const { to } = config as { to: string[] };
      return { settings: { to }, secrets: null };
    }
  }
}

export function toPublicChannel(row: ChannelRow): PublicChannel {
  const settings = row.settings as { host?: string; to?: string[] };
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    enabled: row.enabled,
    target: row.kind === "email" ? (settings.to ?? []).join(", ") : (settings.host ?? ""),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** E-mail channels need SMTP_URL and SMTP_FROM; without them such a channel could never send. */
export function smtpMissing(config: Config): boolean {
  return config.smtp === null;
}

const SMTP_MISSING =
  "email channels need SMTP_URL and SMTP_FROM set on the server; ask whoever runs NEXUS";

/**
 * Runs `write` in a transaction with the activity it records, and announces that activity (the
 * live feed) only once the transaction is committed.
 */
async function withActivity<T>(
  deps: ChannelDeps,
  write: (tx: Database, record: (event: ActivityInput) => Promise<void>) => Promise<T>,
): Promise<T> {
  const recorded: ActivityRow[] = [];
  const result = await deps.database.db.transaction(async (tx) =>
    write(tx as unknown as Database, async (event) => {
      recorded.push(await recordActivity(tx as unknown as Database, event));
    }),
  );
  for (const row of recorded) {
    deps.events?.emit("activity", {
      id: row.id,
      type: row.type,
      summary: row.summary,
      actorLabel: row.actorLabel,
      moduleId: row.moduleId,
      createdAt: row.createdAt.toISOString(),
    });
  }
  return result;
}

export class AlertChannelNotFoundError extends NotFoundError {
  constructor() {
    super("No such alert channel.");
  }
}

export async function createChannel(
  deps: ChannelDeps,
  input: NewChannel,
  actor: ActingAs,
): Promise<{ channel: PublicChannel; secret: string | null }> {
  if (input.kind === "email" && smtpMissing(deps.config)) {
    throw InvalidFieldError.at("kind", SMTP_MISSING);
  }
  const id = randomUUID();
  const signingSecret = input.kind === "webhook" ? newSigningSecret() : undefined;
  const { settings, secrets } = splitConfig(input.kind, input.config, signingSecret);
  const row = await withActivity(deps, async (tx, record) => {
    const [created] = await tx
      .insert(alertChannels)
      .values({
        id,
        name: input.name,
        kind: input.kind,
        enabled: input.enabled ?? true,
        settings,
        sealedSecrets: seal(deps.config, id, secrets),
        createdBy: actor.id,
      })
      .returning();
    await record({
      type: "alert_channel.created",
      actor,
      subject: { type: "alert_channel", id },
      summary: `${actor.label} added the ${input.kind} alert channel "${input.name}"`,
      data: { kind: input.kind, name: input.name },
    });
    return created!;
  });
  return { channel: toPublicChannel(row), secret: signingSecret ?? null };
}

/** Newest first, a page at a time (the page shows the first hundred). */
export async function listChannels(
  db: Database,
  page: { limit: number; cursor?: string },
): Promise<{ items: ChannelRow[]; nextCursor: string | null }> {
  const rows = await db
    .select(withCursor(alertChannels))
    .from(alertChannels)
    .where(afterCursor(page.cursor, alertChannels))
    .orderBy(desc(alertChannels.createdAt), desc(alertChannels.id))
    .limit(page.limit + 1);
  return pageOf(rows, page.limit);
}

export async function findChannel(db: Database, id: string): Promise<ChannelRow | undefined> {
  const [row] = await db.select().from(alertChannels).where(eq(alertChannels.id, id));
  return row;
}

export async function getChannel(db: Database, id: string): Promise<ChannelRow> {
  const row = await findChannel(db, id);
  if (!row) throw new AlertChannelNotFoundError();
  return row;
}

/** A config checked against the kind it is for, its faults named under `config.`. */
function configFor(kind: AlertChannelKind, config: unknown): ChannelConfig {
  const result = (configSchemaOf[kind] as z.ZodType<ChannelConfig>).safeParse(config);
  if (result.success) return result.data;
  const issues: FieldIssue[] = result.error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys.map((key) => ({
          in: "body" as const,
          path: ["config", ...issue.path, key].join("."),
          message: `is not a field of a ${kind} channel's config`,
        }))
      : [
          {
            in: "body" as const,
            path: ["config", ...issue.path].join("."),
            message: issue.message,
          },
        ],
  );
  throw new InvalidFieldError(issues);
}

export async function updateChannel(
  deps: ChannelDeps,
  id: string,
  patch: ChannelPatch,
  actor: ActingAs,
): Promise<PublicChannel> {
  const row = await withActivity(deps, async (tx, record) => {
    const [current] = await tx
      .select()
      .from(alertChannels)
      .where(eq(alertChannels.id, id))
      .for("update");
    if (!current) throw new AlertChannelNotFoundError();
    const changes: Partial<typeof alertChannels.$inferInsert> = {};
    if (patch.name !== undefined) changes.name = patch.name;
    if (patch.enabled !== undefined) changes.enabled = patch.enabled;
    if (patch.config !== undefined) {
      const config = configFor(current.kind, patch.config);
      const kept = openSecrets(deps.config, current).signingSecret;
      const { settings, secrets } = splitConfig(current.kind, config, kept);
      changes.settings = settings;
      changes.sealedSecrets = seal(deps.config, id, secrets);
    }
    if (Object.keys(changes).length === 0) return current;
    const [updated] = await tx
      .update(alertChannels)
      .set(changes)
      .where(eq(alertChannels.id, id))
      .returning();
    const fields = Object.keys(changes).map((key) =>
      key === "settings" || key === "sealedSecrets" ? "config" : key,
    );
    await record({
      type: "alert_channel.updated",
      actor,
      subject: { type: "alert_channel", id },
      summary: `${actor.label} changed the alert channel "${updated!.name}"`,
      data: { kind: current.kind, fields: [...new Set(fields)] },
    });
    return updated!;
  });
  return toPublicChannel(row);
}

export async function deleteChannel(
  deps: ChannelDeps,
  id: string,
  actor: ActingAs,
): Promise<PublicChannel> {
  const row = await withActivity(deps, async (tx, record) => {
    const [deleted] = await tx.delete(alertChannels).where(eq(alertChannels.id, id)).returning();
    if (!deleted) throw new AlertChannelNotFoundError();
    await record({
      type: "alert_channel.deleted",
      actor,
      subject: { type: "alert_channel", id },
      summary: `${actor.label} removed the ${deleted.kind} alert channel "${deleted.name}"`,
      data: { kind: deleted.kind, name: deleted.name },
    });
    return deleted;
  });
  return toPublicChannel(row);
}

export class NoSigningSecretError extends ConflictError {
  constructor(kind: AlertChannelKind) {
    super(`Only webhook channels have a signing secret; this is a ${kind} channel.`, { kind });
  }
}

/** A new signing secret for a webhook channel, in force at once; the answer is the only copy. */
export async function rotateSigningSecret(
  deps: ChannelDeps,
  id: string,
  actor: ActingAs,
): Promise<{ channel: PublicChannel; secret: string }> {
  const secret = newSigningSecret();
  const row = await withActivity(deps, async (tx, record) => {
    const [current] = await tx
      .select()
      .from(alertChannels)
      .where(eq(alertChannels.id, id))
      .for("update");
    if (!current) throw new AlertChannelNotFoundError();
    if (current.kind !== "webhook") throw new NoSigningSecretError(current.kind);
    const secrets = { ...openSecrets(deps.config, current), signingSecret: secret };
    const [updated] = await tx
      .update(alertChannels)
      .set({ sealedSecrets: seal(deps.config, id, secrets) })
      .where(eq(alertChannels.id, id))
      .returning();
    await record({
      type: "alert_channel.secret_rotated",
      actor,
      subject: { type: "alert_channel", id },
      summary: `${actor.label} rotated the signing secret of the webhook channel "${current.name}"`,
      data: { kind: current.kind },
    });
    return updated!;
  });
  return { channel: toPublicChannel(row), secret };
}
