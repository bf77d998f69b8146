import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { eq } from "drizzle-orm";
import { afterAll, describe, expect, inject, test } from "vitest";
import { modules } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { freePort } from "#tests/support/ports.ts";
import {
  createRedisTestServices,
  createTestServices,
  type TestServices,
} from "#tests/support/services.ts";
import { startTcpProxy } from "#tests/support/tcp-proxy.ts";
import { startPartykit } from "../../scripts/partykit.ts";

/**
 * Fault injection against real back ends started here: Redis (through the Upstash relay) and
 * Postgres (through a TCP proxy) disappear under load and come back; PartyKit stops. NEXUS is
 * never restarted (docs/decisions/009-fuzzing-and-faults.md).
 */

const redisUrl = process.env.TEST_REDIS_URL;
const databaseUrl = process.env.TEST_DATABASE_URL;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

interface Outcome {
  status: number;
  code?: string;
  at: number;
  ms?: number;
  what?: string;
}

/** `workers` clients calling `next()` in a loop until `stop()`; every answer is kept. */
function load(workers: number, next: (i: number) => Promise<Outcome>) {
  const outcomes: Outcome[] = [];
  let running = true;
  let n = 0;
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (running) {
        const i = n++;
        outcomes.push(
          await next(i).catch((error: Error) => ({
            status: 0,
            code: `${error.message} ${(error.cause as Error)?.message ?? ""}`,
            at: Date.now(),
          })),
        );
      }
    }),
  );
  return {
    outcomes,
    async stop() {
      running = false;
      await done;
      return outcomes;
    },
  };
}

async function call(url: string, init: RequestInit = {}): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  let code: string | undefined;
  try {
    code = JSON.parse(text).error?.code;
  } catch {
    code = "NOT_JSON";
  }
  return {
    status: response.status,
    code,
    at: Date.now(),
    ms: performance.now() - started,
    what: `${init.method ?? "GET"} ${new URL(url).pathname}`,
  };
}

const moduleBody = (i: number) =>
  JSON.stringify({
    slug: `fault-${randomBytes(4).toString("hex")}-${i}`,
    name: `Fault ${i}`,
    kind: "service",
  });

describe.skipIf(!redisUrl)("Redis (through its Upstash relay) stops under load", () => {
  test("no request fails while it is gone, readiness says degraded, and the cache is used again when it returns", {
    timeout: 90_000,
  }, async () => {
    const { services, relay, close } = await createRedisTestServices(redisUrl!, {
      env: { API_RATE_LIMIT: "1000000" },
      shared: { cooldownMs: 200, timeoutMs: 300 },
    });
    cleanup.push(close);
    const http = await startHttp(services);
    cleanup.push(() => http.close());
    const operator = await signedInUser(services, "operator");
    const headers = {
      authorization: `Bearer ${operator.token}`,
      "content-type": "application/json",
    };

    const traffic = load(6, (i) =>
      i % 3 === 0
        ? call(`${http.url}/api/v1/modules`, { method: "POST", headers, body: moduleBody(i) })
        : i % 3 === 1
          ? call(`${http.url}/api/v1/modules?limit=20`, { headers })
          : call(`${http.url}/api/v1/metrics/latest`, { headers }),
    );
    await sleep(1_000);
    await relay.stop();
    const stoppedAt = Date.now();
    await sleep(500);
    const ready = await call(`${http.url}/api/v1/ready`);
    const readyBody = await (await fetch(`${http.url}/api/v1/ready`)).json();
    // Enough traffic while Redis is gone, however slow the machine is.
    const deadline = Date.now() + 30_000;
    while (traffic.outcomes.filter((o) => o.at > stoppedAt).length < 30 && Date.now() < deadline) {
      await sleep(100);
    }
    const requestsBefore = relay.requests;
    await relay.start();
    const restartedAt = Date.now();
    await sleep(1_500);
    const outcomes = await traffic.stop();

    const during = outcomes.filter((o) => o.at > stoppedAt && o.at < restartedAt);
    const failed = outcomes.filter((o) => o.status === 0 || o.status >= 500);
    console.log(
      `Redis outage: ${outcomes.length} requests (${during.length} while Redis was gone), ${failed.length} failed`,
    );
    const latency = (list: Outcome[]) => {
      const ms = list.map((o) => o.ms ?? 0).sort((a, b) => a - b);
      const at = (q: number) =>
        Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0);
      return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
    };
    console.log(
      `  latency before: ${latency(outcomes.filter((o) => o.at <= stoppedAt))}; while gone: ${latency(during)}`,
    );
    for (const what of new Set(during.map((o) => o.what))) {
      console.log(`  while gone, ${what}: ${latency(during.filter((o) => o.what === what))}`);
    }
    expect(during.length).toBeGreaterThan(10);
    expect(failed).toEqual([]);
    expect(ready.status).toBe(200);
    expect(readyBody.data.degraded).toEqual(["cache"]);
    // Back: NEXUS talks to Redis again, and readiness is clean, without a restart.
    await expect
      .poll(async () => (await (await fetch(`${http.url}/api/v1/ready`)).json()).data.degraded, {
        timeout: 10_000,
      })
      .toEqual([]);
    expect(relay.requests).toBeGreaterThan(requestsBefore);
  });
});

