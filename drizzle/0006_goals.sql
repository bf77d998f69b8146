CREATE TYPE "public"."goal_run_status" AS ENUM('queued', 'planning', 'running', 'verifying', 'succeeded', 'failed', 'cancelled', 'aborted');--> statement-breakpoint
CREATE TYPE "public"."goal_step_kind" AS ENUM('plan', 'step', 'verify', 'synthesize');--> statement-breakpoint
CREATE TYPE "public"."goal_step_status" AS ENUM('running', 'succeeded', 'failed', 'cancelled', 'aborted');--> statement-breakpoint
CREATE TYPE "public"."review_kind" AS ENUM('fact_verification', 'contradiction', 'goal_approval', 'low_confidence');--> statement-breakpoint
CREATE TYPE "public"."review_status" AS ENUM('open', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "goal_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"goal" text NOT NULL,
	"context" text,
	"status" "goal_run_status" DEFAULT 'queued' NOT NULL,
	"budget" jsonb NOT NULL,
	"tokens_used" integer DEFAULT 0 NOT NULL,
	"final_answer" text,
	"error" text,
	"created_by" uuid,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "goal_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"run_id" uuid NOT NULL,
	"index" integer NOT NULL,
	"kind" "goal_step_kind" NOT NULL,
	"plan_step" integer,
	"title" text NOT NULL,
	"task" text NOT NULL,
	"model" text,
	"provider" "ai_provider",
	"reason" text,
	"prompt_summary" text DEFAULT '' NOT NULL,
	"output" text DEFAULT '' NOT NULL,
	"prompt_tokens" integer DEFAULT 0 NOT NULL,
	"completion_tokens" integer DEFAULT 0 NOT NULL,
	"latency_ms" integer,
	"score" real,
	"issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" "goal_step_status" DEFAULT 'running' NOT NULL,
	"error" text,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "goal_steps_score_range" CHECK ("goal_steps"."score" is null or "goal_steps"."score" between 0 and 1)
);
--> statement-breakpoint
CREATE TABLE "review_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "review_kind" NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" text NOT NULL,
	"title" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "review_status" DEFAULT 'open' NOT NULL,
	"decided_by" uuid,
	"decision_note" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "goal_runs" ADD CONSTRAINT "goal_runs_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "goal_steps" ADD CONSTRAINT "goal_steps_run_id_goal_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."goal_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "goal_runs_created_idx" ON "goal_runs" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "goal_runs_status_idx" ON "goal_runs" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "goal_steps_run_index_key" ON "goal_steps" USING btree ("run_id","index");--> statement-breakpoint
CREATE INDEX "review_requests_status_idx" ON "review_requests" USING btree ("status","created_at","id");--> statement-breakpoint
CREATE INDEX "review_requests_created_idx" ON "review_requests" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "review_requests_subject_idx" ON "review_requests" USING btree ("subject_type","subject_id");