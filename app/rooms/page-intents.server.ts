import { type AppLoadContext, data, redirect } from "@remix-run/node";
import { z } from "zod/v4";
import { type Actor, actingAs, redirectWithToast } from "#app/accounts/auth.server.ts";
import { pageRefusal } from "#app/api/page-errors.server.ts";
import { createGoalRun } from "#app/sage/goal-run.server.ts";
import { ForbiddenError } from "#app/utils/domain-errors.ts";
import { can } from "#app/utils/permissions.ts";
import { type Asker, askAgent, postAndAnswer, solveInRoom, stopReply } from "./replies.server.ts";
import {
  addMember,
  addRoomAgent,
  deleteMessage,
  editMessage,
  getMessage,
  removeMember,
  removeRoomAgent,
  requireMember,
  updateRoom,
} from "./rooms.server.ts";
import {
  askInputSchema,
  idempotencyKeySchema,
  memberInputSchema,
  messageInputSchema,
  roomInputSchema,
  solveInputSchema,
} from "./schemas.ts";

/**
 * What a room's page can do from its forms (`intent` names which), one function each: the room
 * page's action parses the form, checks the room, and hands the input to one of these.
 */

const postSchema = z.object({
  intent: z.literal("post"),
  body: messageInputSchema.shape.body,
  idempotencyKey: idempotencyKeySchema.optional(),
});
const editSchema = z.object({
  intent: z.literal("edit"),
  messageId: z.uuid(),
  body: messageInputSchema.shape.body,
});
const deleteSchema = z.object({ intent: z.literal("delete"), messageId: z.uuid() });
const inviteSchema = z.object({ intent: z.literal("invite"), ...memberInputSchema.shape });
const removeMemberSchema = z.object({ intent: z.literal("remove-member"), userId: z.uuid() });
const addAgentSchema = z.object({
  intent: z.literal("add-agent"),
  agentId: z.uuid("pick an agent"),
});
const removeAgentSchema = z.object({ intent: z.literal("remove-agent"), agentId: z.uuid() });
const askSchema = z.object({ intent: z.literal("ask"), ...askInputSchema.shape });
const stopSchema = z.object({ intent: z.literal("stop"), streamId: z.uuid() });
const solveSchema = z.object({ intent: z.literal("solve"), ...solveInputSchema.shape });
const startGoalSchema = z.object({ intent: z.literal("start-goal"), messageId: z.uuid() });
const renameSchema = z.object({ intent: z.literal("rename"), ...roomInputSchema.shape });

const roomIntentSchema = z.discriminatedUnion("intent", [
  postSchema,
  editSchema,
  deleteSchema,
  inviteSchema,
  removeMemberSchema,
  addAgentSchema,
  removeAgentSchema,
  askSchema,
  stopSchema,
  solveSchema,
  startGoalSchema,
  renameSchema,
]);

export type RoomIntent = z.output<typeof roomIntentSchema>;

function formObject(formData: FormData) {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).map(String);
    out[key] = key === "agentIds" ? values : values[0];
    if (out[key] === "" && key !== "agentIds") delete out[key];
  }
  return out;
}

/** The form as one of the intents, or every problem with it in one sentence. */
export function parseRoomIntent(
  formData: FormData,
): { success: true; data: RoomIntent } | { success: false; error: string } {
  const parsed = roomIntentSchema.safeParse(formObject(formData));
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
      .join("; "),
  };
}

/** A form the page did not send as it should: a 400 with what is wrong. */
export function invalidIntent(error: string) {
  return data({ ok: false as const, error }, { status: 400 });
}

/** A domain refusal (4xx) as the page shows it; null for anything else (rethrow it). */
export function refusedIntent(error: unknown) {
  const refused = pageRefusal(error);
  if (!refused || refused.status >= 500) return null;
  const { issues, message } = refused;
  return data(
    {
      ok: false as const,
      error: issues.length ? issues.map((i) => i.message).join("; ") : message,
    },
    { status: refused.status },
  );
}

/** Who is acting in which room, for every intent. */
export interface RoomPage {
  request: Request;
  services: AppLoadContext["services"];
  room: { id: string; name: string };
  actor: Actor;
  acting: ReturnType<typeof actingAs>;
  asker: Asker;
}

