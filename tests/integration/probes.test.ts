import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { listActivity } from "#app/activity/activity.server.ts";
import {
  createModule,
  getModule,
  statusHistory,
  updateModule,
} from "#app/modules/modules.server.ts";
import {
  CLAIM_MARGIN_MS,
  claimDueModules,
  FAILURES_FOR_ERROR,
  probe,
  probeModule,
  startProbeScheduler,
} from "#app/modules/probes.server.ts";
import { acquireLease } from "#app/utils/lease.server.ts";
import { moduleProbes, modules } from "#db/schema/index.ts";
import { freePort } from "#tests/support/ports.ts";
import {
  createTestInstance,
  createTestServices,
  type TestServices,
} from "#tests/support/services.ts";

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
  test("probes due modules on its own", async () => {
    mode = "healthy";
    const module = await watched();
    await services.database.db
      .update(modules)
      .set({ status: "warning" })
      .where(eq(modules.id, module.id));
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

describe("across instances", () => {
  /**
   * Two instances of one deployment (two services on one database, each with its own scheduler)
   * and a real health service that answers `/slow` after 12 s and anything else at once. It
   * notes every request it receives, by path.
   */
  const SLOW_ANSWER_MS = 12_000;
  let a: TestServices;
  let b: TestServices;
  let fake: Server;
  let fakeBase: string;
  const received: { path: string; at: number }[] = [];
  const requestsTo = (path: string) => received.filter((r) => r.path === path).map((r) => r.at);

  beforeAll(async () => {
    fake = createServer((req, res) => {
      received.push({ path: req.url ?? "", at: Date.now() });
      const delay = req.url === "/slow" ? SLOW_ANSWER_MS : req.url === "/second" ? 1_000 : 0;
      setTimeout(() => res.writeHead(200, { "content-type": "text/plain" }).end("ok"), delay);
    });
    await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
    fakeBase = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
    a = await createTestServices();
    b = await createTestInstance(a);
  });
  afterAll(async () => {
    fake.closeAllConnections();
    await new Promise((r) => fake.close(r));
    await b?.destroy();
    await a?.destroy();
  });
  afterEach(async () => {
    // Each test starts with no module: nothing of one test's is probed in the next.
    await a.database.db.delete(modules);
    received.length = 0;
  });

  async function module(path: string, probeIntervalSeconds: number, probeTimeoutMs: number) {
    return createModule(
      a,
      {
        slug: `cluster${path.replaceAll("/", "_")}`,
        name: `Cluster ${path}`,
        kind: "service",
        status: "active",
        healthEndpoint: `${fakeBase}${path}`,
        probeIntervalSeconds,
        probeTimeoutMs,
      },
      { id: null, label: "test" },
    );
  }
  const probeRows = (moduleId: string) =>
    a.database.db.select().from(moduleProbes).where(eq(moduleProbes.moduleId, moduleId));
  /** A scheduler on `instance` whose requests are counted in `sent`. */
  function schedule(instance: TestServices, sent: Record<string, number>) {
    const name = instance.instanceId;
    sent[name] = 0;
    const counting = ((input, init) => {
      sent[name]! += 1;
      return fetch(input, init);
    }) as typeof fetch;
    return startProbeScheduler(instance, { instanceId: name, tickMs: 100, fetchImpl: counting });
  }
  const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]!);

  test("a 12-second endpoint with a 14-second timeout is probed once per interval by the two, and a fast module on time meanwhile", {
    timeout: 90_000,
  }, async () => {
    expect(a.instanceId).not.toBe(b.instanceId);
    const slow = await module("/slow", 15, 14_000);
    const fast = await module("/fast", 5, 1_000);
    const sent: Record<string, number> = {};
    const stops = [schedule(a, sent), schedule(b, sent)];
    try {
      // Two rounds of the slow module: sent at 0 s and 15 s, answered at 12 s and 27 s.
      await expect
        .poll(async () => (await probeRows(slow.id)).length, { timeout: 45_000, interval: 200 })
        .toBe(2);
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
    const slowRequests = requestsTo("/slow");
    const fastRequests = requestsTo("/fast");
    const [slowRows, fastRows] = [await probeRows(slow.id), await probeRows(fast.id)];
    console.log(
      `probes: slow module ${slowRequests.length} requests, ${slowRows.length} rows; ` +
        `fast module ${fastRequests.length} requests, ${fastRows.length} rows; ` +
        `sent by instance: ${JSON.stringify(sent)}; ` +
        `slow gaps ${JSON.stringify(gaps(slowRequests))} ms, fast gaps ${JSON.stringify(gaps(fastRequests))} ms`,
    );

    // Once per interval across both instances, though each probe outlives the old 10 s lease.
    expect(slowRequests).toHaveLength(2);
    expect(slowRows).toHaveLength(2);
    expect(slowRows.every((row) => row.ok && row.latencyMs >= SLOW_ANSWER_MS)).toBe(true);
    const [slowGap] = gaps(slowRequests);
    expect(slowGap).toBeGreaterThanOrEqual(14_500);
    expect(slowGap).toBeLessThan(17_000);

    // The fast module every 5 s, never twice, and every probe recorded once.
    expect(fastRows).toHaveLength(fastRequests.length);
    expect(fastRequests.length).toBeGreaterThanOrEqual(5);
    for (const gap of gaps(fastRequests)) {
      expect(gap).toBeGreaterThanOrEqual(4_500);
      expect(gap).toBeLessThan(7_000);
    }
    // ...including while the slow probe was in flight.
    const [firstSlow] = slowRequests as [number];
    const duringSlow = fastRequests.filter((t) => t > firstSlow && t < firstSlow + SLOW_ANSWER_MS);
    expect(duringSlow.length).toBeGreaterThanOrEqual(2);

    expect(Object.values(sent).reduce((x, y) => x + y, 0)).toBe(
      slowRequests.length + fastRequests.length,
    );
    const current = await getModule(a, slow.id);
    expect(current.probeClaimedUntil).toBeNull();
  });

  test("a claim left by an instance that died lapses, and the module is probed again", {
    timeout: 30_000,
  }, async () => {
    const orphan = await module("/orphan", 5, 2_000);
    // An instance claims the probe and dies before sending it.
    const claimed = await claimDueModules(b.database.db);
    expect(claimed.map((m) => m.id)).toEqual([orphan.id]);
    const claimedUntil = claimed[0]!.probeClaimedUntil!;
    const startedAt = claimed[0]!.probeStartedAt!;
    expect(claimedUntil.getTime() - startedAt.getTime()).toBe(2_000 + CLAIM_MARGIN_MS);
    // While it holds, no instance may claim it, even once its interval (5 s) has passed.
    expect(await claimDueModules(a.database.db)).toEqual([]);

    const sent: Record<string, number> = {};
    const stop = schedule(a, sent);
    try {
      await expect
        .poll(async () => (await probeRows(orphan.id)).length, { timeout: 15_000, interval: 100 })
        .toBe(1);
    } finally {
      await stop();
    }
    const requests = requestsTo("/orphan");
    console.log(
      `probes: orphaned module ${requests.length} request ${requests[0]! - claimedUntil.getTime()} ms after the claim lapsed`,
    );
    expect(requests).toHaveLength(1);
    expect(requests[0]).toBeGreaterThanOrEqual(claimedUntil.getTime());
    const after = await getModule(a, orphan.id);
    expect(after.probeClaimedUntil).toBeNull();
    expect(after.probeStartedAt!.getTime()).toBeGreaterThanOrEqual(claimedUntil.getTime());
  });

  test("stopping waits for the probes in flight", async () => {
    const second = await module("/second", 5, 3_000);
    const stop = schedule(b, {});
    await expect.poll(() => requestsTo("/second").length, { timeout: 5_000 }).toBe(1);
    await stop();
    expect(await probeRows(second.id)).toHaveLength(1);
    expect((await getModule(a, second.id)).probeClaimedUntil).toBeNull();
  });

  test("a claim takes at most its limit, and two claims never share a module", async () => {
    for (let n = 0; n < 6; n++) await module(`/limit-${n}`, 60, 2_000);
    const first = await claimDueModules(a.database.db, { limit: 2 });
    const second = await claimDueModules(b.database.db, { limit: 2 });
    expect(first).toHaveLength(2);
    expect(second).toHaveLength(2);
    const ids = [...first, ...second].map((m) => m.id);
    expect(new Set(ids).size).toBe(4);
  });
});
