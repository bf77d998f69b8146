import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createModule } from "#app/modules/modules.server.ts";
import { startBridge } from "#app/realtime/bridge.server.ts";
import { METRICS_PARTY, METRICS_ROOM, signRoomToken } from "#app/realtime/room-token.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import {
  connectParty as connect,
  openParty as open,
  partyUrl,
} from "#tests/support/party-client.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let viewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  services = await createTestServices();
  http = await startHttp(services);
  viewer = await signedInUser(services, "viewer");
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

async function mintToken(room: string, token = viewer.token) {
  const response = await fetch(`${http.url}/api/v1/realtime/tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ room }),
  });
  return { status: response.status, body: await response.json() };
}

const wsUrl = (party: string, room: string, token?: string) =>
  partyUrl(services.realtime.url, party, room, token);

describe("room tokens", () => {
  test("a signed-in person gets a token for the metrics room", async () => {
    const { status, body } = await mintToken("global");
    expect(status).toBe(200);
    expect(body.data).toMatchObject({
      party: METRICS_PARTY,
      room: METRICS_ROOM,
      token: expect.any(String),
    });
    expect(body.data.host).toMatch(/^127\.0\.0\.1:\d+$/);
    const expires = new Date(body.data.expiresAt).getTime() - Date.now();
    expect(expires).toBeGreaterThan(60_000);
    expect(expires).toBeLessThanOrEqual(5 * 60_000);
  });

  test("nobody gets a token without signing in", async () => {
    const response = await fetch(`${http.url}/api/v1/realtime/tokens`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ room: "global" }),
    });
    expect(response.status).toBe(401);
  });

  test("a collaboration room the person is not a member of is never issued", async () => {
    const { status, body } = await mintToken(randomUUID());
    expect(status).toBe(404);
    expect(body.data).toBeUndefined();
  });

  test("a room that is neither global nor an id is a 400", async () => {
    expect((await mintToken("../../admin")).status).toBe(400);
  });
});

describe("the metrics room", () => {
  test("a valid token connects and receives pushes", async () => {
    const { body } = await mintToken("global");
    const client = await open(wsUrl(body.data.party, body.data.room, body.data.token));
    try {
      await client.next("hello");
      expect(
        await services.realtime.publish(METRICS_PARTY, METRICS_ROOM, {
          type: "probe-test",
          data: { n: 1 },
        }),
      ).toBe(true);
      const message = await client.next("probe-test");
      expect(message.data).toEqual({ n: 1 });
    } finally {
      client.close();
    }
  });

  test.each([
    ["missing", async () => undefined, "no room token"],
    [
      "forged",
      async () => signRoomToken("not-the-real-secret-but-long-enough!!", claim()),
      "signature",
    ],
    [
      "expired",
      async () => signRoomToken(services.config.secrets.realtime, claim({ exp: 1 })),
      "expired",
    ],
    [
      "for another room",
      async () => signRoomToken(services.config.secrets.realtime, claim({ room: "elsewhere" })),
      "another room",
    ],
    ["garbage", async () => "not.a.token", "malformed"],
  ])("a %s token is refused with 401", async (_name, make, reason) => {
    const result = await connect(wsUrl(METRICS_PARTY, METRICS_ROOM, await make()));
    expect(result).toMatchObject({ refused: 401 });
    expect((result as { reason: string }).reason).toContain(reason);
  });

  test("a token for the metrics room does not open a collaboration room", async () => {
    const { body } = await mintToken("global");
    const result = await connect(wsUrl("collab", METRICS_ROOM, body.data.token));
    expect(result).toMatchObject({ refused: 401 });
  });

  test("a push without the push secret is refused", async () => {
    const response = await fetch(
      `${services.realtime.url}/parties/${METRICS_PARTY}/${METRICS_ROOM}`,
      {
        method: "POST",
        headers: { authorization: "Bearer wrong", "content-type": "application/json" },
        body: JSON.stringify({ type: "x", data: null }),
      },
    );
    expect(response.status).toBe(401);
  });

  test("a pushed event reaches every subscriber, and the room counts them", async () => {
    const clients = await Promise.all(
      Array.from({ length: 5 }, async () =>
        open(wsUrl(METRICS_PARTY, METRICS_ROOM, (await mintToken("global")).body.data.token)),
      ),
    );
    try {
      expect(await services.realtime.connections()).toBeGreaterThanOrEqual(5);
      await services.realtime.publish(METRICS_PARTY, METRICS_ROOM, {
        type: "fanout",
        data: { id: 7 },
      });
      const received = await Promise.all(clients.map((c) => c.next("fanout")));
      expect(received.map((m) => m.data)).toEqual(Array(5).fill({ id: 7 }));
    } finally {
      for (const c of clients) c.close();
    }
  });

  test("the bridge pushes module changes and activity as they happen", async () => {
    const detach = startBridge(services);
    const client = await open(
      wsUrl(METRICS_PARTY, METRICS_ROOM, (await mintToken("global")).body.data.token),
    );
    try {
      const module = await createModule(
        services,
        { slug: `live_${Date.now()}`, name: "Live", kind: "test" },
        { id: null, label: "test" },
      );
      const activity = await client.next("activity");
      expect(activity.data).toMatchObject({ type: "module.created", moduleId: module.id });
      const change = await client.next("module");
      expect(change.data).toMatchObject({
        change: "created",
        id: module.id,
        module: { slug: module.slug },
      });
    } finally {
      client.close();
      detach();
    }
  });

  test("a push to an unreachable PartyKit fails quietly and is counted", async () => {
    const { createRealtime } = await import("#app/realtime/realtime.server.ts");
    const { freePort } = await import("#tests/support/ports.ts");
    const dead = createRealtime({
      url: `http://127.0.0.1:${await freePort()}`,
      pushSecret: "x".repeat(32),
    });
    expect(await dead.publish(METRICS_PARTY, METRICS_ROOM, { type: "x", data: null })).toBe(false);
    expect(dead.stats).toMatchObject({ failed: 1, retried: 2, pushed: 0 });
  });
});

function claim(overrides: Record<string, unknown> = {}) {
  return {
    sub: viewer.user.id,
    name: "Viewer",
    role: "viewer" as const,
    party: METRICS_PARTY,
    room: METRICS_ROOM,
    exp: Math.floor(Date.now() / 1000) + 60,
    ...overrides,
  };
}
