ALTER TABLE "modules" DROP COLUMN IF EXISTS "probe_claimed_until";--> statement-breakpoint
ALTER TABLE "modules" DROP COLUMN IF EXISTS "probe_started_at";
