import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseFlagDefaults } from "#app/flags/definitions.ts";
import { createFlagStore } from "#app/flags/flags.server.ts";
import { METRICS_PARTY, METRICS_ROOM } from "#app/realtime/room-token.ts";
import { acquireLease } from "#app/utils/lease.server.ts";
import { activityEvents, featureFlags } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import {
  createRedisTestServices,
  createTestServices,
  type TestServices,
} from "#tests/support/services.ts";

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
let viewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  services = await createTestServices({ env: { NEXUS_FLAGS: "reviews.autoApprove=on" } });
  http = await startHttp(services);
  admin = await signedInUser(services, "admin");
  operator = await signedInUser(services, "operator");
  viewer = await signedInUser(services, "viewer");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

function api(method: string, path: string, body?: unknown, token = admin.token) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function flag(key: string, token = viewer.token) {
  const list = (await (await api("GET", "/flags", undefined, token)).json()).data as {
    key: string;
    enabled: boolean;
    default: boolean;
    overridden: boolean;
  }[];
  return list.find((f) => f.key === key)!;
}

describe("NEXUS_FLAGS", () => {
  test("parses on/off settings and names what is wrong", () => {
    expect(parseFlagDefaults("realtime=off, cache.redis=ON,reviews.autoApprove=1")).toEqual({
      ok: true,
      value: { realtime: false, "cache.redis": true, "reviews.autoApprove": true },
    });
    expect(parseFlagDefaults("")).toEqual({ ok: true, value: {} });
    expect(parseFlagDefaults("warp=on")).toMatchObject({
      ok: false,
      error: /"warp" is not a flag/,
    });
    expect(parseFlagDefaults("realtime")).toMatchObject({ ok: false, error: /key=on or key=off/ });
    expect(parseFlagDefaults("realtime=maybe")).toMatchObject({
      ok: false,
      error: /use on or off/,
    });
  });

  test("a bad value stops the configuration with the variable named", async () => {
    await expect(createTestServices({ env: { NEXUS_FLAGS: "warp=on" } })).rejects.toThrow(
      /NEXUS_FLAGS.*"warp" is not a flag/s,
    );
  });

  test("the deployment default applies until an admin overrides it", async () => {
    expect(await flag("reviews.autoApprove")).toMatchObject({
      enabled: true,
      default: true,
      overridden: false,
    });
    expect(await flag("realtime")).toMatchObject({ enabled: true, default: true });
  });
});

describe("GET/PATCH /api/v1/flags", () => {
  test("admins change a flag; it is in force at once and recorded", async () => {
    const changed = await api("PATCH", "/flags", {
      key: "ai.advanced",
      enabled: false,
      note: "model server upgrade",
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()).data).toMatchObject({
      key: "ai.advanced",
      enabled: false,
      default: true,
      overridden: true,
      note: "model server upgrade",
      updatedBy: admin.user.id,
    });
    expect(services.flags.enabled("ai.advanced")).toBe(false);

    // The goal pipeline is refused while it is off, with the flag named.
    const refused = await api("POST", "/sage/goals", { goal: "anything" }, operator.token);
    expect(refused.status).toBe(403);
    expect((await refused.json()).error).toMatchObject({
      code: "FEATURE_DISABLED",
      message: expect.stringMatching(/flag ai\.advanced/),
    });

    const reset = await api("PATCH", "/flags", { key: "ai.advanced", enabled: null });
    expect((await reset.json()).data).toMatchObject({ enabled: true, overridden: false });
    const rows = await services.database.db
      .select()
      .from(featureFlags)
      .where(eq(featureFlags.key, "ai.advanced"));
    expect(rows).toHaveLength(0);

    const activity = await services.database.db
      .select()
      .from(activityEvents)
      .where(eq(activityEvents.subjectId, "ai.advanced"));
    expect(activity.map((a) => a.type)).toEqual(["flag.updated", "flag.updated"]);
    expect(activity.map((a) => a.summary).join("\n")).toMatch(/turned "Advanced AI" off: model/);
  });

  test.each([
    [{ key: "warp", enabled: true }, "key"],
    [{ key: "realtime", enabled: "yes" }, "enabled"],
    [{ key: "realtime" }, "enabled"],
    [{ key: "realtime", enabled: true, extra: 1 }, ""],
    [{ key: "realtime", enabled: true, note: "x".repeat(501) }, "note"],
  ])("PATCH %j: 400 naming %s, nothing changes", async (body, field) => {
    const before = await flag("realtime");
    const response = await api("PATCH", "/flags", body);
    expect(response.status).toBe(400);
    const error = (await response.json()).error;
    expect(error.code).toBe("VALIDATION_FAILED");
    if (field) {
      expect(error.details.issues.map((i: { path: string }) => i.path)).toContain(field);
    }
    expect(await flag("realtime")).toEqual(before);
  });

  test("only admins change flags; everyone signed in reads them", async () => {
    expect(
      (await api("PATCH", "/flags", { key: "realtime", enabled: false }, operator.token)).status,
    ).toBe(403);
    expect(
      (await api("PATCH", "/flags", { key: "realtime", enabled: false }, viewer.token)).status,
    ).toBe(403);
    expect((await fetch(`${http.url}/api/v1/flags`)).status).toBe(401);
    expect((await api("GET", "/flags", undefined, viewer.token)).status).toBe(200);
    expect(services.flags.enabled("realtime")).toBe(true);
  });
});

