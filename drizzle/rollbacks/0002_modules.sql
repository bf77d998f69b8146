DROP INDEX IF EXISTS "activity_events_module_idx";--> statement-breakpoint
ALTER TABLE "activity_events" DROP COLUMN IF EXISTS "module_id";--> statement-breakpoint
DROP TABLE IF EXISTS "module_probes";--> statement-breakpoint
DROP TABLE IF EXISTS "module_status_history";--> statement-breakpoint
DROP TABLE IF EXISTS "modules";--> statement-breakpoint
DROP TABLE IF EXISTS "leases";--> statement-breakpoint
DROP TABLE IF EXISTS "emergency_actions";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."module_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."emergency_action";
