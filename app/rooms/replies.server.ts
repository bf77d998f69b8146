import { randomUUID } from "node:crypto";
import { and, eq, inArray, sql } from "drizzle-orm";
import { assertAiAllowed } from "#app/emergency/emergency.server.ts";
import { assertFlag } from "#app/flags/flags.server.ts";
import type { Realtime } from "#app/realtime/realtime.server.ts";
import { type AiWorkDeps, startGeneration } from "#app/sage/generate.server.ts";
import type { ChatMessage } from "#app/sage/providers/types.ts";
import { type TaskKind, taskKinds } from "#app/sage/tasks.ts";
import { STALE_MS, watchWork } from "#app/sage/work-watch.server.ts";
import { DomainError, InvalidFieldError, UnavailableError } from "#app/utils/domain-errors.ts";
import type { DomainEvents } from "#app/utils/events.server.ts";
import type { Role } from "#app/utils/permissions.ts";
import { can } from "#app/utils/permissions.ts";
import { singleton } from "#app/utils/singleton.server.ts";
import type { DatabaseHandle } from "#db/client.ts";
import {
  agents,
  type RoomMessageMeta,
  roomAgents,
  roomMessages,
  roomReplies,
} from "#db/schema/index.ts";
import type { AgentRow } from "./agents.server.ts";
import {
  mentionedAgents,
  type PublicMessage,
  postMessage,
  pushToRoom,
  type RoomRow,
  recentMessages,
  requireMember,
  storeAgentMessage,
} from "./rooms.server.ts";

/**
 * Agents answering in a room. A reply streams through SAGE (model choice, the emergency switch,
 * call records), its text pushed to the room's party as it is written, and is stored as a
 * message when it ends: complete, stopped (by a person or the emergency switch), interrupted (the
 * instance shut down while it was being written) or failed. Replies run in the background of the
 * instance that started them; a stop reaches them through this in-process registry.
 */

type Deps = AiWorkDeps;

/** How many of the room's latest messages an agent sees. */
const HISTORY = 30;

/**
 * Why a reply was cut short: a person stopped it (here or through another instance), the
 * instance is shutting down, or its row is gone (its room was deleted, or another instance took
 * it for lost and stored it).
 */
type StopReason = "person" | "shutdown" | "lost";

interface Running {
  roomId: string;
  /** writing is false once the model has finished: from then on the reply is only being stored. */
  progress: { writing: boolean };
  stop(reason: StopReason): void;
  done: Promise<unknown>;
}

interface Registry {
  replies: Map<string, Running>;
  /** Set once shutdown has begun: no new reply starts. */
  closing: boolean;
}

const registries = singleton("room-replies", () => new WeakMap<object, Registry>());

function registryOf(deps: { events: DomainEvents }): Registry {
  let found = registries.get(deps.events);
  if (!found) {
    found = { replies: new Map(), closing: false };
    registries.set(deps.events, found);
  }
  return found;
}

function registry(deps: { events: DomainEvents }): Map<string, Running> {
  return registryOf(deps).replies;
}

/**
 * Stops a reply running on this instance. Null when none such runs here; false when it is
 * already being stored (the model has finished).
 */
function stopLocalReply(deps: { events: DomainEvents }, roomId: string, streamId: string) {
  const running = registry(deps).get(streamId);
  if (!running || running.roomId !== roomId) return null;
  if (!running.progress.writing) return false;
  running.stop("person");
  return true;
}

/**
 * Stops a reply being written, on whichever instance writes it: here at once, elsewhere through
 * its row, which its instance reads within a second (app/sage/work-watch.server.ts). False when
 * no such reply is being written anywhere (finished, never started, or its instance is gone).
 */
export async function stopReply(
  deps: { events: DomainEvents; database: DatabaseHandle },
  roomId: string,
  streamId: string,
): Promise<boolean> {
  const local = stopLocalReply(deps, roomId, streamId);
  if (local !== null) return local;
  const asked = await deps.database.db
    .update(roomReplies)
    .set({ stopRequestedAt: sql`coalesce(${roomReplies.stopRequestedAt}, now())` })
    .where(
      and(
        eq(roomReplies.streamId, streamId),
        eq(roomReplies.roomId, roomId),
        sql`${roomReplies.heartbeatAt} > now() - make_interval(secs => ${STALE_MS / 1000})`,
        // Stored already (its row goes a moment later): it has finished.
        sql`not exists (select 1 from ${roomMessages} where ${roomMessages.id} = ${roomReplies.streamId})`,
      ),
    )
    .returning({ streamId: roomReplies.streamId });
  return asked.length > 0;
}

