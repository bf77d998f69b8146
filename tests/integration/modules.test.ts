import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { modules } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { testDatabaseKinds } from "#tests/support/database.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
let viewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  services = await createTestServices();
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
  viewer = await signedInUser(services, "viewer");
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

function api(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${operator.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

let counter = 0;
async function newModule(overrides: Record<string, unknown> = {}) {
  counter += 1;
  const response = await api("POST", "/modules", {
    slug: `mod_${counter}`,
    name: `Module ${counter}`,
    kind: "cognition",
    ...overrides,
  });
  expect(response.status).toBe(201);
  return (await response.json()).data;
}

const rowCount = async () => (await services.database.db.select().from(modules)).length;

describe("creating modules", () => {
  test("a valid module is stored with defaults, an ETag and a Location", async () => {
    const response = await api("POST", "/modules", {
      slug: "global_workspace",
      name: "Global Workspace",
      kind: "cognition",
      description: "Broadcast hub",
      metrics: { broadcasts: 12, mode: "focused" },
      healthEndpoint: "http://127.0.0.1:9/health",
    });
    expect(response.status).toBe(201);
    const { data } = await response.json();
    expect(data).toMatchObject({
      slug: "global_workspace",
      status: "inactive",
      load: 0,
      integrationLevel: 0,
      probeIntervalSeconds: 30,
      probeTimeoutMs: 2000,
      version: 1,
      metrics: { broadcasts: 12, mode: "focused" },
      lastProbe: null,
    });
    expect(response.headers.get("etag")).toBe('"1"');
    expect(response.headers.get("location")).toBe(`/api/v1/modules/${data.id}`);
  });

  test.each([
    [{ slug: "Bad Slug", name: "x", kind: "k" }, "slug"],
    [{ slug: "ok", name: "", kind: "k" }, "name"],
    [{ slug: "ok", name: "x", kind: "k", load: 101 }, "load"],
    [{ slug: "ok", name: "x", kind: "k", load: "50" }, "load"],
    [{ slug: "ok", name: "x", kind: "k", integrationLevel: -1 }, "integrationLevel"],
    [{ slug: "ok", name: "x", kind: "k", status: "on-fire" }, "status"],
    [{ slug: "ok", name: "x", kind: "k", healthEndpoint: "ftp://x" }, "healthEndpoint"],
    [{ slug: "ok", name: "x", kind: "k", metrics: { "bad name!": 1 } }, "metrics.bad name!"],
    [{ slug: "ok", name: "x", kind: "k", metrics: { a: { nested: true } } }, "metrics.a"],
    [
      { slug: "ok", name: "x", kind: "k", probeIntervalSeconds: 10, probeTimeoutMs: 20000 },
      "probeTimeoutMs",
    ],
    [{ slug: "ok", name: "x", kind: "k", surprise: true }, "surprise"],
  ])("%j is refused naming %s, and nothing is stored", async (body, field) => {
    const before = await rowCount();
    const response = await api("POST", "/modules", body);
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe("VALIDATION_FAILED");
    expect(error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    expect(await rowCount()).toBe(before);
  });

  test("a taken slug is a 409", async () => {
    const existing = await newModule();
    const response = await api("POST", "/modules", {
      slug: existing.slug,
      name: "Twin",
      kind: "x",
    });
    expect(response.status).toBe(409);
  });

  test("viewers may read but not write", async () => {
    const headers = { authorization: `Bearer ${viewer.token}` };
    expect((await api("GET", "/modules", undefined, headers)).status).toBe(200);
    expect(
      (await api("POST", "/modules", { slug: "v", name: "v", kind: "v" }, headers)).status,
    ).toBe(403);
  });
});

describe("reading modules", () => {
  test("unknown id is 404, malformed id is 400", async () => {
    expect((await api("GET", "/modules/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const malformed = await api("GET", "/modules/not-a-uuid");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error.details.issues[0]).toMatchObject({
      in: "params",
      path: "id",
    });
  });

  test("the list is cursor-paginated and filterable", async () => {
    for (let i = 0; i < 3; i++)
      await newModule({ kind: "pager", status: i === 0 ? "error" : "active" });
    const first = await (await api("GET", "/modules?kind=pager&limit=2")).json();
    expect(first.data).toHaveLength(2);
    expect(first.meta.nextCursor).toEqual(expect.any(String));
    const second = await (
      await api("GET", `/modules?kind=pager&limit=2&cursor=${first.meta.nextCursor}`)
    ).json();
    expect(second.data).toHaveLength(1);
    expect(second.meta.nextCursor).toBeNull();
    const ids = [...first.data, ...second.data].map((m: { id: string }) => m.id);
    expect(new Set(ids).size).toBe(3);
    const errors = await (await api("GET", "/modules?kind=pager&status=error")).json();
    expect(errors.data).toHaveLength(1);
    expect((await api("GET", "/modules?status=bogus")).status).toBe(400);
    expect((await api("GET", "/modules?limit=1000")).status).toBe(400);
    expect((await api("GET", "/modules?cursor=%00%00")).status).toBe(400);
  });
});

describe("changing modules", () => {
  test("PATCH changes only the fields sent, bumps the version, and is recorded", async () => {
    const module = await newModule({ description: "keep me" });
    const response = await api("PATCH", `/modules/${module.id}`, { load: 42, version: 1 });
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({ load: 42, description: "keep me", version: 2 });
    expect(response.headers.get("etag")).toBe('"2"');
    const activity = await (
      await api("GET", `/activity?moduleId=${module.id}&type=module.updated`)
    ).json();
    expect(activity.data[0].summary).toContain("load");
  });

  test.each([
    [{ load: 150 }, "load"],
    [{ load: "high" }, "load"],
    [{ unknownField: 1 }, "unknownField"],
    [{}, "(root)"],
    [{ version: 1 }, "(root)"],
    [{ status: "sleepy" }, "status"],
    [{ probeTimeoutMs: 60000 }, "probeTimeoutMs"],
  ])("PATCH %j is a 400 naming %s and changes nothing", async (body, field) => {
    const module = await newModule();
    const response = await api("PATCH", `/modules/${module.id}`, body);
    expect(response.status).toBe(400);
    expect(
      (await response.json()).error.details.issues.map((i: { path: string }) => i.path),
    ).toContain(field);
    const after = await (await api("GET", `/modules/${module.id}`)).json();
    expect(after.data).toEqual(module);
  });

  test("a change against the module's current values is refused too", async () => {
    const module = await newModule({ probeIntervalSeconds: 10 });
    const response = await api("PATCH", `/modules/${module.id}`, { probeTimeoutMs: 15000 });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.issues[0].path).toBe("probeTimeoutMs");
  });

  test("a stale version is a 409, by body or If-Match, and the newer change survives", async () => {
    const module = await newModule();
    expect(
      (await api("PATCH", `/modules/${module.id}`, { name: "First", version: 1 })).status,
    ).toBe(200);
    const stale = await api("PATCH", `/modules/${module.id}`, { name: "Second", version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error.details.currentVersion).toBe(2);
    const staleHeader = await api(
      "PATCH",
      `/modules/${module.id}`,
      { name: "Third" },
      { "if-match": '"1"' },
    );
    expect(staleHeader.status).toBe(409);
    const fresh = await api(
      "PATCH",
      `/modules/${module.id}`,
      { name: "Fourth" },
      { "if-match": '"2"' },
    );
    expect(fresh.status).toBe(200);
    expect((await fresh.json()).data.name).toBe("Fourth");
    expect(
      (await api("PATCH", `/modules/${module.id}`, { name: "x" }, { "if-match": "garbage" }))
        .status,
    ).toBe(400);
  });

  test("two concurrent writers with the same version: exactly one wins", async () => {
    const module = await newModule();
    const results = await Promise.all(
      ["A", "B", "C"].map((name) => api("PATCH", `/modules/${module.id}`, { name, version: 1 })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
  });

  test("a status change by a person enters the history and the activity log", async () => {
    const module = await newModule();
    await api("PATCH", `/modules/${module.id}`, { status: "active" });
    const history = await (await api("GET", `/modules/${module.id}/history`)).json();
    expect(history.data.statusChanges[0]).toMatchObject({
      fromStatus: "inactive",
      toStatus: "active",
    });
    expect(history.data.statusChanges[0].reason).toContain(operator.user.email);
    const activity = await (
      await api("GET", `/activity?type=module.status_changed&moduleId=${module.id}`)
    ).json();
    expect(activity.data).toHaveLength(1);
  });

  test("DELETE removes the module but keeps its activity", async () => {
    const module = await newModule();
    expect(
      (await api("DELETE", `/modules/${module.id}`, undefined, { "if-match": '"7"' })).status,
    ).toBe(409);
    expect((await api("DELETE", `/modules/${module.id}`)).status).toBe(200);
    expect((await api("GET", `/modules/${module.id}`)).status).toBe(404);
    expect((await api("DELETE", `/modules/${module.id}`)).status).toBe(404);
    const activity = await (await api("GET", `/activity?moduleId=${module.id}`)).json();
    expect(activity.data.map((a: { type: string }) => a.type)).toEqual([
      "module.deleted",
      "module.created",
    ]);
  });
});

describe("the activity log", () => {
  test("filters by type prefix, actor and time, newest first, with a cursor", async () => {
    await newModule();
    const all = await (
      await api("GET", `/activity?type=module.&actorId=${operator.user.id}&limit=2`)
    ).json();
    expect(all.data).toHaveLength(2);
    expect(all.data.every((a: { type: string }) => a.type.startsWith("module."))).toBe(true);
    expect(new Date(all.data[0].createdAt) >= new Date(all.data[1].createdAt)).toBe(true);
    const next = await (
      await api("GET", `/activity?type=module.&limit=2&cursor=${all.meta.nextCursor}`)
    ).json();
    expect(next.data[0].id).not.toBe(all.data[1].id);
    const future = await (await api("GET", "/activity?from=2999-01-01T00:00:00Z")).json();
    expect(future.data).toEqual([]);
    expect((await api("GET", "/activity?from=yesterday")).status).toBe(400);
    expect((await api("GET", "/activity?type=DROP%20TABLE")).status).toBe(400);
    expect((await api("GET", "/activity?moduleId=1")).status).toBe(400);
  });

  test("module events are announced on the event bus", async () => {
    const seen: string[] = [];
    const listener = (event: { type: string }) => seen.push(event.type);
    services.events.on("activity", listener);
    await newModule();
    services.events.off("activity", listener);
    expect(seen).toEqual(["module.created"]);
  });
});

describe("emergency controls", () => {
  test("operators pause and stop, only admins resume; a reason is required; all recorded", async () => {
    const admin = await signedInUser(services, "admin");
    expect((await (await api("GET", "/emergency")).json()).data.mode).toBe("normal");
    expect((await api("POST", "/emergency", { action: "pause" })).status).toBe(400);
    expect((await api("POST", "/emergency", { action: "explode", reason: "because" })).status).toBe(
      400,
    );
    expect((await api("POST", "/emergency", { action: "resume", reason: "all good" })).status).toBe(
      403,
    );

    const paused = await api("POST", "/emergency", { action: "pause", reason: "odd outputs" });
    expect(paused.status).toBe(200);
    expect((await paused.json()).data).toMatchObject({ mode: "paused", reason: "odd outputs" });
    expect((await api("POST", "/emergency", { action: "pause", reason: "again" })).status).toBe(
      409,
    );
    const stopped = await api("POST", "/emergency", { action: "stop", reason: "worse" });
    expect((await stopped.json()).data.mode).toBe("stopped");
    expect(
      (await api("POST", "/emergency", { action: "resume", reason: "operator tries" })).status,
    ).toBe(403);
    const resumed = await api(
      "POST",
      "/emergency",
      { action: "resume", reason: "investigated" },
      { authorization: `Bearer ${admin.token}` },
    );
    expect((await resumed.json()).data.mode).toBe("normal");
    const log = await (await api("GET", "/activity?type=emergency.")).json();
    expect(log.data.map((a: { type: string }) => a.type)).toEqual([
      "emergency.resume",
      "emergency.stop",
      "emergency.pause",
    ]);
    expect(
      (await services.database.db.select().from(modules).where(eq(modules.slug, "nope"))).length,
    ).toBe(0);
  });

  test("while paused, every page shows the banner", async () => {
    await api("POST", "/emergency", { action: "pause", reason: "banner check" });
    try {
      const html = await (
        await fetch(`${http.url}/`, { headers: { cookie: viewer.cookie } })
      ).text();
      expect(html).toContain('data-testid="emergency-banner"');
      expect(html).toContain("banner check");
    } finally {
      const admin = await signedInUser(services, "admin");
      await api(
        "POST",
        "/emergency",
        { action: "resume", reason: "done" },
        { authorization: `Bearer ${admin.token}` },
      );
    }
  });
});

describe.each(testDatabaseKinds)("concurrent writes on %s", (kind) => {
  let own: TestServices;
  let ownHttp: Awaited<ReturnType<typeof startHttp>>;
  let token: string;
  beforeAll(async () => {
    own = await createTestServices({ database: kind, env: { API_RATE_LIMIT: "100000" } });
    ownHttp = await startHttp(own);
    token = (await signedInUser(own, "operator")).token;
  });
  afterAll(async () => {
    await ownHttp?.close();
    await own?.destroy();
  });

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${ownHttp.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  test("writes that name no version all apply, one version step each", async () => {
    const created = await call("POST", "/modules", { slug: "busy", name: "Busy", kind: "service" });
    const module = (await created.json()).data;
    // More writers than the pool has connections (10), few enough that a busy machine does not
    // keep the last of them waiting past the pool's 5 s acquire timeout (an overload: 503).
    const writers = 30;
    const results = await Promise.all(
      Array.from({ length: writers }, (_, i) =>
        call("PATCH", `/modules/${module.id}`, { load: i % 100, name: `Busy ${i}` }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array(writers).fill(200));
    const versions = await Promise.all(results.map(async (r) => (await r.json()).data.version));
    expect(new Set(versions).size).toBe(writers);
    const [row] = await own.database.db.select().from(modules).where(eq(modules.id, module.id));
    expect(row!.version).toBe(module.version + writers);
  });

  test("a write that names an outdated version is still refused", async () => {
    const created = await call("POST", "/modules", { slug: "checked", name: "C", kind: "service" });
    const module = (await created.json()).data;
    await Promise.all(
      Array.from({ length: 10 }, () => call("PATCH", `/modules/${module.id}`, { load: 1 })),
    );
    const stale = await call("PATCH", `/modules/${module.id}`, { load: 2, version: 1 });
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({
      code: "CONFLICT",
      details: { currentVersion: 11 },
    });
    const current = await call("PATCH", `/modules/${module.id}`, { load: 3, version: 11 });
    expect(current.status).toBe(200);
    expect((await current.json()).data.version).toBe(12);
  });

  test("a delete that names no version wins over concurrent edits", async () => {
    const created = await call("POST", "/modules", { slug: "doomed", name: "D", kind: "service" });
    const module = (await created.json()).data;
    // The delete starts once edits are landing, so it meets them mid-flight.
    const edits = Array.from({ length: 40 }, () =>
      call("PATCH", `/modules/${module.id}`, { load: 5 }),
    );
    await Promise.race(edits);
    const deleted = await call("DELETE", `/modules/${module.id}`);
    expect(deleted.status).toBe(200);
    for (const edit of await Promise.all(edits)) expect([200, 404]).toContain(edit.status);
  });
});
