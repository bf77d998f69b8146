import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { applyEmergencyAction } from "#app/emergency/emergency.server.ts";
import { COLLAB_PARTY } from "#app/realtime/room-token.ts";
import { postAndAnswer, settleReplies } from "#app/rooms/replies.server.ts";
import { activityEvents, aiModels, featureFlags, roomMessages, rooms } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import {
  connectParty,
  openParty,
  type PartyClient,
  partyUrl,
} from "#tests/support/party-client.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let ollama: FakeOllama;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
type Caller = Awaited<ReturnType<typeof signedInUser>>;
let owner: Caller;
/** In the room without owning it, and may post: an operator. */
let member: Caller;
/** Reads what they are invited to, posts nothing. */
let viewer: Caller;
let outsider: Caller;
let admin: Caller;

beforeAll(async () => {
  ollama = await startFakeOllama();
  services = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
  http = await startHttp(services);
  owner = await signedInUser(services, "operator");
  member = await signedInUser(services, "operator");
  viewer = await signedInUser(services, "viewer");
  outsider = await signedInUser(services, "operator");
  admin = await signedInUser(services, "admin");
});
afterAll(async () => {
  await settleReplies(services);
  await http?.close();
  await services?.destroy();
  await ollama?.close();
});
afterEach(async () => {
  await settleReplies(services);
  ollama.reset();
  await services.database.db
    .update(aiModels)
    .set({ calls: 0, successes: 0, recentLatenciesMs: [] });
});

