/**
 * A small benchmark harness: named cases, each measured against a named baseline, with load from
 * autocannon. `run.ts` declares the cases; a new case is a `Target` (how to start a server) plus a
 * path, and whatever it is compared with.
 */
import { type ChildProcess, fork, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { processAlive } from "../../db/embedded.ts";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
const loadWorker = fileURLToPath(new URL("./load-worker.ts", import.meta.url));

export interface StartedTarget {
  /** Origin of the running server, on 127.0.0.1. */
  url: string;
  stop(): Promise<void>;
  /** The server's process, when it has its own: its memory is read after the load. */
  pid?: number;
  /** Spawn-to-ready time when the target measured it itself; otherwise `start()` is timed. */
  readyMs?: number;
  /** Headers that sign a request in (e.g. a session cookie), for cases marked `signedIn`. */
  credentials?: Record<string, string>;
  /** Headers with an API token (`Authorization: Bearer ...`), for cases marked `signedIn: "token"`. */
  tokenCredentials?: Record<string, string>;
  /**
   * Processes of the target that need not be descendants of `pid` (a database server it started
   * detached, or joined): counted in its memory, with their own descendants.
   */
  relatedPids?: () => number[];
}

export interface Target {
  name: string;
  start(): Promise<StartedTarget>;
}

export interface BenchCase {
  name: string;
  /** Name of the case this one is compared with; the baseline itself leaves it out. */
  baseline?: string;
  /** Cases naming the same target share one running server, started once. */
  target: Target;
  path?: string;
  headers?: Record<string, string>;
  /**
   * Sends the target's `credentials` with every request: the page as a signed-in user sees it;
   * "token": its `tokenCredentials` instead, as an API client does.
   */
  signedIn?: boolean | "token";
  /**
   * Sends each request from another client address (X-Forwarded-For, which the servers honour
   * from loopback), for routes that rate-limit per client: one client's quota is not a route's
   * capacity. Give it to the baseline as well, so both pay for the same requests.
   */
  distinctClients?: boolean;
  /** Looks at one response before the load; a message means the case measures the wrong thing. */
  check?: (response: Response, body: string) => string | undefined;
}

export interface BenchOptions {
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  /** Errors plus non-2xx answers, as a share of all requests, above which a case fails. */
  maxErrorRate: number;
  /** How long to wait for other work on the machine to calm down before each case. */
  quietWaitSeconds: number;
  /** How many times a run disturbed by other work is repeated. */
  retries: number;
  log?: (line: string) => void;
}

/** What load-worker.ts is asked to do (over IPC). */
export interface LoadRequest {
  url: string;
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  headers?: Record<string, string>;
  distinctClients?: boolean;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Connection errors and timeouts. */
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** CPU the load generator itself used, in % of one core: near 100 means it was the limit. */
  clientCpuPercent: number;
  /** Bytes on the wire per 2xx response, headers included. */
  bytesPerResponse: number;
}

export interface CaseResult {
  name: string;
  target: string;
  url: string;
  baseline?: string;
  load?: LoadResult;
  /** This case's req/s over its baseline's. */
  ratio?: number;
  errorRate?: number;
  /**
   * CPU the server (with its child processes) used while measured, in % of one core: well below
   * 100 with the client not at 100 either means the server was waiting, not computing.
   */
  serverCpuPercent?: number;
  /** How busy the machine was (all cores, %) just before the case, from other work. */
  machineBusyPercent?: number;
  /**
   * CPU everything else on the machine used during the measured run (all busy time minus the
   * server's and the client's), in % of one core: what tells a contended run from a clean one.
   */
  otherCpuPercent?: number;
  problem?: string;
}

export interface Memory {
  /** VmRSS of the server process, in KiB. */
  processKb: number;
  /**
   * The same summed over the process, all its descendants (e.g. NEXUS's PartyKit) and its
   * related processes with theirs (e.g. its embedded Postgres): pages several of them share
   * (Postgres's shared buffers, libraries) are counted once per process.
   */
  treeKb: number;
  /**
   * Proportional set size of the same processes, summed (each shared page split among those
   * mapping it, so counted once in all); undefined when one of them could not be read.
   */
  treePssKb?: number;
  processes: number;
}

export interface TargetResult {
  name: string;
  readyMs?: number;
  /** Right after the start, before any load: the footprint, as opposed to what load adds. */
  memoryAtReady?: Memory;
  memory?: Memory;
  problem?: string;
}

export interface BenchReport {
  options: BenchOptions;
  cases: CaseResult[];
  targets: TargetResult[];
  ok: boolean;
}

// ---------------------------------------------------------------------------------------------
// Settings

export function numberFromEnv(name: string, fallback: number, min: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name} must be a number of at least ${min} (got "${raw}")`);
  }
  return value;
}

export function optionsFromEnv(): BenchOptions {
  return {
    durationSeconds: numberFromEnv("BENCH_DURATION", 5, 1),
    warmupSeconds: numberFromEnv("BENCH_WARMUP", 1, 0),
    connections: Math.round(numberFromEnv("BENCH_CONNECTIONS", 50, 1)),
    maxErrorRate: 0.01,
    quietWaitSeconds: numberFromEnv("BENCH_QUIET_WAIT", 30, 0),
    retries: Math.round(numberFromEnv("BENCH_RETRIES", 2, 0)),
  };
}

/** Nearest-rank percentile (`p` in 0-100) of unsorted values; NaN when there are none. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[
    Math.max(0, Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1))
  ]!;
}

/** Where the report goes: BENCH_OUTPUT (resolved from the working directory) or docs/benchmarks.md. */
export function outputFileFromEnv(): string {
  const chosen = process.env.BENCH_OUTPUT?.trim();
  return chosen ? path.resolve(chosen) : path.join(repoRoot, "docs/benchmarks.md");
}

// ---------------------------------------------------------------------------------------------
// Temporary folders

/**
 * A new temporary folder for this run, named with its pid and `kind`: a run that could not
 * clean up (killed with SIGKILL) leaves it, and the next run removes it (removeLeftoverTempDirs).
 */
export function benchTempDir(kind: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `nexus-bench-${process.pid}-${kind}-`));
}

/**
 * Removes the temporary folders of earlier runs whose process is gone, after stopping any Postgres
 * server still running on them (it runs detached, so it outlives a killed bench and its NEXUS).
 */
export function removeLeftoverTempDirs(log: (line: string) => void = () => {}): void {
  let names: string[];
  try {
    names = readdirSync(os.tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const owner = /^nexus-bench-(\d+)-/.exec(name)?.[1];
    if (!owner || Number(owner) === process.pid || processAlive(Number(owner))) continue;
    const dir = path.join(os.tmpdir(), name);
    log(`removing ${dir}, left by an earlier run`);
    stopPostmastersUnder(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Processes

/** A port nothing listens on right now, on every interface (PartyKit binds 0.0.0.0). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "0.0.0.0" }, () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const live = new Set<ChildProcess>();

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Already gone.
  }
}

/** Last resort, also for grandchildren a server detached (PartyKit runs in its own group). */
export function killEverything(): void {
  for (const child of live) {
    if (exited(child) || child.pid === undefined) continue;
    for (const pid of descendants(child.pid)) signal(pid, "SIGKILL");
    signal(child.pid, "SIGKILL");
  }
}
process.once("exit", killEverything);

export interface SpawnServerOptions {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Matched against each output line; its first group is the server's origin. */
  ready?: RegExp;
  /**
   * Instead of a ready line: the server is ready once this URL answers 200 (a readiness route),
   * asked from the spawn on, one request at a time on a fresh connection; its origin is the
   * server's, and `readyMs` runs to that answer.
   */
  readyUrl?: string;
  readyTimeoutMs?: number;
  stopTimeoutMs?: number;
  /** Every output line, for debugging (BENCH_VERBOSE=1). */
  onLine?: (line: string) => void;
}

/** How often a `readyUrl` is asked while the server is not ready yet. */
const READY_POLL_MS = 20;

/** The status a GET of `url` answers (body read and dropped), or undefined when none came. */
export function statusOf(url: string, timeoutMs: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    // No kept-alive connection: an idle one would hold the server's graceful shutdown up.
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      response.once("end", () => resolve(response.statusCode));
      response.once("error", () => resolve(undefined));
    });
    request.once("timeout", () => request.destroy());
    request.once("error", () => resolve(undefined));
  });
}

/**
 * Spawns a server and resolves once it prints its ready line, or once its `readyUrl` answers 200.
 * Its output is drained all along (a full pipe would stall the server mid-benchmark) and the tail
 * is kept for error messages.
 */
export function spawnServer(options: SpawnServerOptions): Promise<StartedTarget & { pid: number }> {
  const spawnedAt = performance.now();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  live.add(child);
  const tail: string[] = [];
  const exit = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  void exit.then(() => live.delete(child));

  const stop = async () => {
    if (exited(child) || child.pid === undefined) return;
    const pid = child.pid;
    signal(pid, "SIGTERM");
    let timer: NodeJS.Timeout | undefined;
    const timedOut = await Promise.race([
      exit.then(() => false),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(true), options.stopTimeoutMs ?? 15_000);
      }),
    ]);
    clearTimeout(timer);
    if (timedOut) {
      for (const descendant of descendants(pid)) signal(descendant, "SIGKILL");
      signal(pid, "SIGKILL");
      await exit;
    }
  };

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (message: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop().then(() =>
        reject(new Error(`${message}\n--- last output ---\n${tail.join("\n")}`)),
      );
    };
    const ready = (url: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ url, pid: child.pid!, readyMs: performance.now() - spawnedAt, stop });
    };
    const timer = setTimeout(
      () => fail(`not ready after ${options.readyTimeoutMs ?? 30_000} ms`),
      options.readyTimeoutMs ?? 30_000,
    );
    if (options.readyUrl) {
      const readyUrl = options.readyUrl;
      void (async () => {
        while (!settled) {
          if ((await statusOf(readyUrl, 2_000)) === 200) ready(new URL(readyUrl).origin);
          else await new Promise((r) => setTimeout(r, READY_POLL_MS));
        }
      })();
    }
    const onLine = (line: string) => {
      options.onLine?.(line);
      tail.push(line);
      if (tail.length > 40) tail.shift();
      const match = settled || !options.ready ? null : options.ready.exec(line);
      if (match?.[1]) ready(match[1]);
    };
    for (const stream of [child.stdout!, child.stderr!]) {
      let pending = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk: string) => {
        const lines = (pending + chunk).split("\n");
        pending = lines.pop() ?? "";
        for (const line of lines) onLine(line);
      });
    }
    child.once("error", (error) => fail(`could not be spawned: ${error.message}`));
    child.once("exit", (code, sig) =>
      fail(`exited (${sig ?? `code ${code}`}) before it was ready`),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Memory, from /proc (Linux only; elsewhere it is left out of the report)

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name may hold spaces and parentheses: fields start after the last ")".
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** Every live process's children, from /proc. */
function childrenOfAll(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const candidate of allPids()) {
    const parent = parentOf(candidate);
    if (parent === undefined) continue;
    children.set(parent, [...(children.get(parent) ?? []), candidate]);
  }
  return children;
}

function allPids(): number[] {
  try {
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number);
  } catch {
    return [];
  }
}

function descendantsIn(children: Map<number, number[]>, pid: number): number[] {
  const found: number[] = [];
  const queue = [...(children.get(pid) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    found.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return found;
}

export function descendants(pid: number): number[] {
  return descendantsIn(childrenOfAll(), pid);
}

function commandLine(pid: number): string[] {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return [];
  }
}

const inside = (folder: string, candidate: string) => {
  const relative = path.relative(folder, candidate);
  return relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
};

/**
 * The Postgres servers (postmasters) whose data directory lies inside `folder`, however they were
 * started (detached, by another process, left by a crash): from the postmaster.pid files in the
 * folder and its subfolders, and from each process's `-D <dir>` (or `--pgdata=<dir>`) in
 * /proc/<pid>/cmdline. Their backends are their descendants.
 */
export function postmastersUnder(folder: string): number[] {
  const root = path.resolve(folder);
  const found = new Set<number>();
  let subfolders: string[] = [];
  try {
    subfolders = readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(root, entry.name));
  } catch {
    return [];
  }
  for (const dir of subfolders) {
    try {
      const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
      if (Number.isInteger(pid) && pid > 0 && commandLine(pid).join(" ").includes("postgres")) {
        found.add(pid);
      }
    } catch {
      // No server on this folder.
    }
  }
  for (const pid of allPids()) {
    const args = commandLine(pid);
    if (!args[0]?.includes("postgres")) continue;
    for (const [i, arg] of args.entries()) {
      const dir = arg === "-D" ? args[i + 1] : arg.startsWith("--pgdata=") ? arg.slice(9) : "";
      if (dir && inside(root, path.resolve(dir))) found.add(pid);
    }
  }
  return [...found];
}

/**
 * Ends every Postgres server on a data directory inside `folder` (a bench's temporary one), and
 * waits for them, synchronously (it also runs from a signal handler): an immediate shutdown
 * first, so each removes its shared memory, then SIGKILL for whatever is left after `graceMs`.
 */
export function stopPostmastersUnder(folder: string, graceMs = 5_000): void {
  const postmasters = postmastersUnder(folder);
  if (postmasters.length === 0) return;
  for (const pid of postmasters) signal(pid, "SIGQUIT");
  const alive = (pid: number) => existsSync(`/proc/${pid}`) && !isZombie(pid);
  const deadline = performance.now() + graceMs;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  while (postmasters.some(alive) && performance.now() < deadline) Atomics.wait(pause, 0, 0, 50);
  const children = childrenOfAll();
  for (const pid of postmasters) {
    for (const descendant of descendantsIn(children, pid)) signal(descendant, "SIGKILL");
    signal(pid, "SIGKILL");
  }
}

function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

function rssKb(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command name.
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used so far by a process and its live descendants, and by `related` processes
 * (see memoryOf) and theirs; undefined off Linux.
 */
export function cpuSecondsOf(pid: number, related: number[] = []): number | undefined {
  if (!existsSync(`/proc/${pid}/stat`)) return undefined;
  const children = childrenOfAll();
  const tree = new Set([pid, ...descendantsIn(children, pid)]);
  for (const other of related) {
    tree.add(other);
    for (const descendant of descendantsIn(children, other)) tree.add(descendant);
  }
  let ticks = 0;
  for (const member of tree) ticks += cpuTicks(member);
  return ticks / TICKS_PER_SECOND;
}

function machineTimes(): { busy: number; total: number } {
  let busy = 0;
  let total = 0;
  for (const cpu of os.cpus()) {
    const { user, nice, sys, idle, irq } = cpu.times;
    busy += user + nice + sys + irq;
    total += user + nice + sys + idle + irq;
  }
  return { busy, total };
}

/** Share of all cores (%) busy over the next `ms`. */
export async function machineBusy(ms = 500): Promise<number> {
  const before = machineTimes();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = machineTimes();
  const total = after.total - before.total;
  return total > 0 ? ((after.busy - before.busy) / total) * 100 : 0;
}

/**
 * Other work on the machine (tests, builds) skews every figure. Waits, bounded, until the
 * machine is mostly idle, and returns how busy it was when the wait ended.
 */
export async function waitForQuiet(maxSeconds: number, thresholdPercent = 20): Promise<number> {
  const deadline = performance.now() + maxSeconds * 1000;
  let busy = await machineBusy();
  while (busy > thresholdPercent && performance.now() < deadline) busy = await machineBusy(1000);
  return busy;
}

/** Proportional set size, in KiB, from /proc/<pid>/smaps_rollup (Linux 4.14 on). */
function pssKb(pid: number): number | undefined {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, "utf8");
    const match = /^Pss:\s+(\d+)\s+kB/m.exec(rollup);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The memory of a server process, and of its tree: its descendants, plus `related` processes
 * (which need not be its descendants: a database server it started detached, or joined) with
 * theirs, each process counted once.
 */
export function memoryOf(pid: number, related: number[] = []): Memory | undefined {
  const own = rssKb(pid);
  if (own === undefined) return undefined;
  const children = childrenOfAll();
  const tree = new Set([pid, ...descendantsIn(children, pid)]);
  for (const other of related) {
    tree.add(other);
    for (const descendant of descendantsIn(children, other)) tree.add(descendant);
  }
  let treeKb = 0;
  let treePssKb: number | undefined = 0;
  let processes = 0;
  for (const member of tree) {
    const kb = member === pid ? own : rssKb(member);
    if (kb === undefined) continue;
    treeKb += kb;
    processes += 1;
    const pss = pssKb(member);
    treePssKb = pss === undefined || treePssKb === undefined ? undefined : treePssKb + pss;
  }
  return { processKb: own, treeKb, treePssKb, processes };
}

// ---------------------------------------------------------------------------------------------
// Load

/**
 * Runs autocannon in a child process (load-worker.ts) rather than here: a client sharing this
 * process would compete with any in-process server for the event loop and the garbage collector,
 * and its own CPU could not be told apart from the harness's. `onMeasuring` is called when the
 * warm-up is over and the measured run starts.
 */
export function runLoad(request: LoadRequest, onMeasuring?: () => void): Promise<LoadResult> {
  const child = fork(loadWorker, [], {
    cwd: repoRoot,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  live.add(child);
  child.once("exit", () => live.delete(child));
  const limitMs = (request.warmupSeconds + request.durationSeconds) * 1000 + 30_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the load generator did not finish within ${limitMs} ms`));
    }, limitMs);
    child.on("message", (message) => {
      const reply = message as
        | { phase: "measuring" }
        | { ok: true; result: LoadResult }
        | { ok: false; error: string };
      if ("phase" in reply) {
        onMeasuring?.();
        return;
      }
      clearTimeout(timer);
      if (reply.ok) resolve(reply.result);
      else reject(new Error(`the load generator failed: ${reply.error}`));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the load generator exited (code ${code}) without a result`));
    });
    child.send(request);
  });
}

// ---------------------------------------------------------------------------------------------
// Running

async function probe(
  benchCase: BenchCase,
  url: string,
  headers: Record<string, string>,
): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      headers,
      // A redirect (to a sign-in page, say) means the case would measure something else.
      redirect: "manual",
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.text();
    if (!response.ok) {
      const location = response.headers.get("location");
      return `answered ${response.status}${location ? ` (to ${location})` : ""}: ${body.slice(0, 200)}`;
    }
    return benchCase.check?.(response, body);
  } catch (error) {
    return `could not be fetched: ${(error as Error).message}`;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Other work, in % of one core, above which a measured run counts as disturbed. */
export const OTHER_WORK_LIMIT = 25;

interface Measurement {
  load: LoadResult;
  serverCpuPercent?: number;
  otherCpuPercent?: number;
  machineBusyPercent: number;
}

/** One measured run of a case, with what the server, the client and everything else used. */
async function measure(
  benchCase: BenchCase,
  url: string,
  headers: Record<string, string>,
  pid: number | undefined,
  related: number[],
  options: BenchOptions,
): Promise<Measurement> {
  const log = options.log ?? (() => {});
  const machineBusyPercent = await waitForQuiet(options.quietWaitSeconds);
  if (machineBusyPercent > 20) {
    log(`the machine is ${Math.round(machineBusyPercent)}% busy with other work`);
  }
  log(`${benchCase.name}: ${options.warmupSeconds} s warm-up, ${options.durationSeconds} s load`);
  let cpuStart: { seconds: number; machineBusyMs: number; at: number } | undefined;
  const load = await runLoad(
    {
      url,
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      headers,
      distinctClients: benchCase.distinctClients,
    },
    () => {
      const seconds = pid === undefined ? undefined : cpuSecondsOf(pid, related);
      if (seconds === undefined) return;
      cpuStart = { seconds, machineBusyMs: machineTimes().busy, at: performance.now() };
    },
  );
  const cpuEnd = pid === undefined ? undefined : cpuSecondsOf(pid, related);
  if (!cpuStart || cpuEnd === undefined) return { load, machineBusyPercent };
  const wallSeconds = (performance.now() - cpuStart.at) / 1000;
  const serverCpuPercent = ((cpuEnd - cpuStart.seconds) / wallSeconds) * 100;
  const machinePercent =
    ((machineTimes().busy - cpuStart.machineBusyMs) / 1000 / wallSeconds) * 100;
  const otherCpuPercent = Math.max(0, machinePercent - serverCpuPercent - load.clientCpuPercent);
  return { load, serverCpuPercent, otherCpuPercent, machineBusyPercent };
}

/**
 * Runs every case, one target at a time (a server per target, stopped before the next starts, so
 * targets never compete for the CPU), and never throws for a failing case: the report says why.
 */
export async function runBench(cases: BenchCase[], options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => {});
  const names = new Set<string>();
  for (const benchCase of cases) {
    if (names.has(benchCase.name)) throw new Error(`two cases are named "${benchCase.name}"`);
    names.add(benchCase.name);
  }
  for (const benchCase of cases) {
    if (benchCase.baseline !== undefined && !names.has(benchCase.baseline)) {
      throw new Error(`case "${benchCase.name}" names an unknown baseline "${benchCase.baseline}"`);
    }
  }

  const results = new Map<string, CaseResult>();
  const targets: TargetResult[] = [];
  const groups = new Map<Target, BenchCase[]>();
  for (const benchCase of cases) {
    groups.set(benchCase.target, [...(groups.get(benchCase.target) ?? []), benchCase]);
  }

  for (const [target, group] of groups) {
    const targetResult: TargetResult = { name: target.name };
    targets.push(targetResult);
    log(`starting ${target.name}`);
    const startedAt = performance.now();
    let started: StartedTarget;
    try {
      started = await target.start();
    } catch (error) {
      targetResult.problem = `did not start: ${message(error)}`;
      log(`${target.name} ${targetResult.problem}`);
      for (const benchCase of group) {
        results.set(benchCase.name, {
          name: benchCase.name,
          target: target.name,
          url: "",
          baseline: benchCase.baseline,
          problem: `${target.name} did not start`,
        });
      }
      continue;
    }
    targetResult.readyMs = started.readyMs ?? performance.now() - startedAt;
    if (started.pid !== undefined) {
      targetResult.memoryAtReady = memoryOf(started.pid, started.relatedPids?.());
    }
    log(`${target.name} ready in ${Math.round(targetResult.readyMs)} ms at ${started.url}`);

    try {
      for (const benchCase of group) {
        const url = new URL(benchCase.path ?? "/", started.url).href;
        const result: CaseResult = {
          name: benchCase.name,
          target: target.name,
          url,
          baseline: benchCase.baseline,
        };
        results.set(benchCase.name, result);
        const credentials =
          benchCase.signedIn === "token"
            ? started.tokenCredentials
            : benchCase.signedIn
              ? started.credentials
              : {};
        if (!credentials) {
          result.problem = `${target.name} gave no credentials for a signed-in case`;
          log(`${benchCase.name}: ${result.problem}`);
          continue;
        }
        const headers = { ...credentials, ...benchCase.headers };
        const problem = await probe(benchCase, url, headers);
        if (problem) {
          result.problem = `GET ${url} ${problem}`;
          log(`${benchCase.name}: ${result.problem}`);
          continue;
        }
        try {
          // Another process that wakes up mid-run takes CPU from the server or the client: such
          // a run is repeated (a bounded number of times) and the cleanest one is kept.
          let best: Measurement | undefined;
          for (let attempt = 0; attempt <= options.retries; attempt++) {
            if (attempt > 0) {
              log(
                `${benchCase.name}: other work took ${Math.round(best!.otherCpuPercent ?? 0)}% of a core, measuring again`,
              );
            }
            const measured = await measure(
              benchCase,
              url,
              headers,
              started.pid,
              started.relatedPids?.() ?? [],
              options,
            );
            if ((measured.otherCpuPercent ?? 0) < (best?.otherCpuPercent ?? Infinity)) {
              best = measured;
            }
            if ((best!.otherCpuPercent ?? 0) <= OTHER_WORK_LIMIT) break;
          }
          const { load } = best!;
          Object.assign(result, {
            load,
            serverCpuPercent: best!.serverCpuPercent,
            otherCpuPercent: best!.otherCpuPercent,
            machineBusyPercent: best!.machineBusyPercent,
          });
          result.errorRate = (load.errors + load.non2xx) / Math.max(1, load.requests + load.errors);
          if (load.requests === 0) result.problem = "no request completed";
          else if (result.errorRate > options.maxErrorRate) {
            result.problem = `${(result.errorRate * 100).toFixed(2)}% errors or non-2xx answers (${JSON.stringify(load.statusCodes)})`;
          }
          log(
            `${benchCase.name}: ${Math.round(load.requestsPerSecond)} req/s, p50 ${load.p50Ms.toFixed(2)} ms, p99 ${load.p99Ms.toFixed(2)} ms${result.problem ? ` - ${result.problem}` : ""}`,
          );
        } catch (error) {
          result.problem = message(error);
          log(`${benchCase.name}: ${result.problem}`);
        }
      }
      if (started.pid !== undefined) {
        targetResult.memory = memoryOf(started.pid, started.relatedPids?.());
      }
    } finally {
      log(`stopping ${target.name}`);
      await started.stop();
    }
  }

  const ordered = cases.map((benchCase) => results.get(benchCase.name)!);
  for (const result of ordered) {
    if (!result.baseline || !result.load) continue;
    const baseline = results.get(result.baseline)?.load;
    if (baseline && baseline.requestsPerSecond > 0) {
      result.ratio = result.load.requestsPerSecond / baseline.requestsPerSecond;
    }
  }
  return {
    options,
    cases: ordered,
    targets,
    ok: ordered.every((r) => !r.problem) && targets.every((t) => !t.problem),
  };
}
