DROP TABLE IF EXISTS "ai_calls";--> statement-breakpoint
DROP TABLE IF EXISTS "ai_models";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."ai_call_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."ai_provider";
