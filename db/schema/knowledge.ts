/**
 * The SAGE knowledge graph: nodes (facts, concepts, entities, hypotheses, rules), typed weighted
 * edges between them, the sources they come from with a reputation, contradictions found between
 * nodes and how they were resolved, and a change history the daily diff is computed from.
 */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  customType,
  index,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { createdAt, timestamps } from "./columns.ts";

const tsvector = customType<{ data: string }>({
  dataType: () => "tsvector",
});

export const kgNodeKinds = ["fact", "concept", "entity", "hypothesis", "rule"] as const;
export const kgNodeKindEnum = pgEnum("kg_node_kind", kgNodeKinds);
export const kgVerificationLevels = [
  "unverified",
  "reviewed",
  "verified",
  "disputed",
  "refuted",
] as const;
export const kgVerificationEnum = pgEnum("kg_verification", kgVerificationLevels);
export const kgRelations = [
  "supports",
  "contradicts",
  "causes",
  "part_of",
  "is_a",
  "related_to",
  "depends_on",
  "derived_from",
  "example_of",
] as const;
export const kgRelationEnum = pgEnum("kg_relation", kgRelations);
export const kgSourceTypes = [
  "academic",
  "government",
  "expert",
  "news",
  "community",
  "ai",
  "unknown",
] as const;
export const kgSourceTypeEnum = pgEnum("kg_source_type", kgSourceTypes);
export const kgStances = ["supports", "contradicts", "neutral"] as const;
export const kgStanceEnum = pgEnum("kg_stance", kgStances);
export const kgContradictionStatuses = ["open", "resolved"] as const;
export const kgContradictionStatusEnum = pgEnum("kg_contradiction_status", kgContradictionStatuses);
export const kgResolutions = ["keep_a", "keep_b", "both", "merge"] as const;
export const kgResolutionEnum = pgEnum("kg_resolution", kgResolutions);
export const kgDetectors = ["edge", "rule", "model"] as const;
export const kgDetectorEnum = pgEnum("kg_detector", kgDetectors);
export const kgEntityTypes = ["node", "edge", "source", "contradiction"] as const;
export const kgEntityTypeEnum = pgEnum("kg_entity_type", kgEntityTypes);
export const kgChangeOps = ["created", "updated", "deleted", "opened", "resolved"] as const;
export const kgChangeOpEnum = pgEnum("kg_change_op", kgChangeOps);

export const kgNodes = pgTable(
  "kg_nodes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: kgNodeKindEnum("kind").notNull(),
    label: text("label").notNull(),
    content: text("content").notNull().default(""),
    domain: text("domain").notNull().default("general"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    confidence: real("confidence").notNull().default(0.5),
    importance: real("importance").notNull().default(0.5),
    verification: kgVerificationEnum("verification").notNull().default("unverified"),
    /**
     * A fact stated as subject-predicate-object, normalised (lower case, single spaces), for the
     * rule-based contradiction check; null when the node states no such triple.
     */
    subject: text("subject"),
    predicate: text("predicate"),
    object: text("object"),
    negated: boolean("negated").notNull().default(false),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', "label"), 'A') || setweight(to_tsvector('english', "domain"), 'B') || setweight(to_tsvector('english', "content"), 'C')`,
      ),
    ...timestamps,
  },
  (t) => [
    index("kg_nodes_search_idx").using("gin", t.search),
    // GIN, not GiST: `q <% label` finds the labels with a word close to q through the trigram
    // lists in well under a millisecond at 100,000 nodes, where GiST took 20-25 ms (its KNN
    // ordering went unused: the planner sorts the few matches instead). docs/benchmarks.md
    index("kg_nodes_label_trgm_idx").using("gin", sql`${t.label} gin_trgm_ops`),
    index("kg_nodes_created_idx").on(t.createdAt, t.id),
    index("kg_nodes_domain_idx").on(t.domain, t.createdAt),
    index("kg_nodes_statement_idx").on(t.subject, t.predicate).where(sql`${t.subject} is not null`),
    check("kg_nodes_confidence_range", sql`${t.confidence} between 0 and 1`),
    check("kg_nodes_importance_range", sql`${t.importance} between 0 and 1`),
  ],
);