describe.skipIf(!databaseUrl)("Postgres connection lost (Neon driver, through a TCP proxy)", () => {
  test("ready says 503 within 5 s, writes answer 503 UNAVAILABLE, and all recovers without a restart", {
    timeout: 90_000,
  }, async () => {
    const real = new URL(databaseUrl!);
    const proxy = await startTcpProxy({ host: real.hostname, port: Number(real.port || 5432) });
    cleanup.push(() => proxy.stop());
    const viaProxy = new URL(databaseUrl!);
    viaProxy.port = String(proxy.port);
    // createTestDatabase reads TEST_DATABASE_URL when called: point it at the proxy for this one.
    process.env.TEST_DATABASE_URL = viaProxy.toString();
    let services: TestServices;
    try {
      services = await createTestServices({ database: "neon" });
    } finally {
      process.env.TEST_DATABASE_URL = databaseUrl;
    }
    const http = await startHttp(services);
    cleanup.push(() => services.destroy());
    cleanup.push(() => http.close());
    const operator = await signedInUser(services, "operator");
    const headers = {
      authorization: `Bearer ${operator.token}`,
      "content-type": "application/json",
    };
    const create = (i: number) =>
      call(`${http.url}/api/v1/modules`, { method: "POST", headers, body: moduleBody(i) });
    expect((await create(0)).status).toBe(201);

    await proxy.stop();
    const lostAt = Date.now();
    await expect
      .poll(async () => (await call(`${http.url}/api/v1/ready`)).status, {
        timeout: 5_000,
        interval: 200,
      })
      .toBe(503);
    const readyAfterMs = Date.now() - lostAt;
    const readyBody = await (await fetch(`${http.url}/api/v1/ready`)).json();
    expect(readyBody.error.details.failed).toEqual(["database"]);

    const writes = await Promise.all([1, 2, 3].map(create));
    for (const write of writes) expect(write).toMatchObject({ status: 503, code: "UNAVAILABLE" });
    const update = await call(`${http.url}/api/v1/modules?limit=1`, { headers });
    expect(update).toMatchObject({ status: 503, code: "UNAVAILABLE" });
    console.log(
      `Postgres lost: /ready said 503 after ${readyAfterMs} ms; writes answered 503 UNAVAILABLE`,
    );

    await proxy.start();
    await expect
      .poll(async () => (await call(`${http.url}/api/v1/ready`)).status, {
        timeout: 15_000,
        interval: 250,
      })
      .toBe(200);
    const again = await create(4);
    expect(again.status).toBe(201);
    // Nothing of what was refused was written.
    const rows = await services.database.db
      .select()
      .from(modules)
      .where(eq(modules.name, "Fault 1"));
    expect(rows).toEqual([]);
  });
});

describe("PartyKit stopped", () => {
  test("pages and the API keep working, and the dashboard says it is reconnecting", {
    timeout: 120_000,
  }, async () => {
    const port = await freePort();
    const workDir = await mkdtemp(path.join(tmpdir(), "nexus-fault-partykit-"));
    cleanup.push(() => rm(workDir, { recursive: true, force: true }));
    const vars = {
      REALTIME_SECRET: inject("realtimeSecret"),
      REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
    };
    const partykit = await startPartykit({ port, workDir, persist: false, vars });
    cleanup.push(() => partykit.stop());
    const services = await createTestServices({ env: { PARTYKIT_HOST: partykit.url } });
    const http = await startHttp(services);
    cleanup.push(() => services.destroy());
    cleanup.push(() => http.close());
    const operator = await signedInUser(services, "operator");

    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    });
    cleanup.push(() => browser.close());
    const context = await browser.newContext();
    const [name, value] = operator.cookie.split("=") as [string, string];
    await context.addCookies([{ name, value, url: http.url }]);
    const page = await context.newPage();
    await page.goto(http.url);
    const indicator = page.getByTestId("live-status").first();
    await expect
      .poll(() => indicator.getAttribute("data-status"), { timeout: 20_000 })
      .toBe("live");

    await partykit.stop();
    await expect
      .poll(() => indicator.getAttribute("data-status"), { timeout: 20_000 })
      .toBe("reconnecting");
    expect(await indicator.textContent()).toContain("Reconnecting");

    // Pages and API calls still work (publishing to the room fails quietly).
    for (const route of ["/", "/modules", "/activity"]) {
      const response = await fetch(`${http.url}${route}`, { headers: { cookie: operator.cookie } });
      expect(response.status, route).toBe(200);
    }
    const created = await call(`${http.url}/api/v1/modules`, {
      method: "POST",
      headers: { authorization: `Bearer ${operator.token}`, "content-type": "application/json" },
      body: moduleBody(1),
    });
    expect(created.status).toBe(201);
    const ready = await call(`${http.url}/api/v1/ready`);
    console.log(`PartyKit stopped: pages 200, API write ${created.status}, /ready ${ready.status}`);
  });
});
