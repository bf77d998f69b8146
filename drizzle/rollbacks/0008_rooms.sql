DROP TABLE IF EXISTS "room_messages";--> statement-breakpoint
DROP TABLE IF EXISTS "room_agents";--> statement-breakpoint
DROP TABLE IF EXISTS "room_members";--> statement-breakpoint
DROP TABLE IF EXISTS "rooms";--> statement-breakpoint
DROP TABLE IF EXISTS "agents";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."room_message_kind";--> statement-breakpoint
DROP TYPE IF EXISTS "public"."room_member_role";
