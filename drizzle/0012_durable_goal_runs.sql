ALTER TYPE "public"."goal_step_status" ADD VALUE 'interrupted';--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "attempt_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "spent_ms" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "resumptions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Runs left open by an instance of an earlier version name no owner and cannot be resumed: they
-- end as that version would have shown them once their time budget had passed.
UPDATE "goal_runs" SET "status" = 'failed', "phase" = NULL, "finished_at" = now(), "error" = 'Interrupted: the instance running it stopped before it finished.' WHERE "status" IN ('queued', 'running') AND "owner_instance" IS NULL;
