import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { listActivity } from "#app/activity/activity.server.ts";
import {
  createModule,
  getModule,
  statusHistory,
  updateModule,
} from "#app/modules/modules.server.ts";
import {
  FAILURES_FOR_ERROR,
  probe,
  probeModule,
  startProbeScheduler,
} from "#app/modules/probes.server.ts";
import { acquireLease } from "#app/utils/lease.server.ts";
import { moduleProbes, modules } from "#db/schema/index.ts";
import { freePort } from "#tests/support/ports.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/** A real HTTP service whose health the test controls. */
let mode: "healthy" | "slow" | "failing" | "report" = "healthy";
let server: Server;
let base: string;
let services: TestServices;

beforeAll(async () => {
  server = createServer((_req, res) => {
    if (mode === "failing") {
      res.writeHead(503).end("down");
      return;
    }
    const delay = mode === "slow" ? 300 : 0;
    setTimeout(() => {
      if (mode === "report") {
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ status: "ok", load: 37, metrics: { queue: 4, model: "llama3" } }));
      } else {
        res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      }
    }, delay);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  services = await createTestServices();
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await services.destroy();
});

let counter = 0;
async function watched(endpoint = `${base}/health`, timeoutMs = 500) {
  counter += 1;
  return createModule(
    services,
    {
      slug: `probed_${counter}`,
      name: `Probed ${counter}`,
      kind: "service",
      status: "active",
      healthEndpoint: endpoint,
      probeIntervalSeconds: 5,
      probeTimeoutMs: timeoutMs,
    },
    { id: null, label: "test" },
  );
}

describe("a single probe", () => {
  test("healthy, slow, failing and dead endpoints", async () => {
    mode = "healthy";
    // "Slow" is past half the timeout: a generous one keeps a loaded machine's latency out of it.
    expect(await probe(`${base}/health`, 5_000)).toMatchObject({
      ok: true,
      httpStatus: 200,
      slow: false,
    });
    mode = "slow";
    expect(await probe(`${base}/health`, 500)).toMatchObject({ ok: true, slow: true });
    const timedOut = await probe(`${base}/health`, 100);
    expect(timedOut).toMatchObject({
      ok: false,
      httpStatus: null,
      error: "no answer within 100 ms",
    });
    mode = "failing";
    expect(await probe(`${base}/health`, 500)).toMatchObject({
      ok: false,
      httpStatus: 503,
      error: "answered 503",
    });
    const dead = await probe(`http://127.0.0.1:${await freePort()}/health`, 500);
    expect(dead.ok).toBe(false);
    expect(dead.error).toMatch(/ECONNREFUSED|connect/);
  });
});

describe("status follows the probes", () => {
  test("active -> warning on a failure -> error after repeated failures -> active on recovery", async () => {
    const module = await watched();
    mode = "failing";
    let current = await getModule(services, module.id);
    const seen: string[] = [];
    for (let i = 0; i < FAILURES_FOR_ERROR; i++) {
      seen.push((await probeModule(services, current)).status);
      current = await getModule(services, module.id);
    }
    expect(seen).toEqual([...Array(FAILURES_FOR_ERROR - 1).fill("warning"), "error"]);
    expect(current.consecutiveFailures).toBe(FAILURES_FOR_ERROR);
    mode = "healthy";
    expect((await probeModule(services, current)).status).toBe("active");
    current = await getModule(services, module.id);
    expect(current).toMatchObject({ status: "active", consecutiveFailures: 0, lastProbeOk: true });

    const history = await statusHistory(services, module.id);
    expect(history.map((h) => `${h.fromStatus}->${h.toStatus}`)).toEqual([
      "error->active",
      "warning->error",
      "active->warning",
      "null->active",
    ]);
    const activity = await listActivity(services.database.db, {
      moduleId: module.id,
      type: "module.status_changed",
      limit: 10,
    });
    expect(activity.items).toHaveLength(3);
    expect(activity.items[0]!.actorLabel).toBe("health probe");
    const probes = await services.database.db
      .select()
      .from(moduleProbes)
      .where(eq(moduleProbes.moduleId, module.id));
    expect(probes).toHaveLength(FAILURES_FOR_ERROR + 1);
  });

  test("a slow answer is a warning; only the status change moves the version people edit against", async () => {
    mode = "slow";
    const module = await watched(`${base}/health`, 500);
    expect((await probeModule(services, module)).status).toBe("warning");
    const after = await getModule(services, module.id);
    expect(after.version).toBe(module.version + 1);
    expect(after.lastProbeLatencyMs).toBeGreaterThanOrEqual(250);
    // An edit form opened before the change would put the old status back: it is refused.
    const person = { id: null, label: "test" };
    await expect(
      updateModule(services, module.id, { status: "active" }, module.version, person),
    ).rejects.toMatchObject({ currentVersion: module.version + 1 });
    // A probe that changes nothing people edit leaves the version alone.
    await probeModule(services, after);
    expect((await getModule(services, module.id)).version).toBe(after.version);
  });

  test("a JSON answer's load and metrics become the module's figures", async () => {
    mode = "report";
    const module = await watched();
    await probeModule(services, module);
    expect(await getModule(services, module.id)).toMatchObject({
      load: 37,
      metrics: { queue: 4, model: "llama3" },
    });
  });
});

describe("the scheduler", () => {
  test("probes due modules on its own, once per deployment", async () => {
    mode = "healthy";
    const module = await watched();
    await services.database.db
      .update(modules)
      .set({ status: "warning" })
      .where(eq(modules.id, module.id));
    // Another instance holds the lease: this one must not probe.
    expect(await acquireLease(services.database.db, "probes", "other-instance", 60_000)).toBe(true);
    const stopBlocked = startProbeScheduler(services, { instanceId: "this-instance", tickMs: 50 });
    await new Promise((r) => setTimeout(r, 300));
    await stopBlocked();
    expect((await getModule(services, module.id)).lastProbeAt).toBeNull();

    await services.database.db.execute(
      (await import("drizzle-orm")).sql`delete from leases where name = 'probes'`,
    );
    const stop = startProbeScheduler(services, { instanceId: "this-instance", tickMs: 50 });
    try {
      await expect
        .poll(async () => (await getModule(services, module.id)).status, { timeout: 5000 })
        .toBe("active");
    } finally {
      await stop();
    }
  });

  test("inactive modules are not probed", async () => {
    const module = await watched();
    await services.database.db
      .update(modules)
      .set({ status: "inactive" })
      .where(eq(modules.id, module.id));
    const stop = startProbeScheduler(services, { instanceId: "solo", tickMs: 50 });
    await new Promise((r) => setTimeout(r, 300));
    await stop();
    expect((await getModule(services, module.id)).lastProbeAt).toBeNull();
  });
});

describe("leases", () => {
  test("one holder at a time; the holder renews; an expired lease can be taken", async () => {
    const db = services.database.db;
    expect(await acquireLease(db, "job", "a", 60_000)).toBe(true);
    expect(await acquireLease(db, "job", "b", 60_000)).toBe(false);
    expect(await acquireLease(db, "job", "a", 60_000)).toBe(true);
    expect(await acquireLease(db, "short", "a", 1)).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(await acquireLease(db, "short", "b", 60_000)).toBe(true);
  });
});
