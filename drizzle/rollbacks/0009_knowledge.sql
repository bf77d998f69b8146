DROP TABLE IF EXISTS "kg_changes";--> statement-breakpoint
DROP TABLE IF EXISTS "kg_contradictions";--> statement-breakpoint
DROP TABLE IF EXISTS "kg_node_sources";--> statement-breakpoint
DROP TABLE IF EXISTS "kg_edges";--> statement-breakpoint
DROP TABLE IF EXISTS "kg_sources";--> statement-breakpoint
DROP TABLE IF EXISTS "kg_nodes";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_change_op";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_contradiction_status";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_detector";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_entity_type";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_node_kind";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_relation";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_resolution";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_source_type";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_stance";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."kg_verification";