async function api(
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${caller.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function newRoom(name = "Incident review") {
  const created = await api(owner, "POST", "/rooms", { name, topic: "What broke on Tuesday" });
  expect(created.status).toBe(201);
  const roomId = created.body.data.id as string;
  expect(
    (await api(owner, "POST", `/rooms/${roomId}/members`, { userId: member.user.id })).status,
  ).toBe(201);
  return roomId;
}

async function join(caller: Caller, roomId: string): Promise<PartyClient> {
  const minted = await api(caller, "POST", "/realtime/tokens", { room: roomId });
  expect(minted.status).toBe(200);
  expect(minted.body.data.party).toBe(COLLAB_PARTY);
  return openParty(partyUrl(services.realtime.url, COLLAB_PARTY, roomId, minted.body.data.token));
}

const presentIds = (data: unknown) =>
  ((data as { present: { id: string }[] }).present ?? []).map((p) => p.id).sort();

describe("rooms and members", () => {
  test("the owner creates a room, invites a member; both see it, an outsider does not", async () => {
    const roomId = await newRoom();
    const detail = await api(member, "GET", `/rooms/${roomId}`);
    expect(detail.status).toBe(200);
    expect(detail.body.data).toMatchObject({
      name: "Incident review",
      topic: "What broke on Tuesday",
      myRole: "member",
    });
    expect(detail.body.data.members.map((m: { role: string }) => m.role).sort()).toEqual([
      "member",
      "owner",
    ]);
    const list = await api(member, "GET", "/rooms");
    expect(list.body.data.map((r: { id: string }) => r.id)).toContain(roomId);
    expect(
      (await api(outsider, "GET", "/rooms")).body.data.map((r: { id: string }) => r.id),
    ).not.toContain(roomId);
    for (const path of [
      `/rooms/${roomId}`,
      `/rooms/${roomId}/messages`,
      `/rooms/${roomId}/members`,
    ]) {
      expect((await api(outsider, "GET", path)).status).toBe(404);
    }
    expect((await api(outsider, "POST", `/rooms/${roomId}/messages`, { body: "hi" })).status).toBe(
      404,
    );
    // An admin is not a member either: rooms are private to their members.
    expect((await api(admin, "GET", `/rooms/${roomId}`)).status).toBe(404);
    const activity = await services.database.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.subjectId, roomId));
    expect(activity.map((a) => a.type).sort()).toEqual(["room.created", "room.member_added"]);
  });

  test("bad input is a 400 with fields, and nothing is created", async () => {
    const before = (await api(owner, "GET", "/rooms")).body.data.length;
    const bad = await api(owner, "POST", "/rooms", { name: "  ", topic: "x".repeat(501) });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual([
      "name",
      "topic",
    ]);
    expect((await api(owner, "GET", "/rooms")).body.data.length).toBe(before);
  });

  test("only owners rename, invite and delete; members may leave", async () => {
    const roomId = await newRoom();
    expect((await api(member, "PATCH", `/rooms/${roomId}`, { name: "Mine now" })).status).toBe(403);
    expect(
      (await api(member, "POST", `/rooms/${roomId}/members`, { userId: outsider.user.id })).status,
    ).toBe(403);
    const renamed = await api(owner, "PATCH", `/rooms/${roomId}`, { topic: "New topic" });
    expect(renamed.body.data.topic).toBe("New topic");
    expect((await api(owner, "DELETE", `/rooms/${roomId}/members/${owner.user.id}`)).status).toBe(
      409,
    );
    expect((await api(member, "DELETE", `/rooms/${roomId}/members/${member.user.id}`)).status).toBe(
      200,
    );
    expect((await api(member, "GET", `/rooms/${roomId}`)).status).toBe(404);
    expect((await api(owner, "DELETE", `/rooms/${roomId}`)).status).toBe(200);
    expect((await api(owner, "GET", `/rooms/${roomId}`)).status).toBe(404);
  });

  /**
   * Sends `request` while a deletion of the room holds its row: the request has checked
   * ownership and waits to write; once the deletion commits, the room is gone.
   */
  async function whileDeleting(roomId: string, request: () => ReturnType<typeof api>) {
    const { db } = services.database;
    let answer: ReturnType<typeof api> | undefined;
    const waiting = async () => {
      const result = (await db.execute(
        sql`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
      )) as unknown as { rows: { n: number }[] };
      return result.rows[0]?.n ?? 0;
    };
    await db.transaction(async (tx) => {
      await tx.delete(rooms).where(eq(rooms.id, roomId));
      answer = request();
      await expect.poll(waiting, { timeout: 20_000 }).toBeGreaterThan(0);
    });
    return answer!;
  }

  test("a rename or an invitation that meets the room's deletion answers 404, not 500", async () => {
    const renamed = await newRoom("Soon gone");
    const rename = await whileDeleting(renamed, () =>
      api(owner, "PATCH", `/rooms/${renamed}`, { name: "Too late" }),
    );
    expect(rename.status).toBe(404);
    expect(rename.body.error.code).toBe("NOT_FOUND");

    const invited = await newRoom("Gone too");
    const invite = await whileDeleting(invited, () =>
      api(owner, "POST", `/rooms/${invited}/members`, { userId: outsider.user.id }),
    );
    expect(invite.status).toBe(404);
    expect(invite.body.error.code).toBe("NOT_FOUND");
  });
});

describe("messages", () => {
  test("a retried post with the same Idempotency-Key stores one message", async () => {
    const roomId = await newRoom();
    const key = randomUUID();
    const first = await api(
      member,
      "POST",
      `/rooms/${roomId}/messages`,
      { body: "Once" },
      { "idempotency-key": key },
    );
    const again = await api(
      member,
      "POST",
      `/rooms/${roomId}/messages`,
      { body: "Once" },
      { "idempotency-key": key },
    );
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(again.body.meta.replayed).toBe(true);
    // Concurrent retries too.
    const key2 = randomUUID();
    const racing = await Promise.all(
      Array.from({ length: 5 }, () =>
        api(
          member,
          "POST",
          `/rooms/${roomId}/messages`,
          { body: "Racing" },
          { "idempotency-key": key2 },
        ),
      ),
    );
    expect(new Set(racing.map((r) => r.body.data.id)).size).toBe(1);
    const conflict = await api(
      member,
      "POST",
      `/rooms/${roomId}/messages`,
      { body: "Other" },
      { "idempotency-key": key },
    );
    expect(conflict.status).toBe(409);
    const rows = await services.database.db
      .select()
      .from(roomMessages)
      .where(eq(roomMessages.roomId, roomId));
    expect(rows.map((r) => r.body).sort()).toEqual(["Once", "Racing"]);
    const badKey = await api(
      member,
      "POST",
      `/rooms/${roomId}/messages`,
      { body: "x" },
      { "idempotency-key": "no spaces!" },
    );
    expect(badKey.status).toBe(400);
  });

  test("markdown is rendered and sanitised", async () => {
    const roomId = await newRoom();
    const posted = await api(member, "POST", `/rooms/${roomId}/messages`, {
      body: "**bold** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1))",
    });
    const html = posted.body.data.html as string;
    expect(html).toContain("<strong>bold</strong>");
    expect(html).not.toMatch(/<script|<img|onerror=|javascript:/i);
  });

  test("history pages backwards, and `since` returns what came after a message", async () => {
    const roomId = await newRoom();
    for (let i = 1; i <= 5; i++) {
      await api(member, "POST", `/rooms/${roomId}/messages`, { body: `m${i}` });
    }
    const latest = await api(member, "GET", `/rooms/${roomId}/messages?limit=2`);
    expect(latest.body.data.map((m: { body: string }) => m.body)).toEqual(["m4", "m5"]);
    const older = await api(
      member,
      "GET",
      `/rooms/${roomId}/messages?limit=2&cursor=${latest.body.meta.nextCursor}`,
    );
    expect(older.body.data.map((m: { body: string }) => m.body)).toEqual(["m2", "m3"]);
    const since = await api(
      member,
      "GET",
      `/rooms/${roomId}/messages?since=${older.body.data[1].cursor}`,
    );
    expect(since.body.data.map((m: { body: string }) => m.body)).toEqual(["m4", "m5"]);
    expect((await api(member, "GET", `/rooms/${roomId}/messages?since=nope!`)).status).toBe(400);
  });

  test("authors edit and delete their own messages; others may not", async () => {
    const roomId = await newRoom();
    const posted = await api(member, "POST", `/rooms/${roomId}/messages`, { body: "typo" });
    const id = posted.body.data.id;
    expect(
      (await api(owner, "PATCH", `/rooms/${roomId}/messages/${id}`, { body: "hijack" })).status,
    ).toBe(403);
    const edited = await api(member, "PATCH", `/rooms/${roomId}/messages/${id}`, { body: "fixed" });
    expect(edited.body.data).toMatchObject({ body: "fixed", editedAt: expect.any(String) });
    const ownerPost = await api(owner, "POST", `/rooms/${roomId}/messages`, { body: "owner's" });
    expect(
      (await api(member, "DELETE", `/rooms/${roomId}/messages/${ownerPost.body.data.id}`)).status,
    ).toBe(403);
    expect((await api(member, "DELETE", `/rooms/${roomId}/messages/${id}`)).status).toBe(200);
    // An owner may remove anyone's message; that is recorded, without the message itself.
    const secret = await api(member, "POST", `/rooms/${roomId}/messages`, {
      body: "private words",
    });
    expect(
      (await api(owner, "DELETE", `/rooms/${roomId}/messages/${secret.body.data.id}`)).status,
    ).toBe(200);
    const [removal] = await services.database.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.type, "room.message_removed"));
    expect(removal).toMatchObject({ subjectId: roomId, actorId: owner.user.id });
    expect(JSON.stringify(removal)).not.toContain("private words");
    const left = await api(member, "GET", `/rooms/${roomId}/messages`);
    expect(left.body.data.map((m: { body: string }) => m.body)).toEqual(["owner's"]);
  });
});

describe("the live room", () => {
  test("two members see each other's presence, typing and messages; edits and deletes arrive", async () => {
    const roomId = await newRoom();
    const a = await join(owner, roomId);
    const b = await join(member, roomId);
    try {
      await a.next("presence", (d) => presentIds(d).length === 2);
      expect(
        presentIds((await b.next("presence", (d) => presentIds(d).length === 2)).data),
      ).toEqual([owner.user.id, member.user.id].sort());

      // Typing: identity comes from the token, whatever the client claims.
      a.socket.send(
        JSON.stringify({ type: "typing", data: { userId: outsider.user.id, name: "Mallory" } }),
      );
      const typing = await b.next("typing");
      expect(typing.data).toEqual({ userId: owner.user.id, name: owner.user.name });

      const posted = await api(owner, "POST", `/rooms/${roomId}/messages`, {
        body: "Hello **both**",
      });
      for (const client of [a, b]) {
        const got = await client.next(
          "message",
          (d) => (d as { id: string }).id === posted.body.data.id,
        );
        expect(got.data).toMatchObject({
          body: "Hello **both**",
          author: { name: owner.user.name },
        });
      }
      const reply = await api(member, "POST", `/rooms/${roomId}/messages`, { body: "Hi!" });
      await a.next("message", (d) => (d as { id: string }).id === reply.body.data.id);

      await api(member, "PATCH", `/rooms/${roomId}/messages/${reply.body.data.id}`, {
        body: "Hi again",
      });
      expect((await a.next("message-edited")).data).toMatchObject({ body: "Hi again" });
      await api(member, "DELETE", `/rooms/${roomId}/messages/${reply.body.data.id}`);
      expect((await a.next("message-deleted")).data).toEqual({ id: reply.body.data.id });

      b.close();
      await a.next("presence", (d) => presentIds(d).length === 1);
    } finally {
      a.close();
      b.close();
    }
  });

  test("a non-member is refused at connect, and a removed member is disconnected", async () => {
    const roomId = await newRoom();
    expect((await api(outsider, "POST", "/realtime/tokens", { room: roomId })).status).toBe(404);
    // A member's token for another room does not open this one.
    const other = await newRoom("Other");
    const minted = await api(member, "POST", "/realtime/tokens", { room: other });
    const refused = await connectParty(
      partyUrl(services.realtime.url, COLLAB_PARTY, roomId, minted.body.data.token),
    );
    expect(refused).toMatchObject({ refused: 401 });

    const b = await join(member, roomId);
    await api(owner, "DELETE", `/rooms/${roomId}/members/${member.user.id}`);
    expect((await b.closed).code).toBe(1008);
    expect((await api(member, "POST", "/realtime/tokens", { room: roomId })).status).toBe(404);
  });
});

describe("agents in the room", () => {
  async function roomWithAgent(name: string) {
    const roomId = await newRoom();
    const created = await api(owner, "POST", "/agents", {
      name,
      persona: "You are a careful site reliability engineer.",
      taskKind: "reasoning",
      specialisation: "incident response",
    });
    expect(created.status).toBe(201);
    const agentId = created.body.data.id as string;
    expect((await api(owner, "POST", `/rooms/${roomId}/agents`, { agentId })).status).toBe(201);
    return { roomId, agentId };
  }

  test("agents are defined by operators and admins, not viewers, with unique names", async () => {
    expect((await api(viewer, "POST", "/agents", { name: "Nope", persona: "x" })).status).toBe(403);
    expect((await api(owner, "POST", "/agents", { name: "has space", persona: "x" })).status).toBe(
      400,
    );
    expect((await api(owner, "POST", "/agents", { name: "Dup", persona: "x" })).status).toBe(201);
    expect((await api(admin, "POST", "/agents", { name: "dup", persona: "y" })).status).toBe(409);
    // A change with nothing in it (or only unknown fields) is refused, and changes nothing.
    const agent = await api(owner, "POST", "/agents", { name: "Steady", persona: "Be calm." });
    const empty = await api(owner, "PATCH", `/agents/${agent.body.data.id}`, { shape: "round" });
    expect(empty.status).toBe(400);
    expect(empty.body.error.code).toBe("VALIDATION_FAILED");
    const after = await api(owner, "GET", `/agents/${agent.body.data.id}`);
    expect(after.body.data).toMatchObject({ name: "Steady", persona: "Be calm." });
  });

  test("a mentioned agent's reply streams to everyone in the room, then is stored", async () => {
    const { roomId, agentId } = await roomWithAgent("Sentinel");
    ollama.behaviour.reply = "Check the deploy log first, then the database.";
    ollama.behaviour.chunkDelayMs = 5;
    const a = await join(owner, roomId);
    const b = await join(member, roomId);
    try {
      await api(member, "POST", `/rooms/${roomId}/messages`, {
        body: "The API is slow since 10:00.",
      });
      const posted = await api(owner, "POST", `/rooms/${roomId}/messages`, {
        body: "@sentinel what should we check?",
      });
      expect(posted.status).toBe(201);
      const [reply] = posted.body.meta.replies;
      expect(reply).toMatchObject({ agentId, agentName: "Sentinel" });
      for (const client of [a, b]) {
        const start = await client.next(
          "agent-start",
          (d) => (d as { streamId: string }).streamId === reply.streamId,
        );
        expect(start.data).toMatchObject({ agentName: "Sentinel", roomId });
        await client.next(
          "agent-end",
          (d) => (d as { streamId: string }).streamId === reply.streamId,
        );
        const deltas = client.messages.filter(
          (m) =>
            m.type === "agent-delta" &&
            (m.data as { streamId: string }).streamId === reply.streamId,
        );
        expect(deltas.length).toBeGreaterThan(1);
        expect(deltas.map((d) => (d.data as { text: string }).text).join("")).toBe(
          ollama.behaviour.reply,
        );
        const stored = await client.next(
          "message",
          (d) => (d as { id: string }).id === reply.streamId,
        );
        expect(stored.data).toMatchObject({
          kind: "agent",
          body: ollama.behaviour.reply,
          author: { type: "agent", name: "Sentinel" },
        });
      }
      // The model saw the persona and the room's history.
      const chat = ollama.requests.find((r) => r.path === "/api/chat")!.body as {
        messages: { role: string; content: string }[];
      };
      expect(chat.messages[0]!.content).toContain("careful site reliability engineer");
      expect(chat.messages.map((m) => m.content).join("\n")).toContain(
        "The API is slow since 10:00.",
      );
    } finally {
      a.close();
      b.close();
    }
  });

  test("a viewer cannot post to mention an agent; agents answer only those who may run AI work", async () => {
    const { roomId } = await roomWithAgent("Quiet");
    await api(owner, "POST", `/rooms/${roomId}/members`, { userId: viewer.user.id });
    const posted = await api(viewer, "POST", `/rooms/${roomId}/messages`, { body: "@Quiet hello" });
    expect(posted.status).toBe(403);
    // Should anything else post for someone who may not run AI work, the agent is still not asked.
    const { message, replies, notice } = await postAndAnswer(
      services,
      roomId,
      { body: "@Quiet hello" },
      { id: viewer.user.id, name: viewer.user.name, role: "viewer" },
    );
    expect(message.body).toBe("@Quiet hello");
    expect(replies).toEqual([]);
    expect(notice).toMatch(/operators and admins/);
    expect(ollama.requests.filter((r) => r.path === "/api/chat")).toHaveLength(0);
  });

  test("stop ends a reply; what was written is kept, marked stopped", async () => {
    const { roomId, agentId } = await roomWithAgent("Talker");
    await api(owner, "POST", `/rooms/${roomId}/members`, { userId: viewer.user.id });
    ollama.behaviour.reply = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
    ollama.behaviour.chunkDelayMs = 20;
    const a = await join(member, roomId);
    try {
      const asked = await api(owner, "POST", `/rooms/${roomId}/ask`, { agentId, prompt: "Talk." });
      expect(asked.status).toBe(202);
      const { streamId } = asked.body.data;
      await a.next("agent-delta", (d) => (d as { streamId: string }).streamId === streamId);
      // A viewer watching may not stop it; any member who may write may.
      expect((await api(viewer, "POST", `/rooms/${roomId}/replies/${streamId}/stop`)).status).toBe(
        403,
      );
      expect((await api(member, "POST", `/rooms/${roomId}/replies/${streamId}/stop`)).status).toBe(
        200,
      );
      const end = await a.next(
        "agent-end",
        (d) => (d as { streamId: string }).streamId === streamId,
      );
      expect(end.data).toMatchObject({ status: "stopped" });
      const stored = await a.next("message", (d) => (d as { id: string }).id === streamId);
      expect((stored.data as { meta: { stopped: boolean } }).meta.stopped).toBe(true);
      expect((stored.data as { body: string }).body.length).toBeLessThan(
        ollama.behaviour.reply.length,
      );
      expect((await api(member, "POST", `/rooms/${roomId}/replies/${streamId}/stop`)).status).toBe(
        404,
      );
    } finally {
      a.close();
    }
  });

  test("the emergency switch refuses new replies and aborts a running one", async () => {
    const { roomId, agentId } = await roomWithAgent("Halter");
    ollama.behaviour.reply = Array.from({ length: 200 }, (_, i) => `w${i}`).join(" ");
    ollama.behaviour.chunkDelayMs = 20;
    const a = await join(member, roomId);
    const system = { id: null, label: "test" };
    try {
      const asked = await api(owner, "POST", `/rooms/${roomId}/ask`, { agentId });
      const { streamId } = asked.body.data;
      await a.next("agent-delta", (d) => (d as { streamId: string }).streamId === streamId);
      await applyEmergencyAction(services, { action: "stop", reason: "drill" }, system);
      const end = await a.next(
        "agent-end",
        (d) => (d as { streamId: string }).streamId === streamId,
      );
      expect(end.data).toMatchObject({ status: "stopped" });
      expect((await api(owner, "POST", `/rooms/${roomId}/ask`, { agentId })).status).toBe(423);
      const mention = await api(owner, "POST", `/rooms/${roomId}/messages`, {
        body: "@Halter still there?",
      });
      expect(mention.status).toBe(201);
      expect(mention.body.meta.replies).toEqual([]);
      expect(mention.body.meta.notice).toMatch(/stopped/);
    } finally {
      a.close();
      await applyEmergencyAction(services, { action: "resume", reason: "drill over" }, system);
    }
  });

  test("with the advanced-AI flag off, agents are not asked; the message is still posted", async () => {
    const { roomId, agentId } = await roomWithAgent("Flagged");
    await services.database.db.insert(featureFlags).values({ key: "ai.advanced", enabled: false });
    await services.flags.refresh();
    try {
      const asked = await api(owner, "POST", `/rooms/${roomId}/ask`, { agentId });
      expect(asked.status).toBe(403);
      expect(asked.body.error).toMatchObject({ code: "FEATURE_DISABLED" });
      const mention = await api(owner, "POST", `/rooms/${roomId}/messages`, {
        body: "@Flagged are you there?",
      });
      expect(mention.status).toBe(201);
      expect(mention.body.meta.replies).toEqual([]);
      expect(mention.body.meta.notice).toMatch(/flag ai\.advanced/);
    } finally {
      await services.database.db.delete(featureFlags).where(eq(featureFlags.key, "ai.advanced"));
      await services.flags.refresh();
    }
  });

  test("solve together: proposals stream side by side, then one plan is stored", async () => {
    const roomId = await newRoom();
    const ids: string[] = [];
    for (const name of ["Planner1", "Critic1"]) {
      const created = await api(owner, "POST", "/agents", { name, persona: `You are ${name}.` });
      ids.push(created.body.data.id);
      await api(owner, "POST", `/rooms/${roomId}/agents`, { agentId: created.body.data.id });
    }
    ollama.behaviour.script = (messages) => {
      const last = messages.at(-1)?.content ?? "";
      if (last.startsWith("Synthesise")) return "Plan: 1. Roll back 2. Add an alert";
      return messages[0]!.content.includes("Planner1") ? "Roll back the deploy." : "Add an alert.";
    };
    const a = await join(member, roomId);
    try {
      const solved = await api(owner, "POST", `/rooms/${roomId}/solve`, {
        problem: "Errors after the deploy",
        agentIds: ids,
      });
      expect(solved.status).toBe(202);
      const { solveId, proposals } = solved.body.data;
      expect(proposals).toHaveLength(2);
      const plan = await a.next("message", (d) => (d as { kind: string }).kind === "plan", 15_000);
      expect(plan.data).toMatchObject({
        body: "Plan: 1. Roll back 2. Add an alert",
        meta: { solveId, phase: "plan" },
      });
      const synthesis = ollama.requests.filter((r) => r.path === "/api/chat").at(-1)!.body as {
        messages: { content: string }[];
      };
      const prompt = synthesis.messages.at(-1)!.content;
      expect(prompt).toContain("Roll back the deploy.");
      expect(prompt).toContain("Add an alert.");
      const starts = a.messages.filter(
        (m) => m.type === "agent-start" && (m.data as { solveId?: string }).solveId === solveId,
      );
      expect(starts.length).toBeGreaterThanOrEqual(2);
    } finally {
      a.close();
    }
  });
});
