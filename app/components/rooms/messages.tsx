import { Form, useFetcher } from "@remix-run/react";
import { useEffect, useState } from "react";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button } from "#app/components/ui/button.tsx";
import { inputClass } from "#app/components/ui/input.tsx";
import { cn } from "#app/utils/cn.ts";
import type { RoomActionData, RoomMessage, Stream } from "./types.ts";

/** The room's messages, oldest first. */
export function MessageList({
  messages,
  meId,
  canWrite,
  canModerate,
  canRun,
}: {
  messages: RoomMessage[];
  meId: string;
  canWrite: boolean;
  canModerate: boolean;
  canRun: boolean;
}) {
  return (
    <ol className="space-y-2" aria-label="Messages">
      {messages.map((message) => (
        <MessageItem
          key={message.id}
          message={message}
          mine={message.author.type === "user" && message.author.id === meId}
          canWrite={canWrite}
          canModerate={canModerate}
          canRun={canRun}
        />
      ))}
    </ol>
  );
}

/** Replies being written; the proposals of one "solve together" round stream side by side. */
export function ReplyStreams({ streams, canStop }: { streams: Stream[]; canStop: boolean }) {
  const groups = new Map<string, Stream[]>();
  const single: Stream[] = [];
  for (const stream of streams) {
    if (stream.solveId && stream.phase === "proposal") {
      groups.set(stream.solveId, [...(groups.get(stream.solveId) ?? []), stream]);
    } else single.push(stream);
  }
  return (
    <>
      {groups.size > 0
        ? [...groups.entries()].map(([solveId, streams]) => (
            <ul
              key={solveId}
              className="grid gap-2 sm:grid-cols-2"
              aria-label="Proposals being written"
            >
              {streams.map((stream) => (
                <StreamItem key={stream.streamId} stream={stream} canStop={canStop} />
              ))}
            </ul>
          ))
        : null}
      {single.length > 0 ? (
        <ul className="space-y-2" aria-label="Replies being written">
          {single.map((stream) => (
            <StreamItem key={stream.streamId} stream={stream} canStop={canStop} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function MessageItem({
  message,
  mine,
  canWrite,
  canModerate,
  canRun,
}: {
  message: RoomMessage;
  mine: boolean;
  canWrite: boolean;
  canModerate: boolean;
  canRun: boolean;
}) {
  const fetcher = useFetcher<RoomActionData>();
  const [editing, setEditing] = useState(false);
  useEffect(() => {
    if (fetcher.state === "idle" && fetcher.data?.ok) setEditing(false);
  }, [fetcher.state, fetcher.data]);
  const isAgent = message.author.type === "agent";
  const meta = message.meta as {
    stopped?: boolean;
    interrupted?: boolean;
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
        {meta.interrupted ? <Badge tone="warning">interrupted</Badge> : null}
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
