import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signedInUser, TEST_PASSWORD } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Verified sessions and tokens are remembered for up to 2 s (credential-cache.server.ts). Each
 * write that takes access away must still work on the very next request of this instance: every
 * test first uses the credential (so it is remembered), then makes the change, then calls again.
 */

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  services = await createTestServices();
  http = await startHttp(services);
  admin = await signedInUser(services, "admin");
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

const me = (headers: Record<string, string>) =>
  fetch(`${http.url}/api/v1/me`, { headers, redirect: "manual" });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function patchUser(id: string, body: Record<string, unknown>) {
  const response = await fetch(`${http.url}/api/v1/users/${id}`, {
    method: "PATCH",
    headers: { ...bearer(admin.token), "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
}

/** Uses the credential twice, so the second answer is the remembered one. */
async function warm(headers: Record<string, string>) {
  for (let i = 0; i < 2; i++) expect((await me(headers)).status).toBe(200);
}

describe("remembered credentials are revoked at once on this instance", () => {
  test("sign-out ends the session for the next request", async () => {
    const { cookie } = await signedInUser(services, "viewer");
    await warm({ cookie });
    const out = await fetch(`${http.url}/logout`, {
      method: "POST",
      headers: { cookie, origin: http.url },
      redirect: "manual",
    });
    expect(out.status).toBe(302);
    // The old cookie (a client that kept it) no longer works either.
    expect((await me({ cookie })).status).toBe(401);
  });

  test("a revoked token is refused on the next request", async () => {
    const { token, tokenRow } = await signedInUser(services, "operator");
    await warm(bearer(token));
    const revoke = await fetch(`${http.url}/api/v1/tokens/${tokenRow.id}`, {
      method: "DELETE",
      headers: bearer(admin.token),
    });
    expect(revoke.status).toBe(200);
    const refused = await me(bearer(token));
    expect(refused.status).toBe(401);
    expect(JSON.stringify(await refused.json())).toContain("revoked");
  });

  test("disabling an account stops its session and its tokens", async () => {
    const { user, cookie, token } = await signedInUser(services, "operator");
    await warm({ cookie });
    await warm(bearer(token));
    await patchUser(user.id, { disabled: true });
    expect((await me({ cookie })).status).toBe(401);
    const refused = await me(bearer(token));
    expect(refused.status).toBe(401);
    expect(JSON.stringify(await refused.json())).toContain("disabled");
  });

  test("a password change ends the account's open sessions", async () => {
    const { user, cookie } = await signedInUser(services, "viewer");
    await warm({ cookie });
    await patchUser(user.id, { password: `${TEST_PASSWORD}-new` });
    expect((await me({ cookie })).status).toBe(401);
  });

  test("a role change applies to the session and the token on the next request", async () => {
    const { user, cookie, token } = await signedInUser(services, "operator");
    await warm({ cookie });
    await warm(bearer(token));
    await patchUser(user.id, { role: "viewer" });
    const viaSession = (await (await me({ cookie })).json()) as {
      data: { effectiveRole: string };
    };
    expect(viaSession.data.effectiveRole).toBe("viewer");
    const viaToken = (await (await me(bearer(token))).json()) as {
      data: { effectiveRole: string };
    };
    expect(viaToken.data.effectiveRole).toBe("viewer");
    // And the narrower role is enforced, not only reported.
    const write = await fetch(`${http.url}/api/v1/modules`, {
      method: "POST",
      headers: { ...bearer(token), "content-type": "application/json" },
      body: JSON.stringify({ slug: "after_demotion", name: "After demotion", kind: "x" }),
    });
    expect(write.status).toBe(403);
  });
});
