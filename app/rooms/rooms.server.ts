import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod/v4";
import type { ActingAs } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import {
  afterCursor,
  type Cursor,
  cursorTime,
  decodeCursor,
  encodeCursor,
  pageOf,
  pageQuerySchema,
  withCursor,
} from "#app/api/pagination.server.ts";
import { named } from "#app/api/schema-registry.ts";
import type { Realtime } from "#app/realtime/realtime.server.ts";
import { COLLAB_PARTY } from "#app/realtime/room-token.ts";
import {
  ConflictError,
  ForbiddenError,
  InvalidFieldError,
  isForeignKeyViolation,
  NotFoundError,
} from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import {
  agents,
  roomAgents,
  roomMemberRoles,
  roomMembers,
  roomMessageKinds,
  roomMessages,
  rooms,
  users,
} from "#db/schema/index.ts";
import { renderMarkdown } from "./markdown.server.ts";
import type { memberInputSchema, roomInputSchema, roomPatchSchema } from "./schemas.ts";

/**
 * Collaboration rooms, their members and messages. Every write is persisted first, then pushed
 * to the room's collab party for everyone connected; the party never stores anything
 * (docs/decisions/008-collaboration-rooms.md).
 */

type Deps = { database: DatabaseHandle; realtime: Realtime; events: DomainEvents };
export type RoomRow = typeof rooms.$inferSelect;
export type MessageRow = typeof roomMessages.$inferSelect;
export type MemberRole = (typeof roomMemberRoles)[number];

/** Who is acting in a room: the signed-in person. */
export interface RoomActor {
  user: { id: string; name: string; email: string };
}

// ---------------------------------------------------------------------------------------------
// Public shapes

export const roomPublicSchema = named(
  "Room",
  z.object({
    id: z.uuid(),
    name: z.string(),
    topic: z.string(),
    createdBy: z.uuid().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    myRole: z.enum(roomMemberRoles).describe("The caller's role in the room."),
  }),
);

export const roomMemberPublicSchema = named(
  "RoomMember",
  z.object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(roomMemberRoles),
    joinedAt: z.iso.datetime(),
  }),
);

export const roomAgentPublicSchema = named(
  "RoomAgent",
  z.object({
    agentId: z.uuid(),
    name: z.string(),
    specialisation: z.string().nullable(),
    addedAt: z.iso.datetime(),
  }),
);

export const roomDetailSchema = named(
  "RoomDetail",
  roomPublicSchema.extend({
    members: z.array(roomMemberPublicSchema),
    agents: z.array(roomAgentPublicSchema),
  }),
);

export const roomMessagePublicSchema = named(
  "RoomMessage",
  z.object({
    id: z.uuid(),
    roomId: z.uuid(),
    kind: z.enum(roomMessageKinds),
    author: z.object({
      type: z.enum(["user", "agent"]),
      id: z.uuid().nullable(),
      name: z.string(),
    }),
    body: z.string().describe("Markdown, as written."),
    html: z.string().describe("The body rendered and sanitised."),
    meta: z.record(z.string(), z.unknown()),
    editedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    cursor: z.string().describe("Pass as `since` to get the messages after this one."),
  }),
);

export type PublicRoom = z.infer<typeof roomPublicSchema>;
export type PublicMember = z.infer<typeof roomMemberPublicSchema>;
export type PublicRoomAgent = z.infer<typeof roomAgentPublicSchema>;
export type PublicMessage = z.infer<typeof roomMessagePublicSchema>;

export function toPublicRoom(row: RoomRow, myRole: MemberRole): PublicRoom {
  return {
    id: row.id,
    name: row.name,
    topic: row.topic,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    myRole,
  };
}

/** A message as read with its exact time (`withCursor`), which its `cursor` holds. */
export type CursoredMessage = MessageRow & Cursor;

