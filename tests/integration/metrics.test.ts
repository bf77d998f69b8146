import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import WebSocket from "ws";
import { createModule } from "#app/modules/modules.server.ts";
import { createRealtime } from "#app/realtime/realtime.server.ts";
import { METRICS_PARTY, METRICS_ROOM, signRoomToken } from "#app/realtime/room-token.ts";
import { loader as historyLoader } from "#app/routes/api.v1.metrics.history.ts";
import { loader as latestLoader } from "#app/routes/api.v1.metrics.latest.ts";
import type { Services } from "#app/server/services.server.ts";
import {
  cleanupMetrics,
  createCollectorState,
  disposeCollectorState,
  LATEST_SAMPLE_KEY,
  type MetricsSample,
  rollupMetrics,
  sampleMetrics,
  startMetricsCollector,
} from "#app/system-metrics/collector.server.ts";
import { acquireLease } from "#app/utils/lease.server.ts";
import { systemMetrics, systemMetricsMinutely } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { freePort } from "#tests/support/ports.ts";
import { createTestServices, type TestServices, testContext } from "#tests/support/services.ts";

let services: TestServices;

beforeAll(async () => {
  services = await createTestServices();
});
afterAll(async () => {
  await services.destroy();
});

const system = { id: null, label: "test" };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A sample taken with a fresh state (CPU and event-loop figures cover the last few ms). */
async function sampleOnce(target: Services = services) {
  const state = createCollectorState();
  try {
    await sleep(20);
    return await sampleMetrics(target, state);
  } finally {
    disposeCollectorState(state);
  }
}

async function rowsOf(instanceId: string) {
  return services.database.db
    .select()
    .from(systemMetrics)
    .where(eq(systemMetrics.instanceId, instanceId));
}

type Figures = Omit<MetricsSample, "takenAt" | "instanceId">;

/** A raw row with every figure 0 unless given. */
function rawRow(instanceId: string, takenAt: Date, figures: Partial<Figures> = {}) {
  return {
    takenAt,
    instanceId,
    cpuPercent: 0,
    rssBytes: 0,
    heapUsedBytes: 0,
    eventLoopP99Ms: 0,
    httpRequestsPerSecond: 0,
    httpErrorRate: 0,
    httpP95Ms: 0,
    realtimeConnections: 0,
    modulesOnline: 0,
    modulesTotal: 0,
    modulesAvgLoad: 0,
    aiRequestsPerHour: 0,
    aiTokensPerHour: 0,
    aiCostPerHour: 0,
    ...figures,
  };
}

