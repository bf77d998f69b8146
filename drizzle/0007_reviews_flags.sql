CREATE TYPE "public"."goal_run_phase" AS ENUM('planning', 'executing', 'verifying', 'synthesizing');--> statement-breakpoint
CREATE TYPE "public"."review_urgency" AS ENUM('low', 'normal', 'high', 'critical');--> statement-breakpoint
CREATE TABLE "feature_flags" (
	"key" text PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"note" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DEFAULT 'queued'::text;--> statement-breakpoint
-- Hand-written: map the old run statuses onto the new ones before the type is recreated.
UPDATE "goal_runs" SET "status" = CASE "status" WHEN 'planning' THEN 'running' WHEN 'verifying' THEN 'running' WHEN 'succeeded' THEN 'completed' WHEN 'aborted' THEN 'cancelled' ELSE "status" END;--> statement-breakpoint
DROP TYPE "public"."goal_run_status";--> statement-breakpoint
CREATE TYPE "public"."goal_run_status" AS ENUM('queued', 'running', 'needs_review', 'completed', 'failed', 'cancelled');--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."goal_run_status";--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DATA TYPE "public"."goal_run_status" USING "status"::"public"."goal_run_status";--> statement-breakpoint
ALTER TABLE "review_requests" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
-- Hand-written: low-confidence step reviews are now task reviews.
UPDATE "review_requests" SET "kind" = 'task_review' WHERE "kind" = 'low_confidence';--> statement-breakpoint
DROP TYPE "public"."review_kind";--> statement-breakpoint
CREATE TYPE "public"."review_kind" AS ENUM('fact_verification', 'contradiction', 'goal_approval', 'task_review');--> statement-breakpoint
ALTER TABLE "review_requests" ALTER COLUMN "kind" SET DATA TYPE "public"."review_kind" USING "kind"::"public"."review_kind";--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "phase" "goal_run_phase";--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "review_threshold" real DEFAULT 0.8 NOT NULL;--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "require_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "review_requests" ADD COLUMN "urgency" "review_urgency" DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE "review_requests" ADD COLUMN "similarity_key" text;--> statement-breakpoint
ALTER TABLE "review_requests" ADD COLUMN "auto_approved" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "feature_flags" ADD CONSTRAINT "feature_flags_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "review_requests_queue_idx" ON "review_requests" USING btree ("status","urgency","created_at","id");--> statement-breakpoint
CREATE INDEX "review_requests_similar_idx" ON "review_requests" USING btree ("kind","similarity_key","status");