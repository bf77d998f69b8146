import { z } from "zod/v4";
import { defineApi, operation, success } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { postAndAnswer } from "#app/rooms/replies.server.ts";
import {
  listMessages,
  messageQuerySchema,
  requireMember,
  roomMessagePublicSchema,
} from "#app/rooms/rooms.server.ts";
import { idempotencyKeySchema, messageInputSchema } from "#app/rooms/schemas.ts";

export const api = defineApi("/rooms/{id}/messages", {
  GET: operation({
    id: "listRoomMessages",
    access: "read",
    summary: "A room's messages (members only)",
    description:
      "Without `since`: the newest `limit` messages (before `cursor`), oldest first, with `meta.nextCursor` for older ones. With `since` (a message's `cursor`): the messages after it, oldest first, with `meta.nextCursor` to pass as the next `since`. Clients call this with the last message they saw on every reconnect.",
    tags: ["rooms"],
    params: idParams,
    query: messageQuerySchema,
    errors: [404],
    response: z.array(roomMessagePublicSchema),
    list: true,
    handler: async ({ params, query, actor, context }) => {
      await requireMember(context.services, params.id, actor.user.id);
      const page = await listMessages(context.services, params.id, query);
      return { items: page.items, nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "postRoomMessage",
    access: "write",
    summary: "Post a message (members who may write); mentioned agents (@Name) answer",
    description:
      "Send an `Idempotency-Key` header (a UUID per message): a retry with the same key answers 200 with the message already stored instead of storing another (201). The same key with a different body is a 409. The message is stored, then pushed to the room. Agents mentioned as `@Name` answer when the author may run AI work (operators, admins) and AI work is not paused; their replies stream to the room and are listed in `meta.replies`.",
    tags: ["rooms"],
    params: idParams,
    body: messageInputSchema,
    headers: z.object({
      "Idempotency-Key": idempotencyKeySchema
        .optional()
        .describe("One key per message (a UUID): a retry with it stores nothing new."),
    }),
    status: 201,
    alsoStatus: {
      200: "A retry with an Idempotency-Key already used for this message: the message stored then (`meta.replayed` is true), nothing stored again.",
    },
    meta: z.object({
      replayed: z.boolean().describe("True when this answer is a retry's: nothing new was stored."),
      replies: z
        .array(z.object({ agentId: z.string(), agentName: z.string(), streamId: z.string() }))
        .describe("The agents answering, each with the stream its reply comes on."),
      notice: z
        .string()
        .nullable()
        .describe("Why mentioned agents do not answer, when they do not."),
    }),
    errors: [404, 409],
    response: roomMessagePublicSchema,
    handler: async ({ params, body, actor, headers, context }) => {
      const idempotencyKey = headers["Idempotency-Key"] ?? null;
      const result = await postAndAnswer(
        context.services,
        params.id,
        { body: body.body, idempotencyKey },
        {
          id: actor.user.id,
          name: actor.user.name,
          role: actor.role,
          requestId: context.requestId,
        },
      );
      return success(context, result.message, {
        status: result.created ? 201 : 200,
        meta: { replayed: !result.created, replies: result.replies, notice: result.notice },
      });
    },
  }),
});

export const { loader, action } = api;