describe("a sample", () => {
  test("stores real figures: process, modules (one aggregate), realtime, honest AI zeros", async () => {
    const seed: [string, "active" | "warning" | "error" | "inactive", number][] = [
      ["metrics_a", "active", 40],
      ["metrics_b", "warning", 20],
      ["metrics_c", "error", 90],
      ["metrics_d", "inactive", 10],
    ];
    for (const [slug, status, load] of seed) {
      await createModule(services, { slug, name: slug, kind: "service", status, load }, system);
    }
    // Some work between two readings, so the CPU figure has something to measure.
    const state = createCollectorState();
    const until = Date.now() + 50;
    let spin = 0;
    while (Date.now() < until) spin += Math.sqrt(spin + 1);
    const sample = await sampleMetrics(services, state);
    disposeCollectorState(state);

    expect(sample.instanceId).toBe(services.instanceId);
    expect(sample.cpuPercent).toBeGreaterThan(0);
    expect(sample.rssBytes).toBeGreaterThan(0);
    expect(sample.heapUsedBytes).toBeGreaterThan(0);
    expect(sample.heapUsedBytes).toBeLessThan(sample.rssBytes);
    expect(sample.eventLoopP99Ms).toBeGreaterThanOrEqual(0);
    expect(typeof sample.realtimeConnections).toBe("number");
    expect(sample.realtimeConnections).toBeGreaterThanOrEqual(0);
    expect(sample).toMatchObject({
      modulesOnline: 2,
      modulesTotal: 4,
      modulesAvgLoad: 40,
      aiRequestsPerHour: 0,
      aiTokensPerHour: 0,
      aiCostPerHour: 0,
    });
    expect(Date.now() - Date.parse(sample.takenAt)).toBeLessThan(5_000);

    const [row] = await services.database.db
      .select()
      .from(systemMetrics)
      .where(eq(systemMetrics.takenAt, new Date(sample.takenAt)));
    expect(row).toMatchObject({ ...sample, takenAt: new Date(sample.takenAt) });
    expect(await services.cache.get(LATEST_SAMPLE_KEY)).toEqual(sample);
  });

  test("HTTP figures follow the requests recorded since the previous sample", async () => {
    const state = createCollectorState();
    const started = performance.now();
    services.httpStats.snapshot(); // start a fresh window
    const windowOpened = performance.now();
    for (const [status, ms] of [
      [200, 10],
      [200, 20],
      [503, 30],
      [200, 40],
    ] as const) {
      services.httpStats.record(status, ms);
    }
    await sleep(20);
    // The window is at least this long; a timer may fire a little before its 20 ms are up by
    // performance.now(), so the bound comes from the clock, not from the sleep.
    const shortestWindowSeconds = (performance.now() - windowOpened) / 1000;
    const sample = await sampleMetrics(services, state);
    const elapsedSeconds = (performance.now() - started) / 1000;
    expect(sample.httpErrorRate).toBe(0.25);
    expect(sample.httpP95Ms).toBe(40);
    expect(sample.httpRequestsPerSecond).toBeGreaterThan(0);
    expect(sample.httpRequestsPerSecond).toBeLessThanOrEqual(4 / shortestWindowSeconds);
    expect(sample.httpRequestsPerSecond).toBeGreaterThanOrEqual(4 / elapsedSeconds - 0.01);

    const quiet = await sampleMetrics(services, state);
    disposeCollectorState(state);
    expect(quiet).toMatchObject({ httpRequestsPerSecond: 0, httpErrorRate: 0, httpP95Ms: 0 });
  });

  test("is announced on the event bus, as stored", async () => {
    const received: Record<string, unknown>[] = [];
    const listener = (sample: Record<string, unknown>) => received.push(sample);
    services.events.on("metrics", listener);
    try {
      const sample = await sampleOnce();
      expect(received).toEqual([sample]);
    } finally {
      services.events.off("metrics", listener);
    }
  });

  test("counts the sockets open in the metrics room of the real PartyKit", async () => {
    const token = await signRoomToken(services.config.secrets.realtime, {
      sub: "metrics-test",
      name: "Metrics test",
      role: "viewer",
      party: METRICS_PARTY,
      room: METRICS_ROOM,
      exp: Math.floor(Date.now() / 1000) + 60,
    });
    const url = `${services.realtime.url.replace("http", "ws")}/parties/${METRICS_PARTY}/${METRICS_ROOM}?token=${encodeURIComponent(token)}`;
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once("message", () => resolve());
      socket.once("error", reject);
    });
    try {
      expect((await sampleOnce()).realtimeConnections).toBeGreaterThanOrEqual(1);
    } finally {
      socket.close();
    }
  });

  test("an unreachable PartyKit is recorded as 0 connections, logged at most once a minute", async () => {
    const deadUrl = `http://127.0.0.1:${await freePort()}`;
    const offline = {
      ...services,
      realtime: createRealtime({ url: deadUrl, pushSecret: "x".repeat(32), log: services.log }),
    };
    const before = services.logLines.length;
    const state = createCollectorState();
    const first = await sampleMetrics(offline, state);
    const second = await sampleMetrics(offline, state);
    disposeCollectorState(state);
    expect(first.realtimeConnections).toBe(0);
    expect(second.realtimeConnections).toBe(0);
    const warnings = services.logLines
      .slice(before)
      .filter((line) => String(line.msg).includes("PartyKit unreachable"));
    expect(warnings).toHaveLength(1);
  });
});

