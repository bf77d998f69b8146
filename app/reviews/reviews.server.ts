import { and, asc, count, desc, eq, lt, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import {
  beyondCursor,
  decodeCursor,
  decodeRankedCursor,
  pageOf,
  pageQuerySchema,
  withCursor,
} from "#app/api/pagination.server.ts";
import { named } from "#app/api/schema-registry.ts";
import type { FlagStore } from "#app/flags/flags.server.ts";
import { ConflictError, InvalidFieldError, NotFoundError } from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";
import type { DatabaseHandle } from "#db/client.ts";
import { reviewKinds, reviewRequests, reviewStatuses, reviewUrgencies } from "#db/schema/index.ts";

/**
 * The human review queue: things an AI produced that a person should look at before anyone
 * relies on them (goal steps below the confidence threshold, final answers awaiting approval,
 * fact checks and contradictions). Reviewers are operators and admins (`write`); the queue is
 * ordered by urgency, then age; every decision, a person's or the auto-approve rule's, is
 * recorded in the activity log.
 */
export type ReviewRow = typeof reviewRequests.$inferSelect;
type Deps = { database: DatabaseHandle; events: DomainEvents };

export type ReviewUrgency = (typeof reviewUrgencies)[number];

export interface NewReview {
  kind: (typeof reviewKinds)[number];
  subjectType: string;
  subjectId: string;
  title: string;
  details?: Record<string, unknown>;
  /** How soon a person should look (default normal); orders the queue. */
  urgency?: ReviewUrgency;
  /** Requests sharing a key count as similar for the auto-approve rule. */
  similarityKey?: string;
}

/** The auto-approve rule: at least this many similar decisions by people... */
export const AUTO_APPROVE_MIN_DECISIONS = 3;
/** ...of which more than this share were approvals. */
export const AUTO_APPROVE_MIN_SHARE = 0.8;

/**
 * What people decided on requests like this one (same kind and similarity key), and whether the
 * auto-approve rule would approve it.
 */
export async function similarDecisions(
  deps: { database: DatabaseHandle },
  kind: NewReview["kind"],
  similarityKey: string,
) {
  const rows = await deps.database.db
    .select({ status: reviewRequests.status, n: count() })
    .from(reviewRequests)
    .where(
      and(
        eq(reviewRequests.kind, kind),
        eq(reviewRequests.similarityKey, similarityKey),
        eq(reviewRequests.autoApproved, false),
        or(eq(reviewRequests.status, "approved"), eq(reviewRequests.status, "rejected")),
      ),
    )
    .groupBy(reviewRequests.status);
  const approved = Number(rows.find((r) => r.status === "approved")?.n ?? 0);
  const total = rows.reduce((sum, r) => sum + Number(r.n), 0);
  return {
    approved,
    total,
    wouldApprove: total >= AUTO_APPROVE_MIN_DECISIONS && approved / total > AUTO_APPROVE_MIN_SHARE,
  };
}

/**
 * Files a review request. With the `reviews.autoApprove` flag on and enough similar past
 * decisions (see AUTO_APPROVE_*), it is filed already approved, marked as auto-approved, and the
 * approval is recorded in the activity log.
 */
export async function createReview(
  deps: { database: DatabaseHandle } & { flags?: FlagStore; events?: DomainEvents },
  input: NewReview,
) {
  const values = {
    kind: input.kind,
    subjectType: input.subjectType,
    subjectId: input.subjectId,
    title: input.title.slice(0, 500),
    details: input.details ?? {},
    urgency: input.urgency ?? "normal",
    similarityKey: input.similarityKey ?? null,
  };
  if (input.similarityKey && deps.flags?.enabled("reviews.autoApprove")) {
    const past = await similarDecisions(deps, input.kind, input.similarityKey);
    if (past.wouldApprove) {
      const note = `Auto-approved: ${past.approved} of ${past.total} similar past requests were approved by reviewers.`;
      const [row] = await deps.database.db
        .insert(reviewRequests)
        .values({
          ...values,
          status: "approved",
          autoApproved: true,
          decisionNote: note,
          decidedAt: new Date(),
        })
        .returning();
      await recordActivity(
        deps.database.db,
        {
          type: "review.auto_approved",
          actor: { id: null, label: "auto-approve rule" },
          subject: { type: "review", id: row!.id },
          summary: `"${row!.title}" was auto-approved (${past.approved} of ${past.total} similar requests approved)`,
          data: { kind: row!.kind, similarityKey: input.similarityKey, ...past },
        },
        deps.events,
      );
      return row!;
    }
  }
  const [row] = await deps.database.db.insert(reviewRequests).values(values).returning();
  return row!;
}

const cursorMessage = "cursor is not one this API gave out";

export const reviewQuerySchema = pageQuerySchema.extend({
  // Either order's cursor; which one the order takes is checked in listReviews.
  cursor: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, cursorMessage)
    .refine(
      (value) =>
        decodeCursor(value) !== null || decodeRankedCursor(value, reviewUrgencies) !== null,
      cursorMessage,
    )
    .optional(),
  status: z
    .enum(reviewStatuses, { error: `status must be one of ${reviewStatuses.join(", ")}` })
    .optional(),
  kind: z.enum(reviewKinds, { error: `kind must be one of ${reviewKinds.join(", ")}` }).optional(),
  sort: z
    .enum(["urgency", "newest"], { error: "sort must be urgency or newest" })
    .optional()
    .describe(
      "urgency: most urgent first, then oldest first (the default for status=open); newest: newest first (the default otherwise).",
    ),
});

