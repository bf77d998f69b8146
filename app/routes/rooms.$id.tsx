import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useMemo } from "react";
import { requireUser } from "#app/accounts/auth.server.ts";
import { listUsers } from "#app/accounts/users.server.ts";
import { notFoundAsPage } from "#app/api/page-errors.server.ts";
import { AgentsPanel, SolvePanel } from "#app/components/rooms/agents-panel.tsx";
import { Composer } from "#app/components/rooms/composer.tsx";
import { MembersPanel, PresencePanel } from "#app/components/rooms/members-panel.tsx";
import { MessageList, ReplyStreams } from "#app/components/rooms/messages.tsx";
import type { RoomActionData } from "#app/components/rooms/types.ts";
import { useLiveRoom } from "#app/components/rooms/use-live-room.ts";
import { Badge, type BadgeTone } from "#app/components/ui/badge.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ErrorList } from "#app/components/ui/input.tsx";
import type { RoomStatus } from "#app/realtime/use-room.ts";
import { listAgents } from "#app/rooms/agents.server.ts";
import {
  addAgentIntent,
  askIntent,
  deleteIntent,
  editIntent,
  invalidIntent,
  inviteIntent,
  parseRoomIntent,
  postIntent,
  refusedIntent,
  removeAgentIntent,
  removeMemberIntent,
  renameIntent,
  roomPage,
  solveIntent,
  startGoalIntent,
  stopIntent,
} from "#app/rooms/page-intents.server.ts";
import { getRoomDetail, listMessages, type PublicMessage } from "#app/rooms/rooms.server.ts";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.room.name ?? "Room"} · Rooms · NEXUS` },
];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Rendered on the server; older ones are a request away (the API pages backwards). */
const HISTORY = 50;

async function loadRoom(
  context: LoaderFunctionArgs["context"],
  id: string | undefined,
  userId: string,
) {
  if (!id || !uuid.test(id)) throw new Response("Not found", { status: 404 });
  return getRoomDetail(context.services, id, userId).catch(notFoundAsPage);
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const room = await loadRoom(context, params.id, actor.user.id);
  const { items: messages, nextCursor } = await listMessages(context.services, room.id, {
    limit: HISTORY,
  });
  const owner = room.myRole === "owner";
  const memberIds = new Set(room.members.map((m) => m.userId));
  const agentIds = new Set(room.agents.map((a) => a.agentId));
  const [users, agents] = owner
    ? await Promise.all([
        listUsers(context.services.database.db, { limit: 100 }),
        listAgents(context.services),
      ])
    : [{ items: [] }, []];
  return {
    room,
    messages,
    olderCursor: nextCursor,
    me: { id: actor.user.id, name: actor.user.name },
    /** Viewers read rooms: no posting, editing, deleting or stopping a reply. */
    canWrite: can(actor.role, "write"),
    canRun: can(actor.role, "ai:run"),
    canManage: owner && can(actor.role, "write"),
    invitable: users.items
      .filter((u) => !u.disabled && !memberIds.has(u.id))
      .map((u) => ({ id: u.id, name: u.name, email: u.email })),
    addable: agents.filter((a) => !agentIds.has(a.id)).map((a) => ({ id: a.id, name: a.name })),
    /** A fresh key per rendered composer: resubmitting the same form never posts twice. */
    idempotencyKey: crypto.randomUUID(),
  };
}

/** Every form on the page posts here; `intent` says which (app/rooms/page-intents.server.ts). */
export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context);
  const room = await loadRoom(context, params.id, actor.user.id);
  const parsed = parseRoomIntent(await request.formData());
  if (!parsed.success) return invalidIntent(parsed.error);
  const input = parsed.data;
  const page = roomPage(request, context, actor, room);
  try {
    switch (input.intent) {
      case "post":
        return await postIntent(page, input);
      case "edit":
        return await editIntent(page, input);
      case "delete":
        return await deleteIntent(page, input);
      case "invite":
        return await inviteIntent(page, input);
      case "remove-member":
        return await removeMemberIntent(page, input);
      case "add-agent":
        return await addAgentIntent(page, input);
      case "remove-agent":
        return await removeAgentIntent(page, input);
      case "ask":
        return await askIntent(page, input);
      case "stop":
        return await stopIntent(page, input);
      case "solve":
        return await solveIntent(page, input);
      case "start-goal":
        return await startGoalIntent(page, input);
      case "rename":
        return await renameIntent(page, input);
    }
  } catch (error) {
    const refused = refusedIntent(error);
    if (refused) return refused;
    throw error;
  }
}

const statusTone: Record<RoomStatus, BadgeTone> = {
  connecting: "neutral",
  live: "ok",
  reconnecting: "warning",
  refused: "error",
  offline: "error",
};

export default function RoomPage() {
  const loaded = useLoaderData<typeof loader>();
  const { room, me, canWrite, canRun, canManage, invitable, addable } = loaded;
  const live = useLiveRoom(room.id, loaded.messages as PublicMessage[]);
  // The composer and the message forms read the same answers through their fetchers.
  const actionData = useActionData<typeof action>() satisfies RoomActionData | undefined;
  const names = useMemo(
    () => new Map(room.members.map((m) => [m.userId, m.name] as const)),
    [room.members],
  );
  const typingNames = Object.entries(live.typing)
    .filter(([id]) => id !== me.id)
    .map(([, t]) => t.name);
  const sendTyping = () => live.send(JSON.stringify({ type: "typing" }));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm">
            <Link to="/rooms" className="text-brand-600 underline dark:text-brand-100">
              Rooms
            </Link>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">{room.name}</h1>
          {room.topic ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">{room.topic}</p>
          ) : null}
        </div>
        <Badge tone={statusTone[live.status]}>{`realtime: ${live.status}`}</Badge>
      </div>
      <ErrorList errors={actionData && !actionData.ok ? [actionData.error] : null} />
      {live.problem ? (
        <p className="text-sm text-amber-800 dark:text-amber-300">{live.problem}</p>
      ) : null}
      {live.notice ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {live.notice}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[1fr_18rem]">
        <Card className="space-y-3">
          {loaded.olderCursor ? (
            <p className="text-xs text-slate-600 dark:text-slate-400">
              Showing the latest {HISTORY} messages.
            </p>
          ) : null}
          <MessageList
            messages={live.messages}
            meId={me.id}
            canWrite={canWrite}
            canModerate={canManage}
            canRun={canRun}
          />
          <ReplyStreams streams={live.streams} canStop={canWrite} />
          <p className="h-5 text-xs text-slate-600 dark:text-slate-400" aria-live="polite">
            {typingNames.length > 0
              ? `${typingNames.join(", ")} ${typingNames.length === 1 ? "is" : "are"} typing…`
              : ""}
          </p>
          {canWrite ? (
            <Composer initialKey={loaded.idempotencyKey} onTyping={sendTyping} />
          ) : (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              Viewers read rooms; an operator can post.
            </p>
          )}
        </Card>

        <div className="space-y-4">
          <PresencePanel present={live.present} names={names} meId={me.id} />
          <MembersPanel
            members={room.members}
            meId={me.id}
            canManage={canManage}
            invitable={invitable}
          />
          <AgentsPanel
            agents={room.agents}
            canRun={canRun}
            canManage={canManage}
            addable={addable}
          />
          {canRun && room.agents.length > 0 ? <SolvePanel agents={room.agents} /> : null}
        </div>
      </div>
    </div>
  );
}