export function toPublicMessage(row: CursoredMessage): PublicMessage {
  return {
    id: row.id,
    roomId: row.roomId,
    kind: row.kind,
    author: row.authorAgentId
      ? { type: "agent", id: row.authorAgentId, name: row.authorName }
      : {
          type: row.kind === "message" ? "user" : "agent",
          id: row.authorUserId,
          name: row.authorName,
        },
    body: row.body,
    html: renderMarkdown(row.body),
    meta: row.meta as Record<string, unknown>,
    editedAt: row.editedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    cursor: encodeCursor(row),
  };
}

// ---------------------------------------------------------------------------------------------
// Realtime

/** Pushes an event into a room's party. Never throws; clients catch up on reconnect. */
export function pushToRoom(
  deps: { realtime: Realtime },
  roomId: string,
  type: string,
  data: unknown,
): Promise<boolean> {
  return deps.realtime.publish(COLLAB_PARTY, roomId, { type, data });
}

// ---------------------------------------------------------------------------------------------
// Rooms and membership

export async function membershipOf(
  deps: { database: DatabaseHandle },
  roomId: string,
  userId: string,
): Promise<MemberRole | null> {
  const [row] = await deps.database.db
    .select({ role: roomMembers.role })
    .from(roomMembers)
    .where(and(eq(roomMembers.roomId, roomId), eq(roomMembers.userId, userId)))
    .limit(1);
  return row?.role ?? null;
}

/**
 * The room, if the person is a member. Otherwise a 404: whether a room exists is itself only for
 * its members.
 */
export async function requireMember(
  deps: { database: DatabaseHandle },
  roomId: string,
  userId: string,
): Promise<{ room: RoomRow; role: MemberRole }> {
  const [row] = await deps.database.db
    .select({ room: rooms, role: roomMembers.role })
    .from(rooms)
    .innerJoin(roomMembers, eq(roomMembers.roomId, rooms.id))
    .where(and(eq(rooms.id, roomId), eq(roomMembers.userId, userId)))
    .limit(1);
  if (!row) throw new NotFoundError("No such room, or you are not a member.");
  return row;
}

export async function requireOwner(
  deps: { database: DatabaseHandle },
  roomId: string,
  userId: string,
) {
  const membership = await requireMember(deps, roomId, userId);
  if (membership.role !== "owner") {
    throw new ForbiddenError("Only the room's owners may do this.");
  }
  return membership;
}

export const roomQuerySchema = pageQuerySchema;

/** The rooms this person is a member of, newest first. */
export async function listRooms(
  deps: { database: DatabaseHandle },
  userId: string,
  page: { limit: number; cursor?: string },
) {
  const rows = await deps.database.db
    .select({ room: rooms, role: roomMembers.role, cursorAt: cursorTime(rooms.createdAt) })
    .from(rooms)
    .innerJoin(roomMembers, eq(roomMembers.roomId, rooms.id))
    .where(and(eq(roomMembers.userId, userId), afterCursor(page.cursor, rooms)))
    .orderBy(desc(rooms.createdAt), desc(rooms.id))
    .limit(page.limit + 1);
  const flat = rows.map((r) => ({ ...r.room, role: r.role, cursorAt: r.cursorAt }));
  const { items, nextCursor } = pageOf(flat, page.limit);
  return { items: items.map((r) => toPublicRoom(r, r.role)), nextCursor };
}

export async function createRoom(
  deps: Deps,
  input: z.output<typeof roomInputSchema>,
  actor: ActingAs & { id: string },
): Promise<PublicRoom> {
  const room = await deps.database.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(rooms)
      .values({ name: input.name, topic: input.topic, createdBy: actor.id })
      .returning();
    await tx.insert(roomMembers).values({ roomId: created!.id, userId: actor.id, role: "owner" });
    return created!;
  });
  await recordActivity(
    deps.database.db,
    {
      type: "room.created",
      actor,
      subject: { type: "room", id: room.id },
      summary: `${actor.label} opened a collaboration room`,
    },
    deps.events,
  );
  return toPublicRoom(room, "owner");
}

