import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Method, Operation } from "#app/api/api.server.ts";
import { apiDefinitionsOf } from "#app/api/registry.server.ts";
import { addMember, createRoom, postMessage } from "#app/rooms/rooms.server.ts";
import { can, type Role } from "#app/utils/permissions.ts";
import { apiTokens } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { builtApp } from "#tests/support/build.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Built from the API routes of the server build's route table, so a new route is covered without
 * anyone remembering: every operation, as every kind of caller, gets the status its declared
 * access implies.
 */
const operations = apiDefinitionsOf((await builtApp()).build.routes).flatMap((definition) =>
  (Object.entries(definition.operations) as [Method, Operation][]).map(([method, op]) => ({
    method,
    op,
    path: `/api/v1${definition.path.replace(/\{[^}]+\}/g, randomUUID())}`,
  })),
);
const guarded = operations.filter(({ op }) => op.access !== "public");
const mutating = operations.filter(({ method }) => method !== "GET");

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
const callers = {} as Record<Role, Awaited<ReturnType<typeof signedInUser>>>;
let revokedToken: string;
let expiredToken: string;

beforeAll(async () => {
  services = await createTestServices({
    // Every operation gets three refused tokens from this one address: what is checked here is
    // each refusal, not the limit on them (api-rate-limit.test.ts).
    shared: { rateLimits: { invalidTokens: { limit: 100_000 } } },
  });
  http = await startHttp(services);
  for (const role of ["viewer", "operator", "admin"] as const) {
    callers[role] = await signedInUser(services, role);
  }
  const revoked = await signedInUser(services, "admin");
  await services.database.db
    .update(apiTokens)
    .set({ revokedAt: new Date() })
    .where(eq(apiTokens.id, revoked.tokenRow.id));
  revokedToken = revoked.token;
  const expired = await signedInUser(services, "admin");
  await services.database.db
    .update(apiTokens)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(eq(apiTokens.id, expired.tokenRow.id));
  expiredToken = expired.token;
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

function send(method: string, path: string, headers: Record<string, string> = {}) {
  const hasBody = method !== "GET" && method !== "DELETE";
  return fetch(`${http.url}${path}`, {
    method,
    headers: { ...(hasBody ? { "content-type": "application/json" } : {}), ...headers },
    body: hasBody ? "{}" : undefined,
  });
}

const sameOrigin = () => ({ origin: http.url, "sec-fetch-site": "same-origin" });

test("the registry has mutating operations to check", () => {
  expect(mutating.length).toBeGreaterThan(0);
  // Every write needs credentials: no mutating operation is public.
  expect(mutating.filter(({ op }) => op.access === "public").map(({ op }) => op.id)).toEqual([]);
});

describe.each(guarded.map((o) => [`${o.method} ${o.path.replace(/[0-9a-f-]{36}/, "{id}")}`, o]))(
  "%s",
  (_name, { method, op, path }) => {
    test("without credentials: 401", async () => {
      const response = await send(method, path);
      expect(response.status).toBe(401);
      expect((await response.json()).error.code).toBe("UNAUTHORIZED");
    });

    test.each(["viewer", "operator", "admin"] as const)("as %s (session cookie)", async (role) => {
      const response = await send(method, path, { cookie: callers[role].cookie, ...sameOrigin() });
      const allowed = can(role, op.access as Exclude<typeof op.access, "public">);
      if (allowed) expect([401, 403]).not.toContain(response.status);
      else expect(response.status).toBe(403);
    });

    test.each(["viewer", "operator", "admin"] as const)("as %s (bearer token)", async (role) => {
      const response = await send(method, path, { authorization: `Bearer ${callers[role].token}` });
      const allowed = can(role, op.access as Exclude<typeof op.access, "public">);
      if (allowed) expect([401, 403]).not.toContain(response.status);
      else expect(response.status).toBe(403);
    });

    test("with a revoked token: 401", async () => {
      const response = await send(method, path, { authorization: `Bearer ${revokedToken}` });
      expect(response.status).toBe(401);
      expect((await response.json()).error.message).toMatch(/revoked/);
    });

    test("with an expired token: 401", async () => {
      const response = await send(method, path, { authorization: `Bearer ${expiredToken}` });
      expect(response.status).toBe(401);
      expect((await response.json()).error.message).toMatch(/expired/);
    });

    test("with a forged token: 401", async () => {
      const forged = `${callers.admin.token.slice(0, -4)}AAAA`;
      expect((await send(method, path, { authorization: `Bearer ${forged}` })).status).toBe(401);
    });
  },
);

describe.each(mutating.map((o) => [`${o.method} ${o.path.replace(/[0-9a-f-]{36}/, "{id}")}`, o]))(
  "%s from another site",
  (_name, { method, path }) => {
    test("a cookie-authenticated request is refused with 403", async () => {
      const response = await send(method, path, {
        cookie: callers.admin.cookie,
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      });
      expect(response.status).toBe(403);
      expect((await response.json()).error.message).toMatch(/Cross-site/);
    });

    test("a bearer-token request is not refused for its origin", async () => {
      const response = await send(method, path, {
        authorization: `Bearer ${callers.admin.token}`,
        origin: "https://evil.example",
      });
      expect([401, 403]).not.toContain(response.status);
    });
  },
);

/**
 * A viewer reads everything they can see and changes no domain data: no room messages, no
 * agents asked. What they may still do is about themselves: read-only API tokens for their
 * dashboards and scripts, a realtime token to watch a room, leaving a room.
 */
describe("a viewer is read-only", () => {
  const system = { id: null, label: "test" };
  const asViewer = (method: string, path: string, body?: unknown) =>
    fetch(`${http.url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${callers.viewer.token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  /** A room the operator owns and the viewer is in, with a message the viewer wrote earlier. */
  async function roomWithViewer(viewerRole: "member" | "owner" = "member") {
    const owner = { ...system, id: callers.operator.user.id };
    const room = await createRoom(services, { name: "Read-only check", topic: "" }, owner);
    await addMember(services, room.id, { userId: callers.viewer.user.id, role: viewerRole }, owner);
    // Written while they could still post (an operator since demoted, say).
    const { message } = await postMessage(
      services,
      room.id,
      { body: "from before" },
      { id: callers.viewer.user.id, name: callers.viewer.user.name },
    );
    return { roomId: room.id, messageId: message.id };
  }

  test("the only non-read operations open to a viewer are self-service", () => {
    const open = mutating
      .filter(({ op }) => op.access !== "public" && can("viewer", op.access))
      .map(({ method, op }) => `${method} ${op.id}`)
      .sort();
    expect(open).toEqual([
      "DELETE removeRoomMember", // leaving a room (removing anyone else is refused, below)
      "DELETE revokeToken", // their own tokens
      "POST createRoomToken", // watching a room live
      "POST createToken", // read scope only (below)
      "POST selectAiModel", // runs nothing: says which model would
    ]);
  });

  test("in their room: reads work; posting, editing or deleting their message, asking an agent and stopping a reply are 403", async () => {
    const { roomId, messageId } = await roomWithViewer();
    expect((await asViewer("GET", `/rooms/${roomId}`)).status).toBe(200);
    const messages = await asViewer("GET", `/rooms/${roomId}/messages`);
    expect(messages.status).toBe(200);
    expect((await messages.json()).data.map((m: { id: string }) => m.id)).toEqual([messageId]);
    expect((await asViewer("POST", "/realtime/tokens", { room: roomId })).status).toBe(200);

    const refused: [string, string, unknown?][] = [
      ["POST", `/rooms/${roomId}/messages`, { body: "hello" }],
      ["PATCH", `/rooms/${roomId}/messages/${messageId}`, { body: "edited" }],
      ["DELETE", `/rooms/${roomId}/messages/${messageId}`],
      ["POST", `/rooms/${roomId}/ask`, { agentId: randomUUID() }],
      ["POST", `/rooms/${roomId}/replies/${randomUUID()}/stop`],
    ];
    for (const [method, path, body] of refused) {
      const response = await asViewer(method, path, body);
      expect(response.status, `${method} ${path}`).toBe(403);
      expect((await response.json()).error.code).toBe("FORBIDDEN");
    }
    // Signed in on the page's session, the same.
    const viaCookie = await fetch(`${http.url}/api/v1/rooms/${roomId}/messages`, {
      method: "POST",
      headers: {
        cookie: callers.viewer.cookie,
        "content-type": "application/json",
        ...sameOrigin(),
      },
      body: JSON.stringify({ body: "hello" }),
    });
    expect(viaCookie.status).toBe(403);
    const after = await (await asViewer("GET", `/rooms/${roomId}/messages`)).json();
    expect(after.data.map((m: { body: string }) => m.body)).toEqual(["from before"]);
  });

  test("a viewer made a room owner may leave, but not remove anyone", async () => {
    const { roomId } = await roomWithViewer("owner");
    const removeOperator = await asViewer(
      "DELETE",
      `/rooms/${roomId}/members/${callers.operator.user.id}`,
    );
    expect(removeOperator.status).toBe(403);
    expect(
      (await asViewer("DELETE", `/rooms/${roomId}/members/${callers.viewer.user.id}`)).status,
    ).toBe(200);
    expect((await asViewer("GET", `/rooms/${roomId}`)).status).toBe(404);
  });

  test("tokens: a viewer creates, lists and revokes their own read tokens, and no higher scope", async () => {
    for (const scope of ["write", "admin"]) {
      const refused = await asViewer("POST", "/tokens", { name: `too high ${scope}`, scope });
      expect(refused.status, scope).toBe(403);
    }
    const created = await asViewer("POST", "/tokens", { name: "dashboard", scope: "read" });
    expect(created.status).toBe(201);
    const { id, token, scope } = (await created.json()).data;
    expect(scope).toBe("read");
    const me = await fetch(`${http.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await me.json()).data.effectiveRole).toBe("viewer");
    const listed = await (await asViewer("GET", "/tokens")).json();
    expect(listed.data.map((t: { id: string }) => t.id)).toContain(id);
    expect((await asViewer("GET", "/tokens?all=true")).status).toBe(403);
    // Someone else's token is not theirs to see or revoke.
    expect((await asViewer("DELETE", `/tokens/${callers.operator.tokenRow.id}`)).status).toBe(404);
    expect((await asViewer("DELETE", `/tokens/${id}`)).status).toBe(200);
    const revoked = await fetch(`${http.url}/api/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(revoked.status).toBe(401);
  });
});
