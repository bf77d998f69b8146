CREATE TABLE "module_uptime_daily" (
	"module_id" uuid NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"probes" integer NOT NULL,
	"up" integer NOT NULL,
	"degraded" integer NOT NULL,
	"down" integer NOT NULL,
	"latency_avg_ms" real,
	"latency_p95_ms" real,
	"latency_min_ms" integer,
	"latency_max_ms" integer,
	CONSTRAINT "module_uptime_daily_pkey" PRIMARY KEY("module_id","bucket")
);
--> statement-breakpoint
CREATE TABLE "module_uptime_hourly" (
	"module_id" uuid NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"probes" integer NOT NULL,
	"up" integer NOT NULL,
	"degraded" integer NOT NULL,
	"down" integer NOT NULL,
	"latency_avg_ms" real,
	"latency_p95_ms" real,
	"latency_min_ms" integer,
	"latency_max_ms" integer,
	CONSTRAINT "module_uptime_hourly_pkey" PRIMARY KEY("module_id","bucket")
);
--> statement-breakpoint
ALTER TABLE "modules" ADD COLUMN "public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "module_uptime_daily" ADD CONSTRAINT "module_uptime_daily_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "module_uptime_hourly" ADD CONSTRAINT "module_uptime_hourly_module_id_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "module_uptime_daily_bucket_idx" ON "module_uptime_daily" USING btree ("bucket");--> statement-breakpoint
CREATE INDEX "module_uptime_hourly_bucket_idx" ON "module_uptime_hourly" USING btree ("bucket");