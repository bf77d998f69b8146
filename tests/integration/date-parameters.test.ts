import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * A date a client sends is checked against what Postgres can hold, not only against ISO 8601:
 * year 0, or a time whose offset carries it out of years 1 to 9999, is a 400 naming the field,
 * never a 500 from the database.
 */
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  services = await createTestServices({ env: { OLLAMA_HOST: "http://127.0.0.1:9" } });
  http = await startHttp(services);
  admin = await signedInUser(services, "admin");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

const api = (method: string, path: string, body?: unknown) =>
  fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${admin.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const outOfRange = [
  "0000-01-01T00:00:00Z",
  "0001-01-01T00:00:00+01:00",
  "9999-12-31T23:00:00-05:00",
];

async function expectRefused(response: Response, field: string, where: "query" | "body") {
  const body = await response.json();
  expect(response.status, JSON.stringify(body)).toBe(400);
  expect(body.error.code).toBe("VALIDATION_FAILED");
  expect(body.error.details.issues).toContainEqual(
    expect.objectContaining({ in: where, path: field }),
  );
}

describe.each([
  ["/activity", "from"],
  ["/activity", "to"],
  ["/metrics/history", "from"],
  ["/metrics/history", "to"],
  ["/sage/usage", "from"],
  ["/sage/usage", "to"],
])("GET %s?%s=", (path, field) => {
  test.each(outOfRange)("%s is a 400 naming it", async (value) => {
    await expectRefused(
      await api("GET", `${path}?${field}=${encodeURIComponent(value)}`),
      field,
      "query",
    );
  });
});

test.each(outOfRange)("a token expiring at %s is refused and not created", async (value) => {
  await expectRefused(
    await api("POST", "/tokens", { name: "far", scope: "read", expiresAt: value }),
    "expiresAt",
    "body",
  );
  const listed = await (await api("GET", "/tokens")).json();
  expect(listed.data.map((t: { name: string }) => t.name)).not.toContain("far");
});

test.each(["0000-01-01", "9999-12-31"])("the knowledge diff of %s is a 400", async (day) => {
  await expectRefused(await api("GET", `/knowledge/diff?date=${day}`), "date", "query");
});

test("the activity page shows an out-of-range date as a filter error", async () => {
  const response = await fetch(
    `${http.url}/activity?from=${encodeURIComponent("0000-01-01T00:00")}`,
    { headers: { cookie: admin.cookie } },
  );
  expect(response.status).toBeLessThan(500);
});
