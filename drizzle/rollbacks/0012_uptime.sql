DROP TABLE IF EXISTS "module_uptime_hourly";--> statement-breakpoint
DROP TABLE IF EXISTS "module_uptime_daily";--> statement-breakpoint
ALTER TABLE "modules" DROP COLUMN IF EXISTS "public";
