import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  Form,
  Link,
  useActionData,
  useFetcher,
  useLoaderData,
  useNavigation,
} from "@remix-run/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { requireUser } from "#app/accounts/auth.server.ts";
import { listUsers } from "#app/accounts/users.server.ts";
import { notFoundAsPage } from "#app/api/page-errors.server.ts";
import { Badge, type BadgeTone } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import { type RoomEvent, type RoomStatus, useRoom } from "#app/realtime/use-room.ts";
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
import { cn } from "#app/utils/cn.ts";
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

// ---------------------------------------------------------------------------------------------
// ---------------------------------------------------------------------------------------------
// Client

interface Stream {
  streamId: string;
  agentName: string;
  text: string;
  kind: string;
  solveId?: string;
  phase?: string;
}

interface Person {
  id: string;
  name: string;
}

const statusTone: Record<RoomStatus, BadgeTone> = {
  connecting: "neutral",
  live: "ok",
  reconnecting: "warning",
  refused: "error",
  offline: "error",
};

function byTime(a: PublicMessage, b: PublicMessage) {
  return a.createdAt === b.createdAt
    ? a.id.localeCompare(b.id)
    : a.createdAt.localeCompare(b.createdAt);
}

/** The room's state: the server-rendered history, then whatever the party and catch-up bring. */
function useLiveRoom(roomId: string, initial: PublicMessage[]) {
  const [messages, setMessages] = useState(initial);
  const [streams, setStreams] = useState<Stream[]>([]);
  const [present, setPresent] = useState<Person[]>([]);
  const [typing, setTyping] = useState<Record<string, { name: string; until: number }>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const latest = useRef(initial);
  latest.current = messages;
  useEffect(() => setMessages(initial), [initial]);

  const upsert = useCallback((incoming: PublicMessage[]) => {
    if (incoming.length === 0) return;
    setMessages((current) => {
      const map = new Map(current.map((m) => [m.id, m]));
      for (const m of incoming) map.set(m.id, m);
      return [...map.values()].sort(byTime);
    });
    const ids = new Set(incoming.map((m) => m.id));
    setStreams((current) => current.filter((s) => !ids.has(s.streamId)));
  }, []);

  /** On every (re)connect: everything after the last message this page has. */
  const catchUp = useCallback(async () => {
    let since = latest.current.at(-1)?.cursor;
    for (let page = 0; page < 20; page++) {
      const url = `/api/v1/rooms/${roomId}/messages?limit=100${since ? `&since=${since}` : ""}`;
      const response = await fetch(url, { credentials: "same-origin" }).catch(() => null);
      if (!response?.ok) return;
      const body = (await response.json()) as {
        data: PublicMessage[];
        meta: { nextCursor: string | null };
      };
      upsert(body.data);
      if (!since || !body.meta.nextCursor) return;
      since = body.meta.nextCursor;
    }
  }, [roomId, upsert]);

  const onEvent = useCallback(
    (event: RoomEvent) => {
      const d = event.data as Record<string, unknown>;
      switch (event.type) {
        case "message":
        case "message-edited":
          upsert([event.data as PublicMessage]);
          break;
        case "message-deleted":
          setMessages((current) => current.filter((m) => m.id !== d.id));
          break;
        case "presence":
          setPresent((d.present as Person[]) ?? []);
          break;
        case "typing":
          setTyping((current) => ({
            ...current,
            [String(d.userId)]: { name: String(d.name), until: Date.now() + 3000 },
          }));
          break;
        case "agent-start":
          setStreams((current) => [
            ...current.filter((s) => s.streamId !== d.streamId),
            {
              streamId: String(d.streamId),
              agentName: String(d.agentName),
              text: "",
              kind: String(d.kind ?? "agent"),
              solveId: d.solveId as string | undefined,
              phase: d.phase as string | undefined,
            },
          ]);
          break;
        case "agent-delta":
          setStreams((current) =>
            current.map((s) => {
              if (s.streamId !== d.streamId) return s;
              const offset = Number(d.offset);
              const text = String(d.text);
              // Pushes arrive in order; a repeat (offset already covered) is dropped.
              if (offset < s.text.length) return s;
              return { ...s, text: s.text + text };
            }),
          );
          break;
        case "notice":
          setNotice(String(d.message));
          break;
        case "room-deleted":
          setNotice("This room was closed.");
          break;
      }
    },
    [upsert],
  );

  const { status, problem, send } = useRoom(roomId, onEvent, { onOpen: catchUp });

  // Typing hints fade on their own.
  useEffect(() => {
    const timer = setInterval(() => {
      setTyping((current) => {
        const now = Date.now();
        const kept = Object.entries(current).filter(([, t]) => t.until > now);
        return kept.length === Object.keys(current).length ? current : Object.fromEntries(kept);
      });
    }, 1000);
    return () => clearInterval(timer);
  }, []);

  return { messages, streams, present, typing, notice, status, problem, send };
}