const otherOrder = () =>
  new InvalidFieldError([
    {
      in: "query",
      path: "cursor",
      message: "cursor is from this list in another order: start again without it",
    },
  ]);

/**
 * Rows after the cursor in the list's order. Urgency cursors carry the urgency, newest-first ones
 * do not; one from the other order is refused rather than answered with a wrong page.
 */
function reviewsAfter(cursor: string | undefined, sort: "urgency" | "newest"): SQL | undefined {
  if (!cursor) return undefined;
  if (sort === "newest") {
    const decoded = decodeCursor(cursor);
    if (!decoded) throw otherOrder();
    return beyondCursor(decoded, reviewRequests, true);
  }
  const decoded = decodeRankedCursor(cursor, reviewUrgencies);
  if (!decoded) throw otherOrder();
  return or(
    lt(reviewRequests.urgency, decoded.rank),
    and(eq(reviewRequests.urgency, decoded.rank), beyondCursor(decoded, reviewRequests, false)),
  );
}

/** The queue: most urgent, then oldest, first; or newest first (`sort`). */
export async function listReviews(
  deps: { database: DatabaseHandle },
  query: z.output<typeof reviewQuerySchema>,
) {
  const sort = query.sort ?? (query.status === "open" ? "urgency" : "newest");
  const filters: (SQL | undefined)[] = [reviewsAfter(query.cursor, sort)];
  if (query.status) filters.push(eq(reviewRequests.status, query.status));
  if (query.kind) filters.push(eq(reviewRequests.kind, query.kind));
  const rows = await deps.database.db
    .select(withCursor(reviewRequests))
    .from(reviewRequests)
    .where(and(...filters))
    .orderBy(
      ...(sort === "urgency"
        ? [desc(reviewRequests.urgency), asc(reviewRequests.createdAt), asc(reviewRequests.id)]
        : [desc(reviewRequests.createdAt), desc(reviewRequests.id)]),
    )
    .limit(query.limit + 1);
  return pageOf(rows, query.limit, sort === "urgency" ? (row) => row.urgency : undefined);
}

export async function getReview(deps: { database: DatabaseHandle }, id: string) {
  const [row] = await deps.database.db
    .select()
    .from(reviewRequests)
    .where(eq(reviewRequests.id, id));
  if (!row) throw new NotFoundError(`No review request ${id}.`);
  return row;
}

export async function countOpenReviews(deps: { database: DatabaseHandle }): Promise<number> {
  const [row] = await deps.database.db
    .select({ n: count() })
    .from(reviewRequests)
    .where(eq(reviewRequests.status, "open"));
  return Number(row?.n ?? 0);
}

/** The task reviews and approvals of one goal run, oldest first. */
export async function reviewsOfRun(deps: { database: DatabaseHandle }, runId: string) {
  const rows = await deps.database.db
    .select()
    .from(reviewRequests)
    .where(sql`${reviewRequests.details}->>'runId' = ${runId}`)
    .orderBy(asc(reviewRequests.createdAt), asc(reviewRequests.id));
  return rows.map(toPublicReview);
}

export const reviewDecisionSchema = named(
  "ReviewDecisionRequest",
  z.strictObject({
    decision: z.enum(["approve", "reject"], { error: "decision must be approve or reject" }),
    note: z.string().trim().max(5_000).refine(storableText, UNSTORABLE_TEXT_MESSAGE).default(""),
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
    throw new ConflictError(`This review request was already ${existing.status}.`);
  }
  await recordActivity(
    deps.database.db,
    {
      type: `review.${status}`,
      actor,
      subject: { type: "review", id: row.id },
      summary: `${actor.label} ${status} "${row.title}"${input.note ? `: ${input.note}` : ""}`,
      data: {
        kind: row.kind,
        subjectType: row.subjectType,
        subjectId: row.subjectId,
        note: input.note,
      },
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
    urgency: row.urgency,
    autoApproved: row.autoApproved,
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
    urgency: z.enum(reviewUrgencies),
    autoApproved: z.boolean().describe("Decided by the auto-approve rule, not a person."),
    decidedBy: z.uuid().nullable(),
    decisionNote: z.string().nullable(),
    decidedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);
