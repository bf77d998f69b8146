import { randomUUID } from "node:crypto";
import { and, desc, eq, inArray, lt, notInArray, or, sql } from "drizzle-orm";
import { z } from "zod/v4";
import { afterCursor, pageOf, withCursor } from "#app/api/pagination.server.ts";
import type { Config } from "#app/config/config.server.ts";
import { warnUnlessOutage } from "#app/observability/queries.server.ts";
import { isForeignKeyViolation } from "#app/utils/domain-errors.ts";
import { acquireLease } from "#app/utils/lease.server.ts";
import type { Logger } from "#app/utils/log.server.ts";
import { everyInterval } from "#app/utils/periodic.server.ts";
import type { Database, DatabaseHandle } from "#db/client.ts";
import { alertChannels, alertDeliveries, alertOutbox } from "#db/schema/index.ts";
import {
  AlertChannelNotFoundError,
  type ChannelRow,
  getChannel,
  openSecrets,
} from "./channels.server.ts";
import {
  type AlertEvent,
  alertEventSchema,
  type PublicDelivery,
  type TestResult,
} from "./schemas.ts";
import { type AttemptOutcome, type Notification, send } from "./senders.server.ts";

export type { AlertEvent } from "./schemas.ts";

/**
 * Delivery through an outbox in Postgres. A notification is a row of `alert_outbox`, written by
 * `enqueueNotifications` in the transaction of whatever caused it, so it exists exactly when
 * that change does. Every instance runs the delivery worker: it claims due rows (one statement,
 * `FOR UPDATE SKIP LOCKED`, so two instances never claim the same row), sends each on its own
 * within a timeout, records the attempt in `alert_deliveries`, and either marks the row
 * delivered or schedules the next attempt with exponential backoff, until MAX_AGE_MS after it was
 * enqueued, when it is marked failed. A claim lasts the timeout plus a margin, on the database's
 * clock: the claim of an instance that died lapses and another instance delivers the row.
 *
 * Guarantee: each notification is delivered once, unless an instance dies (or its database
 * write is lost) after the receiver took it and before the outcome was recorded; then it is
 * delivered again, with the same id (`X-Nexus-Delivery`, the webhook's `id`), so a receiver that
 * keeps the ids it has seen can drop the repeat.
 */

/** How long one attempt may take (connect, send, answer). */
export const DELIVERY_TIMEOUT_MS = 10_000;
/** Added to the timeout for a claim: time to record the outcome before the claim lapses. */
export const CLAIM_MARGIN_MS = 5_000;
/** The first retry waits this long; each further one twice as long as the one before. */
export const RETRY_BASE_MS = 5_000;
/** No wait between attempts is longer than this. */
export const RETRY_MAX_MS = 15 * 60_000;
/** A notification not delivered this long after it was enqueued is given up (marked failed). */
export const MAX_AGE_MS = 24 * 60 * 60_000;
/** Delivered and failed notifications, with their attempts, are kept this long. */
export const KEEP_MS = 30 * 24 * 60 * 60_000;

/** A drizzle database or a transaction of one: enqueue inside the caller's transaction. */
export type Queryable = Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

const enqueueSchema = z.object({
  channelIds: z.array(z.uuid("channelIds must be UUIDs")).max(100),
  event: alertEventSchema,
});

/**
 * Queues `event` for each of `channelIds`: one outbox row per channel, unless that channel has
 * the same (dedupe key, type) queued already; channels that are gone or disabled are skipped.
 * Runs on `db`, which may be the caller's transaction: the rows are there exactly when the
 * caller's change is committed. Returns the ids of the channels something new was queued for.
 */