export function roomPage(
  request: Request,
  context: AppLoadContext,
  actor: Actor,
  room: { id: string; name: string },
): RoomPage {
  return {
    request,
    services: context.services,
    room,
    actor,
    acting: actingAs(actor, context),
    asker: {
      id: actor.user.id,
      name: actor.user.name,
      role: actor.role,
      requestId: context.requestId,
    },
  };
}

function needs(page: RoomPage, permission: "write" | "ai:run") {
  if (!can(page.actor.role, permission)) {
    throw new ForbiddenError("Your role may not do this.");
  }
}

const done = () => ({ ok: true as const, notice: null });

export async function postIntent(page: RoomPage, input: z.output<typeof postSchema>) {
  needs(page, "write");
  const result = await postAndAnswer(
    page.services,
    page.room.id,
    { body: input.body, idempotencyKey: input.idempotencyKey },
    page.asker,
  );
  return { ok: true as const, notice: result.notice };
}

export async function editIntent(page: RoomPage, input: z.output<typeof editSchema>) {
  needs(page, "write");
  await editMessage(page.services, page.room.id, input.messageId, input.body, page.actor.user.id);
  return done();
}

export async function deleteIntent(page: RoomPage, input: z.output<typeof deleteSchema>) {
  needs(page, "write");
  await deleteMessage(
    page.services,
    page.room.id,
    input.messageId,
    page.actor.user.id,
    page.acting.label,
  );
  return done();
}

export async function inviteIntent(page: RoomPage, input: z.output<typeof inviteSchema>) {
  needs(page, "write");
  await addMember(
    page.services,
    page.room.id,
    { userId: input.userId, role: input.role },
    page.acting,
  );
  return done();
}

/** Removing someone else needs write; anyone may leave (and lands on the list of rooms). */
export async function removeMemberIntent(
  page: RoomPage,
  input: z.output<typeof removeMemberSchema>,
) {
  const self = input.userId === page.actor.user.id;
  if (!self) needs(page, "write");
  await removeMember(page.services, page.room.id, input.userId, page.acting);
  if (self) {
    return redirectWithToast(page.request, page.services, "/rooms", {
      tone: "info",
      title: `You left ${page.room.name}`,
    });
  }
  return done();
}

export async function addAgentIntent(page: RoomPage, input: z.output<typeof addAgentSchema>) {
  needs(page, "write");
  await addRoomAgent(page.services, page.room.id, input.agentId, page.acting);
  return done();
}

export async function removeAgentIntent(page: RoomPage, input: z.output<typeof removeAgentSchema>) {
  needs(page, "write");
  await removeRoomAgent(page.services, page.room.id, input.agentId, page.acting);
  return done();
}

export async function askIntent(page: RoomPage, input: z.output<typeof askSchema>) {
  needs(page, "ai:run");
  await askAgent(page.services, page.room.id, input, page.asker);
  return done();
}

export async function stopIntent(page: RoomPage, input: z.output<typeof stopSchema>) {
  needs(page, "write");
  await requireMember(page.services, page.room.id, page.actor.user.id);
  await stopReply(page.services, page.room.id, input.streamId);
  return done();
}

export async function solveIntent(page: RoomPage, input: z.output<typeof solveSchema>) {
  needs(page, "ai:run");
  await solveInRoom(page.services, page.room.id, input, page.asker);
  return done();
}

/** A plan agreed in the room becomes a goal run; the page follows it there. */
export async function startGoalIntent(page: RoomPage, input: z.output<typeof startGoalSchema>) {
  needs(page, "ai:run");
  const plan = await getMessage(page.services, page.room.id, input.messageId);
  if (plan.kind !== "plan") return invalidIntent("Only a plan can start a goal run.");
  const problem = typeof plan.meta.problem === "string" ? plan.meta.problem : "";
  const run = await createGoalRun(
    page.services,
    {
      goal: (problem || plan.body).slice(0, 10_000),
      context: `Plan agreed in the room "${page.room.name}":\n\n${plan.body}`.slice(0, 50_000),
    },
    page.acting,
  );
  return redirect(`/sage/goals/${run.id}`);
}

export async function renameIntent(page: RoomPage, input: z.output<typeof renameSchema>) {
  needs(page, "write");
  await updateRoom(
    page.services,
    page.room.id,
    { name: input.name, topic: input.topic },
    page.acting,
  );
  return done();
}
