import { type ChildProcess, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export interface PartykitOptions {
  port: number;
  /**
   * The address it listens on (default 127.0.0.1): NEXUS passes its own HOST. `partykit dev`
   * itself would bind 0.0.0.0 (patches/partykit+0.0.115.patch adds --host).
   */
  host?: string;
  /** Folder for the generated config (it holds secrets: owner-only) and, when persisting, state. */
  workDir: string;
  vars: Record<string, string>;
  persist: boolean;
  /**
   * Opens the DevTools inspector ports of the CLI and of workerd (on loopback). Off unless a
   * developer asks: through them every request to the parties is readable, secrets included.
   */
  inspector?: boolean;
  readyTimeoutMs?: number;
  onLog?: (line: string) => void;
}

export interface PartykitProcess {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has gone, however it went. */
  exited: Promise<void>;
  stop(timeoutMs?: number): Promise<void>;
}

/** The address other local processes use to reach something listening on `host`. */
export function localAddress(host: string): string {
  const reachable = host === "0.0.0.0" || host === "" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return reachable.includes(":") ? `[${reachable}]` : reachable;
}

/** Whether nothing listens on `port` at `host` (`partykit dev` does not exit when it is taken). */
export function portIsFree(port: number, host = "0.0.0.0"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * Starts `partykit dev` on the project's parties and resolves once it says it is ready. It runs
 * under scripts/process-guard.mjs, which ends it (and its workerd) when this process dies, even
 * by SIGKILL. Secrets reach the parties through a generated config file (not `--var`, which would
 * show them to anyone who can list processes).
 */
export async function startPartykit(options: PartykitOptions): Promise<PartykitProcess> {
  const host = options.host ?? "127.0.0.1";
  if (!(await portIsFree(options.port, host))) {
    throw new Error(
      `PartyKit cannot start: port ${options.port} is in use. Set PARTYKIT_PORT to a free port, or PARTYKIT_HOST to a running PartyKit.`,
    );
  }
  await mkdir(options.workDir, { recursive: true, mode: 0o700 });
  const base = JSON.parse(await readFile(path.join(root, "partykit.json"), "utf8"));
  const config = {
    ...base,
    $schema: undefined,
    main: path.join(root, base.main),
    parties: Object.fromEntries(
      Object.entries(base.parties ?? {}).map(([name, file]) => [
        name,
        path.join(root, file as string),
      ]),
    ),
    vars: { ...base.vars, ...options.vars },
  };
  const configFile = path.join(options.workDir, "partykit.json");
  await writeFile(configFile, JSON.stringify(config, null, 2), { mode: 0o600 });

  const args = [
    "dev",
    "--config",
    configFile,
    "--host",
    host,
    "--port",
    String(options.port),
    "--disable-request-cf-fetch",
    "--no-hotkeys",
    ...(options.inspector ? [] : ["--no-inspector"]),
    "--persist",
    options.persist ? path.join(options.workDir, "state") : "false",
  ];
  const child = spawn(
    process.execPath,
    [
      path.join(root, "scripts/process-guard.mjs"),
      path.join(root, "node_modules/.bin/partykit"),
      ...args,
    ],
    {
      cwd: root,
      env: { ...process.env, NO_UPDATE_NOTIFIER: "1", FORCE_COLOR: "0" },
      // stdin is the guard's lifeline: it ends PartyKit when this end of the pipe closes.
      stdio: ["pipe", "pipe", "pipe"],
      detached: true,
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const gone = () => child.exitCode !== null || child.signalCode !== null;

  const stop = (timeoutMs = 3000) =>
    new Promise<void>((resolve) => {
      if (gone()) return resolve();
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {}
      }, timeoutMs);
      void exited.then(() => {
        clearTimeout(timer);
        resolve();
      });
      try {
        // The CLI starts workerd in its own children: signal the whole group.
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        resolve();
      }
    });

  await new Promise<void>((resolve, reject) => {
    let output = "";
    let ready = false;
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`PartyKit did not become ready in time. Its output:\n${output}`));
    }, options.readyTimeoutMs ?? 30_000);
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      if (!ready) output += text;
      for (const line of text.split("\n")) if (line.trim()) options.onLog?.(line.trim());
      if (!ready && /Ready on/.test(output)) {
        ready = true;
        output = "";
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(
        new Error(`PartyKit exited (code ${code}) before it was ready. Its output:\n${output}`),
      );
    });
  });

  return { url: `http://${localAddress(host)}:${options.port}`, child, exited, stop };
}

export interface SupervisedPartykit {
  url: string;
  stop(): Promise<void>;
}

export interface SuperviseOptions extends PartykitOptions {
  /** Told when PartyKit went away unexpectedly and when it is back. */
  onDown?: (restartInMs: number) => void;
  onUp?: () => void;
  onRestartFailed?: (error: Error, restartInMs: number) => void;
  /** Delays between restarts, doubling from the first to the last (default 0.5 s to 30 s). */
  backoffMs?: { first: number; max: number };
}

/**
 * PartyKit that stays up: when it exits without being asked to, it is started again after a
 * delay that doubles with each failure (reset once a start has lasted a minute).
 */
export async function supervisePartykit(options: SuperviseOptions): Promise<SupervisedPartykit> {
  const { first, max } = options.backoffMs ?? { first: 500, max: 30_000 };
  let current = await startPartykit(options);
  let stopping = false;
  let delay = first;
  let startedAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const restart = async () => {
    timer = undefined;
    if (stopping) return;
    try {
      current = await startPartykit(options);
      startedAt = Date.now();
      if (stopping) return void (await current.stop());
      options.onUp?.();
      watch(current);
    } catch (error) {
      const wait = delay;
      delay = Math.min(delay * 2, max);
      options.onRestartFailed?.(error as Error, wait);
      timer = setTimeout(restart, wait);
    }
  };
  const watch = (process: PartykitProcess) => {
    void process.exited.then(() => {
      if (stopping) return;
      if (Date.now() - startedAt > 60_000) delay = first;
      const wait = delay;
      delay = Math.min(delay * 2, max);
      options.onDown?.(wait);
      timer = setTimeout(restart, wait);
    });
  };
  watch(current);
  return {
    url: current.url,
    async stop() {
      stopping = true;
      if (timer) clearTimeout(timer);
      await current.stop();
    },
  };
}
