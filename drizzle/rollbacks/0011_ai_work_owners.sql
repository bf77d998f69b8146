DROP TABLE IF EXISTS "room_replies";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "heartbeat_at";--> statement-breakpoint
ALTER TABLE "goal_runs" DROP COLUMN IF EXISTS "owner_instance";