export async function enqueueNotifications(
  db: Queryable,
  input: { channelIds: string[]; event: AlertEvent },
): Promise<{ queued: string[] }> {
  const { channelIds, event } = enqueueSchema.parse(input);
  const ids = [...new Set(channelIds)];
  if (ids.length === 0) return { queued: [] };
  const result = await (db as Database).execute(sql`
    insert into ${alertOutbox} (channel_id, event_type, dedupe_key, event)
    select ${alertChannels.id}, ${event.type}, ${event.dedupeKey}, ${JSON.stringify(event)}::jsonb
    from ${alertChannels}
    where ${inArray(alertChannels.id, ids)} and ${alertChannels.enabled}
    on conflict (channel_id, dedupe_key, event_type) do nothing
    returning channel_id`);
  const rows = (result as unknown as { rows: { channel_id: string }[] }).rows;
  return { queued: rows.map((row) => row.channel_id) };
}

export type OutboxRow = typeof alertOutbox.$inferSelect;

export interface ClaimOptions {
  instanceId: string;
  /** At most this many rows (default 20). */
  limit?: number;
  /** Rows not to claim: the ones this instance has in flight already. */
  exclude?: Iterable<string>;
  /** How long the claim lasts: the send's timeout plus the margin. */
  claimMs?: number;
}

/**
 * Claims the notifications due now, for the caller to send: pending, their next attempt due,
 * and no live claim. One statement: rows another instance is claiming are skipped, not waited
 * for, and the condition is checked again on the locked row. Each claim counts as an attempt.
 */
