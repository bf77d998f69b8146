import type { Database } from "#db/client.ts";
import { activityEvents } from "#db/schema.ts";

export interface ActivityInput {
  type: string;
  actor: { id: string | null; label: string };
  subject?: { type: string; id: string };
  summary: string;
  data?: Record<string, unknown>;
  requestId?: string;
  ip?: string;
}

/** The one way to record that something happened. Never holds secrets: callers pass none. */
export async function recordActivity(db: Database, event: ActivityInput): Promise<void> {
  await db.insert(activityEvents).values({
    type: event.type,
    actorId: event.actor.id,
    actorLabel: event.actor.label,
    subjectType: event.subject?.type ?? null,
    subjectId: event.subject?.id ?? null,
    summary: event.summary,
    data: event.data ?? {},
    requestId: event.requestId ?? null,
    ip: event.ip ?? null,
  });
}
