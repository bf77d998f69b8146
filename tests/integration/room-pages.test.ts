import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addMember, createRoom, postMessage } from "#app/rooms/rooms.server.ts";
import { agents, roomMessages, rooms } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;

beforeAll(async () => {
  services = await createTestServices();
  http = await startHttp(services);
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

const post = (path: string, cookie: string, values: Record<string, string> | URLSearchParams) =>
  fetch(`${http.url}${path}`, {
    method: "POST",
    body: values instanceof URLSearchParams ? values : new URLSearchParams(values),
    headers: { cookie, origin: http.url },
    redirect: "manual",
  });
const get = (path: string, cookie: string) =>
  fetch(`${http.url}${path}`, { headers: { cookie }, redirect: "manual" });

test("without JavaScript: open a room, invite someone, post once even when the form is resent", async () => {
  const owner = await signedInUser(services, "operator");
  const member = await signedInUser(services, "operator");
  const outsider = await signedInUser(services, "operator");

  const invalid = await post("/rooms", owner.cookie, { name: "", topic: "x" });
  expect(invalid.status).toBe(400);
  expect(await services.database.db.select().from(rooms)).toHaveLength(0);

  const created = await post("/rooms", owner.cookie, { name: "Launch", topic: "Friday's release" });
  expect(created.status).toBe(302);
  const location = created.headers.get("location")!;
  expect(location).toMatch(/^\/rooms\/[0-9a-f-]{36}$/);
  const roomId = location.split("/").pop()!;

  expect(
    (
      await post(location, owner.cookie, {
        intent: "invite",
        userId: member.user.id,
        role: "member",
      })
    ).status,
  ).toBe(200);
  const page = await get(location, member.cookie);
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("Launch");
  expect(html).toContain("Friday&#x27;s release");

  const key = randomUUID();
  const form = { intent: "post", body: "Ship it **today**", idempotencyKey: key };
  expect((await post(location, member.cookie, form)).status).toBe(200);
  expect((await post(location, member.cookie, form)).status).toBe(200);
  const stored = await services.database.db
    .select()
    .from(roomMessages)
    .where(eq(roomMessages.roomId, roomId));
  expect(stored.map((m) => m.body)).toEqual(["Ship it **today**"]);
  expect(await (await get(location, owner.cookie)).text()).toContain("<strong>today</strong>");

  const empty = await post(location, member.cookie, { intent: "post", body: "   " });
  expect(empty.status).toBe(400);

  // A member who does not own the room may not invite, and an outsider sees no room at all.
  expect(
    (await post(location, member.cookie, { intent: "invite", userId: outsider.user.id })).status,
  ).toBe(403);
  expect((await get(location, outsider.cookie)).status).toBe(404);
  expect((await post(location, outsider.cookie, form)).status).toBe(404);
  expect(await (await get("/rooms", outsider.cookie)).text()).not.toContain("Launch");
});

test("a viewer reads a room: no composer, edit or delete, a note instead, and the forms are refused", async () => {
  const owner = await signedInUser(services, "operator");
  const viewer = await signedInUser(services, "viewer");
  const system = { id: owner.user.id, label: "test" };
  const room = await createRoom(services, { name: "Watched", topic: "" }, system);
  await addMember(services, room.id, { userId: viewer.user.id, role: "member" }, system);
  await postMessage(services, room.id, { body: "words of the owner" }, owner.user);
  // One of theirs from before (written while they could post).
  const { message: theirs } = await postMessage(
    services,
    room.id,
    { body: "their old words" },
    viewer.user,
  );
  const location = `/rooms/${room.id}`;

  const html = await (await get(location, viewer.cookie)).text();
  expect(html).toContain("words of the owner");
  expect(html).toContain("their old words");
  expect(html).toContain("Viewers read rooms; an operator can post.");
  expect(html).not.toContain('aria-label="Post a message"');
  expect(html).not.toMatch(/name="intent" value="(post|edit|delete|stop)"/);
  expect(html).not.toMatch(/>Edit<|>Delete</);
  expect(html).toContain(">Leave<");
  // The operator who owns it still gets the composer.
  expect(await (await get(location, owner.cookie)).text()).toContain('aria-label="Post a message"');

  const forms: Record<string, string>[] = [
    { intent: "post", body: "let me in", idempotencyKey: randomUUID() },
    { intent: "edit", messageId: theirs.id, body: "edited" },
    { intent: "delete", messageId: theirs.id },
    { intent: "stop", streamId: randomUUID() },
  ];
  for (const form of forms) {
    expect((await post(location, viewer.cookie, form)).status, form.intent).toBe(403);
  }
  const stored = await services.database.db
    .select()
    .from(roomMessages)
    .where(eq(roomMessages.roomId, room.id));
  expect(stored.map((m) => m.body).sort()).toEqual(["their old words", "words of the owner"]);
});

test("the agents page: operators define and delete agents; viewers only look", async () => {
  const operator = await signedInUser(services, "operator");
  const viewer = await signedInUser(services, "viewer");
  const bad = await post("/agents", operator.cookie, {
    intent: "create",
    name: "1bad",
    persona: "",
  });
  expect(bad.status).toBe(400);
  const created = await post("/agents", operator.cookie, {
    intent: "create",
    name: "Scribe",
    persona: "You take careful notes.",
    taskKind: "summarization",
    specialisation: "minutes",
  });
  expect(created.status).toBe(200);
  const [agent] = await services.database.db.select().from(agents).where(eq(agents.name, "Scribe"));
  expect(agent).toMatchObject({ taskKind: "summarization", specialisation: "minutes" });
  expect(
    (await post("/agents", operator.cookie, { intent: "create", name: "scribe", persona: "x" }))
      .status,
  ).toBe(409);
  expect(await (await get("/agents", viewer.cookie)).text()).toContain("You take careful notes.");
  const edited = await post("/agents", operator.cookie, {
    intent: "update",
    agentId: agent!.id,
    persona: "You write minutes.",
    specialisation: "",
    taskKind: "reasoning",
    model: "",
  });
  expect(edited.status).toBe(200);
  const [after] = await services.database.db.select().from(agents).where(eq(agents.id, agent!.id));
  expect(after).toMatchObject({
    persona: "You write minutes.",
    specialisation: null,
    taskKind: "reasoning",
  });
  expect(
    (await post("/agents", operator.cookie, { intent: "update", agentId: agent!.id, persona: "" }))
      .status,
  ).toBe(400);
  expect(
    (await post("/agents", viewer.cookie, { intent: "delete", agentId: agent!.id })).status,
  ).toBe(403);
  expect(
    (await post("/agents", operator.cookie, { intent: "delete", agentId: agent!.id })).status,
  ).toBe(200);
  expect(
    await services.database.db.select().from(agents).where(eq(agents.id, agent!.id)),
  ).toHaveLength(0);
});
