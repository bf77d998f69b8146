import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  COLLAB_PARTY,
  METRICS_PARTY,
  METRICS_ROOM,
  signRoomToken,
} from "#app/realtime/room-token.ts";
import { addMember, createRoom, removeMember } from "#app/rooms/rooms.server.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import {
  connectParty,
  openParty,
  type PartyClient,
  partyUrl,
} from "#tests/support/party-client.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * What a hostile client can do to a party, against the real `partykit dev`: oversized, malformed
 * and binary messages, floods from one connection, claims to be someone else, and old tokens.
 * Each is refused or contained, and nothing reaches the other people in the room.
 */
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
type Caller = Awaited<ReturnType<typeof signedInUser>>;
let alice: Caller;
let bob: Caller;

beforeAll(async () => {
  services = await createTestServices();
  http = await startHttp(services);
  alice = await signedInUser(services, "operator");
  bob = await signedInUser(services, "viewer");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

async function mint(caller: Caller, room: string) {
  const response = await fetch(`${http.url}/api/v1/realtime/tokens`, {
    method: "POST",
    headers: { authorization: `Bearer ${caller.token}`, "content-type": "application/json" },
    body: JSON.stringify({ room }),
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: { token: string } }).data.token;
}

const system = { id: null, label: "test" };

async function sharedRoom() {
  const room = await createRoom(
    services,
    { name: "Abuse", topic: "" },
    { ...system, id: alice.user.id },
  );
  await addMember(
    services,
    room.id,
    { userId: bob.user.id, role: "member" },
    { ...system, id: alice.user.id },
  );
  return room.id;
}

async function pair(roomId: string): Promise<[PartyClient, PartyClient]> {
  const attacker = await openParty(
    partyUrl(services.realtime.url, COLLAB_PARTY, roomId, await mint(alice, roomId)),
  );
  const victim = await openParty(
    partyUrl(services.realtime.url, COLLAB_PARTY, roomId, await mint(bob, roomId)),
  );
  await victim.next("presence", (d) => (d as { present: unknown[] }).present.length === 2);
  await attacker.next("presence", (d) => (d as { present: unknown[] }).present.length === 2);
  return [attacker, victim];
}

/** Lets in-flight frames arrive, then says what the victim got besides presence. */
async function leaked(victim: PartyClient) {
  await new Promise((r) => setTimeout(r, 300));
  return victim.messages.filter((m) => m.type !== "presence");
}

describe("the collab party", () => {
  test("an oversized message closes the sender's connection (1009); nothing is broadcast", async () => {
    const [attacker, victim] = await pair(await sharedRoom());
    try {
      attacker.socket.send(JSON.stringify({ type: "typing", pad: "x".repeat(64 * 1024) }));
      expect((await attacker.closed).code).toBe(1009);
      expect(await leaked(victim)).toEqual([]);
    } finally {
      attacker.close();
      victim.close();
    }
  });

  test("malformed, binary and unknown messages are refused to the sender only", async () => {
    const [attacker, victim] = await pair(await sharedRoom());
    try {
      attacker.socket.send("{not json");
      expect((await attacker.next("error")).data).toMatchObject({ code: "bad_message" });
      attacker.socket.send(Buffer.from([1, 2, 3]));
      expect((await attacker.next("error")).data).toMatchObject({ code: "bad_message" });
      attacker.socket.send(JSON.stringify({ type: "message", data: { body: "forged message" } }));
      expect((await attacker.next("error")).data).toMatchObject({ code: "bad_message" });
      attacker.socket.send("null");
      expect((await attacker.next("error")).data).toMatchObject({ code: "bad_message" });
      expect(await leaked(victim)).toEqual([]);
      expect(attacker.socket.readyState).toBe(attacker.socket.OPEN);
    } finally {
      attacker.close();
      victim.close();
    }
  });

  test("presence cannot be spoofed: only the verified identity is ever announced", async () => {
    const [attacker, victim] = await pair(await sharedRoom());
    try {
      attacker.socket.send(
        JSON.stringify({
          type: "presence",
          data: { present: [{ id: "x", name: "Mallory", role: "admin" }] },
        }),
      );
      expect((await attacker.next("error")).data).toMatchObject({ code: "bad_message" });
      attacker.socket.send(
        JSON.stringify({
          type: "typing",
          userId: bob.user.id,
          name: "Mallory",
          data: { userId: bob.user.id, name: "Mallory" },
        }),
      );
      const typing = await victim.next("typing");
      expect(typing.data).toEqual({ userId: alice.user.id, name: alice.user.name });
      const others = await leaked(victim);
      expect(JSON.stringify(others)).not.toContain("Mallory");
    } finally {
      attacker.close();
      victim.close();
    }
  });

  test("a viewer may watch but not type: their typing is refused to them and never broadcast", async () => {
    const [operator, viewer] = await pair(await sharedRoom());
    try {
      viewer.socket.send(JSON.stringify({ type: "typing" }));
      expect((await viewer.next("error")).data).toMatchObject({ code: "read_only" });
      expect(await leaked(operator)).toEqual([]);
      expect(viewer.socket.readyState).toBe(viewer.socket.OPEN);
      // The operator's typing still reaches the viewer.
      operator.socket.send(JSON.stringify({ type: "typing" }));
      expect((await viewer.next("typing")).data).toEqual({
        userId: alice.user.id,
        name: alice.user.name,
      });
    } finally {
      operator.close();
      viewer.close();
    }
  });

  test("a flood from one connection is told to slow down once, then cut off; others barely notice", async () => {
    const [attacker, victim] = await pair(await sharedRoom());
    try {
      for (let i = 0; i < 200; i++) {
        if (attacker.socket.readyState !== attacker.socket.OPEN) break;
        attacker.socket.send(JSON.stringify({ type: "typing" }));
      }
      expect((await attacker.closed).code).toBe(1008);
      const errors = attacker.messages.filter((m) => m.type === "error");
      expect(errors).toHaveLength(1);
      expect(errors[0]!.data).toMatchObject({ code: "rate_limited" });
      // Typing is broadcast at most once a second per person, whatever the rate sent.
      const got = await leaked(victim);
      expect(got.filter((m) => m.type === "typing").length).toBeLessThanOrEqual(1);
      expect(got.filter((m) => m.type !== "typing")).toEqual([]);
      // The victim's own connection is still fine.
      expect(victim.socket.readyState).toBe(victim.socket.OPEN);
    } finally {
      attacker.close();
      victim.close();
    }
  });

  test("expired, forged and other-room tokens are refused at connect", async () => {
    const roomId = await sharedRoom();
    const claim = {
      sub: alice.user.id,
      name: alice.user.name,
      role: "operator" as const,
      party: COLLAB_PARTY,
      room: roomId,
      exp: Math.floor(Date.now() / 1000) - 1,
    };
    const expired = await signRoomToken(services.config.secrets.realtime, claim);
    const forged = await signRoomToken("x".repeat(40), { ...claim, exp: claim.exp + 120 });
    for (const [token, reason] of [
      [expired, "expired"],
      [forged, "signature"],
      [`${expired.split(".")[0]}.${"A".repeat(43)}`, "signature"],
      ["%%%.???", "malformed"],
    ] as const) {
      const result = await connectParty(
        partyUrl(services.realtime.url, COLLAB_PARTY, roomId, token),
      );
      expect(result).toMatchObject({ refused: 401 });
      expect((result as { reason: string }).reason).toContain(reason);
    }
  });

  test("a removed member's unexpired token opens nothing; a re-invite opens the door again", async () => {
    const roomId = await sharedRoom();
    const oldToken = await mint(bob, roomId);
    await removeMember(services, roomId, bob.user.id, { ...system, id: alice.user.id });
    // The removal reaches the party through the app's push.
    const deadline = Date.now() + 5000;
    let closed: { code: number } | null = null;
    while (Date.now() < deadline) {
      const client = await openParty(
        partyUrl(services.realtime.url, COLLAB_PARTY, roomId, oldToken),
      );
      const outcome = await Promise.race([
        client.closed,
        new Promise<null>((r) => setTimeout(() => r(null), 300)),
      ]);
      client.close();
      if (outcome) {
        closed = outcome;
        break;
      }
    }
    expect(closed?.code).toBe(1008);
    await addMember(
      services,
      roomId,
      { userId: bob.user.id, role: "member" },
      { ...system, id: alice.user.id },
    );
    await new Promise((r) => setTimeout(r, 200));
    const again = await openParty(
      partyUrl(services.realtime.url, COLLAB_PARTY, roomId, await mint(bob, roomId)),
    );
    try {
      await again.next("presence");
    } finally {
      again.close();
    }
  });
});

describe("the metrics party", () => {
  async function listener() {
    return openParty(
      partyUrl(services.realtime.url, METRICS_PARTY, METRICS_ROOM, await mint(bob, METRICS_ROOM)),
    );
  }

  test("an oversized message closes the connection (1009); others receive nothing of it", async () => {
    const attacker = await listener();
    const victim = await listener();
    try {
      attacker.socket.send("x".repeat(8 * 1024));
      expect((await attacker.closed).code).toBe(1009);
      // The room is the shared global one (other tests' servers push module events into it):
      // what must not arrive is anything of the attacker's bytes.
      expect(
        (await leaked(victim)).filter((m) => JSON.stringify(m).includes("x".repeat(64))),
      ).toEqual([]);
    } finally {
      attacker.close();
      victim.close();
    }
  });

  test("malformed messages are ignored, not echoed or broadcast", async () => {
    const attacker = await listener();
    const victim = await listener();
    try {
      attacker.socket.send("{nope");
      attacker.socket.send(JSON.stringify({ type: "emergency", data: { mode: "stopped" } }));
      attacker.socket.send(Buffer.from([0, 1]));
      attacker.socket.send("ping");
      await attacker.next("pong");
      expect(attacker.messages.filter((m) => m.type !== "hello")).toEqual([]);
      expect((await leaked(victim)).filter((m) => m.type === "emergency")).toEqual([]);
    } finally {
      attacker.close();
      victim.close();
    }
  });

  test("a ping flood gets a bounded number of answers, then the connection is closed", async () => {
    const attacker = await listener();
    try {
      for (let i = 0; i < 100; i++) {
        if (attacker.socket.readyState !== attacker.socket.OPEN) break;
        attacker.socket.send("ping");
      }
      expect((await attacker.closed).code).toBe(1008);
      expect(attacker.messages.filter((m) => m.type === "pong").length).toBeLessThanOrEqual(20);
    } finally {
      attacker.close();
    }
  });

  test("an expired token is refused", async () => {
    const expired = await signRoomToken(services.config.secrets.realtime, {
      sub: bob.user.id,
      name: bob.user.name,
      role: "viewer",
      party: METRICS_PARTY,
      room: METRICS_ROOM,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const result = await connectParty(
      partyUrl(services.realtime.url, METRICS_PARTY, METRICS_ROOM, expired),
    );
    expect(result).toMatchObject({ refused: 401 });
  });
});