export async function claimDueNotifications(
  db: Database,
  options: ClaimOptions,
): Promise<OutboxRow[]> {
  const limit = options.limit ?? 20;
  if (limit <= 0) return [];
  const claimMs = options.claimMs ?? DELIVERY_TIMEOUT_MS + CLAIM_MARGIN_MS;
  const due = and(
    eq(alertOutbox.status, "pending"),
    sql`${alertOutbox.nextAttemptAt} <= now()`,
    sql`(${alertOutbox.claimedUntil} is null or ${alertOutbox.claimedUntil} <= now())`,
    notInArray(alertOutbox.id, [...(options.exclude ?? [])]),
  );
  const candidates = db
    .select({ id: alertOutbox.id })
    .from(alertOutbox)
    .where(due)
    .orderBy(alertOutbox.nextAttemptAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  // `= any(array(...))`, not `in (...)`: an IN subquery may be run again for each row the update
  // visits, and with SKIP LOCKED each run takes other rows, so the LIMIT would not hold (one tick
  // claimed 45 rows with a limit of 4). ARRAY(...) runs it once.
  return db
    .update(alertOutbox)
    .set({
      // Whole milliseconds, so the claim reads back exactly and is given up by value.
      claimedUntil: sql`date_trunc('milliseconds', now() + make_interval(secs => ${claimMs}::int / 1000.0))`,
      claimedBy: options.instanceId,
      attempts: sql`${alertOutbox.attempts} + 1`,
      updatedAt: sql`${alertOutbox.updatedAt}`,
    })
    .where(and(sql`${alertOutbox.id} = any(array(${candidates}))`, due))
    .returning();
}

export interface RetryPolicy {
  baseMs: number;
  maxMs: number;
  maxAgeMs: number;
}

export const defaultRetryPolicy: RetryPolicy = {
  baseMs: RETRY_BASE_MS,
  maxMs: RETRY_MAX_MS,
  maxAgeMs: MAX_AGE_MS,
};

/** The wait after the `attempt`th failed attempt: base · 2^(attempt-1), ±10 %, at most maxMs. */
export function retryDelay(attempt: number, policy: RetryPolicy, retryAfterMs?: number): number {
  const exponential = policy.baseMs * 2 ** Math.min(Math.max(attempt - 1, 0), 30);
  const jittered = exponential * (0.9 + Math.random() * 0.2);
  return Math.round(Math.min(Math.max(jittered, retryAfterMs ?? 0), policy.maxMs));
}

/**
 * Records an attempt's outcome: the attempt itself, always; then the row delivered, given up
 * (not retryable, or past its maximum age), or due again after the backoff (never later than its
 * maximum age, so the last try comes at that age). The row changes only while the claim is still
 * the one this attempt was made under: one that lapsed meanwhile may be another instance's now.
 */
export async function recordOutcome(
  db: Database,
  row: Pick<OutboxRow, "id" | "channelId" | "attempts" | "claimedUntil">,
  outcome: AttemptOutcome,
  options: { instanceId: string; policy?: RetryPolicy; retry?: boolean },
): Promise<{ deliveryId: string; status: OutboxRow["status"] | null }> {
  const policy = options.policy ?? defaultRetryPolicy;
  const [delivery] = await db
    .insert(alertDeliveries)
    .values({
      outboxId: row.id,
      channelId: row.channelId,
      attempt: row.attempts,
      ok: outcome.ok,
      statusCode: outcome.statusCode,
      error: outcome.error,
      durationMs: outcome.durationMs,
      responseExcerpt: outcome.excerpt,
      instanceId: options.instanceId,
    })
    .returning({ id: alertDeliveries.id });
  const stillMine = row.claimedUntil
    ? sql`${alertOutbox.claimedUntil} = ${row.claimedUntil.toISOString()}::timestamptz`
    : sql`true`;
  const released = { claimedUntil: null, claimedBy: null };
  let set: Partial<Record<keyof OutboxRow, unknown>>;
  if (outcome.ok) {
    set = { ...released, status: "delivered", deliveredAt: sql`now()`, lastError: null };
  } else {
    const retry = (options.retry ?? true) && outcome.retryable;
    const deadline = sql`${alertOutbox.createdAt} + make_interval(secs => ${policy.maxAgeMs}::bigint / 1000.0)`;
    // A send cut short by a stop is due again at once, for whichever instance is still running.
    const delayMs = outcome.cutShort ? 0 : retryDelay(row.attempts, policy, outcome.retryAfterMs);
    set = {
      ...released,
      lastError: outcome.error,
      status: retry
        ? sql`(case when ${deadline} <= now() then 'failed' else 'pending' end)::alert_outbox_status`
        : "failed",
      nextAttemptAt: retry
        ? sql`least(now() + make_interval(secs => ${delayMs}::bigint / 1000.0), ${deadline})`
        : sql`${alertOutbox.nextAttemptAt}`,
    };
  }
  const [updated] = await db
    .update(alertOutbox)
    .set(set as Partial<typeof alertOutbox.$inferInsert>)
    .where(and(eq(alertOutbox.id, row.id), eq(alertOutbox.status, "pending"), stillMine))
    .returning({ status: alertOutbox.status });
  return { deliveryId: delivery!.id, status: updated?.status ?? null };
}

export interface DeliveryDeps {
  database: DatabaseHandle;
  config: Config;
  log: Logger;
}

export interface DeliveryOptions {
  instanceId: string;
  timeoutMs?: number;
  policy?: RetryPolicy;
  fetchImpl?: typeof fetch;
  /** Cuts sends short (the worker stopping): they are recorded as attempts and retried. */
  signal?: AbortSignal;
}

function notificationOf(row: OutboxRow, channel: ChannelRow): Notification {
  return {
    id: row.id,
    channel: {
      id: channel.id,
      name: channel.name,
      kind: channel.kind,
      settings: channel.settings as Record<string, unknown>,
    },
    event: row.event as AlertEvent,
    attempt: row.attempts,
  };
}

/** Sends one claimed row and records the outcome. */
export async function deliverClaimed(
  deps: DeliveryDeps,
  row: OutboxRow,
  channel: ChannelRow,
  options: DeliveryOptions & { retry?: boolean },
): Promise<{ outcome: AttemptOutcome; deliveryId: string; status: OutboxRow["status"] | null }> {
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  let outcome: AttemptOutcome;
  try {
    const secrets = openSecrets(deps.config, channel);
    outcome = await send(notificationOf(row, channel), secrets, {
      timeoutMs,
      smtp: deps.config.smtp,
      fetchImpl: options.fetchImpl,
      signal: options.signal,
    });
  } catch (error) {
    // The channel's secrets did not open (another key), or a bug: an attempt that failed, kept
    // for a later one (the key may come back).
    outcome = {
      ok: false,
      statusCode: null,
      error: (error as Error).message,
      durationMs: 0,
      excerpt: null,
      retryable: true,
    };
  }
  const recorded = await recordOutcome(deps.database.db, row, outcome, {
    instanceId: options.instanceId,
    policy: options.policy,
    retry: options.retry,
  });
  return { outcome, ...recorded };
}

/**
 * The test button: a `test` notification queued for the channel and sent at once by this
 * instance (claimed as it is written, so no worker takes it meanwhile), its attempt recorded like
 * any other. It is not retried: the answer is the receiver's, for the person who asked.
 */
export async function testChannel(
  deps: DeliveryDeps,
  channelId: string,
  actor: { label: string },
  options: DeliveryOptions,
): Promise<TestResult> {
  const db = deps.database.db;
  const channel = await getChannel(db, channelId);
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const event = alertEventSchema.parse({
    type: "test",
    dedupeKey: `test:${randomUUID()}`,
    title: `Test notification for "${channel.name}"`,
    summary: `${actor.label} sent this test from NEXUS to check that the ${channel.kind} channel "${channel.name}" reaches you. Nothing is wrong.`,
    severity: "info",
    occurredAt: new Date().toISOString(),
  } satisfies AlertEvent);
  const [row] = await db
    .insert(alertOutbox)
    .values({
      channelId,
      eventType: event.type,
      dedupeKey: event.dedupeKey,
      event,
      attempts: 1,
      claimedBy: options.instanceId,
      claimedUntil: sql`date_trunc('milliseconds', now() + make_interval(secs => ${timeoutMs + CLAIM_MARGIN_MS}::int / 1000.0))`,
    })
    .returning()
    .catch((error) => {
      // The channel was deleted between the read above and this insert: it is gone (404).
      if (isForeignKeyViolation(error)) throw new AlertChannelNotFoundError();
      throw error;
    });
  const { outcome, deliveryId } = await deliverClaimed(deps, row!, channel, {
    ...options,
    retry: false,
  });
  return {
    delivered: outcome.ok,
    statusCode: outcome.statusCode,
    error: outcome.error,
    durationMs: outcome.durationMs,
    responseExcerpt: outcome.excerpt,
    notificationId: row!.id,
    deliveryId,
  };
}

/** A channel's delivery log, newest first: every attempt, with its notification. */
export async function listDeliveries(
  db: Database,
  channelId: string,
  page: { limit: number; cursor?: string },
): Promise<{ items: PublicDelivery[]; nextCursor: string | null }> {
  const rows = await db
    .select({
      ...withCursor(alertDeliveries),
      eventType: alertOutbox.eventType,
      dedupeKey: alertOutbox.dedupeKey,
      event: alertOutbox.event,
      notificationStatus: alertOutbox.status,
    })
    .from(alertDeliveries)
    .innerJoin(alertOutbox, eq(alertOutbox.id, alertDeliveries.outboxId))
    .where(and(eq(alertDeliveries.channelId, channelId), afterCursor(page.cursor, alertDeliveries)))
    .orderBy(desc(alertDeliveries.createdAt), desc(alertDeliveries.id))
    .limit(page.limit + 1);
  const { items, nextCursor } = pageOf(rows, page.limit);
  return {
    items: items.map((row) => ({
      id: row.id,
      channelId: row.channelId,
      notificationId: row.outboxId,
      eventType: row.eventType as PublicDelivery["eventType"],
      dedupeKey: row.dedupeKey,
      title: String((row.event as { title?: unknown }).title ?? ""),
      notificationStatus: row.notificationStatus,
      attempt: row.attempt,
      ok: row.ok,
      statusCode: row.statusCode,
      error: row.error,
      durationMs: row.durationMs,
      responseExcerpt: row.responseExcerpt,
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor,
  };
}

/** Forgets delivered and failed notifications (and their attempts) older than KEEP_MS. */
export async function trimOutbox(db: Database, keepMs = KEEP_MS, now = new Date()) {
  await db
    .delete(alertOutbox)
    .where(
      and(
        or(eq(alertOutbox.status, "delivered"), eq(alertOutbox.status, "failed")),
        lt(alertOutbox.updatedAt, new Date(now.getTime() - keepMs)),
      ),
    );
}

export interface WorkerOptions extends DeliveryOptions {
  tickMs?: number;
  /** At most this many deliveries in flight on this instance (default 20). */
  maxInFlight?: number;
  /** See CLAIM_MARGIN_MS. */
  claimMarginMs?: number;
  /** See STOP_GRACE_MS. */
  stopGraceMs?: number;
}

/** Old notifications are trimmed at most this often, by one instance (the "alert-trim" lease). */
const TRIM_EVERY_MS = 3_600_000;

/** How long a stop waits for sends in flight before it cuts them short (to be sent again). */
export const STOP_GRACE_MS = 2_000;

/**
 * Every tick, claims the notifications due and sends each on its own: a tick does not wait for
 * them, so a receiver that hangs delays no other delivery. Every instance runs it; the claims
 * keep each notification to one instance at a time. Returns a function that stops it: sends in
 * flight get STOP_GRACE_MS to finish, then are cut short, recorded as attempts and left due, for
 * this instance or another to send again, so a shutdown never waits for a slow receiver.
 */
export function startDeliveryWorker(deps: DeliveryDeps, options: WorkerOptions) {
  const tickMs = options.tickMs ?? 1000;
  const maxInFlight = options.maxInFlight ?? 20;
  const timeoutMs = options.timeoutMs ?? DELIVERY_TIMEOUT_MS;
  const claimMs = timeoutMs + (options.claimMarginMs ?? CLAIM_MARGIN_MS);
  let lastTrim = 0;
  const inFlight = new Map<string, Promise<void>>();
  const stopping = new AbortController();
  const stopGraceMs = options.stopGraceMs ?? STOP_GRACE_MS;

  const start = (row: OutboxRow, channel: ChannelRow) => {
    const done = deliverClaimed(deps, row, channel, {
      ...options,
      timeoutMs,
      signal: stopping.signal,
    })
      .then(
        () => {},
        (error) => warnUnlessOutage(deps.log, error, "an alert delivery could not be recorded"),
      )
      .finally(() => {
        inFlight.delete(row.id);
      });
    inFlight.set(row.id, done);
  };

  const tick = async () => {
    const db = deps.database.db;
    const claimed = await claimDueNotifications(db, {
      instanceId: options.instanceId,
      limit: maxInFlight - inFlight.size,
      exclude: inFlight.keys(),
      claimMs,
    });
    if (claimed.length > 0) {
      const channelIds = [...new Set(claimed.map((row) => row.channelId))];
      const channels = new Map(
        (await db.select().from(alertChannels).where(inArray(alertChannels.id, channelIds))).map(
          (channel) => [channel.id, channel],
        ),
      );
      for (const row of claimed) {
        const channel = channels.get(row.channelId);
        // Deleted since it was claimed: its outbox rows went with it.
        if (channel) start(row, channel);
      }
    }
    if (Date.now() - lastTrim > TRIM_EVERY_MS) {
      lastTrim = Date.now();
      if (await acquireLease(db, "alert-trim", options.instanceId, TRIM_EVERY_MS)) {
        await trimOutbox(db);
      }
    }
  };

  const stopTicks = everyInterval({
    everyMs: tickMs,
    tick,
    onError: (error) => warnUnlessOutage(deps.log, error, "alert delivery tick failed"),
  });

  return async () => {
    await stopTicks();
    const cut = setTimeout(() => stopping.abort(), stopGraceMs);
    await Promise.allSettled([...inFlight.values()]);
    clearTimeout(cut);
  };
}
