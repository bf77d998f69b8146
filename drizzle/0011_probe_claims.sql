ALTER TABLE "modules" ADD COLUMN "probe_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "modules" ADD COLUMN "probe_claimed_until" timestamp with time zone;--> statement-breakpoint
-- Modules keep their cadence across the upgrade: the next probe is due an interval after the last.
UPDATE "modules" SET "probe_started_at" = "last_probe_at";
