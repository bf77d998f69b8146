UPDATE "goal_steps" SET "status" = 'aborted' WHERE "status" = 'interrupted';--> statement-breakpoint
ALTER TABLE "goal_steps" ALTER COLUMN "status" DROP DEFAULT;--> statement-breakpoint
ALTER TYPE "public"."goal_step_status" RENAME TO "goal_step_status_0013";--> statement-breakpoint
CREATE TYPE "public"."goal_step_status" AS ENUM('running', 'succeeded', 'failed', 'cancelled', 'aborted');--> statement-breakpoint
ALTER TABLE "goal_steps" ALTER COLUMN "status" TYPE "public"."goal_step_status" USING "status"::text::"public"."goal_step_status";--> statement-breakpoint
ALTER TABLE "goal_steps" ALTER COLUMN "status" SET DEFAULT 'running';--> statement-breakpoint
DROP TYPE "public"."goal_step_status_0013";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "resumptions";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "spent_ms";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "attempt_started_at";
--> statement-breakpoint
DROP TABLE IF EXISTS "room_replies";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "heartbeat_at";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "owner_instance";
