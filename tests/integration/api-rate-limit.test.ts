import { expect, test } from "vitest";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices } from "#tests/support/services.ts";

test("API calls are limited per token (API_RATE_LIMIT a minute), with Retry-After", async () => {
  const services = await createTestServices({ env: { API_RATE_LIMIT: "3" } });
  const http = await startHttp(services);
  try {
    const first = await signedInUser(services, "viewer");
    const second = await signedInUser(services, "viewer");
    const call = (token: string) =>
      fetch(`${http.url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(first.token)).status);
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