function Composer({ initialKey, onTyping }: { initialKey: string; onTyping: () => void }) {
  const fetcher = useFetcher<typeof action>();
  const [key, setKey] = useState(initialKey);
  const [body, setBody] = useState("");
  const lastTyping = useRef(0);
  const submitted = useRef(false);
  useEffect(() => {
    if (fetcher.state === "submitting") submitted.current = true;
    if (fetcher.state === "idle" && submitted.current && fetcher.data) {
      submitted.current = false;
      if (fetcher.data.ok) {
        setBody("");
        setKey(crypto.randomUUID());
      }
    }
  }, [fetcher.state, fetcher.data]);
  const error = fetcher.data && !fetcher.data.ok ? fetcher.data.error : null;
  const notice = fetcher.data?.ok ? fetcher.data.notice : null;
  return (
    <fetcher.Form method="post" className="space-y-2" aria-label="Post a message">
      <input type="hidden" name="intent" value="post" />
      <input type="hidden" name="idempotencyKey" value={key} />
      <label htmlFor="message-body" className="sr-only">
        Message
      </label>
      <textarea
        id="message-body"
        name="body"
        rows={3}
        required
        maxLength={8000}
        value={body}
        placeholder="Write a message. Markdown works; mention an agent as @Name."
        className={inputClass}
        onChange={(event) => {
          setBody(event.target.value);
          if (Date.now() - lastTyping.current > 1500) {
            lastTyping.current = Date.now();
            onTyping();
          }
        }}
        onKeyDown={(event) => {
          if (event.key === "Enter" && (event.metaKey || event.ctrlKey)) {
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <div className="flex items-center gap-3">
        <Button
          type="submit"
          disabled={fetcher.state !== "idle"}
          aria-busy={fetcher.state !== "idle"}
        >
          Send
        </Button>
        <ErrorList errors={error ? [error] : null} />
        {notice ? (
          <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
            {notice}
          </p>
        ) : null}
      </div>
    </fetcher.Form>
  );
}

function MessageItem({
  message,
  mine,
  canWrite,
  canModerate,
  canRun,
}: {
  message: PublicMessage;
  mine: boolean;
  canWrite: boolean;
  canModerate: boolean;
  canRun: boolean;
}) {
  const fetcher = useFetcher<typeof action>();
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok) setEditing(false);
  }, [fetcher.state, fetcher.data]);
  const isAgent = message.author.type === "agent";
  const meta = message.meta as {
    stopped?: boolean;
    error?: string;
    model?: string;
    phase?: string;
  };
  return (
    <li
      className={cn(
        "rounded-md border p-3",
        message.kind === "plan"
          ? "border-brand-500 bg-brand-100/40 dark:bg-brand-700/20"
          : "border-slate-200 dark:border-slate-800",
      )}
      data-message-id={message.id}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{message.author.name}</span>
        {isAgent ? <Badge tone="info">agent</Badge> : null}
        {message.kind === "plan" ? <Badge tone="ok">plan</Badge> : null}
        {meta.phase === "proposal" ? <Badge tone="neutral">proposal</Badge> : null}
        {meta.stopped ? <Badge tone="warning">stopped</Badge> : null}
        <time dateTime={message.createdAt} className="text-xs text-slate-600 dark:text-slate-400">
          {message.createdAt.slice(11, 16)} UTC
        </time>
        {message.editedAt ? (
          <span className="text-xs text-slate-600 dark:text-slate-400">(edited)</span>
        ) : null}
      </div>
      {editing ? (
        <fetcher.Form method="post" className="mt-2 space-y-2">
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="messageId" value={message.id} />
          <label className="sr-only" htmlFor={`edit-${message.id}`}>
            Edit message
          </label>
          <textarea
            id={`edit-${message.id}`}
            name="body"
            rows={3}
            defaultValue={message.body}
            className={inputClass}
          />
          <div className="flex gap-2">
            <Button type="submit" size="sm">
              Save
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setEditing(false)}>
              Cancel
            </Button>
          </div>
        </fetcher.Form>
      ) : (
        <div
          className="message-body prose-sm mt-1 space-y-2 break-words text-sm [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 dark:[&_code]:bg-slate-800 [&_ol]:list-decimal [&_ol]:pl-5 [&_pre]:overflow-auto [&_ul]:list-disc [&_ul]:pl-5"
          // biome-ignore lint/security/noDangerouslySetInnerHtml: rendered from markdown and sanitised with an allowlist on the server (app/rooms/markdown.server.ts).
          dangerouslySetInnerHTML={{ __html: message.html }}
        />
      )}
      {meta.error ? (
        <p className="mt-1 text-xs text-red-700 dark:text-red-400">{meta.error}</p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        {canWrite && mine && message.kind === "message" && !editing ? (
          <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null}
        {canWrite && (mine || canModerate) ? (
          <fetcher.Form method="post">
            <input type="hidden" name="intent" value="delete" />
            <input type="hidden" name="messageId" value={message.id} />
            <Button type="submit" size="sm" variant="ghost">
              Delete
            </Button>
          </fetcher.Form>
        ) : null}
        {message.kind === "plan" && canRun ? (
          <Form method="post">
            <input type="hidden" name="intent" value="start-goal" />
            <input type="hidden" name="messageId" value={message.id} />
            <Button type="submit" size="sm">
              Start as goal run
            </Button>
          </Form>
        ) : null}
      </div>
    </li>
  );
}

function StreamItem({ stream, canStop }: { stream: Stream; canStop: boolean }) {
  const fetcher = useFetcher();
  return (
    <li
      className="rounded-md border border-dashed border-brand-500 p-3"
      aria-live="polite"
      data-stream-id={stream.streamId}
    >
      <div className="flex items-center gap-2 text-sm">
        <span className="font-medium">{stream.agentName}</span>
        <Badge tone="info">{stream.phase === "plan" ? "writing the plan…" : "writing…"}</Badge>
        {canStop ? (
          <fetcher.Form method="post" className="ml-auto">
            <input type="hidden" name="intent" value="stop" />
            <input type="hidden" name="streamId" value={stream.streamId} />
            <Button type="submit" size="sm" variant="secondary">
              Stop<span className="sr-only"> {stream.agentName}</span>
            </Button>
          </fetcher.Form>
        ) : null}
      </div>
      <p className="mt-1 whitespace-pre-wrap text-sm">{stream.text}</p>
    </li>
  );
}

export default function RoomPage() {
  const loaded = useLoaderData<typeof loader>();
  const { room, me, canWrite, canRun, canManage, invitable, addable } = loaded;
  const live = useLiveRoom(room.id, loaded.messages as PublicMessage[]);
  const navigation = useNavigation();
  const actionData = useActionData<typeof action>();
  const names = useMemo(
    () => new Map(room.members.map((m) => [m.userId, m.name] as const)),
    [room.members],
  );
  const typingNames = Object.entries(live.typing)
    .filter(([id]) => id !== me.id)
    .map(([, t]) => t.name);
  // Proposals of one "solve together" round stream side by side.
  const groups = new Map<string, Stream[]>();
  const single: Stream[] = [];
  for (const stream of live.streams) {
    if (stream.solveId && stream.phase === "proposal") {
      groups.set(stream.solveId, [...(groups.get(stream.solveId) ?? []), stream]);
    } else single.push(stream);
  }
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
          <ol className="space-y-2" aria-label="Messages">
            {live.messages.map((message) => (
              <MessageItem
                key={message.id}
                message={message}
                mine={message.author.type === "user" && message.author.id === me.id}
                canWrite={canWrite}
                canModerate={canManage}
                canRun={canRun}
              />
            ))}
          </ol>
          {groups.size > 0
            ? [...groups.entries()].map(([solveId, streams]) => (
                <ul
                  key={solveId}
                  className="grid gap-2 sm:grid-cols-2"
                  aria-label="Proposals being written"
                >
                  {streams.map((stream) => (
                    <StreamItem key={stream.streamId} stream={stream} canStop={canWrite} />
                  ))}
                </ul>
              ))
            : null}
          {single.length > 0 ? (
            <ul className="space-y-2" aria-label="Replies being written">
              {single.map((stream) => (
                <StreamItem key={stream.streamId} stream={stream} canStop={canWrite} />
              ))}
            </ul>
          ) : null}
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
          <Card>
            <CardHeader title="Here now" />
            <ul className="space-y-1 text-sm" aria-label="Here now">
              {live.present.map((p) => (
                <li key={p.id} className="flex items-center gap-2">
                  <span
                    className="inline-block size-2 rounded-full bg-emerald-600"
                    aria-hidden="true"
                  />
                  {names.get(p.id) ?? p.name}
                  {p.id === me.id ? " (you)" : ""}
                </li>
              ))}
            </ul>
          </Card>

          <Card>
            <CardHeader title="Members" />
            <ul className="space-y-1 text-sm">
              {room.members.map((m) => (
                <li key={m.userId} className="flex items-center justify-between gap-2">
                  <span>
                    {m.name} {m.role === "owner" ? <Badge tone="info">owner</Badge> : null}
                  </span>
                  {(canManage && m.userId !== me.id) ||
                  (m.userId === me.id && m.role !== "owner") ? (
                    <Form method="post">
                      <input type="hidden" name="intent" value="remove-member" />
                      <input type="hidden" name="userId" value={m.userId} />
                      <Button type="submit" size="sm" variant="ghost">
                        {m.userId === me.id ? "Leave" : "Remove"}
                        <span className="sr-only"> {m.name}</span>
                      </Button>
                    </Form>
                  ) : null}
                </li>
              ))}
            </ul>
            {canManage && invitable.length > 0 ? (
              <Form method="post" className="mt-3 space-y-2">
                <input type="hidden" name="intent" value="invite" />
                <label htmlFor="invite-user" className="block text-sm font-medium">
                  Invite
                </label>
                <select id="invite-user" name="userId" className={inputClass}>
                  {invitable.map((u) => (
                    <option key={u.id} value={u.id}>
                      {u.name} ({u.email})
                    </option>
                  ))}
                </select>
                <label htmlFor="invite-role" className="sr-only">
                  Role
                </label>
                <select id="invite-role" name="role" className={inputClass} defaultValue="member">
                  <option value="member">member</option>
                  <option value="owner">owner</option>
                </select>
                <Button type="submit" size="sm" disabled={navigation.state !== "idle"}>
                  Invite
                </Button>
              </Form>
            ) : null}
          </Card>

          <Card>
            <CardHeader title="Agents" description="Mention one as @Name, or ask it." />
            <ul className="space-y-2 text-sm">
              {room.agents.map((a) => (
                <li key={a.agentId} className="flex flex-wrap items-center justify-between gap-2">
                  <span>
                    @{a.name}
                    {a.specialisation ? (
                      <span className="text-slate-600 dark:text-slate-400">
                        {" "}
                        · {a.specialisation}
                      </span>
                    ) : null}
                  </span>
                  <span className="flex gap-1">
                    {canRun ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="ask" />
                        <input type="hidden" name="agentId" value={a.agentId} />
                        <Button type="submit" size="sm" variant="secondary">
                          Ask<span className="sr-only"> {a.name}</span>
                        </Button>
                      </Form>
                    ) : null}
                    {canManage ? (
                      <Form method="post">
                        <input type="hidden" name="intent" value="remove-agent" />
                        <input type="hidden" name="agentId" value={a.agentId} />
                        <Button type="submit" size="sm" variant="ghost">
                          Remove<span className="sr-only"> {a.name}</span>
                        </Button>
                      </Form>
                    ) : null}
                  </span>
                </li>
              ))}
            </ul>
            {canManage && addable.length > 0 ? (
              <Form method="post" className="mt-3 flex items-end gap-2">
                <input type="hidden" name="intent" value="add-agent" />
                <div className="flex-1">
                  <label htmlFor="add-agent" className="block text-sm font-medium">
                    Add an agent
                  </label>
                  <select id="add-agent" name="agentId" className={inputClass}>
                    {addable.map((a) => (
                      <option key={a.id} value={a.id}>
                        {a.name}
                      </option>
                    ))}
                  </select>
                </div>
                <Button type="submit" size="sm">
                  Add
                </Button>
              </Form>
            ) : null}
          </Card>

          {canRun && room.agents.length > 0 ? (
            <Card>
              <CardHeader
                title="Solve together"
                description="Each agent proposes an approach; the first picked (or the synthesiser) merges them into one plan."
              />
              <Form method="post" className="space-y-2">
                <input type="hidden" name="intent" value="solve" />
                <label htmlFor="solve-problem" className="block text-sm font-medium">
                  Problem
                </label>
                <textarea
                  id="solve-problem"
                  name="problem"
                  rows={3}
                  required
                  className={inputClass}
                />
                <fieldset className="space-y-1 text-sm">
                  <legend className="font-medium">Agents</legend>
                  {room.agents.map((a) => (
                    <label key={a.agentId} className="flex items-center gap-2">
                      <input type="checkbox" name="agentIds" value={a.agentId} defaultChecked />
                      {a.name}
                    </label>
                  ))}
                </fieldset>
                <label htmlFor="solve-synth" className="block text-sm font-medium">
                  Synthesiser
                </label>
                <select id="solve-synth" name="synthesizerId" className={inputClass}>
                  <option value="">The first agent picked</option>
                  {room.agents.map((a) => (
                    <option key={a.agentId} value={a.agentId}>
                      {a.name}
                    </option>
                  ))}
                </select>
                <Button type="submit" size="sm">
                  Solve together
                </Button>
              </Form>
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