/** Resolves once every reply running on these services has ended (tests, shutdown). */
export async function settleReplies(deps: { events: DomainEvents }): Promise<void> {
  while (registry(deps).size > 0) {
    await Promise.allSettled([...registry(deps).values()].map((r) => r.done));
  }
}

/**
 * Shutdown: no new reply starts, and every reply being written stops and is stored with what it
 * wrote so far, marked interrupted; its stream ends for whoever is watching.
 */
export async function stopReplies(deps: { events: DomainEvents }): Promise<void> {
  const state = registryOf(deps);
  state.closing = true;
  for (const running of state.replies.values()) running.stop("shutdown");
  await settleReplies(deps);
}

/**
 * Coalesces text deltas into sequential pushes: at most one push in flight per stream, so they
 * arrive in order, and a fast model does not mean one HTTP request per token.
 */
class DeltaPusher {
  private buffer = "";
  private sent = 0;
  private inflight: Promise<void> | null = null;
  constructor(
    private readonly deps: { realtime: Realtime },
    private readonly roomId: string,
    private readonly streamId: string,
  ) {}

  add(text: string) {
    this.buffer += text;
    if (!this.inflight) this.flush();
  }

  private flush() {
    const text = this.buffer;
    const offset = this.sent;
    this.buffer = "";
    this.sent += text.length;
    this.inflight = pushToRoom(this.deps, this.roomId, "agent-delta", {
      streamId: this.streamId,
      offset,
      text,
    }).then(() => {
      this.inflight = null;
      if (this.buffer) this.flush();
    });
  }

  async drain() {
    while (this.inflight) await this.inflight;
  }
}

function persona(agent: AgentRow, room: RoomRow): string {
  return [
    agent.persona,
    `You are ${agent.name}${agent.specialisation ? `, specialised in ${agent.specialisation}` : ""}, taking part in the NEXUS collaboration room "${room.name}"${room.topic ? ` (topic: ${room.topic})` : ""} with people and other AI agents.`,
    "Messages from others are prefixed with their author's name. Answer in markdown, concisely.",
  ].join("\n\n");
}

/** The room's recent history as chat messages from this agent's point of view. */
async function historyFor(deps: Deps, agent: AgentRow, roomId: string): Promise<ChatMessage[]> {
  const rows = await recentMessages(deps, roomId, HISTORY);
  return rows.map((row) =>
    row.authorAgentId === agent.id
      ? { role: "assistant", content: row.body }
      : { role: "user", content: `${row.authorName}: ${row.body}` },
  );
}

function taskOf(agent: AgentRow, fallback: TaskKind = "text-generation"): TaskKind {
  return (taskKinds as readonly string[]).includes(agent.taskKind ?? "")
    ? (agent.taskKind as TaskKind)
    : fallback;
}

export interface ReplyOptions {
  room: RoomRow;
  agent: AgentRow;
  /** Who asked (for the call record). */
  userId: string;
  requestId?: string | null;
  /** A last instruction after the history; without it the agent answers the conversation. */
  prompt?: string;
  /** Instead of the room's history: the whole conversation (proposals, synthesis). */
  messages?: ChatMessage[];
  kind?: "agent" | "plan";
  meta?: Record<string, unknown>;
}

export interface StartedReply {
  streamId: string;
  agentId: string;
  agentName: string;
  /** The stored message, once the reply has ended (null if the room went away). */
  finished: Promise<PublicMessage | null>;
}

/**
 * Starts an agent's reply. Throws (423) when AI work is paused or stopped; otherwise the reply
 * runs in the background and `finished` resolves with the stored message.
 */
