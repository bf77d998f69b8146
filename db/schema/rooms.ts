/**
 * Collaboration rooms: people and AI agents working together. Rooms, their members (people) and
 * agents, and the messages posted in them (docs/decisions/008-collaboration-rooms.md).
 */
import {
  index,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./accounts.ts";
import { createdAt, timestamps } from "./columns.ts";

/** An AI participant, defined by an admin or operator: a persona and the work it prefers. */
export const agents = pgTable(
  "agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** How people address it in a message: `@Name`. Unique without regard to case. */
    name: text("name").notNull(),
    /** Its system prompt. */
    persona: text("persona").notNull(),
    /** The kind of work SAGE chooses a model for when this agent answers. */
    taskKind: text("task_kind"),
    /** A model to use instead of choosing one. */
    model: text("model"),
    specialisation: text("specialisation"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    ...timestamps,
  },
  (t) => [uniqueIndex("agents_name_key").on(t.name)],
);

export const rooms = pgTable("rooms", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  topic: text("topic").notNull().default(""),
  createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
  ...timestamps,
});

export const roomMemberRoles = ["owner", "member"] as const;
export const roomMemberRoleEnum = pgEnum("room_member_role", roomMemberRoles);

export const roomMembers = pgTable(
  "room_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: roomMemberRoleEnum("role").notNull().default("member"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("room_members_room_user_key").on(t.roomId, t.userId),
    index("room_members_user_idx").on(t.userId),
  ],
);

export const roomAgents = pgTable(
  "room_agents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    agentId: uuid("agent_id")
      .notNull()
      .references(() => agents.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("room_agents_room_agent_key").on(t.roomId, t.agentId)],
);

/** message: a person's post; agent: an agent's reply or proposal; plan: a synthesised plan. */
export const roomMessageKinds = ["message", "agent", "plan"] as const;
export const roomMessageKindEnum = pgEnum("room_message_kind", roomMessageKinds);

export interface RoomMessageMeta {
  model?: string;
  /** The reply was stopped (by a person or the emergency switch) before it was complete. */
  stopped?: boolean;
  /** The instance shut down while the reply was being written: what it wrote so far is kept. */
  interrupted?: boolean;
  error?: string;
  /** Proposals and their plan share the id of the "solve together" round that made them. */
  solveId?: string;
  problem?: string;
  goalRunId?: string;
}

export const roomMessages = pgTable(
  "room_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    kind: roomMessageKindEnum("kind").notNull().default("message"),
    authorUserId: uuid("author_user_id").references(() => users.id, { onDelete: "set null" }),
    authorAgentId: uuid("author_agent_id").references(() => agents.id, { onDelete: "set null" }),
    /** The author's name when it was posted (people and agents are renamed, or deleted). */
    authorName: text("author_name").notNull(),
    body: text("body").notNull(),
    meta: jsonb("meta").$type<RoomMessageMeta>().notNull().default({}),
    /** The client's Idempotency-Key: a retried post finds the message it already made. */
    idempotencyKey: text("idempotency_key"),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    index("room_messages_room_created_idx").on(t.roomId, t.createdAt, t.id),
    uniqueIndex("room_messages_idempotency_key").on(t.roomId, t.authorUserId, t.idempotencyKey),
  ],
);

/**
 * A reply being written, one row from its start until it is stored as a message: which instance
 * writes it and when that instance last said so, whether someone asked it to stop (from any
 * instance), and what it has written so far (as of its last heartbeat), so a reply whose
 * instance died is still stored.
 */
export const roomReplies = pgTable(
  "room_replies",
  {
    /** The stream's id, which becomes the stored message's id. */
    streamId: uuid("stream_id").primaryKey(),
    roomId: uuid("room_id")
      .notNull()
      .references(() => rooms.id, { onDelete: "cascade" }),
    agentId: uuid("agent_id").references(() => agents.id, { onDelete: "set null" }),
    agentName: text("agent_name").notNull(),
    kind: roomMessageKindEnum("kind").notNull().default("agent"),
    meta: jsonb("meta").$type<RoomMessageMeta>().notNull().default({}),
    body: text("body").notNull().default(""),
    ownerInstance: text("owner_instance").notNull(),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
    stopRequestedAt: timestamp("stop_requested_at", { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("room_replies_heartbeat_idx").on(t.heartbeatAt)],
);
