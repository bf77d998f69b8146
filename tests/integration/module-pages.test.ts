import { afterAll, beforeAll, expect, test } from "vitest";
import { getModule, ModuleNotFoundError } from "#app/modules/modules.server.ts";
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

const post = (path: string, cookie: string, values: Record<string, string>) =>
  fetch(`${http.url}${path}`, {
    method: "POST",
    body: new URLSearchParams(values),
    headers: { cookie, origin: http.url },
    redirect: "manual",
  });

test("the module pages register, refuse a taken slug beside the field, and delete with a toast", async () => {
  const { cookie } = await signedInUser(services, "operator");
  const form = {
    name: "Page Module",
    slug: "page_module",
    kind: "cognition",
    status: "inactive",
    integrationLevel: "0",
    load: "10",
    probeIntervalSeconds: "30",
    probeTimeoutMs: "2000",
  };
  const created = await post("/modules/new", cookie, form);
  expect(created.status).toBe(302);
  const location = created.headers.get("location")!;
  expect(location).toMatch(/^\/modules\/[0-9a-f-]{36}$/);
  expect(created.headers.get("set-cookie")).toContain("__nexus_session=");
  const id = location.split("/").pop()!;

  const taken = await post("/modules/new", cookie, { ...form, name: "Twin" });
  expect(taken.status).toBe(409);
  expect(await taken.text()).toContain("Another module already has the slug");

  const deleted = await post(`/modules/${id}`, cookie, { intent: "delete", version: "1" });
  expect(deleted.status).toBe(302);
  expect(deleted.headers.get("location")).toBe("/modules");
  await expect(getModule(services, id)).rejects.toThrow(ModuleNotFoundError);
});
