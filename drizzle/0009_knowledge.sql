-- Hand-written (keep at the top if this migration is renumbered): pg_trgm for fuzzy label search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TYPE "public"."kg_change_op" AS ENUM('created', 'updated', 'deleted', 'opened', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."kg_contradiction_status" AS ENUM('open', 'resolved');--> statement-breakpoint
CREATE TYPE "public"."kg_detector" AS ENUM('edge', 'rule', 'model');--> statement-breakpoint
CREATE TYPE "public"."kg_entity_type" AS ENUM('node', 'edge', 'source', 'contradiction');--> statement-breakpoint
CREATE TYPE "public"."kg_node_kind" AS ENUM('fact', 'concept', 'entity', 'hypothesis', 'rule');--> statement-breakpoint
CREATE TYPE "public"."kg_relation" AS ENUM('supports', 'contradicts', 'causes', 'part_of', 'is_a', 'related_to', 'depends_on', 'derived_from', 'example_of');--> statement-breakpoint
CREATE TYPE "public"."kg_resolution" AS ENUM('keep_a', 'keep_b', 'both', 'merge');--> statement-breakpoint
CREATE TYPE "public"."kg_source_type" AS ENUM('academic', 'government', 'expert', 'news', 'community', 'ai', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."kg_stance" AS ENUM('supports', 'contradicts', 'neutral');--> statement-breakpoint
CREATE TYPE "public"."kg_verification" AS ENUM('unverified', 'reviewed', 'verified', 'disputed', 'refuted');--> statement-breakpoint
CREATE TABLE "kg_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"entity_type" "kg_entity_type" NOT NULL,
	"entity_id" uuid NOT NULL,
	"op" "kg_change_op" NOT NULL,
	"label" text NOT NULL,
	"fields" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"confidence_before" real,
	"confidence_after" real,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "kg_contradictions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"node_a_id" uuid,
	"node_b_id" uuid,
	"node_a_label" text NOT NULL,
	"node_b_label" text NOT NULL,
	"detected_by" "kg_detector" NOT NULL,
	"reason" text NOT NULL,
	"detection_confidence" real DEFAULT 1 NOT NULL,
	"severity" real NOT NULL,
	"status" "kg_contradiction_status" DEFAULT 'open' NOT NULL,
	"resolution" "kg_resolution",
	"resolution_note" text,
	"resolved_by" uuid,
	"resolved_at" timestamp with time zone,
	"review_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kg_edges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"relation" "kg_relation" NOT NULL,
	"strength" real DEFAULT 0.5 NOT NULL,
	"confidence" real DEFAULT 0.5 NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kg_edges_not_self" CHECK ("kg_edges"."from_id" <> "kg_edges"."to_id"),
	CONSTRAINT "kg_edges_strength_range" CHECK ("kg_edges"."strength" between 0 and 1),
	CONSTRAINT "kg_edges_confidence_range" CHECK ("kg_edges"."confidence" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "kg_node_sources" (
	"node_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"stance" "kg_stance" DEFAULT 'supports' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kg_node_sources_node_id_source_id_pk" PRIMARY KEY("node_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "kg_nodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "kg_node_kind" NOT NULL,
	"label" text NOT NULL,
	"content" text DEFAULT '' NOT NULL,
	"domain" text DEFAULT 'general' NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"confidence" real DEFAULT 0.5 NOT NULL,
	"importance" real DEFAULT 0.5 NOT NULL,
	"verification" "kg_verification" DEFAULT 'unverified' NOT NULL,
	"subject" text,
	"predicate" text,
	"object" text,
	"negated" boolean DEFAULT false NOT NULL,
	"author_id" uuid,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', "label"), 'A') || setweight(to_tsvector('english', "domain"), 'B') || setweight(to_tsvector('english', "content"), 'C')) STORED NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kg_nodes_confidence_range" CHECK ("kg_nodes"."confidence" between 0 and 1),
	CONSTRAINT "kg_nodes_importance_range" CHECK ("kg_nodes"."importance" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "kg_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"type" "kg_source_type" DEFAULT 'unknown' NOT NULL,
	"reputation" real DEFAULT 0.5 NOT NULL,
	"accuracy" real,
	"upheld" real DEFAULT 0 NOT NULL,
	"overturned" real DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kg_sources_reputation_range" CHECK ("kg_sources"."reputation" between 0 and 1)
);
--> statement-breakpoint
ALTER TABLE "kg_contradictions" ADD CONSTRAINT "kg_contradictions_node_a_id_kg_nodes_id_fk" FOREIGN KEY ("node_a_id") REFERENCES "public"."kg_nodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_contradictions" ADD CONSTRAINT "kg_contradictions_node_b_id_kg_nodes_id_fk" FOREIGN KEY ("node_b_id") REFERENCES "public"."kg_nodes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_contradictions" ADD CONSTRAINT "kg_contradictions_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_edges" ADD CONSTRAINT "kg_edges_from_id_kg_nodes_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."kg_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_edges" ADD CONSTRAINT "kg_edges_to_id_kg_nodes_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."kg_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_edges" ADD CONSTRAINT "kg_edges_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_node_sources" ADD CONSTRAINT "kg_node_sources_node_id_kg_nodes_id_fk" FOREIGN KEY ("node_id") REFERENCES "public"."kg_nodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_node_sources" ADD CONSTRAINT "kg_node_sources_source_id_kg_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."kg_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kg_nodes" ADD CONSTRAINT "kg_nodes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "kg_changes_at_idx" ON "kg_changes" USING btree ("at");--> statement-breakpoint
CREATE INDEX "kg_changes_entity_idx" ON "kg_changes" USING btree ("entity_type","entity_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "kg_contradictions_pair_key" ON "kg_contradictions" USING btree ("node_a_id","node_b_id");--> statement-breakpoint
CREATE INDEX "kg_contradictions_status_idx" ON "kg_contradictions" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "kg_contradictions_resolved_idx" ON "kg_contradictions" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "kg_contradictions_b_idx" ON "kg_contradictions" USING btree ("node_b_id");--> statement-breakpoint
CREATE UNIQUE INDEX "kg_edges_triple_key" ON "kg_edges" USING btree ("from_id","to_id","relation");--> statement-breakpoint
CREATE INDEX "kg_edges_from_idx" ON "kg_edges" USING btree ("from_id","relation","to_id");--> statement-breakpoint
CREATE INDEX "kg_edges_to_idx" ON "kg_edges" USING btree ("to_id","relation","from_id");--> statement-breakpoint
CREATE INDEX "kg_edges_created_idx" ON "kg_edges" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "kg_node_sources_source_idx" ON "kg_node_sources" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "kg_nodes_search_idx" ON "kg_nodes" USING gin ("search");--> statement-breakpoint
CREATE INDEX "kg_nodes_label_trgm_idx" ON "kg_nodes" USING gist ("label" gist_trgm_ops);--> statement-breakpoint
CREATE INDEX "kg_nodes_created_idx" ON "kg_nodes" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "kg_nodes_domain_idx" ON "kg_nodes" USING btree ("domain","created_at");--> statement-breakpoint
CREATE INDEX "kg_nodes_statement_idx" ON "kg_nodes" USING btree ("subject","predicate") WHERE "kg_nodes"."subject" is not null;--> statement-breakpoint
CREATE INDEX "kg_sources_created_idx" ON "kg_sources" USING btree ("created_at","id");