DROP INDEX IF EXISTS "review_requests_similar_idx";--> statement-breakpoint
DROP INDEX IF EXISTS "review_requests_queue_idx";--> statement-breakpoint
ALTER TABLE "review_requests" DROP COLUMN IF EXISTS "auto_approved";--> statement-breakpoint
ALTER TABLE "review_requests" DROP COLUMN IF EXISTS "similarity_key";--> statement-breakpoint
ALTER TABLE "review_requests" DROP COLUMN IF EXISTS "urgency";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "require_approval";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "review_threshold";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "phase";--> statement-breakpoint
ALTER TABLE "review_requests" ALTER COLUMN "kind" SET DATA TYPE text;--> statement-breakpoint
UPDATE "review_requests" SET "kind" = 'low_confidence' WHERE "kind" = 'task_review';--> statement-breakpoint
DROP TYPE "public"."review_kind";--> statement-breakpoint
CREATE TYPE "public"."review_kind" AS ENUM('fact_verification', 'contradiction', 'goal_approval', 'low_confidence');--> statement-breakpoint
ALTER TABLE "review_requests" ALTER COLUMN "kind" SET DATA TYPE "public"."review_kind" USING "kind"::"public"."review_kind";--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DATA TYPE text;--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DEFAULT 'queued'::text;--> statement-breakpoint
UPDATE "goal_runs" SET "status" = CASE "status" WHEN 'completed' THEN 'succeeded' WHEN 'needs_review' THEN 'succeeded' ELSE "status" END;--> statement-breakpoint
DROP TYPE "public"."goal_run_status";--> statement-breakpoint
CREATE TYPE "public"."goal_run_status" AS ENUM('queued', 'planning', 'running', 'verifying', 'succeeded', 'failed', 'cancelled', 'aborted');--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DEFAULT 'queued'::"public"."goal_run_status";--> statement-breakpoint
ALTER TABLE "goal_runs" ALTER COLUMN "status" SET DATA TYPE "public"."goal_run_status" USING "status"::"public"."goal_run_status";--> statement-breakpoint
DROP TABLE IF EXISTS "feature_flags";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."review_urgency";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."goal_run_phase";