export async function startReply(deps: Deps, options: ReplyOptions): Promise<StartedReply> {
  assertFlag(deps, "ai.advanced", "AI agents");
  if (registryOf(deps).closing) {
    throw new UnavailableError("The server is shutting down: ask again in a moment.");
  }
  const { room, agent } = options;
  const streamId = randomUUID();
  const history = options.messages ?? (await historyFor(deps, agent, room.id));
  const messages: ChatMessage[] = [
    { role: "system", content: persona(agent, room) },
    ...history,
    ...(options.prompt && !options.messages
      ? [{ role: "user" as const, content: options.prompt }]
      : []),
  ];
  if (messages.length === 1) {
    messages.push({ role: "user", content: "Introduce yourself to the room in one sentence." });
  }
  const kind = options.kind ?? "agent";
  const meta = options.meta ?? {};
  // The row says, to every instance, that the reply is being written here (and lets them stop it).
  await deps.database.db.insert(roomReplies).values({
    streamId,
    roomId: room.id,
    agentId: agent.id,
    agentName: agent.name,
    kind,
    meta,
    ownerInstance: deps.instanceId,
  });
  const stopper = new AbortController();
  let generation: Awaited<ReturnType<typeof startGeneration>>;
  try {
    generation = await startGeneration(deps, {
      body: {
        messages,
        task: taskOf(agent),
        model: agent.model ?? undefined,
      },
      userId: options.userId,
      requestId: options.requestId ?? null,
      signal: stopper.signal,
    });
  } catch (error) {
    await forgetReply(deps, streamId);
    throw error;
  }
  const start = {
    streamId,
    roomId: room.id,
    kind,
    agentId: agent.id,
    agentName: agent.name,
    model: generation.selection.model,
    ...meta,
  };
  let stoppedFor: StopReason | null = null;
  const progress = { writing: true };
  let text = "";
  const stop = (reason: StopReason) => {
    stoppedFor ??= reason;
    stopper.abort();
  };
  const unwatch = watchWork(deps, {
    kind: "reply",
    id: streamId,
    signal: (signal) => {
      if (!progress.writing) return;
      stop(signal.type === "lost" ? "lost" : "person");
    },
    progress: () => ({ body: text, model: generation.selection.model }),
  });
  const finished = (async () => {
    try {
      await pushToRoom(deps, room.id, "agent-start", start);
      const pusher = new DeltaPusher(deps, room.id, streamId);
      let failure: { code: string; message: string } | null = null;
      try {
        for await (const event of generation.events) {
          if (event.event === "delta") {
            text += event.data.text;
            pusher.add(event.data.text);
          } else if (event.event === "error") {
            failure = event.data;
          }
        }
      } catch (error) {
        failure = { code: "INTERNAL_ERROR", message: (error as Error).message };
      }
      progress.writing = false;
      await pusher.drain();
      // Stored already by whoever took it over, or its room is gone: nothing to keep here.
      if (stoppedFor === "lost") return null;
      const outcome: ReplyOutcome =
        stoppedFor === "shutdown"
          ? { status: "interrupted" }
          : stoppedFor === "person" || failure?.code === "EMERGENCY_ACTIVE"
            ? {
                status: "stopped",
                error: failure?.code === "EMERGENCY_ACTIVE" ? failure.message : undefined,
              }
            : failure
              ? { status: "failed", error: failure.message }
              : { status: "complete" };
      return await storeReply(
        deps,
        {
          streamId,
          roomId: room.id,
          kind,
          agentId: agent.id,
          agentName: agent.name,
          meta: { ...meta, model: generation.selection.model },
        },
        text,
        outcome,
      );
    } finally {
      unwatch();
      await forgetReply(deps, streamId);
    }
  })();
  const running: Running = { roomId: room.id, progress, stop, done: finished };
  registry(deps).set(streamId, running);
  finished
    .catch((error) => deps.log.warn({ err: error, roomId: room.id }, "rooms: a reply failed"))
    .finally(() => registry(deps).delete(streamId));
  return { streamId, agentId: agent.id, agentName: agent.name, finished };
}

/** How a reply ended, and what went wrong when something did. */
type ReplyOutcome =
  | { status: "complete" }
  | { status: "stopped"; error?: string }
  | { status: "interrupted" }
  | { status: "failed"; error: string };

/**
 * Ends a reply's stream for whoever watches the room and stores it as a message: what it wrote,
 * or a line saying why there is nothing, with how it ended in `meta`.
 */
