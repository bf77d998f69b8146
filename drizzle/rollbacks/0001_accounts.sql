DROP TABLE IF EXISTS "activity_events";--> statement-breakpoint
DROP TABLE IF EXISTS "api_tokens";--> statement-breakpoint
DROP TABLE IF EXISTS "users";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."token_scope";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."role";
