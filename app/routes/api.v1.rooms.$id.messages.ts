import { z } from "zod/v4";
import { ApiError, defineApi, operation, success } from "#app/api/api.server.ts";
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
    handler: async ({ params, query, actor, context }) => {
      await requireMember(context.services, params.id, actor.user.id);
      const page = await listMessages(context.services, params.id, query);
      return success(context, page.items, { meta: { nextCursor: page.nextCursor } });
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
    status: 201,
    errors: [404, 409],
    response: roomMessagePublicSchema,
    handler: async ({ params, body, actor, request, context }) => {
      const header = request.headers.get("idempotency-key");
      let idempotencyKey: string | null = null;
      if (header !== null) {
        const parsed = idempotencyKeySchema.safeParse(header);
        if (!parsed.success) {
          throw new ApiError(400, "VALIDATION_FAILED", parsed.error.issues[0]!.message);
        }
        idempotencyKey = parsed.data;
      }
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
