import { expect, test } from "vitest";
import { forgetCredentials } from "#app/accounts/credential-cache.server.ts";
import { rateLimitRules } from "#app/utils/rate-limit.server.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { windowWithRoom } from "#tests/support/rate-limit.ts";
import { createTestServices } from "#tests/support/services.ts";

// Two accounts on a fresh database (password hashing included): slow on a busy machine.
test("API calls are limited per token (API_RATE_LIMIT a minute), with Retry-After", {
  timeout: 120_000,
}, async () => {
  const services = await createTestServices({ env: { API_RATE_LIMIT: "3" } });
  const http = await startHttp(services);
  try {
    const first = await signedInUser(services, "viewer");
    const second = await signedInUser(services, "viewer");
    const call = (token: string) =>
      fetch(`${http.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    const reset = await windowWithRoom(
      services.rateLimiter,
      services.rateLimiter.rules.api,
      15_000,
    );
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(first.token)).status);
    expect(Date.now(), "all requests fell in one window of the limiter").toBeLessThan(reset);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await call(first.token);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");
    // Another token has its own quota.
    expect((await call(second.token)).status).toBe(200);
  } finally {
    await http.close();
    await services.destroy();
  }
});

test("invalid bearer tokens are limited per address before any lookup; valid tokens are not", {
  timeout: 60_000,
}, async () => {
  const services = await createTestServices();
  const http = await startHttp(services);
  let queries = 0;
  const stopCounting = services.database.onQuery(() => {
    queries += 1;
  });
  try {
    const viewer = await signedInUser(services, "viewer");
    const call = (token: string, from: string) =>
      fetch(`${http.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${token}`, "x-forwarded-for": from },
      });
    // Well-formed but unknown, so each one the app looks up costs a query.
    const bogus = (i: number) => `nxs_${String(i).padStart(10, "0")}_${"x".repeat(32)}`;

    // Valid tokens never count against it, even when every one of them has to be looked up.
    for (let i = 0; i < rateLimitRules.invalidTokens.limit + 5; i++) {
      forgetCredentials();
      expect((await call(viewer.token, "203.0.113.1")).status).toBe(200);
    }

    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await call(bogus(i), "203.0.113.7")).status);
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThan(0);
    expect(firstLimited).toBeLessThanOrEqual(rateLimitRules.invalidTokens.limit);
    expect(statuses.slice(0, firstLimited).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true);

    const before = queries;
    const limited = await call(bogus(1000), "203.0.113.7");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = await limited.json();
    expect(body).toMatchObject({ success: false, error: { code: "RATE_LIMITED" } });
    expect(queries, "refused before the database is asked").toBe(before);

    // Another address is not affected; a token this instance verified a moment ago (here, for
    // that other address) still works from the refused one, since it needs no lookup.
    expect((await call(bogus(2000), "203.0.113.8")).status).toBe(401);
    expect((await call(viewer.token, "203.0.113.8")).status).toBe(200);
    expect((await call(viewer.token, "203.0.113.7")).status).toBe(200);
  } finally {
    stopCounting();
    await http.close();
    await services.destroy();
  }
});
