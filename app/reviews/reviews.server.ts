import { and, desc, eq, type SQL } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { apiErrors } from "#app/utils/api-errors.ts";
import { afterCursor, pageOf, pageQuerySchema } from "#app/utils/pagination.server.ts";
import { named } from "#app/utils/schema-registry.ts";
import type { Services } from "#app/utils/services.server.ts";
import { NO_NUL_MESSAGE, noNulCharacter } from "#app/utils/text.ts";
import { reviewKinds, reviewRequests, reviewStatuses } from "#db/schema.ts";

/**
 * The human review queue: things an AI produced that a person should look at before anyone
 * relies on them (a low-confidence goal step today; fact checks and contradictions later).
 * Reviewers are operators and admins (`write`); every decision is recorded in the activity log.
 */
export type ReviewRow = typeof reviewRequests.$inferSelect;
type Deps = Pick<Services, "database" | "events">;

export interface NewReview {
  kind: (typeof reviewKinds)[number];
  subjectType: string;
  subjectId: string;
  title: string;
  details?: Record<string, unknown>;
}

export async function createReview(deps: Pick<Services, "database">, input: NewReview) {
  const [row] = await deps.database.db
    .insert(reviewRequests)
    .values({ ...input, title: input.title.slice(0, 500), details: input.details ?? {} })
    .returning();
  return row!;
}

export const reviewQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(reviewStatuses, { error: `status must be one of ${reviewStatuses.join(", ")}` })
    .optional(),
  kind: z.enum(reviewKinds, { error: `kind must be one of ${reviewKinds.join(", ")}` }).optional(),
});

/** Newest first. */
export async function listReviews(
  deps: Pick<Services, "database">,
  query: z.output<typeof reviewQuerySchema>,
) {
  const filters: (SQL | undefined)[] = [afterCursor(query.cursor, reviewRequests)];
  if (query.status) filters.push(eq(reviewRequests.status, query.status));
  if (query.kind) filters.push(eq(reviewRequests.kind, query.kind));
  const rows = await deps.database.db
    .select()
    .from(reviewRequests)
    .where(and(...filters))
    .orderBy(desc(reviewRequests.createdAt), desc(reviewRequests.id))
    .limit(query.limit + 1);
  return pageOf(rows, query.limit);
}

export async function getReview(deps: Pick<Services, "database">, id: string) {
  const [row] = await deps.database.db
    .select()
    .from(reviewRequests)
    .where(eq(reviewRequests.id, id));
  if (!row) throw apiErrors.notFound(`No review request ${id}.`);
  return row;
}

export async function countOpenReviews(deps: Pick<Services, "database">): Promise<number> {
  const rows = await deps.database.db
    .select({ id: reviewRequests.id })
    .from(reviewRequests)
    .where(eq(reviewRequests.status, "open"));
  return rows.length;
}

export const reviewDecisionSchema = named(
  "ReviewDecisionRequest",
  z.object({
    decision: z.enum(["approve", "reject"], { error: "decision must be approve or reject" }),
    note: z.string().trim().max(5_000).refine(noNulCharacter, NO_NUL_MESSAGE).default(""),
  }),
);

/** Approves or rejects an open request (409 once decided), and records who did it. */
export async function decideReview(
  deps: Deps,
  id: string,
  input: z.output<typeof reviewDecisionSchema>,
  actor: ActingAs,
) {
  const status = input.decision === "approve" ? "approved" : "rejected";
  const [row] = await deps.database.db
    .update(reviewRequests)
    .set({
      status,
      decidedBy: actor.id,
      decisionNote: input.note || null,
      decidedAt: new Date(),
    })
    .where(and(eq(reviewRequests.id, id), eq(reviewRequests.status, "open")))
    .returning();
  if (!row) {
    const existing = await getReview(deps, id);
    throw apiErrors.conflict(`This review request was already ${existing.status}.`);
  }
  await recordActivity(
    deps.database.db,
    {
      type: `review.${status}`,
      actor: { id: actor.id, label: actor.label },
      subject: { type: "review", id: row.id },
      summary: `${actor.label} ${status} "${row.title}"${input.note ? `: ${input.note}` : ""}`,
      data: {
        kind: row.kind,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        note: input.note,
      },
      requestId: actor.requestId,
      ip: actor.ip,
    },
    deps.events,
  );
  return row;
}

export function toPublicReview(row: ReviewRow) {
  return {
    id: row.id,
    kind: row.kind,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    title: row.title,
    details: row.details,
    status: row.status,
    decidedBy: row.decidedBy,
    decisionNote: row.decisionNote,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const reviewPublicSchema = named(
  "ReviewRequest",
  z.object({
    id: z.uuid(),
    kind: z.enum(reviewKinds),
    subjectType: z.string(),
    subjectId: z.string(),
    title: z.string(),
    details: z.record(z.string(), z.unknown()),
    status: z.enum(reviewStatuses),
    decidedBy: z.uuid().nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
