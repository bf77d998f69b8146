DROP TABLE IF EXISTS "alert_deliveries";--> statement-breakpoint
DROP TABLE IF EXISTS "alert_outbox";--> statement-breakpoint
DROP TABLE IF EXISTS "alert_channels";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."alert_outbox_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."alert_channel_kind";
