import { and, desc, eq, gte, like, lte, type SQL } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { afterCursor, pageOf, pageQuerySchema, withCursor } from "#app/api/pagination.server.ts";
import { named } from "#app/api/schema-registry.ts";
import { isoDateTime } from "#app/api/schemas.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Database } from "#db/client.ts";
import { activityEvents } from "#db/schema/index.ts";

export interface ActivityInput {
  type: string;
  /**
   * Who did it, with the request id and address it came from when there was a request: the
   * value routes build with `actingAs(actor, context)` and pass down to the domain function.
   */
  actor: ActingAs;
  subject?: { type: string; id: string };
  moduleId?: string | null;
  summary: string;
  data?: Record<string, unknown>;
}

export type ActivityRow = typeof activityEvents.$inferSelect;

/**
 * The one way to record that something happened. Never holds secrets: callers pass none.
 * With `events`, the recorded row is also announced (for the live feed).
 */
export async function recordActivity(
  db: Database,
  event: ActivityInput,
  events?: DomainEvents,
): Promise<ActivityRow> {
  const [row] = await db
    .insert(activityEvents)
    .values({
      type: event.type,
      actorId: event.actor.id,
      actorLabel: event.actor.label,
      subjectType: event.subject?.type ?? null,
      subjectId: event.subject?.id ?? null,
      moduleId: event.moduleId ?? (event.subject?.type === "module" ? event.subject.id : null),
      summary: event.summary,
      data: event.data ?? {},
      requestId: event.actor.requestId ?? null,
      ip: event.actor.ip ?? null,
    })
    .returning();
  events?.emit("activity", {
    id: row!.id,
    type: row!.type,
    summary: row!.summary,
    actorLabel: row!.actorLabel,
    moduleId: row!.moduleId,
    createdAt: row!.createdAt.toISOString(),
  });
  return row!;
}

const typePattern = /^[a-z_]+(\.[a-z_]+)*\.?$/;

export const activityQuerySchema = pageQuerySchema.extend({
  type: z
    .string()
    .regex(
      typePattern,
      "type is a dotted name such as module.status_changed, or a prefix like module.",
    )
    .max(100)
    .optional(),
  moduleId: z.uuid("moduleId must be a UUID").optional(),
  actorId: z.uuid("actorId must be a UUID").optional(),
  from: isoDateTime("from", "from must be an ISO 8601 date-time").optional(),
  to: isoDateTime("to", "to must be an ISO 8601 date-time").optional(),
});

export type ActivityQuery = z.output<typeof activityQuerySchema>;

/** Newest first. A `type` ending in "." matches every type under that prefix. */
export async function listActivity(db: Database, query: ActivityQuery) {
  const filters: (SQL | undefined)[] = [afterCursor(query.cursor, activityEvents)];
  if (query.type) {
    filters.push(
      query.type.endsWith(".")
        ? like(activityEvents.type, `${query.type.replace(/[\\%_]/g, "\\$&")}%`)
        : eq(activityEvents.type, query.type),
    );
  }
  if (query.moduleId) filters.push(eq(activityEvents.moduleId, query.moduleId));
  if (query.actorId) filters.push(eq(activityEvents.actorId, query.actorId));
  if (query.from) filters.push(gte(activityEvents.createdAt, new Date(query.from)));
  if (query.to) filters.push(lte(activityEvents.createdAt, new Date(query.to)));
  const rows = await db
    .select(withCursor(activityEvents))
    .from(activityEvents)
    .where(and(...filters))
    .orderBy(desc(activityEvents.createdAt), desc(activityEvents.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit);
}

export function toPublicActivity(row: ActivityRow) {
  return {
    id: row.id,
    type: row.type,
    summary: row.summary,
    actorId: row.actorId,
    actorLabel: row.actorLabel,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    moduleId: row.moduleId,
    data: row.data as Record<string, unknown>,
    requestId: row.requestId,
    createdAt: row.createdAt.toISOString(),
  };
}

export const activityPublicSchema = named(
  "ActivityEvent",
  z.object({
    id: z.uuid(),
    type: z.string(),
    summary: z.string(),
    actorId: z.uuid().nullable(),
    actorLabel: z.string(),
    subjectType: z.string().nullable(),
    subjectId: z.string().nullable(),
    moduleId: z.uuid().nullable(),
    data: z.record(z.string(), z.unknown()),
    requestId: z.string().nullable(),
    createdAt: z.iso.datetime(),
  }),
);
