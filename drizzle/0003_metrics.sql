CREATE TABLE "system_metrics" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"taken_at" timestamp with time zone DEFAULT now() NOT NULL,
	"instance_id" text NOT NULL,
	"cpu_percent" real NOT NULL,
	"rss_bytes" bigint NOT NULL,
	"heap_used_bytes" bigint NOT NULL,
	"event_loop_p99_ms" real NOT NULL,
	"http_requests_per_second" real NOT NULL,
	"http_error_rate" real NOT NULL,
	"http_p95_ms" real NOT NULL,
	"realtime_connections" integer NOT NULL,
	"modules_online" integer NOT NULL,
	"modules_total" integer NOT NULL,
	"modules_avg_load" real NOT NULL,
	"ai_requests_per_hour" real NOT NULL,
	"ai_tokens_per_hour" real NOT NULL,
	"ai_cost_per_hour" real NOT NULL
);
--> statement-breakpoint
CREATE TABLE "system_metrics_1m" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"samples" integer NOT NULL,
	"instance_id" text NOT NULL,
	"cpu_percent" real NOT NULL,
	"rss_bytes" bigint NOT NULL,
	"heap_used_bytes" bigint NOT NULL,
	"event_loop_p99_ms" real NOT NULL,
	"http_requests_per_second" real NOT NULL,
	"http_error_rate" real NOT NULL,
	"http_p95_ms" real NOT NULL,
	"realtime_connections" integer NOT NULL,
	"modules_online" integer NOT NULL,
	"modules_total" integer NOT NULL,
	"modules_avg_load" real NOT NULL,
	"ai_requests_per_hour" real NOT NULL,
	"ai_tokens_per_hour" real NOT NULL,
	"ai_cost_per_hour" real NOT NULL
);
--> statement-breakpoint
CREATE INDEX "system_metrics_taken_idx" ON "system_metrics" USING btree ("taken_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "system_metrics_1m_bucket_key" ON "system_metrics_1m" USING btree ("bucket","instance_id");