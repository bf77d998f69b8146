CREATE TYPE "public"."ai_call_status" AS ENUM('ok', 'error', 'aborted');--> statement-breakpoint
CREATE TYPE "public"."ai_provider" AS ENUM('ollama', 'openai');--> statement-breakpoint
CREATE TABLE "ai_calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"model" text NOT NULL,
	"provider" "ai_provider" NOT NULL,
	"task" text NOT NULL,
	"prompt_tokens" integer DEFAULT 0 NOT NULL,
	"completion_tokens" integer DEFAULT 0 NOT NULL,
	"latency_ms" integer NOT NULL,
	"status" "ai_call_status" NOT NULL,
	"error" text,
	"cost" numeric(14, 6) DEFAULT 0 NOT NULL,
	"user_id" uuid,
	"request_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ai_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" "ai_provider" NOT NULL,
	"name" text NOT NULL,
	"family" text,
	"parameter_size" text,
	"size_bytes" bigint,
	"capabilities" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"capabilities_overridden" boolean DEFAULT false NOT NULL,
	"available" boolean DEFAULT false NOT NULL,
	"last_checked_at" timestamp with time zone,
	"calls" integer DEFAULT 0 NOT NULL,
	"successes" integer DEFAULT 0 NOT NULL,
	"recent_latencies_ms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ai_calls" ADD CONSTRAINT "ai_calls_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ai_calls_created_idx" ON "ai_calls" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "ai_calls_model_created_idx" ON "ai_calls" USING btree ("provider","model","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ai_models_provider_name_key" ON "ai_models" USING btree ("provider","name");