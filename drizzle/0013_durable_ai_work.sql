ALTER TYPE "public"."goal_step_status" ADD VALUE 'interrupted';--> statement-breakpoint
CREATE TABLE "room_replies" (
	"stream_id" uuid PRIMARY KEY NOT NULL,
	"room_id" uuid NOT NULL,
	"agent_id" uuid,
	"agent_name" text NOT NULL,
	"kind" "room_message_kind" DEFAULT 'agent' NOT NULL,
	"meta" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"owner_instance" text NOT NULL,
	"heartbeat_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stop_requested_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "owner_instance" text;--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "heartbeat_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "attempt_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "spent_ms" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "goal_runs" ADD COLUMN "resumptions" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "room_replies" ADD CONSTRAINT "room_replies_room_id_rooms_id_fk" FOREIGN KEY ("room_id") REFERENCES "public"."rooms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "room_replies" ADD CONSTRAINT "room_replies_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "room_replies_heartbeat_idx" ON "room_replies" USING btree ("heartbeat_at");--> statement-breakpoint
-- Runs left open by an instance of an earlier version name no owner and cannot be resumed: they
-- end as that version would have shown them once their time budget had passed.
UPDATE "goal_runs" SET "status" = 'failed', "phase" = NULL, "finished_at" = now(), "error" = 'Interrupted: the instance running it stopped before it finished.' WHERE "status" IN ('queued', 'running') AND "owner_instance" IS NULL;
