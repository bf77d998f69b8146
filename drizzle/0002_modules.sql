CREATE TYPE "public"."emergency_action" AS ENUM('pause', 'stop', 'resume');--> statement-breakpoint
CREATE TYPE "public"."module_status" AS ENUM('active', 'warning', 'error', 'inactive');--> statement-breakpoint
CREATE TABLE "emergency_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action" "emergency_action" NOT NULL,
	"reason" text NOT NULL,
	"actor_id" uuid,
	"actor_label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "module_probes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"ok" boolean NOT NULL,
	"http_status" integer,
	"latency_ms" integer NOT NULL,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "module_status_history" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"module_id" uuid NOT NULL,
	"from_status" "module_status",
	"to_status" "module_status" NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"status" "module_status" DEFAULT 'inactive' NOT NULL,
	"integration_level" integer DEFAULT 0 NOT NULL,
	"load" integer DEFAULT 0 NOT NULL,
	"metrics" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"health_endpoint" text,
	"probe_interval_seconds" integer DEFAULT 30 NOT NULL,
	"probe_timeout_ms" integer DEFAULT 2000 NOT NULL,
	"last_probe_at" timestamp with time zone,
	"last_probe_ok" boolean,
	"last_probe_latency_ms" integer,
	"last_probe_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "modules_load_range" CHECK ("modules"."load" between 0 and 100),
	CONSTRAINT "modules_integration_range" CHECK ("modules"."integration_level" between 0 and 100)
);
--> statement-breakpoint
ALTER TABLE "activity_events" ADD COLUMN "module_id" uuid;--> statement-breakpoint
ALTER TABLE "emergency_actions" ADD CONSTRAINT "emergency_actions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_probes" ADD CONSTRAINT "module_probes_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_status_history" ADD CONSTRAINT "module_status_history_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emergency_actions_created_idx" ON "emergency_actions" USING btree ("created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "module_probes_module_idx" ON "module_probes" USING btree ("module_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "module_status_history_module_idx" ON "module_status_history" USING btree ("module_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "modules_slug_key" ON "modules" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "modules_status_idx" ON "modules" USING btree ("status");--> statement-breakpoint
CREATE INDEX "modules_kind_idx" ON "modules" USING btree ("kind");--> statement-breakpoint
CREATE INDEX "modules_created_idx" ON "modules" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "activity_events_module_idx" ON "activity_events" USING btree ("module_id","created_at" DESC NULLS LAST);