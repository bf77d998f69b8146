import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";
import { isAlive, processTree } from "./processes.ts";

const root = path.resolve(import.meta.dirname, "../..");

export interface NexusProcess {
  child: ChildProcess;
  /** Resolves with the URL NEXUS says it is ready on; rejects if it exits first. */
  ready: Promise<string>;
  exited: Promise<number | null>;
  output(): string;
  /** SIGKILLs whatever is left of the process tree it started (for cleanup). */
  killTree(): Promise<void>;
}

/**
 * NEXUS as `npm start` runs it (`node scripts/start.mjs`, serving the built app), with only
 * the environment given here besides PATH and HOME.
 */
export function startNexus(env: Record<string, string>, readyTimeoutMs = 150_000): NexusProcess {
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => resolve(code)),
  );
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`not ready in time:\n${output}`)),
      readyTimeoutMs,
    );
    child.stdout!.on("data", () => {
      const url = /NEXUS is ready on (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code}:\n${output}`));
    });
  });
  ready.catch(() => {});
  // Known while the server lives: its children are reparented once it is gone.
  let known: number[] = [];
  const remember = setInterval(() => {
    if (child.pid && isAlive(child.pid)) known = processTree(child.pid);
  }, 200);
  void exited.then(() => clearInterval(remember));
  return {
    child,
    ready,
    exited,
    output: () => output,
    async killTree() {
      clearInterval(remember);
      const pids = child.pid && isAlive(child.pid) ? processTree(child.pid) : known;
      for (const pid of [...pids, ...known]) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {}
      }
      if (child.exitCode === null && child.signalCode === null) await exited;
    },
  };
}

/** Waits until none of `pids` is alive; returns the ones still alive after `timeoutMs`. */
export async function waitGone(pids: number[], timeoutMs = 10_000): Promise<number[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const alive = pids.filter(isAlive);
    if (alive.length === 0 || Date.now() > deadline) return alive;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** `npm run nexus -- <args>` (scripts/nexus.ts) with only `env` besides PATH and HOME; its output. */
export function runNexusCli(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/nexus.ts", ...args], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        ...env,
      } as unknown as NodeJS.ProcessEnv,
      stdio: ["ignore", "pipe", "pipe"],
    });
    // One that hangs must not outlive the test that started it.
    const timer = setTimeout(() => child.kill("SIGKILL"), 120_000);
    timer.unref();
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d));
    child.stderr.on("data", (d: Buffer) => (output += d));
    child.once("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`nexus ${args[0]}: exit ${code}\n${output}`));
    });
  });
}