export const kgEdges = pgTable(
  "kg_edges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fromId: uuid("from_id")
      .notNull()
      .references(() => kgNodes.id, { onDelete: "cascade" }),
    toId: uuid("to_id")
      .notNull()
      .references(() => kgNodes.id, { onDelete: "cascade" }),
    relation: kgRelationEnum("relation").notNull(),
    strength: real("strength").notNull().default(0.5),
    confidence: real("confidence").notNull().default(0.5),
    evidence: text("evidence").notNull().default(""),
    authorId: uuid("author_id").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("kg_edges_triple_key").on(t.fromId, t.toId, t.relation),
    // Neighbourhood and path queries walk edges from both ends; relation is the filter.
    index("kg_edges_from_idx").on(t.fromId, t.relation, t.toId),
    index("kg_edges_to_idx").on(t.toId, t.relation, t.fromId),
    index("kg_edges_created_idx").on(t.createdAt, t.id),
    check("kg_edges_not_self", sql`${t.fromId} <> ${t.toId}`),
    check("kg_edges_strength_range", sql`${t.strength} between 0 and 1`),
    check("kg_edges_confidence_range", sql`${t.confidence} between 0 and 1`),
  ],
);

export const kgSources = pgTable(
  "kg_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    title: text("title").notNull(),
    url: text("url"),
    type: kgSourceTypeEnum("type").notNull().default("unknown"),
    /** 0..1: how much a claim from this source is trusted; moved by contradiction outcomes. */
    reputation: real("reputation").notNull().default(0.5),
    /** 0..1: share of its resolved claims that were upheld (weighted); null before the first. */
    accuracy: real("accuracy"),
    upheld: real("upheld").notNull().default(0),
    overturned: real("overturned").notNull().default(0),
    ...timestamps,
  },
  (t) => [
    index("kg_sources_created_idx").on(t.createdAt, t.id),
    check("kg_sources_reputation_range", sql`${t.reputation} between 0 and 1`),
  ],
);

export const kgNodeSources = pgTable(
  "kg_node_sources",
  {
    nodeId: uuid("node_id")
      .notNull()
      .references(() => kgNodes.id, { onDelete: "cascade" }),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => kgSources.id, { onDelete: "cascade" }),
    stance: kgStanceEnum("stance").notNull().default("supports"),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.nodeId, t.sourceId] }),
    index("kg_node_sources_source_idx").on(t.sourceId),
  ],
);

export const kgContradictions = pgTable(
  "kg_contradictions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The pair, ordered (a < b) so one pair is one contradiction. Null once a node is gone. */
    nodeAId: uuid("node_a_id").references(() => kgNodes.id, { onDelete: "set null" }),
    nodeBId: uuid("node_b_id").references(() => kgNodes.id, { onDelete: "set null" }),
    nodeALabel: text("node_a_label").notNull(),
    nodeBLabel: text("node_b_label").notNull(),
    detectedBy: kgDetectorEnum("detected_by").notNull(),
    reason: text("reason").notNull(),
    /** How sure the detector is that the two conflict (1 for explicit edges and rules). */
    detectionConfidence: real("detection_confidence").notNull().default(1),
    /** 0..1, from the nodes' confidence and importance and their sources' reputation. */
    severity: real("severity").notNull(),
    status: kgContradictionStatusEnum("status").notNull().default("open"),
    resolution: kgResolutionEnum("resolution"),
    resolutionNote: text("resolution_note"),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "set null" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    reviewId: uuid("review_id"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("kg_contradictions_pair_key").on(t.nodeAId, t.nodeBId),
    index("kg_contradictions_status_idx").on(t.status, t.createdAt, t.id),
    index("kg_contradictions_resolved_idx").on(t.resolvedAt),
    index("kg_contradictions_b_idx").on(t.nodeBId),
  ],
);

/**
 * Every write to the graph, one row per entity changed: what the daily diff is computed from.
 * No foreign keys: the history outlives what it describes.
 */
export const kgChanges = pgTable(
  "kg_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    entityType: kgEntityTypeEnum("entity_type").notNull(),
    entityId: uuid("entity_id").notNull(),
    op: kgChangeOpEnum("op").notNull(),
    /** A short human name: the node's label, "A -[relation]-> B", the source's title. */
    label: text("label").notNull(),
    /** Changed fields: { field: [before, after] }. */
    fields: jsonb("fields").$type<Record<string, [unknown, unknown]>>().notNull().default({}),
    confidenceBefore: real("confidence_before"),
    confidenceAfter: real("confidence_after"),
    actorId: uuid("actor_id"),
  },
  (t) => [
    index("kg_changes_at_idx").on(t.at),
    index("kg_changes_entity_idx").on(t.entityType, t.entityId, t.at),
  ],
);