async function storeReply(
  deps: Deps,
  reply: {
    streamId: string;
    roomId: string;
    kind: "agent" | "plan";
    agentId: string | null;
    agentName: string;
    meta: RoomMessageMeta;
  },
  text: string,
  outcome: ReplyOutcome,
) {
  const { status } = outcome;
  const error = "error" in outcome ? outcome.error : undefined;
  await pushToRoom(deps, reply.roomId, "agent-end", { streamId: reply.streamId, status });
  const body =
    text.trim() ||
    (status === "interrupted"
      ? "_(interrupted before answering)_"
      : status === "stopped"
        ? "_(stopped before answering)_"
        : `_(no answer: ${error ?? "empty"})_`);
  return storeAgentMessage(deps, {
    id: reply.streamId,
    roomId: reply.roomId,
    kind: reply.kind,
    agentId: reply.agentId,
    agentName: reply.agentName,
    body,
    meta: {
      ...reply.meta,
      ...(status === "interrupted" ? { interrupted: true } : {}),
      ...(status === "stopped" ? { stopped: true } : {}),
      ...(error ? { error } : {}),
    },
  });
}

/**
 * Replies whose instance stopped heartbeating STALE_MS ago (it crashed, or lost its database):
 * each is taken (its row deleted, so by one instance only) and stored with what it had written
 * by its last heartbeat, marked interrupted, and its stream ends for whoever watches the room.
 * Called by the recovery job (app/server/recovery.server.ts). Returns how many it stored.
 */
export async function recoverReplies(deps: Deps): Promise<number> {
  const orphans = await deps.database.db
    .delete(roomReplies)
    .where(sql`${roomReplies.heartbeatAt} < now() - make_interval(secs => ${STALE_MS / 1000})`)
    .returning();
  for (const orphan of orphans) {
    await storeReply(
      deps,
      {
        streamId: orphan.streamId,
        roomId: orphan.roomId,
        kind: orphan.kind === "plan" ? "plan" : "agent",
        agentId: orphan.agentId,
        agentName: orphan.agentName,
        meta: orphan.meta,
      },
      orphan.body,
      { status: "interrupted" },
    ).catch((error: unknown) =>
      deps.log.warn({ err: error, streamId: orphan.streamId }, "rooms: could not store a reply"),
    );
  }
  return orphans.length;
}

/** The reply is no longer being written: its row goes. */
async function forgetReply(deps: { database: DatabaseHandle; log: Deps["log"] }, streamId: string) {
  await deps.database.db
    .delete(roomReplies)
    .where(eq(roomReplies.streamId, streamId))
    .catch((error: unknown) =>
      deps.log.warn({ err: error, streamId }, "rooms: could not clear a finished reply"),
    );
}

/**
 * Solve together: every picked agent proposes an approach at once (streamed side by side), then
 * the synthesiser merges the proposals into one plan, stored as a `plan` message.
 */
export async function solveTogether(
  deps: Deps,
  options: {
    room: RoomRow;
    problem: string;
    agents: AgentRow[];
    synthesizer: AgentRow;
    userId: string;
    requestId?: string | null;
  },
): Promise<{ solveId: string; proposals: StartedReply[]; plan: Promise<PublicMessage | null> }> {
  assertFlag(deps, "ai.advanced", "AI agents");
  await assertAiAllowed(deps);
  const solveId = randomUUID();
  const { room, problem } = options;
  const proposals: StartedReply[] = [];
  try {
    for (const agent of options.agents) {
      proposals.push(
        await startReply(deps, {
          room,
          agent,
          userId: options.userId,
          requestId: options.requestId,
          messages: [
            {
              role: "user",
              content: `Propose an approach to this problem, from your specialisation, as a short numbered list of steps.\n\nProblem: ${problem}`,
            },
          ],
          meta: { solveId, phase: "proposal", problem },
        }),
      );
    }
  } catch (error) {
    for (const started of proposals) stopLocalReply(deps, room.id, started.streamId);
    throw error;
  }
  const plan = (async () => {
    const results = await Promise.all(proposals.map((p) => p.finished));
    const written = results.filter((m): m is PublicMessage => m !== null && !m.meta.stopped);
    if (written.length === 0) return null;
    try {
      const synthesis = await startReply(deps, {
        room,
        agent: options.synthesizer,
        userId: options.userId,
        requestId: options.requestId,
        kind: "plan",
        messages: [
          {
            role: "user",
            content: [
              `Synthesise these proposals into one plan for the problem below. Keep the best of each; answer with a title line, then a numbered list of concrete steps.`,
              `Problem: ${problem}`,
              ...written.map((m) => `Proposal from ${m.author.name}:\n${m.body}`),
            ].join("\n\n"),
          },
        ],
        meta: { solveId, phase: "plan", problem },
      });
      return await synthesis.finished;
    } catch (error) {
      deps.log.warn({ err: error, roomId: room.id }, "rooms: the synthesis could not start");
      await pushToRoom(deps, room.id, "notice", {
        message: `The plan could not be written: ${(error as Error).message}`,
      });
      return null;
    }
  })();
  return { solveId, proposals, plan };
}