export async function listMembers(
  deps: { database: DatabaseHandle },
  roomId: string,
): Promise<PublicMember[]> {
  const rows = await deps.database.db
    .select({
      userId: roomMembers.userId,
      role: roomMembers.role,
      joinedAt: roomMembers.createdAt,
      name: users.name,
      email: users.email,
    })
    .from(roomMembers)
    .innerJoin(users, eq(users.id, roomMembers.userId))
    .where(eq(roomMembers.roomId, roomId))
    .orderBy(asc(roomMembers.createdAt), asc(roomMembers.id));
  return rows.map((r) => ({ ...r, joinedAt: r.joinedAt.toISOString() }));
}

export async function listRoomAgents(
  deps: { database: DatabaseHandle },
  roomId: string,
): Promise<PublicRoomAgent[]> {
  const rows = await deps.database.db
    .select({
      agentId: agents.id,
      name: agents.name,
      specialisation: agents.specialisation,
      addedAt: roomAgents.createdAt,
    })
    .from(roomAgents)
    .innerJoin(agents, eq(agents.id, roomAgents.agentId))
    .where(eq(roomAgents.roomId, roomId))
    .orderBy(asc(roomAgents.createdAt), asc(roomAgents.id));
  return rows.map((r) => ({ ...r, addedAt: r.addedAt.toISOString() }));
}

export async function getRoomDetail(
  deps: { database: DatabaseHandle },
  roomId: string,
  userId: string,
) {
  const { room, role } = await requireMember(deps, roomId, userId);
  const [members, roomAgentList] = await Promise.all([
    listMembers(deps, roomId),
    listRoomAgents(deps, roomId),
  ]);
  return { ...toPublicRoom(room, role), members, agents: roomAgentList };
}

export async function updateRoom(
  deps: Deps,
  roomId: string,
  patch: z.output<typeof roomPatchSchema>,
  actor: ActingAs & { id: string },
): Promise<PublicRoom> {
  await requireOwner(deps, roomId, actor.id);
  const [room] = await deps.database.db
    .update(rooms)
    .set({
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.topic !== undefined ? { topic: patch.topic } : {}),
    })
    .where(eq(rooms.id, roomId))
    .returning();
  // Deleted after the ownership check: gone, as a 404 (never a write to nothing).
  if (!room) throw new NotFoundError("No such room, or you are not a member.");
  await recordActivity(
    deps.database.db,
    {
      type: "room.updated",
      actor,
      subject: { type: "room", id: roomId },
      summary: `${actor.label} changed a collaboration room`,
      data: { changed: Object.keys(patch) },
    },
    deps.events,
  );
  const publicRoom = toPublicRoom(room, "owner");
  void pushToRoom(deps, roomId, "room", { name: room.name, topic: room.topic });
  return publicRoom;
}

export async function deleteRoom(deps: Deps, roomId: string, actor: ActingAs & { id: string }) {
  const { room } = await requireOwner(deps, roomId, actor.id);
  await deps.database.db.delete(rooms).where(eq(rooms.id, roomId));
  await recordActivity(
    deps.database.db,
    {
      type: "room.deleted",
      actor,
      subject: { type: "room", id: roomId },
      summary: `${actor.label} closed a collaboration room`,
    },
    deps.events,
  );
  void pushToRoom(deps, roomId, "room-deleted", { id: roomId });
  return toPublicRoom(room, "owner");
}

export async function addMember(
  deps: Deps,
  roomId: string,
  input: z.output<typeof memberInputSchema>,
  actor: ActingAs & { id: string },
): Promise<PublicMember> {
  await requireOwner(deps, roomId, actor.id);
  const [user] = await deps.database.db
    .select()
    .from(users)
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!user || user.disabled) {
    throw new InvalidFieldError([{ in: "body", path: "userId", message: "No such user." }]);
  }
  const [row] = await deps.database.db
    .insert(roomMembers)
    .values({ roomId, userId: input.userId, role: input.role })
    .onConflictDoUpdate({
      target: [roomMembers.roomId, roomMembers.userId],
      set: { role: input.role },
    })
    .returning()
    .catch((error: unknown) => {
      // The room was deleted after the ownership check.
      if (isForeignKeyViolation(error)) {
        throw new NotFoundError("No such room, or you are not a member.");
      }
      throw error;
    });
  await recordActivity(
    deps.database.db,
    {
      type: "room.member_added",
      actor,
      subject: { type: "room", id: roomId },
      summary: `${actor.label} invited ${user.email} to a collaboration room as ${input.role}`,
      data: { userId: user.id, role: input.role },
    },
    deps.events,
  );
  const member = {
    userId: user.id,
    name: user.name,
    email: user.email,
    role: row!.role,
    joinedAt: row!.createdAt.toISOString(),
  };
  // Awaited: the party must forget an earlier removal before this person connects again.
  await pushToRoom(deps, roomId, "member-added", member);
  return member;
}