describe("live on every instance", () => {
  test("another instance on the same database sees a change without a restart", async () => {
    const other = createFlagStore(services.database.db, { refreshMs: 50 });
    try {
      await other.refresh();
      expect(other.enabled("cluster.leases")).toBe(true);
      await api("PATCH", "/flags", { key: "cluster.leases", enabled: false });
      const deadline = Date.now() + 5_000;
      while (other.enabled("cluster.leases") && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(other.enabled("cluster.leases")).toBe(false);
    } finally {
      other.stop();
      await api("PATCH", "/flags", { key: "cluster.leases", enabled: null });
    }
  });
});

describe("what each flag switches", () => {
  test("cluster.leases: off, every instance gets every lease", async () => {
    const db = services.database.db;
    const name = `test-${randomBytes(4).toString("hex")}`;
    expect(await acquireLease(db, name, "instance-a", 60_000)).toBe(true);
    expect(await acquireLease(db, name, "instance-b", 60_000)).toBe(false);
    await api("PATCH", "/flags", { key: "cluster.leases", enabled: false });
    try {
      expect(await acquireLease(db, name, "instance-b", 60_000)).toBe(true);
    } finally {
      await api("PATCH", "/flags", { key: "cluster.leases", enabled: null });
    }
    expect(await acquireLease(db, name, "instance-b", 60_000)).toBe(false);
  });

  test("realtime: off, nothing is pushed and no room token is issued", async () => {
    expect(
      await services.realtime.publish(METRICS_PARTY, METRICS_ROOM, { type: "t", data: 1 }),
    ).toBe(true);
    await api("PATCH", "/flags", { key: "realtime", enabled: false });
    try {
      const pushed = services.realtime.stats.pushed;
      expect(
        await services.realtime.publish(METRICS_PARTY, METRICS_ROOM, { type: "t", data: 2 }),
      ).toBe(false);
      expect(services.realtime.stats.pushed).toBe(pushed);
      const token = await api("POST", "/realtime/tokens", { room: "global" }, viewer.token);
      expect(token.status).toBe(403);
      expect((await token.json()).error.code).toBe("FEATURE_DISABLED");
    } finally {
      await api("PATCH", "/flags", { key: "realtime", enabled: null });
    }
    expect((await api("POST", "/realtime/tokens", { room: "global" }, viewer.token)).status).toBe(
      200,
    );
  });

  const redisUrl = process.env.TEST_REDIS_URL;
  test.skipIf(!redisUrl)(
    "cache.redis: off, reads are cached in this instance's memory",
    async () => {
      const { services: redisServices, relay, close } = await createRedisTestServices(redisUrl!);
      try {
        const { cache } = redisServices;
        expect(cache.kind).toBe("upstash");
        await cache.set("k", "in redis", 60_000);
        const before = relay.requests;
        await redisServices.database.db
          .insert(featureFlags)
          .values({ key: "cache.redis", enabled: false });
        await redisServices.flags.refresh();
        expect(cache.kind).toBe("memory");
        expect(await cache.get("k")).toBeUndefined();
        await cache.set("k", "in memory", 60_000);
        expect(await cache.get("k")).toBe("in memory");
        // Reads and writes no longer reach Redis (removals still do, to keep it honest).
        expect(relay.requests).toBe(before);
      } finally {
        await close();
      }
    },
  );
});

describe("the flags page", () => {
  test("admins see every flag and switch one without JavaScript", async () => {
    const page = await fetch(`${http.url}/flags`, { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
    const html = await page.text();
    for (const label of [
      "Redis cache",
      "Advanced AI",
      "Cluster mode",
      "Realtime",
      "Auto-approve reviews",
    ]) {
      expect(html).toContain(label);
    }
    const form = new URLSearchParams({ key: "realtime", enabled: "off", note: "maintenance" });
    const posted = await fetch(`${http.url}/flags`, {
      method: "POST",
      headers: {
        cookie: admin.cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: http.url,
      },
      body: form,
      redirect: "manual",
    });
    expect(posted.status).toBe(302);
    expect(services.flags.enabled("realtime")).toBe(false);
    const after = await fetch(`${http.url}${posted.headers.get("location")}`, {
      headers: { cookie: admin.cookie },
    });
    expect((await after.text()).replaceAll("<!-- -->", "")).toContain("Realtime is now off");
    await api("PATCH", "/flags", { key: "realtime", enabled: null });

    const bad = await fetch(`${http.url}/flags`, {
      method: "POST",
      headers: {
        cookie: admin.cookie,
        "content-type": "application/x-www-form-urlencoded",
        origin: http.url,
      },
      body: new URLSearchParams({ key: "warp", enabled: "on" }),
    });
    expect(bad.status).toBe(400);
    const asOperator = await fetch(`${http.url}/flags`, { headers: { cookie: operator.cookie } });
    expect(asOperator.status).toBe(403);
  });
});