// ---------------------------------------------------------------------------------------------
// Entry points for the API and the pages

export interface Asker {
  id: string;
  name: string;
  role: Role;
  requestId?: string | null;
}

async function roomAgent(deps: Deps, roomId: string, agentId: string, path = "agentId") {
  const [row] = await deps.database.db
    .select({ agent: agents })
    .from(roomAgents)
    .innerJoin(agents, eq(agents.id, roomAgents.agentId))
    .where(and(eq(roomAgents.roomId, roomId), eq(roomAgents.agentId, agentId)))
    .limit(1);
  if (!row) {
    throw new InvalidFieldError([{ in: "body", path, message: "That agent is not in this room." }]);
  }
  return row.agent;
}

/**
 * Posts a person's message; agents it mentions (`@Name`) answer when the person may run AI work
 * and the emergency switch allows it. A retried post (same Idempotency-Key) starts nothing again.
 */
export async function postAndAnswer(
  deps: Deps,
  roomId: string,
  input: { body: string; idempotencyKey?: string | null },
  asker: Asker,
) {
  const { message, created } = await postMessage(deps, roomId, input, asker);
  const replies: { streamId: string; agentId: string; agentName: string }[] = [];
  let notice: string | null = null;
  if (created) {
    const mentioned = await mentionedAgents(deps, roomId, input.body);
    if (mentioned.length > 0 && !can(asker.role, "ai:run")) {
      notice = "Agents answer operators and admins: yours was posted without asking them.";
    } else if (mentioned.length > 0) {
      const { room } = await requireMember(deps, roomId, asker.id);
      try {
        for (const agent of mentioned) {
          const started = await startReply(deps, {
            room,
            agent,
            userId: asker.id,
            requestId: asker.requestId,
          });
          replies.push({
            streamId: started.streamId,
            agentId: started.agentId,
            agentName: started.agentName,
          });
        }
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        notice = error.message;
        void pushToRoom(deps, roomId, "notice", { message: error.message });
      }
    }
  }
  return { message, created, replies, notice };
}

export async function askAgent(
  deps: Deps,
  roomId: string,
  input: { agentId: string; prompt?: string },
  asker: Asker,
) {
  const { room } = await requireMember(deps, roomId, asker.id);
  const agent = await roomAgent(deps, roomId, input.agentId);
  const started = await startReply(deps, {
    room,
    agent,
    userId: asker.id,
    requestId: asker.requestId,
    prompt: input.prompt,
  });
  return { streamId: started.streamId, agentId: agent.id, agentName: agent.name, started };
}

export async function solveInRoom(
  deps: Deps,
  roomId: string,
  input: { problem: string; agentIds: string[]; synthesizerId?: string },
  asker: Asker,
) {
  const { room } = await requireMember(deps, roomId, asker.id);
  const picked = await deps.database.db
    .select({ agent: agents })
    .from(roomAgents)
    .innerJoin(agents, eq(agents.id, roomAgents.agentId))
    .where(and(eq(roomAgents.roomId, roomId), inArray(roomAgents.agentId, input.agentIds)));
  const byId = new Map(picked.map((r) => [r.agent.id, r.agent]));
  const missing = input.agentIds.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new InvalidFieldError([
      { in: "body", path: "agentIds", message: "Every picked agent must be in this room." },
    ]);
  }
  const synthesizer = input.synthesizerId
    ? await roomAgent(deps, roomId, input.synthesizerId, "synthesizerId")
    : byId.get(input.agentIds[0]!)!;
  await assertAiAllowed(deps);
  // The problem is posted as the person's message, so the room's history shows what was asked.
  const { message } = await postMessage(
    deps,
    roomId,
    { body: `**Solve together:** ${input.problem}` },
    asker,
  );
  const result = await solveTogether(deps, {
    room,
    problem: input.problem,
    agents: input.agentIds.map((id) => byId.get(id)!),
    synthesizer,
    userId: asker.id,
    requestId: asker.requestId,
  });
  return { ...result, problemMessage: message };
}