/** Owners remove anyone; everyone may leave. The last owner cannot go. */
export async function removeMember(
  deps: Deps,
  roomId: string,
  userId: string,
  actor: ActingAs & { id: string },
) {
  const { role } = await requireMember(deps, roomId, actor.id);
  if (userId !== actor.id && role !== "owner") {
    throw new ForbiddenError("Only the room's owners may remove someone else.");
  }
  const members = await listMembers(deps, roomId);
  const target = members.find((m) => m.userId === userId);
  if (!target) throw new NotFoundError("That person is not a member of this room.");
  if (target.role === "owner" && members.filter((m) => m.role === "owner").length === 1) {
    throw new ConflictError("The last owner cannot leave: make someone else an owner first.");
  }
  await deps.database.db
    .delete(roomMembers)
    .where(and(eq(roomMembers.roomId, roomId), eq(roomMembers.userId, userId)));
  await recordActivity(
    deps.database.db,
    {
      type: "room.member_removed",
      actor,
      subject: { type: "room", id: roomId },
      summary:
        userId === actor.id
          ? `${actor.label} left a collaboration room`
          : `${actor.label} removed ${target.email} from a collaboration room`,
      data: { userId },
    },
    deps.events,
  );
  // The party closes that person's sockets: membership ends now, not when their token expires.
  await pushToRoom(deps, roomId, "member-removed", { userId });
}

export async function addRoomAgent(
  deps: Deps,
  roomId: string,
  agentId: string,
  actor: ActingAs & { id: string },
): Promise<PublicRoomAgent> {
  await requireOwner(deps, roomId, actor.id);
  const [agent] = await deps.database.db.select().from(agents).where(eq(agents.id, agentId));
  if (!agent) {
    throw new InvalidFieldError([{ in: "body", path: "agentId", message: "No such agent." }]);
  }
  await deps.database.db.insert(roomAgents).values({ roomId, agentId }).onConflictDoNothing();
  const [row] = await deps.database.db
    .select()
    .from(roomAgents)
    .where(and(eq(roomAgents.roomId, roomId), eq(roomAgents.agentId, agentId)));
  await recordActivity(
    deps.database.db,
    {
      type: "room.agent_added",
      actor,
      subject: { type: "room", id: roomId },
      summary: `${actor.label} added the agent ${agent.name} to a collaboration room`,
      data: { agentId },
    },
    deps.events,
  );
  const added = {
    agentId,
    name: agent.name,
    specialisation: agent.specialisation,
    addedAt: row!.createdAt.toISOString(),
  };
  void pushToRoom(deps, roomId, "agent-added", added);
  return added;
}

export async function removeRoomAgent(
  deps: Deps,
  roomId: string,
  agentId: string,
  actor: ActingAs & { id: string },
) {
  await requireOwner(deps, roomId, actor.id);
  const removed = await deps.database.db
    .delete(roomAgents)
    .where(and(eq(roomAgents.roomId, roomId), eq(roomAgents.agentId, agentId)))
    .returning();
  if (removed.length === 0) throw new NotFoundError("That agent is not in this room.");
  await recordActivity(
    deps.database.db,
    {
      type: "room.agent_removed",
      actor,
      subject: { type: "room", id: roomId },
      summary: `${actor.label} removed an agent from a collaboration room`,
      data: { agentId },
    },
    deps.events,
  );
  void pushToRoom(deps, roomId, "agent-removed", { agentId });
}

// ---------------------------------------------------------------------------------------------
// Messages