describe("the collector", () => {
  test("samples on its own with a 100 ms interval, and stops cleanly", async () => {
    const collector = { ...services, instanceId: "collector-solo" };
    const stop = startMetricsCollector(collector, {
      instanceId: "collector-solo",
      intervalMs: 100,
    });
    try {
      await expect
        .poll(async () => (await rowsOf("collector-solo")).length, { timeout: 2_000, interval: 25 })
        .toBeGreaterThanOrEqual(1);
    } finally {
      await stop();
    }
    const stopped = (await rowsOf("collector-solo")).length;
    await sleep(300);
    expect((await rowsOf("collector-solo")).length).toBe(stopped);
  });

  test("only the holder of the metrics lease samples", async () => {
    const db = services.database.db;
    // Another instance holds the lease: this one must not sample.
    expect(await acquireLease(db, "metrics", "elsewhere", 60_000)).toBe(true);
    const blocked = { ...services, instanceId: "collector-blocked" };
    const stopBlocked = startMetricsCollector(blocked, {
      instanceId: "collector-blocked",
      intervalMs: 50,
    });
    await sleep(400);
    await stopBlocked();
    expect(await rowsOf("collector-blocked")).toHaveLength(0);
    await db.execute(sql`delete from leases where name = 'metrics'`);

    // Two instances at once: one of them samples, the other waits.
    const a = { ...services, instanceId: "collector-a" };
    const b = { ...services, instanceId: "collector-b" };
    const stops = [
      startMetricsCollector(a, { instanceId: "collector-a", intervalMs: 50 }),
      startMetricsCollector(b, { instanceId: "collector-b", intervalMs: 50 }),
    ];
    try {
      await expect
        .poll(
          async () => (await rowsOf("collector-a")).length + (await rowsOf("collector-b")).length,
          { timeout: 5_000, interval: 25 },
        )
        .toBeGreaterThanOrEqual(4);
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
    const counts = [(await rowsOf("collector-a")).length, (await rowsOf("collector-b")).length];
    expect(counts.filter((n) => n > 0)).toHaveLength(1);
  });
});

describe("rollups and retention", () => {
  test("averages the samples of each complete minute, idempotently", async () => {
    const db = services.database.db;
    const id = "rollup-test";
    // A five-minute-aligned minute two hours ago, and the one after it.
    const t = Math.floor((Date.now() - 2 * 3_600_000) / 300_000) * 300_000;
    const at = (ms: number) => new Date(t + ms);
    await db.insert(systemMetrics).values([
      rawRow(id, at(5_000), { cpuPercent: 10, rssBytes: 100, realtimeConnections: 1 }),
      rawRow(id, at(20_000), { cpuPercent: 20, rssBytes: 200, realtimeConnections: 2 }),
      rawRow(id, at(50_000), { cpuPercent: 30, rssBytes: 400, realtimeConnections: 2 }),
      rawRow(id, at(65_000), { cpuPercent: 40, modulesTotal: 3 }),
      rawRow(id, at(110_000), { cpuPercent: 60, modulesTotal: 3 }),
      // In the minute still under way at `until`: not rolled up yet.
      rawRow(id, at(125_000), { cpuPercent: 99 }),
    ]);
    const window = { from: at(0), until: at(125_000) };
    const minuteRows = () =>
      db
        .select()
        .from(systemMetricsMinutely)
        .where(eq(systemMetricsMinutely.instanceId, id))
        .orderBy(systemMetricsMinutely.bucket);

    expect(await rollupMetrics(db, window)).toBeGreaterThanOrEqual(2);
    const first = await minuteRows();
    expect(first).toHaveLength(2);
    expect(first[0]).toMatchObject({
      bucket: at(0),
      samples: 3,
      cpuPercent: 20,
      rssBytes: 233,
      realtimeConnections: 2,
    });
    expect(first[1]).toMatchObject({
      bucket: at(60_000),
      samples: 2,
      cpuPercent: 50,
      modulesTotal: 3,
    });

    // Rolling the same minutes again changes nothing.
    await rollupMetrics(db, window);
    expect(await minuteRows()).toEqual(first);

    // A late sample: rolling its minute again replaces the row.
    await db
      .insert(systemMetrics)
      .values(rawRow(id, at(40_000), { cpuPercent: 40, rssBytes: 300 }));
    await rollupMetrics(db, window);
    const again = await minuteRows();
    expect(again).toHaveLength(2);
    expect(again[0]).toMatchObject({ id: first[0]!.id, samples: 4, cpuPercent: 25, rssBytes: 250 });
  });

  test("deletes raw samples older than a day and rollups older than 30 days, keeps the rest", async () => {
    const db = services.database.db;
    const id = "cleanup-test";
    const now = Date.now();
    const hour = 3_600_000;
    await db
      .insert(systemMetrics)
      .values([rawRow(id, new Date(now - 25 * hour)), rawRow(id, new Date(now - 23 * hour))]);
    const { takenAt: _takenAt, ...minuteFigures } = rawRow(id, new Date());
    await db.insert(systemMetricsMinutely).values([
      { ...minuteFigures, bucket: new Date(now - 31 * 24 * hour), samples: 1 },
      { ...minuteFigures, bucket: new Date(now - 29 * 24 * hour), samples: 1 },
    ]);
    const removed = await cleanupMetrics(db);
    expect(removed.raw).toBeGreaterThanOrEqual(1);
    expect(removed.minutes).toBeGreaterThanOrEqual(1);
    expect((await rowsOf(id)).map((r) => r.takenAt.getTime())).toEqual([now - 23 * hour]);
    const minutes = await db
      .select()
      .from(systemMetricsMinutely)
      .where(eq(systemMetricsMinutely.instanceId, id));
    expect(minutes.map((r) => r.bucket.getTime())).toEqual([now - 29 * 24 * hour]);
  });
});

describe("the API", () => {
  let token: string;
  beforeAll(async () => {
    token = (await signedInUser(services, "viewer")).token;
  });

  const call = async (
    loader: typeof latestLoader,
    path: string,
    headers: Record<string, string> = { authorization: `Bearer ${token}` },
  ) => {
    const response = await loader({
      request: new Request(`http://nexus.test/api/v1/metrics/${path}`, { headers }),
      params: {},
      context: testContext(services),
    });
    return { status: response.status, body: await response.json() };
  };

  test("GET /metrics/latest: 404 before any sample, then the cached sample, then the stored one", async () => {
    await services.database.db.delete(systemMetrics);
    await services.cache.delete(LATEST_SAMPLE_KEY);
    const none = await call(latestLoader, "latest");
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });

    const sample = await sampleOnce();
    const cached = await call(latestLoader, "latest");
    expect(cached).toMatchObject({ status: 200, body: { success: true, data: sample } });

    // Past the cache's 5 s (here: gone), the newest row answers the same.
    await services.cache.delete(LATEST_SAMPLE_KEY);
    const stored = await call(latestLoader, "latest");
    expect(stored).toMatchObject({ status: 200, body: { data: sample } });
  });

  test("GET /metrics/history: the last hour of raw samples by default, coarser steps for longer ranges", async () => {
    const sample = await sampleOnce();
    const { status, body } = await call(historyLoader, "history");
    expect(status).toBe(200);
    expect(body.data.step).toBe("raw");
    expect(Date.parse(body.data.to) - Date.parse(body.data.from)).toBe(3_600_000);
    expect(body.data.points).toContainEqual(sample);
    const times = body.data.points.map((p: MetricsSample) => Date.parse(p.takenAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const to = new Date();
    const range = (hours: number) =>
      `from=${new Date(to.getTime() - hours * 3_600_000).toISOString()}&to=${to.toISOString()}`;
    expect((await call(historyLoader, `history?${range(2)}`)).body.data.step).toBe("1m");
    expect((await call(historyLoader, `history?${range(72)}`)).body.data.step).toBe("1h");
  });

  test("GET /metrics/history: 1m, 5m and 1h read the minute rollups, weighted by samples", async () => {
    // The rollup test left two minutes (4 and 2 samples) of "rollup-test" two hours ago.
    const t = Math.floor((Date.now() - 2 * 3_600_000) / 300_000) * 300_000;
    const query = (step: string) =>
      `history?step=${step}&from=${new Date(t).toISOString()}&to=${new Date(t + 240_000).toISOString()}`;
    const ofTest = (points: MetricsSample[]) =>
      points.filter((p) => p.instanceId === "rollup-test");

    const minutes = ofTest((await call(historyLoader, query("1m"))).body.data.points);
    expect(minutes.map((p) => [p.takenAt, p.cpuPercent])).toEqual([
      [new Date(t).toISOString(), 25],
      [new Date(t + 60_000).toISOString(), 50],
    ]);
    const fives = ofTest((await call(historyLoader, query("5m"))).body.data.points);
    // (25 * 4 + 50 * 2) / 6 samples
    expect(fives).toHaveLength(1);
    expect(fives[0]).toMatchObject({ takenAt: new Date(t).toISOString(), modulesTotal: 1 });
    expect(fives[0]!.cpuPercent).toBeCloseTo(200 / 6, 5);
    const hours = ofTest((await call(historyLoader, query("1h"))).body.data.points);
    expect(hours).toHaveLength(1);
    expect(hours[0]!.takenAt).toBe(new Date(Math.floor(t / 3_600_000) * 3_600_000).toISOString());
  });

  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  test.each([
    ["an unknown step", () => "step=2m", "step"],
    ["a from that is no date-time", () => "from=yesterday", "from"],
    ["a to before from", () => `from=${daysAgo(0)}&to=${daysAgo(0.001)}`, "to"],
    ["a range over 31 days", () => `from=${daysAgo(32)}`, "from"],
    ["30 days at 1m (over 5000 points)", () => `step=1m&from=${daysAgo(30)}`, "step"],
  ])(
    "GET /metrics/history with %s is a 400 naming the parameter",
    async (_label, search, field) => {
      const { status, body } = await call(historyLoader, `history?${search()}`);
      expect(status).toBe(400);
      expect(body.error.code).toBe("VALIDATION_FAILED");
      expect(body.error.details.issues).toEqual([
        expect.objectContaining({ in: "query", path: field }),
      ]);
    },
  );

  test("too many points for the range is a 400 with a clear message", async () => {
    const { body } = await call(historyLoader, `history?step=1m&from=${daysAgo(30)}`);
    expect(body.error.details.issues[0].message).toMatch(
      /more than 5000 points at step 1m; narrow the range or choose a coarser step/,
    );
  });

  test("both answer 401 without credentials", async () => {
    expect((await call(latestLoader, "latest", {})).status).toBe(401);
    expect((await call(historyLoader, "history", {})).status).toBe(401);
  });
});
