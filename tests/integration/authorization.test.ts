import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Method, Operation } from "#app/utils/api.server.ts";
import { apiDefinitions } from "#app/utils/api-registry.server.ts";
import { can, type Role } from "#app/utils/permissions.ts";
import { apiTokens } from "#db/schema.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Built from the registry of API routes, so a new route is covered without anyone remembering:
 * every operation, as every kind of caller, gets the status its declared access implies.
 */
const operations = apiDefinitions.flatMap((definition) =>
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
