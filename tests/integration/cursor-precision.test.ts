import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { goalRuns, reviewRequests } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { testDatabaseKinds } from "#tests/support/database.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Postgres keeps `created_at` to the microsecond, JavaScript's Date to the millisecond. Rows made
 * within one millisecond (common on a busy server, and what every row here is) must still page
 * exactly: each row once, in order, whatever the page size and direction.
 */
const tables = [
  "modules",
  "activity_events",
  "api_tokens",
  "rooms",
  "users",
  "review_requests",
  "kg_nodes",
  "kg_sources",
  "goal_runs",
  "room_messages",
];

describe.each(testDatabaseKinds)("cursor pages on %s", (kind) => {
  let services: TestServices;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let admin: Awaited<ReturnType<typeof signedInUser>>;
  let roomId: string;

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

  async function created(method: string, path: string, body: unknown) {
    const response = await api(method, path, body);
    expect(response.status, await response.clone().text()).toBe(201);
    return (await response.json()).data;
  }

  beforeAll(async () => {
    services = await createTestServices({
      database: kind,
      env: { OLLAMA_HOST: "http://127.0.0.1:9" },
    });
    http = await startHttp(services);
    admin = await signedInUser(services, "admin");
    for (let i = 0; i < 4; i++) await signedInUser(services, "viewer");
    roomId = (await created("POST", "/rooms", { name: "Room 0" })).id;
    for (let i = 1; i < 6; i++) await created("POST", "/rooms", { name: `Room ${i}` });
    for (let i = 0; i < 7; i++) {
      await created("POST", "/modules", { slug: `m${i}`, name: `M ${i}`, kind: "service" });
      await created("POST", "/knowledge/sources", { title: `Source ${i}` });
      await created("POST", "/knowledge/nodes", { kind: "fact", label: `Node ${i}` });
      await created("POST", `/rooms/${roomId}/messages`, { body: `message ${i}` });
      await services.database.db.insert(goalRuns).values({
        goal: `goal ${i}`,
        status: "completed",
        budget: { maxSteps: 1, maxTokens: 1, maxSeconds: 1 },
      });
      await services.database.db.insert(reviewRequests).values({
        kind: "task_review",
        subjectType: "test",
        subjectId: String(i),
        title: `review ${i}`,
        urgency: i % 3 === 0 ? "high" : "normal",
        status: i === 6 ? "approved" : "open",
      });
    }
    // Every row into one millisecond: pairs share a microsecond (so the id decides), and time
    // runs against id order (so neither alone gives the right order).
    for (const table of tables) {
      await services.database.db.execute(
        sql.raw(`update ${table} set created_at = '2026-01-01 00:00:00.000100+00'::timestamptz
          + s.k * interval '1 microsecond'
          from (select id, (row_number() over (order by id desc)) / 2 as k from ${table}) s
          where ${table}.id = s.id`),
      );
    }
  });
  afterAll(async () => {
    await http?.close();
    await services?.destroy();
  });

  async function everything(path: string): Promise<string[]> {
    const response = await api("GET", `${path}${path.includes("?") ? "&" : "?"}limit=100`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.meta.nextCursor).toBeNull();
    return body.data.map((item: { id: string }) => item.id);
  }

  async function paged(path: string, limit: number, parameter = "cursor") {
    const ids: string[][] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const query = `limit=${limit}${cursor ? `&${parameter}=${cursor}` : ""}`;
      const response = await api("GET", `${path}${path.includes("?") ? "&" : "?"}${query}`);
      const body = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(200);
      ids.push(body.data.map((item: { id: string }) => item.id));
      cursor = body.meta.nextCursor;
      if (!cursor) return ids;
    }
    throw new Error(`${path} never ran out of pages`);
  }

  const lists = [
    "/modules",
    "/activity",
    "/tokens?all=true",
    "/rooms",
    "/users",
    "/reviews",
    "/reviews?sort=newest&status=open",
    "/reviews?sort=urgency",
    "/reviews?status=open",
    "/knowledge/nodes",
    "/knowledge/sources",
    "/sage/goals",
  ];

  test.each(lists)("%s pages every row once, in order", async (path) => {
    const all = await everything(path);
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(new Set(all).size).toBe(all.length);
    for (const limit of [1, 2, 3]) {
      expect((await paged(path, limit)).flat(), `limit ${limit}`).toEqual(all);
    }
  });

  test("room messages page back with cursor and forward with since", async () => {
    const all = await everything(`/rooms/${roomId}/messages`);
    expect(all).toHaveLength(7);
    for (const limit of [1, 2, 3]) {
      // Older pages come back newest page first, each page oldest first.
      const back = await paged(`/rooms/${roomId}/messages`, limit);
      expect(back.reverse().flat(), `cursor, limit ${limit}`).toEqual(all);
    }
    const response = await api("GET", `/rooms/${roomId}/messages?limit=100`);
    const messages: { id: string; cursor: string }[] = (await response.json()).data;
    for (const [index, message] of messages.entries()) {
      const after = await api("GET", `/rooms/${roomId}/messages?limit=100&since=${message.cursor}`);
      const ids = (await after.json()).data.map((item: { id: string }) => item.id);
      expect(ids, `since message ${index}`).toEqual(all.slice(index + 1));
    }
    for (const limit of [1, 2, 3]) {
      const forward: string[] = [];
      let since: string | null = messages[0]!.cursor;
      while (since) {
        const page = await api("GET", `/rooms/${roomId}/messages?limit=${limit}&since=${since}`);
        const body = await page.json();
        forward.push(...body.data.map((item: { id: string }) => item.id));
        since = body.meta.nextCursor;
      }
      expect(forward, `since, limit ${limit}`).toEqual(all.slice(1));
    }
  });

  test("a cursor from one review order is refused by the other", async () => {
    const [urgent, newest] = await Promise.all([
      api("GET", "/reviews?sort=urgency&limit=1").then((r) => r.json()),
      api("GET", "/reviews?sort=newest&limit=1").then((r) => r.json()),
    ]);
    for (const [path, cursor] of [
      ["/reviews?sort=newest", urgent.meta.nextCursor],
      ["/reviews?status=open&sort=newest", urgent.meta.nextCursor],
      ["/reviews?sort=urgency", newest.meta.nextCursor],
      ["/reviews?status=open", newest.meta.nextCursor],
    ]) {
      const response = await api("GET", `${path}&cursor=${cursor}`);
      const body = await response.json();
      expect(response.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(body.error.code).toBe("VALIDATION_FAILED");
      expect(body.error.details.issues).toContainEqual(
        expect.objectContaining({ in: "query", path: "cursor" }),
      );
    }
  });
});
