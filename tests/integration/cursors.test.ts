import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * A cursor is opaque, but nothing stops a client from making one. Whatever it holds, a list
 * answers a page or a 400 naming the parameter, never a 500: a date JavaScript accepts but
 * Postgres cannot store (year 275760, 99999, before year 1) is as malformed as no date at all.
 */
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;
let roomId: string;

beforeAll(async () => {
  services = await createTestServices({ env: { OLLAMA_HOST: "http://127.0.0.1:9" } });
  http = await startHttp(services);
  admin = await signedInUser(services, "admin");
  const room = await api("POST", "/rooms", { name: "Cursor room" });
  expect(room.status).toBe(201);
  roomId = (await room.json()).data.id;
  // One row in each list, so the cursor really reaches the database.
  await api("POST", "/modules", { slug: "cursor", name: "Cursor", kind: "service" });
  await api("POST", "/knowledge/sources", { title: "Cursor source" });
  await api("POST", "/knowledge/nodes", { kind: "fact", label: "Cursor node" });
  await api("POST", `/rooms/${roomId}/messages`, { body: "hello" });
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

function api(method: string, path: string, body?: unknown) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${admin.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const id = "4b2a6f0e-8c1d-4e3a-9f5b-7a6c5d4e3f21";
const made = (text: string) => Buffer.from(text).toString("base64url");

const malformed: [string, string][] = [
  ["the last date JavaScript knows", made(`+275760-09-13T00:00:00.000Z|${id}`)],
  ["a bare year 275760", made(`275760|${id}`)],
  ["year 99999", made(`99999-01-01|${id}`)],
  ["year 10000", made(`+010000-01-01T00:00:00.000Z|${id}`)],
  ["the first date JavaScript knows", made(`-271821-04-20T00:00:00.000Z|${id}`)],
  ["year 0", made(`0000-01-01T00:00:00.000Z|${id}`)],
  ["-1e20", made(`-1e20|${id}`)],
  ["NaN", made(`NaN|${id}`)],
  ["an urgency cursor from year 275760", made(`+275760-09-13T00:00:00.000Z|${id}|high`)],
  ["JSON", made(JSON.stringify({ createdAt: "+275760-09-13T00:00:00.000Z", id }))],
  ["a date without an id", made("2024-01-01T00:00:00.000Z|")],
  ["seven decimals", made(`2024-01-01T00:00:00.0000001Z|${id}`)],
  ["February 30th to the microsecond", made(`2024-02-30T00:00:00.000001Z|${id}`)],
  ["a time without its zone", made(`2024-01-01T00:00:00.000001|${id}`)],
  ["an id and then more", made(`2024-01-01T00:00:00.000001Z|${id}|${id}`)],
  ["not base64url", "%%%"],
];

const lists = [
  ["/modules", "cursor"],
  ["/activity", "cursor"],
  ["/tokens", "cursor"],
  ["/rooms", "cursor"],
  ["/users", "cursor"],
  ["/reviews", "cursor"],
  ["/reviews?status=open", "cursor"],
  ["/reviews?sort=urgency", "cursor"],
  ["/knowledge/nodes", "cursor"],
  ["/knowledge/sources", "cursor"],
  ["/sage/goals", "cursor"],
  ["/rooms/{room}/messages", "cursor"],
  ["/rooms/{room}/messages", "since"],
] as const;

describe.each(lists)("GET %s with a made-up %s", (path, parameter) => {
  const url = (value: string) => {
    const base = path.replace("{room}", roomId);
    return `${base}${base.includes("?") ? "&" : "?"}${parameter}=${encodeURIComponent(value)}`;
  };

  test.each(malformed)("%s is a 400 naming the parameter", async (_, cursor) => {
    const response = await api("GET", url(cursor));
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBe(400);
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.details.issues).toContainEqual(
      expect.objectContaining({ in: "query", path: parameter }),
    );
  });

  test("a cursor the API could have given out is a page", async () => {
    // The review queue in urgency order gives out cursors that carry the urgency too.
    const urgency = path === "/reviews?status=open" || path === "/reviews?sort=urgency";
    const rank = urgency ? "|high" : "";
    for (const time of ["2024-01-01T00:00:00.000001Z", "2024-01-01T00:00:00.000Z"]) {
      const response = await api("GET", url(made(`${time}|${id}${rank}`)));
      expect(response.status, time).toBe(200);
    }
  });
});