export const messageQuerySchema = pageQuerySchema.extend({
  since: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,200}$/, "since is a message's cursor")
    .refine((value) => decodeCursor(value) !== null, "since is a message's cursor")
    .optional()
    .describe(
      "A message's `cursor`: the messages after it, oldest first (catching up after a reconnect).",
    ),
});

/**
 * History. Without `since`: the newest `limit` messages before `cursor`, returned oldest first so
 * they read top to bottom, with `nextCursor` for older ones. With `since`: the messages after it,
 * oldest first, with `nextCursor` (a `since` value) when there are more.
 */
export async function listMessages(
  deps: { database: DatabaseHandle },
  roomId: string,
  query: { limit: number; cursor?: string; since?: string },
) {
  const db = deps.database.db;
  if (query.since) {
    const rows = await db
      .select(withCursor(roomMessages))
      .from(roomMessages)
      .where(and(eq(roomMessages.roomId, roomId), afterCursor(query.since, roomMessages, false)))
      .orderBy(asc(roomMessages.createdAt), asc(roomMessages.id))
      .limit(query.limit + 1);
    const { items, nextCursor } = pageOf(rows, query.limit);
    return { items: items.map(toPublicMessage), nextCursor };
  }
  const rows = await db
    .select(withCursor(roomMessages))
    .from(roomMessages)
    .where(and(eq(roomMessages.roomId, roomId), afterCursor(query.cursor, roomMessages)))
    .orderBy(desc(roomMessages.createdAt), desc(roomMessages.id))
    .limit(query.limit + 1);
  const { items, nextCursor } = pageOf(rows, query.limit);
  return { items: items.reverse().map(toPublicMessage), nextCursor };
}

/** The Idempotency-Key was used before for a different message. */
export class IdempotencyConflictError extends ConflictError {}

/**
 * Posts a person's message. With an idempotency key, a retry (same person, room and key) answers
 * with the message already stored instead of storing another; `created` says which.
 */
export async function postMessage(
  deps: Deps,
  roomId: string,
  input: { body: string; idempotencyKey?: string | null },
  author: { id: string; name: string },
): Promise<{ message: PublicMessage; created: boolean }> {
  await requireMember(deps, roomId, author.id);
  const db = deps.database.db;
  const key = input.idempotencyKey ?? null;
  const [inserted] = await db
    .insert(roomMessages)
    .values({
      roomId,
      kind: "message",
      authorUserId: author.id,
      authorName: author.name,
      body: input.body,
      idempotencyKey: key,
    })
    .onConflictDoNothing()
    .returning(withCursor(roomMessages));
  if (!inserted) {
    const [existing] = await db
      .select(withCursor(roomMessages))
      .from(roomMessages)
      .where(
        and(
          eq(roomMessages.roomId, roomId),
          eq(roomMessages.authorUserId, author.id),
          eq(roomMessages.idempotencyKey, key ?? ""),
        ),
      )
      .limit(1);
    if (!existing) throw new Error("idempotent insert found neither a new nor an old row");
    if (existing.body !== input.body) {
      throw new IdempotencyConflictError(
        "This Idempotency-Key was already used for a different message: use a new key.",
      );
    }
    return { message: toPublicMessage(existing), created: false };
  }
  const message = toPublicMessage(inserted);
  await pushToRoom(deps, roomId, "message", message);
  return { message, created: true };
}

/** Stores an agent's finished reply (or a plan) and pushes it. */
export async function storeAgentMessage(
  deps: Deps,
  input: {
    id: string;
    roomId: string;
    kind: "agent" | "plan";
    agentId: string | null;
    agentName: string;
    body: string;
    meta: MessageRow["meta"];
  },
): Promise<PublicMessage | null> {
  const [row] = await deps.database.db
    .insert(roomMessages)
    .values({
      id: input.id,
      roomId: input.roomId,
      kind: input.kind,
      authorAgentId: input.agentId,
      authorName: input.agentName,
      body: input.body,
      meta: input.meta,
    })
    .returning(withCursor(roomMessages))
    .catch((error: unknown) => {
      // The room was deleted while the agent was writing: nothing to keep.
      if (/foreign key/i.test(String((error as Error).message))) return [];
      throw error;
    });
  if (!row) return null;
  const message = toPublicMessage(row);
  await pushToRoom(deps, input.roomId, "message", message);
  return message;
}

