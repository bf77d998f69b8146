/**
 * `npm run soak`: NEXUS from the real build under mixed traffic for a while, printing throughput,
 * latency, errors and memory every interval; a leak shows as a rising RSS column.
 *
 * Traffic, from SOAK_CONNECTIONS concurrent clients: pages (/, /modules), API reads (module list,
 * one module), API writes (PATCH a module: each one invalidates the cache and pushes a realtime
 * event) and SOAK_SOCKETS WebSocket clients in the metrics room receiving the pushes.
 *
 * Back ends: the real Postgres (through the Neon driver and a local relay) when TEST_DATABASE_URL
 * is set, and the real Redis (through a local Upstash-compatible relay) when TEST_REDIS_URL is
 * set, as CI sets both; otherwise the embedded defaults.
 *
 *   SOAK_MINUTES=10 SOAK_CONNECTIONS=16 SOAK_SOCKETS=20 SOAK_INTERVAL_SECONDS=30 npm run soak
 */
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import WebSocket from "ws";
import { openDatabase } from "../../db/client.ts";
import { startNeonRelay } from "../support/neon-relay.ts";
import { startUpstashRelay } from "../support/upstash-relay.ts";
import {
  freePort,
  killEverything,
  memoryOf,
  numberFromEnv,
  repoRoot,
  spawnServer,
} from "./harness.ts";

const minutes = numberFromEnv("SOAK_MINUTES", 10, 0.1);
const connections = numberFromEnv("SOAK_CONNECTIONS", 16, 1);
const sockets = numberFromEnv("SOAK_SOCKETS", 20, 0);
const intervalSeconds = numberFromEnv("SOAK_INTERVAL_SECONDS", 30, 1);
const MODULES = 20;

interface Window {
  requests: number;
  errors: number;
  durations: number[];
  pushes: number;
  byKind: Record<string, number>;
  /** "<operation> <status or error>" -> count. */
  failures: Record<string, number>;
  /** PATCHes refused with 409: two clients wrote one module at once (expected, not an error). */
  conflicts: number;
}
const fresh = (): Window => ({
  requests: 0,
  errors: 0,
  durations: [],
  pushes: 0,
  byKind: {},
  failures: {},
  conflicts: 0,
});
const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : 0;

