import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createRealtime } from "#app/realtime/realtime.server.ts";
import { loader as healthLoader } from "#app/routes/api.v1.health.ts";
import { loader as readyLoader } from "#app/routes/api.v1.ready.ts";
import { checkReadiness } from "#app/server/readiness.server.ts";
import { testDatabaseKinds } from "#tests/support/database.ts";
import { createTestServices, type TestServices, testContext } from "#tests/support/services.ts";

describe.each(testDatabaseKinds)("health and readiness on %s", (kind) => {
  let services: TestServices;
  beforeAll(async () => {
    services = await createTestServices({ database: kind });
  });
  afterAll(async () => {
    await services.destroy();
  });

  const call = async (loader: typeof readyLoader, s: TestServices = services) => {
    const response = await loader({
      request: new Request("http://nexus.test/api/v1/ready"),
      params: {},
      context: testContext(s),
    });
    return { status: response.status, body: await response.json() };
  };

  test("health answers with the version and uptime", async () => {
    const { status, body } = await call(healthLoader);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ status: "ok", version: expect.any(String) });
    expect(body.data.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  test("ready when the database, cache and the real PartyKit all answer", async () => {
    const { status, body } = await call(readyLoader);
    expect(status).toBe(200);
    expect(body.data.ready).toBe(true);
    expect(body.data.degraded).toEqual([]);
    expect(body.data.checks).toEqual([
      expect.objectContaining({ name: "database", ok: true, backend: kind }),
      expect.objectContaining({ name: "cache", ok: true, backend: "memory" }),
      expect.objectContaining({ name: "realtime", ok: true, backend: "partykit" }),
    ]);
  });

  test("503 NOT_READY naming the component that did not answer", async () => {
    const broken = {
      ...services,
      realtime: createRealtime({ url: "http://127.0.0.1:9", pushSecret: "x".repeat(32) }),
    };
    const { status, body } = await call(readyLoader, broken as TestServices);
    expect(status).toBe(503);
    expect(body.error.code).toBe("NOT_READY");
    expect(body.error.details.failed).toEqual(["realtime"]);
    expect(body.error.message).toContain("realtime");
  });

  test("Redis down: 200 with the cache named as degraded, since every request is still served (fail-open)", async () => {
    // A load balancer routing on /ready must not take every instance out over a shared cache.
    const redisDown = {
      ...services,
      cache: {
        ...services.cache,
        kind: "upstash",
        ping: () => Promise.reject(new Error("redis is down")),
      },
    };
    const { status, body } = await call(readyLoader, redisDown as TestServices);
    expect(status).toBe(200);
    expect(body.data).toMatchObject({ ready: true, degraded: ["cache"] });
    expect(body.data.checks[1]).toMatchObject({
      name: "cache",
      backend: "upstash",
      ok: false,
      error: "redis is down",
    });
  });

  test("Postgres down: 503 NOT_READY naming the database", async () => {
    const dead = {
      ...services,
      database: {
        ...services.database,
        ping: () => Promise.reject(new Error("connection refused")),
      },
    };
    const { status, body } = await call(readyLoader, dead as TestServices);
    expect(status).toBe(503);
    expect(body.error.code).toBe("NOT_READY");
    expect(body.error.details.failed).toEqual(["database"]);
    expect(body.error.details.degraded).toEqual([]);
    expect(body.error.message).toContain("database");
  });

  test("a database that stopped answering is reported, not thrown", async () => {
    const dead = {
      ...services,
      database: {
        ...services.database,
        ping: () => Promise.reject(new Error("connection refused")),
      },
    };
    const readiness = await checkReadiness(dead);
    expect(readiness.ready).toBe(false);
    expect(readiness.checks[0]).toMatchObject({
      name: "database",
      ok: false,
      error: "connection refused",
    });
  });
});