async function ownMessage(deps: Deps, roomId: string, messageId: string, userId: string) {
  const { role } = await requireMember(deps, roomId, userId);
  const [row] = await deps.database.db
    .select()
    .from(roomMessages)
    .where(and(eq(roomMessages.id, messageId), eq(roomMessages.roomId, roomId)))
    .limit(1);
  if (!row) throw new NotFoundError("No such message in this room.");
  return { row, role };
}

export async function editMessage(
  deps: Deps,
  roomId: string,
  messageId: string,
  body: string,
  userId: string,
): Promise<PublicMessage> {
  const { row } = await ownMessage(deps, roomId, messageId, userId);
  if (row.authorUserId !== userId || row.kind !== "message") {
    throw new ForbiddenError("Only its author may edit a message.");
  }
  const [updated] = await deps.database.db
    .update(roomMessages)
    .set({ body, editedAt: new Date() })
    .where(eq(roomMessages.id, messageId))
    .returning(withCursor(roomMessages));
  const message = toPublicMessage(updated!);
  await pushToRoom(deps, roomId, "message-edited", message);
  return message;
}

/** Authors delete their own messages; room owners may delete any (moderation). */
export async function deleteMessage(
  deps: Deps,
  roomId: string,
  messageId: string,
  userId: string,
  moderatorLabel?: string,
): Promise<void> {
  const { row, role } = await ownMessage(deps, roomId, messageId, userId);
  if (row.authorUserId !== userId && role !== "owner") {
    throw new ForbiddenError("Only its author or a room owner may delete a message.");
  }
  await deps.database.db.delete(roomMessages).where(eq(roomMessages.id, messageId));
  if (row.authorUserId !== userId) {
    // Moderation is recorded (never the message itself: rooms are private to their members).
    await recordActivity(
      deps.database.db,
      {
        type: "room.message_removed",
        actor: { id: userId, label: moderatorLabel ?? userId },
        subject: { type: "room", id: roomId },
        summary: `${moderatorLabel ?? "A room owner"} removed a message by ${row.authorName}`,
        data: { messageId },
      },
      deps.events,
    );
  }
  await pushToRoom(deps, roomId, "message-deleted", { id: messageId });
}

export async function getMessage(deps: { database: DatabaseHandle }, roomId: string, id: string) {
  const [row] = await deps.database.db
    .select()
    .from(roomMessages)
    .where(and(eq(roomMessages.id, id), eq(roomMessages.roomId, roomId)))
    .limit(1);
  if (!row) throw new NotFoundError("No such message in this room.");
  return row;
}

/** The newest messages of a room, oldest first: an agent's context. */
export async function recentMessages(
  deps: { database: DatabaseHandle },
  roomId: string,
  limit: number,
): Promise<MessageRow[]> {
  const rows = await deps.database.db
    .select()
    .from(roomMessages)
    .where(eq(roomMessages.roomId, roomId))
    .orderBy(desc(roomMessages.createdAt), desc(roomMessages.id))
    .limit(limit);
  return rows.reverse();
}

/** Agents in the room named by `@Name` in a message (case-insensitive), at most 3. */
export async function mentionedAgents(
  deps: { database: DatabaseHandle },
  roomId: string,
  body: string,
) {
  const names = new Set(
    [...body.matchAll(/(?:^|[^\w@])@([A-Za-z][A-Za-z0-9_-]{0,39})/g)].map((m) =>
      m[1]!.toLowerCase(),
    ),
  );
  if (names.size === 0) return [];
  const rows = await deps.database.db
    .select({ agent: agents })
    .from(roomAgents)
    .innerJoin(agents, eq(agents.id, roomAgents.agentId))
    .where(and(eq(roomAgents.roomId, roomId), inArray(sql`lower(${agents.name})`, [...names])));
  return rows.map((r) => r.agent).slice(0, 3);
}
