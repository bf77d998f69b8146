/**
 * The human review queue that low-confidence goal results, goal approvals and knowledge checks
 * land in. A request names its subject by type and id, without a foreign key, so any domain can
 * open one without this file importing it.
 */
import { boolean, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { timestamps } from "./columns.ts";

export const reviewKinds = [
  "fact_verification",
  "contradiction",
  "goal_approval",
  "task_review",
] as const;
export const reviewKindEnum = pgEnum("review_kind", reviewKinds);
export const reviewStatuses = ["open", "approved", "rejected"] as const;
export const reviewStatusEnum = pgEnum("review_status", reviewStatuses);
/** Declared in ascending order, so `order by urgency desc` puts the most urgent first. */
export const reviewUrgencies = ["low", "normal", "high", "critical"] as const;
export const reviewUrgencyEnum = pgEnum("review_urgency", reviewUrgencies);

export const reviewRequests = pgTable(
  "review_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: reviewKindEnum("kind").notNull(),
    /** What is to be reviewed, e.g. `goal_step` and its id. */
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    title: text("title").notNull(),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    status: reviewStatusEnum("status").notNull().default("open"),
    urgency: reviewUrgencyEnum("urgency").notNull().default("normal"),
    /**
     * Requests with the same key are "similar" for the auto-approve rule (e.g. the same kind of
     * step on the same model); null never matches.
     */
    similarityKey: text("similarity_key"),
    /** Decided by the auto-approve rule rather than a person. */
    autoApproved: boolean("auto_approved").notNull().default(false),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decisionNote: text("decision_note"),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("review_requests_status_idx").on(t.status, t.createdAt, t.id),
    index("review_requests_queue_idx").on(t.status, t.urgency, t.createdAt, t.id),
    index("review_requests_similar_idx").on(t.kind, t.similarityKey, t.status),
    index("review_requests_created_idx").on(t.createdAt, t.id),
    index("review_requests_subject_idx").on(t.subjectType, t.subjectId),
  ],
);
