import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { COLLAB_PARTY } from "#app/realtime/room-token.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { eventually, openParty, type PartyClient, partyUrl } from "#tests/support/party-client.ts";
import { freePort } from "#tests/support/ports.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";
import { type PartykitProcess, portIsFree, startPartykit } from "../../scripts/partykit.ts";

/**
 * No loss: PartyKit goes away and comes back. A message posted meanwhile is stored (the app
 * persists before it pushes), and everyone who reconnects gets it by asking for what came after
 * the last message they saw, as the browser does on every (re)connect.
 */
let partykit: PartykitProcess;
let workDir: string;
let port: number;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
type Caller = Awaited<ReturnType<typeof signedInUser>>;
let owner: Caller;
let member: Caller;

const vars = () => ({
  REALTIME_SECRET: inject("realtimeSecret"),
  REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
});

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), "nexus-partykit-own-"));
  port = await freePort();
  partykit = await startPartykit({ port, workDir, persist: false, vars: vars() });
  services = await createTestServices({ env: { PARTYKIT_HOST: partykit.url } });
  http = await startHttp(services);
  owner = await signedInUser(services, "operator");
  member = await signedInUser(services, "operator");
}, 60_000);
afterAll(async () => {
  await http?.close();
  await services?.destroy();
  await partykit?.stop();
  await rm(workDir, { recursive: true, force: true });
});

async function api(caller: Caller, method: string, p: string, body?: unknown) {
  const response = await fetch(`${http.url}/api/v1${p}`, {
    method,
    headers: {
      authorization: `Bearer ${caller.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

async function join(caller: Caller, roomId: string): Promise<PartyClient> {
  const minted = await api(caller, "POST", "/realtime/tokens", { room: roomId });
  return openParty(partyUrl(partykit.url, COLLAB_PARTY, roomId, minted.body.data.token));
}

type Message = { id: string; body: string; cursor: string };

test("a message posted while PartyKit is down reaches everyone when they reconnect", async () => {
  const room = await api(owner, "POST", "/rooms", { name: "Resilient", topic: "" });
  const roomId = room.body.data.id;
  await api(owner, "POST", `/rooms/${roomId}/members`, { userId: member.user.id });

  const clients = [await join(owner, roomId), await join(member, roomId)];
  const before = await api(owner, "POST", `/rooms/${roomId}/messages`, { body: "before" });
  const lastSeen: string[] = [];
  for (const client of clients) {
    const got = await client.next("message", (d) => (d as Message).id === before.body.data.id);
    lastSeen.push((got.data as Message).cursor);
  }

  await partykit.stop();
  await Promise.all(clients.map((c) => c.closed));

  const during = await api(member, "POST", `/rooms/${roomId}/messages`, { body: "while down" });
  expect(during.status).toBe(201);
  expect(services.realtime.stats.failed).toBeGreaterThan(0);

  await eventually(async () => expect(await portIsFree(port)).toBe(true), 10_000);
  partykit = await startPartykit({ port, workDir, persist: false, vars: vars() });

  const rejoined = [await join(owner, roomId), await join(member, roomId)];
  try {
    // What a reconnecting browser does: everything after the last message it saw.
    for (const [i, caller] of [owner, member].entries()) {
      const caught = await api(caller, "GET", `/rooms/${roomId}/messages?since=${lastSeen[i]}`);
      expect(caught.body.data.map((m: Message) => m.body)).toEqual(["while down"]);
    }
    // And the room is live again for what comes next.
    const after = await api(owner, "POST", `/rooms/${roomId}/messages`, { body: "after" });
    for (const client of rejoined) {
      await client.next("message", (d) => (d as Message).id === after.body.data.id);
    }
  } finally {
    for (const client of rejoined) client.close();
  }
}, 90_000);
