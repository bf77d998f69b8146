DROP TABLE IF EXISTS "review_requests";--> statement-breakpoint
DROP TABLE IF EXISTS "goal_steps";--> statement-breakpoint
DROP TABLE IF EXISTS "goal_runs";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."review_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."review_kind";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."goal_step_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."goal_step_kind";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."goal_run_status";
