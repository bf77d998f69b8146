/**
 * `npm run bench`: NEXUS against the floor (raw node:http) and against the smallest Remix app
 * served the same way, against the last release on PGlite (pglite.ts) in the same run, its memory
 * with its embedded Postgres and PartyKit, its first start and restart, realtime fan-out, time to
 * first token through NEXUS against straight from the model server and (with a Postgres) the
 * knowledge graph's queries, then the figures and the Targets table (every performance goal, met
 * or missed) in docs/benchmarks.md.
 *
 * Settings: BENCH_DURATION (s, 5), BENCH_WARMUP (s, 1), BENCH_CONNECTIONS (50), BENCH_QUIET_WAIT
 * (s to wait for an idle machine before each run, 30), BENCH_RETRIES (repeats of a run other work
 * disturbed, 2), BENCH_VERBOSE=1 to echo the servers' output, BENCH_REDIS_URL
 * (redis://127.0.0.1:6379, or TEST_REDIS_URL) for the Redis-backed cases, BENCH_TTFT_SAMPLES
 * (time-to-first-token pairs, 200, after 10 warm-up pairs), BENCH_START_REPEATS (first starts on
 * an empty data folder, each followed by a restart on it, 3), BENCH_PGLITE=0 to leave out the
 * PGlite baseline, BENCH_PGLITE_REF (the release it runs, f493ef4^), BENCH_KNOWLEDGE=0 to leave
 * out the knowledge bench (its BENCH_KG_* settings are in knowledge.ts), BENCH_OUTPUT (the file
 * to write, docs/benchmarks.md). NEXUS runs on its embedded defaults: its own Postgres server
 * (db/embedded.ts) in a temporary NEXUS_DATA_DIR, the in-process cache and its own PartyKit. With
 * TEST_DATABASE_URL set, the second NEXUS runs on that real Postgres (a database of its own,
 * through the Neon driver and a local relay, as in production) and Redis instead of on the
 * embedded Postgres and Redis. With TEST_DATABASE_URL or BENCH_PG_URL set (BENCH_PG_URL first),
 * the knowledge bench runs on that Postgres and its section is written fresh; otherwise the
 * section of the previous file is kept. Every NEXUS uses a fake Ollama (tests/support/
 * fake-ollama.ts, answering at once) in this process as its model server.
 */
import { spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import { openDatabase } from "../../db/client.ts";
import { type FakeOllama, startFakeOllama } from "../support/fake-ollama.ts";
import { startNeonRelay } from "../support/neon-relay.ts";
import { startUpstashRelay } from "../support/upstash-relay.ts";
import { type FanoutResult, formatFanout, runFanout } from "./fanout.ts";
import {
  type BenchCase,
  type BenchOptions,
  benchTempDir,
  freePort,
  killEverything,
  type Memory,
  memoryOf,
  numberFromEnv,
  optionsFromEnv,
  outputFileFromEnv,
  percentile,
  postmastersUnder,
  removeLeftoverTempDirs,
  repoRoot,
  runBench,
  type StartedTarget,
  spawnServer,
  stopPostmastersUnder,
  type Target,
  waitForQuiet,
} from "./harness.ts";
import {
  type KnowledgeBenchResult,
  main as knowledgeMain,
  knowledgeSection,
  renderKnowledgeSection,
  runKnowledgeBench,
} from "./knowledge.ts";
import {
  type Checkout,
  checkOutPgliteRelease,
  DEFAULT_PGLITE_REF,
  removeAllCheckouts,
} from "./pglite.ts";
import {
  busyWarning,
  describeMachine,
  evaluateGoals,
  formatTable,
  formatTargets,
  GOALS,
  type GoalInputs,
  goalsTable,
  keptSection,
  mib,
  problems,
  renderMarkdown,
  type StartupFigures,
  treeText,
} from "./report.ts";
import { formatTtft, runTtft, type TtftResult } from "./ttft.ts";

const benchDir = path.join(repoRoot, "tests/bench");
const minimalDir = path.join(benchDir, "minimal");
const outputFile = outputFileFromEnv();
const verbose = process.env.BENCH_VERBOSE === "1";
/**
 * Removed however the run ends, Ctrl-C included: each holds a whole database (an embedded
 * Postgres cluster, whose server is stopped first, or the PGlite release's folder).
 */
const tempDirs = new Set<string>();

/** Stops the Postgres servers on a bench data folder (left running if NEXUS died), then removes it. */
async function removeDataDir(dir: string): Promise<void> {
  stopPostmastersUnder(dir);
  await rm(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
}

const log = (line: string) => console.error(`[bench] ${line}`);
/** The NEXUS target on the last release whose embedded database was PGlite. */
const PGLITE_NAME = "NEXUS on PGlite";
const echo = (name: string) => (verbose ? (line: string) => log(`${name} | ${line}`) : undefined);

/** Every server runs the way NEXUS does: its own Node process, TypeScript through tsx. */
function nodeServer(name: string, script: string): Target {
  return {
    name,
    start: () =>
      spawnServer({
        command: process.execPath,
        args: ["--import", "tsx", script],
        cwd: repoRoot,
        env: { ...process.env, NODE_ENV: "production", PORT: "0" },
        ready: /listening on (http:\/\/127\.0\.0\.1:\d+)/,
        onLine: echo(name),
      }),
  };
}

/** Variables that would take NEXUS off its embedded defaults (a real database, Redis, secrets). */
const NEXUS_SETTINGS = [
  "DATABASE_URL",
  "NEON_WS_PROXY",
  "UPSTASH_REDIS_REST_URL",
  "UPSTASH_REDIS_REST_TOKEN",
  "PARTYKIT_HOST",
  "SESSION_SECRET",
  "REALTIME_SECRET",
  "REALTIME_PUSH_SECRET",
  "NEXUS_ENCRYPTION_KEY",
  "SMTP_URL",
  "SMTP_FROM",
  "LOG_FORMAT",
  "HOST",
  // The model servers: the bench's fake Ollama only, so an OpenAI-compatible one cannot win the
  // model choice.
  "OLLAMA_HOST",
  "OPENAI_BASE_URL",
  "OPENAI_API_KEY",
];

interface Account {
  name: string;
  email: string;
  password: string;
  /** Whether NEXUS's onboarding already made it (then it signs in instead). */
  created: boolean;
}

/**
 * Pages need a signed-in user: the first start sets NEXUS up with an admin account (onboarding
 * signs it in), later starts sign in with it. Returns the session cookie.
 */
async function signIn(origin: string, account: Account): Promise<string> {
  const [path, form] = account.created
    ? ["/login", { email: account.email, password: account.password }]
    : [
        "/onboarding",
        {
          name: account.name,
          email: account.email,
          password: account.password,
          confirmPassword: account.password,
        },
      ];
  const response = await fetch(new URL(path, origin), {
    method: "POST",
    body: new URLSearchParams(form),
    redirect: "manual",
    signal: AbortSignal.timeout(30_000),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0])
    .join("; ");
  if (response.status < 300 || response.status >= 400 || !cookie) {
    const body = (await response.text()).slice(0, 300);
    throw new Error(`could not sign in (POST ${path} answered ${response.status}): ${body}`);
  }
  await response.body?.cancel();
  return cookie;
}

/** Modules registered in every NEXUS target so `GET /api/v1/modules` has a realistic page. */
const BENCH_MODULES = 20;

async function registerModules(url: string, cookie: string): Promise<void> {
  const existing = await fetch(`${url}/api/v1/modules?limit=100`, { headers: { cookie } });
  const count = ((await existing.json()) as { data?: unknown[] }).data?.length ?? 0;
  for (let i = count; i < BENCH_MODULES; i++) {
    const response = await fetch(`${url}/api/v1/modules`, {
      method: "POST",
      headers: { cookie, "content-type": "application/json" },
      body: JSON.stringify({
        slug: `bench_${i}`,
        name: `Bench module ${i}`,
        kind: "bench",
        status: "active",
        load: i * 3,
        metrics: { queue: i, model: "bench" },
      }),
    });
    if (response.status !== 201)
      throw new Error(`registering a module answered ${response.status}`);
  }
}

/** A read-scoped API token, as a script or dashboard polling the API would use. */
async function createToken(url: string, cookie: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/tokens`, {
    method: "POST",
    headers: { cookie, "content-type": "application/json" },
    body: JSON.stringify({ name: "bench", scope: "read" }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (response.status !== 201 || !body.data?.token)
    throw new Error(`creating a token answered ${response.status}`);
  return body.data.token;
}

/**
 * A database of its own on the real Postgres at TEST_DATABASE_URL, reached through the Neon
 * driver and a local relay (as NEXUS reaches Postgres in production); dropped at the end.
 */
async function realPostgres(adminUrl: string) {
  const relay = await startNeonRelay();
  const name = `nexus_bench_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  // openDatabase points the Neon driver at the relay; the admin client below relies on it.
  await (await openDatabase({ kind: "neon", url: adminUrl, wsProxy: relay.address })).close();
  const admin = new Client(adminUrl);
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const secret = randomBytes(24).toString("hex");
  return {
    env: {
      DATABASE_URL: url.toString(),
      NEON_WS_PROXY: relay.address,
      SESSION_SECRET: `${secret}s`,
      REALTIME_SECRET: `${secret}r`,
      REALTIME_PUSH_SECRET: `${secret}p`,
      NEXUS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    },
    async close() {
      // The Neon driver's relay is process-wide and the knowledge bench points it at its own:
      // point it back at this one.
      await (await openDatabase({ kind: "neon", url: adminUrl, wsProxy: relay.address })).close();
      const c = new Client(adminUrl);
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
      await relay.close();
    },
  };
}

/** Where a NEXUS target runs from: this checkout, or the PGlite release's worktree. */
interface NexusRelease {
  /** The folder NEXUS runs in. */
  root(): string;
  /** How `npm start` starts it there (its arguments to node). */
  startArgs: string[];
  /** Makes sure its build exists, before the first start (so a ready time is never a build). */
  prepare(): Promise<void>;
}

/** This checkout: NEXUS as it is now. */
const thisRelease: NexusRelease = {
  root: () => repoRoot,
  startArgs: ["scripts/start.mjs"],
  async prepare() {
    // NEXUS rebuilds on start when its sources are newer than the build: do that first. Imported
    // here so that NEXUS code that does not load fails this target only, not the baselines.
    const { ensureBuild } = await import("../../scripts/start.mjs");
    await ensureBuild({ info: (message) => log(message) });
  },
};

/** The last release on PGlite, checked out and built on its first start (pglite.ts). */
function pgliteRelease(): NexusRelease & { checkout(): Checkout | undefined; remove(): void } {
  let checkout: Checkout | undefined;
  return {
    root() {
      if (!checkout) throw new Error("the PGlite release is not checked out");
      return checkout.root;
    },
    async prepare() {
      checkout ??= checkOutPgliteRelease(log);
    },
    // That release ran server.ts through tsx.
    startArgs: ["--import", "tsx", "server.ts"],
    checkout: () => checkout,
    remove() {
      checkout?.remove();
    },
  };
}

/**
 * One NEXUS server process from `root` on embedded defaults (bar `extraEnv`) on `dataDir`, ready
 * once `GET /api/v1/ready` answers 200: its database, cache and PartyKit all answer.
 */
async function spawnNexus(options: {
  name: string;
  root: string;
  /** Node's arguments: `npm start`'s (NexusRelease.startArgs). */
  startArgs?: string[];
  dataDir: string;
  ollamaHost: string;
  extraEnv?: Record<string, string>;
}): Promise<StartedTarget & { pid: number; readyMs: number }> {
  const port = await freePort();
  let partykitPort = await freePort();
  while (partykitPort === port) partykitPort = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of NEXUS_SETTINGS) delete env[name];
  Object.assign(env, {
    NODE_ENV: "production",
    HOST: "127.0.0.1",
    PORT: String(port),
    PARTYKIT_PORT: String(partykitPort),
    NEXUS_DATA_DIR: options.dataDir,
    LOG_LEVEL: "warn",
    LOG_FORMAT: "json",
    // One signed-in bench client stands for many people: its quota is not the route's capacity.
    API_RATE_LIMIT: "1000000000",
    OLLAMA_HOST: options.ollamaHost,
    ...options.extraEnv,
  });
  const server = await spawnServer({
    command: process.execPath,
    args: options.startArgs ?? thisRelease.startArgs,
    cwd: options.root,
    env,
    readyUrl: `http://127.0.0.1:${port}/api/v1/ready`,
    readyTimeoutMs: 120_000,
    // NEXUS drains for up to SHUTDOWN_TIMEOUT_MS (10 s) and then stops PartyKit.
    stopTimeoutMs: 20_000,
    onLine: echo(options.name),
  });
  return {
    ...server,
    readyMs: server.readyMs!,
    // Its embedded Postgres runs detached, and may have been joined rather than started: found
    // by its data folder, not only among the server's children.
    relatedPids: () => postmastersUnder(options.dataDir),
  };
}

/**
 * NEXUS from the real build (of `release`) on embedded defaults. The data folder lives as long as
 * the run, so a second start (time to first token) is a restart on the existing database.
 * `ollamaHost` is the model server NEXUS streams from (the bench's fake Ollama).
 */
function nexusTarget(
  name: string,
  ollamaHost: string,
  extraEnv: () => Record<string, string> = () => ({}),
  release: NexusRelease = thisRelease,
): Target & { cleanup(): Promise<void> } {
  let dataDir: string | undefined;
  const account: Account = {
    name: "Bench",
    email: "bench@example.com",
    password: randomBytes(18).toString("base64url"),
    created: false,
  };
  return {
    name,
    async start() {
      if (!dataDir) {
        await release.prepare();
        dataDir = benchTempDir("data");
        tempDirs.add(dataDir);
      }
      const server = await spawnNexus({
        name,
        root: release.root(),
        startArgs: release.startArgs,
        dataDir,
        ollamaHost,
        extraEnv: extraEnv(),
      });
      try {
        const cookie = await signIn(server.url, account);
        account.created = true;
        await registerModules(server.url, cookie);
        const token = await createToken(server.url, cookie);
        return {
          ...server,
          credentials: { cookie },
          tokenCredentials: { authorization: `Bearer ${token}` },
        };
      } catch (error) {
        await server.stop();
        throw error;
      }
    },
    async cleanup() {
      if (dataDir) await removeDataDir(dataDir);
    },
  };
}

/** Waits (bounded) for every Postgres server on `dataDir` to be gone; whether they went. */
async function postgresGone(dataDir: string, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (postmastersUnder(dataDir).length > 0) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

/**
 * NEXUS's start on embedded defaults, BENCH_START_REPEATS times: a first start on an empty data
 * folder (initdb, migrations, PartyKit), stopped with SIGTERM, then a restart on the same folder,
 * each timed from the spawn to the first 200 from `GET /api/v1/ready`. The build exists already.
 */
async function measureStartup(ollamaHost: string, options: BenchOptions): Promise<StartupFigures> {
  const repeats = Math.round(numberFromEnv("BENCH_START_REPEATS", 3, 1));
  const figures: StartupFigures = { firstMs: [], restartMs: [] };
  await thisRelease.prepare();
  for (let i = 0; i < repeats && !figures.problem; i++) {
    const dataDir = benchTempDir("start");
    tempDirs.add(dataDir);
    try {
      for (const restart of [false, true]) {
        const busy = await waitForQuiet(options.quietWaitSeconds);
        if (busy > 20) log(`the machine is ${Math.round(busy)}% busy with other work`);
        const server = await spawnNexus({ name: "NEXUS", root: repoRoot, dataDir, ollamaHost });
        const memory = memoryOf(server.pid, server.relatedPids?.());
        await server.stop();
        const what = restart ? "restart" : "first start";
        log(
          `${what} ${i + 1}/${repeats}: /api/v1/ready 200 after ${Math.round(server.readyMs)} ms`,
        );
        if (restart) {
          figures.restartMs.push(server.readyMs);
          figures.restartMemory = memory;
        } else {
          figures.firstMs.push(server.readyMs);
          figures.firstMemory = memory;
        }
        // A restart must start the embedded Postgres again, not join one left running.
        if (!(await postgresGone(dataDir, 10_000))) {
          throw new Error("the embedded Postgres was still running 10 s after NEXUS stopped");
        }
      }
    } catch (error) {
      figures.problem = (error as Error).message;
    } finally {
      await removeDataDir(dataDir);
    }
  }
  return figures;
}

function buildMinimal(): void {
  const result = spawnSync(path.join(repoRoot, "node_modules/.bin/remix"), ["build"], {
    cwd: minimalDir,
    encoding: "utf8",
    env: { ...process.env, NODE_ENV: "production", VITE_CJS_IGNORE_WARNING: "true" },
  });
  if (result.status !== 0) {
    throw new Error(
      `remix build failed in ${minimalDir}:\n${result.stdout}${result.stderr}${result.error ?? ""}`,
    );
  }
}

const json =
  (check: (value: unknown) => boolean, expected: string) => (_r: Response, body: string) => {
    try {
      return check(JSON.parse(body))
        ? undefined
        : `did not answer ${expected}: ${body.slice(0, 200)}`;
    } catch {
      return `did not answer JSON: ${body.slice(0, 200)}`;
    }
  };

const html = (marker: string) => (_r: Response, body: string) =>
  body.startsWith("<!DOCTYPE html>") && body.includes(marker)
    ? undefined
    : `did not render a page with "${marker}": ${body.slice(0, 200)}`;

/** Asks NEXUS for its models now, and checks it sees the fake Ollama's chat models. */
async function refreshModels(url: string, cookie: string): Promise<void> {
  const response = await fetch(`${url}/api/v1/sage/models/refresh`, {
    method: "POST",
    headers: { cookie },
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`refreshing the models answered ${response.status}: ${text.slice(0, 200)}`);
  }
  const { data } = JSON.parse(text) as {
    data?: {
      providers?: { provider: string; reachable: boolean; error: { message: string } | null }[];
      models?: { provider: string; available: boolean; capabilities: string[] }[];
    };
  };
  const ollama = data?.providers?.find((p) => p.provider === "ollama");
  if (!ollama?.reachable) {
    throw new Error(`NEXUS cannot reach the fake Ollama: ${ollama?.error?.message ?? text}`);
  }
  const chat = data?.models?.some(
    (m) => m.provider === "ollama" && m.available && m.capabilities.includes("chat"),
  );
  if (!chat) throw new Error("NEXUS lists no available chat model from the fake Ollama");
}

/** Starts `target` once more and measures time to first token through it against the fake. */
async function measureTtft(
  target: Target,
  fake: FakeOllama,
  options: BenchOptions,
): Promise<TtftResult> {
  const samples = Math.round(numberFromEnv("BENCH_TTFT_SAMPLES", 200, 1));
  const started = await target.start();
  try {
    if (!started.credentials?.cookie) throw new Error(`${target.name} gave no session cookie`);
    await refreshModels(started.url, started.credentials.cookie);
    const busy = await waitForQuiet(options.quietWaitSeconds);
    if (busy > 20) log(`the machine is ${Math.round(busy)}% busy with other work`);
    log(`time to first token: ${samples} pairs through ${target.name} and direct`);
    return await runTtft({
      modelServer: fake.url,
      nexus: started.url,
      credentials: started.credentials,
      target: target.name,
      samples,
    });
  } finally {
    await started.stop();
  }
}

/** The knowledge bench on a real Postgres, or why it did not run. */
async function knowledgeBench(
  options: BenchOptions,
): Promise<{ result?: KnowledgeBenchResult; why?: string }> {
  if (process.env.BENCH_KNOWLEDGE === "0") return { why: "not run: BENCH_KNOWLEDGE=0" };
  const adminUrl = process.env.BENCH_PG_URL ?? process.env.TEST_DATABASE_URL;
  if (!adminUrl) return { why: "not run: needs TEST_DATABASE_URL or BENCH_PG_URL (a Postgres)" };
  await waitForQuiet(options.quietWaitSeconds);
  log("knowledge graph on Postgres (tests/bench/knowledge.ts)");
  try {
    return { result: await runKnowledgeBench({ adminUrl }) };
  } catch (error) {
    return { why: `failed: ${(error as Error).message.split("\n")[0]}` };
  }
}

async function main(): Promise<number> {
  // `npm run bench:knowledge`: the knowledge graph's queries on real Postgres (tests/bench/knowledge.ts).
  if (process.argv[2] === "knowledge") return knowledgeMain();
  const options = { ...optionsFromEnv(), log };
  removeLeftoverTempDirs(log);
  const machine = describeMachine();
  const date = new Date();

  log("building the minimal Remix app");
  buildMinimal();

  // Every NEXUS streams from this model server (OLLAMA_HOST), answering at once.
  const fake = await startFakeOllama();
  const raw = nodeServer("node:http", path.join(benchDir, "servers/raw.ts"));
  const minimal = nodeServer("minimal Remix", path.join(minimalDir, "server.ts"));
  const nexus = nexusTarget("NEXUS", fake.url);
  // The Upstash back end, through the same Upstash-compatible relay the tests use, in front of
  // the machine's Redis (skipped when none answers).
  const relay = await startUpstashRelay({
    redisUrl: process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379",
  }).catch((error: Error) => {
    log(`no Redis for the Redis cases (${error.message.split("\n")[0]})`);
    return undefined;
  });
  const postgres = process.env.TEST_DATABASE_URL
    ? await realPostgres(process.env.TEST_DATABASE_URL).catch((error: Error) => {
        log(`no Postgres for the Postgres cases (${error.message.split("\n")[0]})`);
        return undefined;
      })
    : undefined;
  const redisName = postgres ? "NEXUS (Postgres, Redis)" : "NEXUS (Redis)";
  const redisNexus = relay
    ? nexusTarget(redisName, fake.url, () => ({
        UPSTASH_REDIS_REST_URL: relay.url,
        UPSTASH_REDIS_REST_TOKEN: relay.token,
        ...postgres?.env,
      }))
    : undefined;

  // The last release on PGlite, loaded like NEXUS right after it (same routes, same settings).
  const pgliteOff = process.env.BENCH_PGLITE === "0";
  const pgliteCheckout = pgliteOff ? undefined : pgliteRelease();
  const pglite = pgliteCheckout
    ? nexusTarget(PGLITE_NAME, fake.url, undefined, pgliteCheckout)
    : undefined;

  const nexusModules = modulesCases("NEXUS", nexus, "memory");
  const redisModules = redisNexus ? modulesCases(redisName, redisNexus, "Redis") : [];
  const pgliteModules = pglite ? modulesCases(PGLITE_NAME, pglite, "memory") : [];
  const nexusDashboard = dashboardCase("NEXUS", nexus);
  const pgliteDashboard = pglite ? dashboardCase(PGLITE_NAME, pglite) : undefined;
  const dashboards = [
    nexusDashboard,
    ...(redisNexus && postgres ? [dashboardCase(redisName, redisNexus)] : []),
  ];
  const cases: BenchCase[] = [
    {
      name: "node:http hello",
      target: raw,
      check: (_r, body) => (body.startsWith("Hello") ? undefined : `answered ${body}`),
    },
    {
      name: "minimal Remix JSON",
      // The same clients as the NEXUS case this is the baseline of.
      distinctClients: true,
      baseline: "node:http hello",
      target: minimal,
      path: "/json",
      check: json((v) => (v as { status?: string }).status === "ok", '{"status":"ok"}'),
    },
    {
      name: "minimal Remix page",
      baseline: "node:http hello",
      target: minimal,
      path: "/",
      check: html("Minimal Remix page"),
    },
    {
      name: "NEXUS GET /api/v1/health",
      // NEXUS limits anonymous API calls per client address (120 a minute).
      distinctClients: true,
      baseline: "minimal Remix JSON",
      target: nexus,
      path: "/api/v1/health",
      check: json(
        (v) => (v as { data?: { status?: string } }).data?.status === "ok",
        "a health envelope with status ok",
      ),
    },
    ...nexusModules,
    // Its target's cases run right after NEXUS's (targets run in the order of their first case).
    ...pgliteModules,
    ...redisModules,
    ...dashboards,
    ...(pgliteDashboard ? [pgliteDashboard] : []),
  ];

  try {
    const report = await runBench(cases, options);

    log("first start and restart of NEXUS (until /api/v1/ready answers 200)");
    const startup = await measureStartup(fake.url, options);
    const pgliteRun = pgliteCheckout?.checkout();
    const serverNotes = [
      "The NEXUS targets' ready times above: their first start, on an empty data folder, from the spawn to the first 200 from `GET /api/v1/ready`.",
      ...startupLines(startup),
      pgliteOff
        ? `${PGLITE_NAME}: not run (BENCH_PGLITE=0)`
        : pgliteRun
          ? `${PGLITE_NAME}: the release at ${pgliteRun.ref} (${pgliteRun.short}), from a temporary git worktree on this checkout's node_modules${pgliteRun.mismatches.length > 0 ? `, which holds other versions of ${pgliteRun.mismatches.join(", ")}` : " (the versions it pins)"}`
          : `${PGLITE_NAME}: not run (the release could not be checked out or built)`,
    ];

    // Time to first token on the production-like NEXUS when it ran, else the embedded one.
    const ran = (target: Target | undefined) =>
      target && report.targets.some((t) => t.name === target.name && !t.problem)
        ? target
        : undefined;
    const ttftTarget = ran(postgres ? redisNexus : undefined) ?? ran(nexus);
    let ttft: TtftResult | undefined;
    let ttftProblem: string | undefined;
    let ttftLines: string[];
    try {
      if (!ttftTarget) throw new Error("no NEXUS target started in the load cases");
      ttft = await measureTtft(ttftTarget, fake, options);
      ttftLines = formatTtft(ttft, GOALS.ttftAddedMs);
    } catch (error) {
      ttftProblem = (error as Error).message.split("\n")[0]!;
      ttftLines = [`not measured: ${ttftProblem}`];
    }
    serverNotes.push(...ttftLines.map((line) => `Time to first token, ${line}`));

    log("realtime fan-out: 200 clients, NEXUS push vs bare PartyKit broadcast");
    let fanout: string[];
    let fanoutResults: FanoutResult[] | undefined;
    let fanoutProblem: string | undefined;
    try {
      fanoutResults = await runFanout(200, 100);
      fanout = formatFanout(fanoutResults);
    } catch (error) {
      fanoutProblem = (error as Error).message.split("\n")[0]!;
      fanout = [`not measured: ${fanoutProblem}`];
    }
    serverNotes.push(...fanout.map((line) => `Realtime fan-out, ${line}`));

    const knowledge = await knowledgeBench(options);
    const ok = report.ok && startup.problem === undefined;

    const goals = evaluateGoals({
      report,
      dashboardCases: dashboards.map((c) => c.name),
      cachedModulesCases: [nexusModules[0], redisModules[0]]
        .filter((c): c is BenchCase => c !== undefined)
        .map((c) => c.name),
      pgliteComparisons: [
        {
          what: "dashboard (`GET /`)",
          embedded: nexusDashboard.name,
          pglite: pgliteDashboard?.name,
        },
        {
          what: "cached modules route (`GET /api/v1/modules`, cache warm)",
          embedded: nexusModules[0]!.name,
          pglite: pgliteModules[0]?.name,
        },
      ],
      embeddedTarget: nexus.name,
      otherNexusTargets: redisNexus ? [redisNexus.name] : [],
      startup,
      fanout: fanoutResults,
      knowledge: knowledge.result?.figures,
      ttft,
      notMeasured: {
        startup: startup.problem,
        fanout: fanoutProblem,
        knowledge: knowledge.why,
        ttft: ttftProblem,
        pglite: pgliteOff ? "not run: BENCH_PGLITE=0" : undefined,
      },
    } satisfies GoalInputs);

    console.log("");
    console.log(goalsTable(goals));
    console.log("");
    console.log(formatTable(report));
    console.log("");
    console.log(formatTargets(report, serverNotes));
    console.log(
      `\nRealtime fan-out (delivery latency from push to each client):\n${fanout.map((l) => `- ${l}`).join("\n")}`,
    );
    console.log(
      `\nTime to first token (request sent to first token received):\n${ttftLines.map((l) => `- ${l}`).join("\n")}`,
    );
    if (knowledge.result) console.log(`\nKnowledge graph:\n${knowledge.result.lines.join("\n")}`);
    const busy = busyWarning(report);
    if (busy) console.log(`\nWarning: ${busy}`);
    const issues = problems(report);
    if (startup.problem) issues.push(`NEXUS first start and restart: ${startup.problem}`);
    if (ttftProblem) issues.push(`time to first token: ${ttftProblem}`);
    if (knowledge.why?.startsWith("failed")) issues.push(`knowledge bench ${knowledge.why}`);
    if (issues.length > 0) console.log(`\nProblems:\n${issues.map((p) => `- ${p}`).join("\n")}`);

    const previous = await readFile(outputFile, "utf8").catch(() => undefined);
    // A fresh knowledge section from this run, else the previous file's as it was.
    const knowledgeMarkdown = knowledge.result
      ? `\n${renderKnowledgeSection(knowledge.result.lines, new Date(), "npm run bench")}\n`
      : await knowledgeSection(outputFile);
    const markdown = renderMarkdown({
      // The knowledge section is appended on its own below; never carry it twice.
      kept: keptSection(previous)
        ?.replace(/<!-- knowledge-bench:start -->[\s\S]*?<!-- knowledge-bench:end -->\n?/, "")
        .trimEnd(),
      report: { ...report, ok },
      machine,
      date,
      command: "npm run bench",
      serverNotes,
      goals,
      notes: [
        "Each server runs in its own Node process (`node --import tsx`, NODE_ENV=production), one at a time; the load generator runs in another process, so on a 2-core machine the server has one core and the client the other.",
        "Baselines: `node:http` answering a fixed string (tests/bench/servers/raw.ts), and a minimal Remix 2 classic-compiler app (tests/bench/minimal) served with Express 4, compression and @remix-run/express like server.ts, without NEXUS's own middleware.",
        "NEXUS runs `server.ts` from the real build on embedded defaults (its own PostgreSQL server from db/embedded.ts, in-memory cache, its own PartyKit) with a temporary NEXUS_DATA_DIR and LOG_LEVEL=warn, and counts as ready once `GET /api/v1/ready` answers 200 (database, cache and PartyKit all answer), asked every 20 ms from the spawn on. Server CPU counts the embedded Postgres's processes too.",
        "Memory, from /proc after the load: the server's RSS is the VmRSS of the Node process alone; its tree is that process, all its descendants (PartyKit and its workerd, the embedded Postgres) and every Postgres server whose data directory is inside the target's NEXUS_DATA_DIR (found by postmaster.pid and by `-D` in /proc/<pid>/cmdline, since it runs detached and may have been joined rather than started) with all its backends, each process counted once. The tree's RSS sums their VmRSS, so pages they share (Postgres's shared buffers in every backend, the libraries of the Node processes) count once per process; its PSS (/proc/<pid>/smaps_rollup, each shared page split among the processes that map it) counts them once, and is what the tree's target judges.",
        `PGlite baseline (not with BENCH_PGLITE=0): PGlite is no longer in the product, so the last release whose embedded default it was (BENCH_PGLITE_REF, default \`${DEFAULT_PGLITE_REF}\`) is checked out as a temporary git worktree on this checkout's node_modules (symlinked; any version it pins that differs is named under Servers), built with \`remix build\` (NODE_ENV=production), started the same way and loaded right after NEXUS with the same cases and settings; the worktree and its data folder are removed however the run ends, Ctrl-C included.`,
        "First start and restart: after the load cases, BENCH_START_REPEATS times (3), NEXUS on an empty data folder (initdb, migrations, PartyKit), stopped with SIGTERM (which stops its embedded Postgres too), then started again on the same folder; each timed from the spawn to the first 200 from `GET /api/v1/ready`, after waiting for a quiet machine. The Targets rows judge the medians.",
        "The dashboard is requested as a signed-in admin (the account NEXUS's onboarding creates); `GET /api/v1/modules` with a read-scoped API token (`Authorization: Bearer`), as scripts call the API. A verified session or token is remembered for at most 2 s (docs/decisions/011-hot-paths.md), so most requests do not read it from the database.",
        "With TEST_DATABASE_URL set, the second NEXUS target runs on that Postgres (a database of its own, through the Neon driver and a local relay) and Redis (TEST_REDIS_URL or BENCH_REDIS_URL, through the Upstash-compatible relay); otherwise on the embedded Postgres and Redis.",
        "NEXUS rate-limits anonymous API calls per client address, so the health case (and its baseline, alike) sends every request with a different X-Forwarded-For, as many clients behind a local proxy would: one client's quota is not the route's capacity.",
        "Requests carry no Accept-Encoding, so no response is compressed; each case first checks one answer (status and content) and fails if errors plus non-2xx exceed 1%.",
        `Time to first token: every NEXUS has a fake Ollama (tests/support/fake-ollama.ts, running in the bench process, answering at once with one word per NDJSON line) as its model server (OLLAMA_HOST). After the load cases one NEXUS (the one on Postgres and Redis when there is one, else the embedded one; the lines above name it) is started once more, asked to refresh its models (\`POST /api/v1/sage/models/refresh\`), and timed in pairs after 10 warm-up pairs: \`POST /api/chat\` straight to the fake (stream, the model NEXUS named in its last \`start\` event), from sending to the first NDJSON line with non-empty \`message.content\`; and \`POST /api/v1/sage/generate/stream\` (prompt, task text-generation) as the signed-in admin, from sending to the first complete \`event: delta\`. The order alternates from pair to pair so drift hits both alike; each side has one kept-alive connection, and every response is read to its end before the next request. Added = median through NEXUS minus median direct; the p95 of the paired differences shows the tail.`,
        "Knowledge graph: with TEST_DATABASE_URL or BENCH_PG_URL set (and not BENCH_KNOWLEDGE=0), `npm run bench` ends with tests/bench/knowledge.ts on that Postgres and writes its section fresh; otherwise the section of the previous file is kept as it was, with its own date, and its Targets rows say not measured.",
        `Targets: the dashboard goal judges the best NEXUS dashboard case; the modules goal every cached \`GET /api/v1/modules\` case (ratio and p99 at ${options.connections} connections); the PGlite rows the embedded NEXUS's dashboard and cache-warm modules cases against the PGlite release's same cases in this run (req/s at least as high and p99 at most as high); fan-out the NEXUS push (p99, no delivery missing); server RSS the embedded NEXUS's Node process alone and, in its own row, each other NEXUS target's; the process tree the embedded NEXUS's tree (PSS summed, or RSS summed where no PSS can be read); first start and restart their medians, both after the build.`,
        "Figures from one machine at one moment: compare ratios within a run rather than absolute numbers across machines.",
      ],
    });
    await writeFile(outputFile, markdown + knowledgeMarkdown);
    log(`wrote ${path.relative(repoRoot, outputFile)}`);
    return ok ? 0 : 1;
  } finally {
    await nexus.cleanup();
    await pglite?.cleanup();
    pgliteCheckout?.remove();
    await redisNexus?.cleanup();
    await relay?.close();
    await postgres
      ?.close()
      .catch((error: Error) => log(`dropping the bench database: ${error.message}`));
    await fake.close();
  }
}

/** The first start and restart, for the Servers section. */
function startupLines(startup: StartupFigures): string[] {
  const line = (what: string, values: number[], memory: Memory | undefined) => {
    if (values.length === 0)
      return `${what}: not measured${startup.problem ? ` (${startup.problem.split("\n")[0]})` : ""}`;
    const each = values.map((v) => `${(v / 1000).toFixed(2)} s`).join(", ");
    const median = (percentile(values, 50) / 1000).toFixed(2);
    const rss = memory
      ? `; when ready, server RSS ${mib(memory.processKb)}, ${treeText(memory)}`
      : "";
    return `${what}: median ${median} s of ${values.length} (${each})${rss}`;
  };
  return [
    line(
      "NEXUS first start on an empty data folder (initdb, migrations, PartyKit), spawn to the first 200 from `/api/v1/ready`",
      startup.firstMs,
      startup.firstMemory,
    ),
    line(
      "NEXUS restart on the same folder after a SIGTERM stop, to the same answer",
      startup.restartMs,
      startup.restartMemory,
    ),
  ];
}

function dashboardCase(prefix: string, target: Target): BenchCase {
  return {
    name: `${prefix} GET / (dashboard)`,
    baseline: "minimal Remix page",
    target,
    path: "/",
    signedIn: true,
    // A degraded dashboard takes another code path (and waits on timeouts): not what we measure.
    check: html("All systems operational"),
  };
}

/** `GET /api/v1/modules` served from the cache (warm) and, with `Cache-Control: no-cache`, not. */
function modulesCases(prefix: string, target: Target, backend: string): BenchCase[] {
  const listed = json(
    (v) => (v as { data?: unknown[] }).data?.length === BENCH_MODULES,
    `a page of ${BENCH_MODULES} modules`,
  );
  return [
    {
      name: `${prefix} GET /api/v1/modules, ${backend} cache warm`,
      baseline: "minimal Remix JSON",
      target,
      path: "/api/v1/modules",
      signedIn: "token",
      check: listed,
    },
    {
      name: `${prefix} GET /api/v1/modules, no cache`,
      baseline: "minimal Remix JSON",
      target,
      path: "/api/v1/modules",
      signedIn: "token",
      headers: { "cache-control": "no-cache" },
      check: listed,
    },
  ];
}

const interrupted = (signal: NodeJS.Signals) => {
  log(`${signal}: stopping every server`);
  // The embedded Postgres servers first (detached, they would outlive their NEXUS), cleanly.
  for (const dir of tempDirs) stopPostmastersUnder(dir);
  killEverything();
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
  removeAllCheckouts();
  process.exit(130);
};
process.once("SIGINT", interrupted);
process.once("SIGTERM", interrupted);

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
