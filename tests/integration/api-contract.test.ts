import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * What the OpenAPI document promises a typed client, as the server answers it: a list's meta
 * carries `nextCursor` and `limit`, query booleans take true/false and 1/0, declared headers are
 * parsed (a 400 naming the header), and every limited answer says where the caller stands.
 */
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;

const API_LIMIT = 40;

beforeAll(async () => {
  services = await createTestServices({
    env: { OLLAMA_HOST: "http://127.0.0.1:9", API_RATE_LIMIT: String(API_LIMIT) },
  });
  http = await startHttp(services);
  admin = await signedInUser(services, "admin");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${admin.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

describe("lists", () => {
  test("page through with meta.nextCursor until it is null; meta.limit is the page size", async () => {
    for (const n of [1, 2, 3]) {
      const made = await api("POST", "/modules", {
        slug: `page-${n}`,
        name: `Page ${n}`,
        kind: "service",
      });
      expect(made.status).toBe(201);
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const response = await api("GET", `/modules?limit=2${query}`);
      expect(response.status).toBe(200);
      const body = await response.json();
      expect(body.meta.limit).toBe(2);
      expect(body.meta).toHaveProperty("nextCursor");
      seen.push(...body.data.map((m: { slug: string }) => m.slug));
      cursor = body.meta.nextCursor;
      pages += 1;
    } while (cursor !== null && pages < 10);
    expect(seen).toEqual(expect.arrayContaining(["page-1", "page-2", "page-3"]));
    expect(new Set(seen).size).toBe(seen.length);
    expect(pages).toBeGreaterThanOrEqual(2);
  });
});

describe("query booleans", () => {
  test.each(["true", "1"])("all=%s lists everyone's tokens", async (value) => {
    const other = await signedInUser(services, "viewer");
    const response = await api("GET", `/tokens?all=${value}`);
    expect(response.status).toBe(200);
    const owners = (await response.json()).data.map((t: { userId: string }) => t.userId);
    expect(owners).toContain(other.user.id);
  });

  test.each(["false", "0"])("all=%s lists only the caller's", async (value) => {
    const response = await api("GET", `/tokens?all=${value}`);
    expect(response.status).toBe(200);
    const owners = new Set((await response.json()).data.map((t: { userId: string }) => t.userId));
    expect([...owners]).toEqual([admin.user.id]);
  });

  test("anything else is a 400 naming the parameter", async () => {
    const response = await api("GET", "/tokens?all=yes");
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.details.issues).toEqual([
      expect.objectContaining({ in: "query", path: "all" }),
    ]);
  });
});

describe("declared headers", () => {
  test("If-Match: a stale ETag is a 409, a malformed one a 400 naming the header, and nothing changes", async () => {
    const made = await api("POST", "/modules", { slug: "etag", name: "ETag", kind: "service" });
    const module = (await made.json()).data;
    expect(made.headers.get("etag")).toBe(`"${module.version}"`);

    const malformed = await api(
      "PATCH",
      `/modules/${module.id}`,
      { name: "X" },
      { "If-Match": "soon" },
    );
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.details.issues).toEqual([
      expect.objectContaining({ in: "header", path: "If-Match" }),
    ]);

    const fresh = await api(
      "PATCH",
      `/modules/${module.id}`,
      { name: "Renamed" },
      { "If-Match": `"${module.version}"` },
    );
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).toBe(`"${module.version + 1}"`);

    const stale = await api(
      "PATCH",
      `/modules/${module.id}`,
      { name: "Lost" },
      { "If-Match": `"${module.version}"` },
    );
    expect(stale.status).toBe(409);
    const now = await (await api("GET", `/modules/${module.id}`)).json();
    expect(now.data.name).toBe("Renamed");
  });

  test("Idempotency-Key: the retry is a 200 with the stored message and meta.replayed", async () => {
    const room = (await (await api("POST", "/rooms", { name: "Replay room" })).json()).data;
    const key = crypto.randomUUID();
    const first = await api(
      "POST",
      `/rooms/${room.id}/messages`,
      { body: "once" },
      { "Idempotency-Key": key },
    );
    expect(first.status).toBe(201);
    const again = await api(
      "POST",
      `/rooms/${room.id}/messages`,
      { body: "once" },
      { "Idempotency-Key": key },
    );
    expect(again.status).toBe(200);
    const [a, b] = [await first.json(), await again.json()];
    expect(b.data.id).toBe(a.data.id);
    expect([a.meta.replayed, b.meta.replayed]).toEqual([false, true]);

    const bad = await api(
      "POST",
      `/rooms/${room.id}/messages`,
      { body: "x" },
      { "Idempotency-Key": "no spaces allowed" },
    );
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.details.issues).toEqual([
      expect.objectContaining({ in: "header", path: "Idempotency-Key" }),
    ]);
    const listed = await (await api("GET", `/rooms/${room.id}/messages`)).json();
    expect(listed.data.map((m: { body: string }) => m.body)).toEqual(["once"]);
  });
});

describe("rate-limit headers", () => {
  test("every limited answer says the limit, what is left and when it resets; past it, a 429 with Retry-After", async () => {
    const other = await signedInUser(services, "viewer");
    const call = () =>
      fetch(`${http.url}/api/v1/modules`, { headers: { authorization: `Bearer ${other.token}` } });
    const first = await call();
    expect(first.status).toBe(200);
    expect(first.headers.get("ratelimit-limit")).toBe(String(API_LIMIT));
    const remaining = Number(first.headers.get("ratelimit-remaining"));
    expect(remaining).toBe(API_LIMIT - 1);
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThan(0);

    const answers = [];
    for (let n = 0; n < API_LIMIT; n += 1) answers.push(await call());
    const refused = answers.at(-1)!;
    expect(refused.status).toBe(429);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-limit")).toBe(String(API_LIMIT));
  });

  test("probes that are never limited carry no rate-limit headers", async () => {
    const health = await fetch(`${http.url}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get("ratelimit-limit")).toBeNull();
  });
});
