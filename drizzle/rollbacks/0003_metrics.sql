DROP TABLE IF EXISTS "system_metrics_1m";--> statement-breakpoint
DROP TABLE IF EXISTS "system_metrics";
