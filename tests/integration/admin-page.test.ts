import { afterAll, beforeAll, expect, test } from "vitest";
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

test("the admin page shows each cache's figures to admins only", async () => {
  const admin = await signedInUser(services, "admin");
  const operator = await signedInUser(services, "operator");
  const auth = { authorization: `Bearer ${admin.token}` };
  await fetch(`${http.url}/api/v1/modules`, { headers: auth });
  await fetch(`${http.url}/api/v1/modules`, { headers: auth });

  const page = await fetch(`${http.url}/admin`, { headers: { cookie: admin.cookie } });
  expect(page.status).toBe(200);
  const html = await page.text();
  expect(html).toContain("Back end: memory");
  expect(html).toMatch(/<td[^>]*>modules<\/td>/);
  expect(html).toContain("50.0 %");

  const refused = await fetch(`${http.url}/admin`, { headers: { cookie: operator.cookie } });
  expect(refused.status).toBe(403);
});