async function main() {
  const cleanups: (() => Promise<unknown>)[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    "DATABASE_URL",
    "NEON_WS_PROXY",
    "UPSTASH_REDIS_REST_URL",
    "UPSTASH_REDIS_REST_TOKEN",
    "PARTYKIT_HOST",
  ])
    delete env[name];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "nexus-soak-"));
  cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
  const backends: string[] = [];

  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const relay = await startNeonRelay();
    cleanups.push(() => relay.close());
    const name = `nexus_soak_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    // openDatabase points the Neon driver at the relay; the admin client below relies on it.
    await (await openDatabase({ kind: "neon", url: adminUrl, wsProxy: relay.address })).close();
    const admin = new Client(adminUrl);
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    cleanups.push(async () => {
      const c = new Client(adminUrl);
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    });
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    const secret = () => randomBytes(24).toString("hex");
    Object.assign(env, {
      DATABASE_URL: url.toString(),
      NEON_WS_PROXY: relay.address,
      SESSION_SECRET: secret(),
      REALTIME_SECRET: secret(),
      REALTIME_PUSH_SECRET: secret(),
      NEXUS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    });
    backends.push("Postgres (Neon driver)");
  } else backends.push("embedded Postgres");
  if (process.env.TEST_REDIS_URL) {
    const relay = await startUpstashRelay({ redisUrl: process.env.TEST_REDIS_URL });
    cleanups.push(() => relay.close());
    Object.assign(env, {
      UPSTASH_REDIS_REST_URL: relay.url,
      UPSTASH_REDIS_REST_TOKEN: relay.token,
    });
    backends.push("Redis (Upstash relay)");
  } else backends.push("in-process cache");

  const { ensureBuild } = await import("../../scripts/start.mjs");
  await ensureBuild({ info: (message) => console.error(`[soak] ${message}`) });
  const partykitPort = await freePort();
  let warnings = 0;
  let slowQueries = 0;
  Object.assign(env, {
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(await freePort()),
    PARTYKIT_PORT: String(partykitPort),
    NEXUS_DATA_DIR: dataDir,
    LOG_LEVEL: "warn",
    LOG_FORMAT: "json",
    API_RATE_LIMIT: "1000000000",
  });
  const server = await spawnServer({
    command: process.execPath,
    args: ["scripts/start.mjs"],
    cwd: repoRoot,
    env,
    ready: /NEXUS is ready on (http:\/\/\S+)/,
    readyTimeoutMs: 120_000,
    stopTimeoutMs: 20_000,
    onLine: (line) => {
      if (!/"level":(40|50|60)/.test(line)) return;
      warnings += 1;
      if (line.includes('"msg":"slow query"')) slowQueries += 1;
      else if (warnings - slowQueries <= 10) console.log(`  server: ${line.slice(0, 300)}`);
    },
  });
  cleanups.unshift(() => server.stop());

  try {
    // Set up: the admin account (onboarding signs it in) and some modules.
    const password = randomBytes(18).toString("base64url");
    const onboarding = await fetch(`${server.url}/onboarding`, {
      method: "POST",
      body: new URLSearchParams({
        name: "Soak",
        email: "soak@example.com",
        password,
        confirmPassword: password,
      }),
      redirect: "manual",
    });
    const cookie = onboarding.headers
      .getSetCookie()
      .map((h) => h.split(";")[0])
      .join("; ");
    if (!cookie) throw new Error(`onboarding answered ${onboarding.status}`);
    const json = { cookie, "content-type": "application/json" };
    const ids: string[] = [];
    for (let i = 0; i < MODULES; i++) {
      const response = await fetch(`${server.url}/api/v1/modules`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({
          slug: `soak_${i}`,
          name: `Soak ${i}`,
          kind: "soak",
          status: "active",
          load: i,
        }),
      });
      if (response.status !== 201) throw new Error(`creating a module answered ${response.status}`);
      ids.push(((await response.json()) as { data: { id: string } }).data.id);
    }

    let window = fresh();
    const total = fresh();
    const open: WebSocket[] = [];
    for (let i = 0; i < sockets; i++) {
      const minted = await fetch(`${server.url}/api/v1/realtime/tokens`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ room: "global" }),
      });
      const { data } = (await minted.json()) as {
        data: { token: string; party: string; room: string };
      };
      const socket = new WebSocket(
        `ws://127.0.0.1:${partykitPort}/parties/${data.party}/${data.room}?token=${encodeURIComponent(data.token)}`,
      );
      socket.on("message", () => {
        window.pushes += 1;
        total.pushes += 1;
      });
      socket.on("error", () => {});
      open.push(socket);
    }

    const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]!;
    const operations: [string, number, () => Promise<Response>][] = [
      ["page /", 1, () => fetch(`${server.url}/`, { headers: { cookie } })],
      ["page /modules", 1, () => fetch(`${server.url}/modules`, { headers: { cookie } })],
      ["GET modules", 4, () => fetch(`${server.url}/api/v1/modules`, { headers: { cookie } })],
      [
        "GET module",
        4,
        () => fetch(`${server.url}/api/v1/modules/${pick(ids)}`, { headers: { cookie } }),
      ],
      [
        "PATCH module",
        1,
        () =>
          fetch(`${server.url}/api/v1/modules/${pick(ids)}`, {
            method: "PATCH",
            headers: json,
            body: JSON.stringify({ load: Math.floor(Math.random() * 100) }),
          }),
      ],
    ];
    const weighted = operations.flatMap((op) => Array.from({ length: op[1] }, () => op));

    const until = Date.now() + minutes * 60_000;
    const client = async () => {
      while (Date.now() < until) {
        const [kind, , run] = pick(weighted);
        const started = performance.now();
        let failure: string | undefined;
        try {
          const response = await run();
          await response.arrayBuffer();
          if (response.status === 409 && kind === "PATCH module") {
            window.conflicts += 1;
            total.conflicts += 1;
          } else if (response.status >= 400) failure = `${kind} ${response.status}`;
        } catch (error) {
          failure = `${kind} ${(error as Error).message}`;
        }
        const ms = performance.now() - started;
        for (const w of [window, total]) {
          w.requests += 1;
          if (failure) {
            w.errors += 1;
            w.failures[failure] = (w.failures[failure] ?? 0) + 1;
          }
          w.byKind[kind] = (w.byKind[kind] ?? 0) + 1;
        }
        window.durations.push(ms);
        total.durations.push(ms);
      }
    };

    console.log(
      `soak: ${minutes} min, ${connections} clients, ${sockets} sockets, on ${backends.join(" + ")}\n` +
        "   time    req/s     p50 ms   p99 ms  errors  pushes/s  RSS MB (server)  RSS MB (tree)",
    );
    const rss: number[] = [];
    const started = Date.now();
    const report = setInterval(() => {
      const sorted = window.durations.sort((a, b) => a - b);
      const memory = memoryOf(server.pid!);
      const mb = (kb?: number) => (kb === undefined ? "?" : (kb / 1024).toFixed(1));
      if (memory) rss.push(memory.processKb / 1024);
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(
        [
          `${String(seconds).padStart(6)}s`,
          (window.requests / intervalSeconds).toFixed(0).padStart(8),
          percentile(sorted, 0.5).toFixed(1).padStart(10),
          percentile(sorted, 0.99).toFixed(1).padStart(8),
          String(window.errors).padStart(7),
          (window.pushes / intervalSeconds).toFixed(0).padStart(9),
          mb(memory?.processKb).padStart(16),
          mb(memory?.treeKb).padStart(14),
        ].join(" "),
      );
      window = fresh();
    }, intervalSeconds * 1000);
    await Promise.all(Array.from({ length: connections }, client));
    clearInterval(report);
    for (const socket of open) socket.close();

    const sorted = total.durations.sort((a, b) => a - b);
    // Least-squares slope of the server's RSS after the first sample (start-up), in MB/min.
    const points = rss.slice(1).map((mb, i) => [i * (intervalSeconds / 60), mb] as const);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const mx = mean(points.map((p) => p[0]));
    const my = mean(points.map((p) => p[1]));
    const sxx = points.reduce((sum, [x]) => sum + (x - mx) ** 2, 0);
    const slope =
      points.length > 2 ? points.reduce((sum, [x, y]) => sum + (x - mx) * (y - my), 0) / sxx : 0;
    console.log(
      `\ntotal: ${total.requests} requests (${JSON.stringify(total.byKind)}), ${total.errors} errors, ` +
        `${(total.requests / (minutes * 60)).toFixed(0)} req/s, p50 ${percentile(sorted, 0.5).toFixed(1)} ms, ` +
        `p99 ${percentile(sorted, 0.99).toFixed(1)} ms, ${total.pushes} pushes received; ` +
        `server RSS ${rss[0]?.toFixed(1) ?? "?"} -> ${rss.at(-1)?.toFixed(1) ?? "?"} MB ` +
        `(trend after start-up: ${slope >= 0 ? "+" : ""}${slope.toFixed(2)} MB/min); ` +
        `${total.conflicts} PATCH conflicts (409, expected with concurrent writers)`,
    );
    if (total.errors) console.log(`failures: ${JSON.stringify(total.failures)}`);
    console.log(`server warnings and errors: ${warnings} (slow queries: ${slowQueries})`);
    process.exitCode = total.errors > 0 ? 1 : 0;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch(() => {});
  }
}

process.once("SIGINT", () => {
  killEverything();
  process.exit(130);
});
main().catch((error) => {
  console.error(error);
  killEverything();
  process.exit(1);
});
