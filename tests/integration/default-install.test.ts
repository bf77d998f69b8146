import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runningPostmaster } from "#db/embedded.ts";
import { type NexusProcess, startNexus, waitGone } from "#tests/support/nexus-process.ts";
import { freePort } from "#tests/support/ports.ts";
import { commandOf, listeningSockets, processTree } from "#tests/support/processes.ts";
import { portIsFree } from "../../scripts/partykit.ts";

/**
 * The default install as a new user runs it (`npm start` on embedded defaults) and as someone on
 * the same network would probe it: what its process tree listens on, and what a crash leaves.
 */

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

async function embeddedNexus(extra: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-default-"));
  cleanup.push(async () => {
    // A database server a failed test left behind goes with its folder.
    const postmaster = runningPostmaster(path.join(dataDir, "postgres"));
    if (postmaster) process.kill(postmaster.pid, "SIGQUIT");
    if (postmaster) await waitGone([postmaster.pid]);
    await rm(dataDir, { recursive: true, force: true });
  });
  const env = {
    NEXUS_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    PARTYKIT_PORT: String(await freePort()),
    ...extra,
  };
  const start = () => {
    const nexus = startNexus(env);
    cleanup.push(() => nexus.killTree());
    return nexus;
  };
  return { env, start };
}

/** Whether something on this port speaks the DevTools (inspector) protocol over HTTP. */
async function answersDevtools(port: number, host: string): Promise<boolean> {
  for (const route of ["/json/version", "/json/list", "/json"]) {
    try {
      const response = await fetch(`http://${host}:${port}${route}`, {
        signal: AbortSignal.timeout(2_000),
      });
      const text = await response.text();
      if (/webSocketDebuggerUrl|"Protocol-Version"|devtoolsFrontendUrl/.test(text)) return true;
    } catch {
      // Not HTTP, or closed: not an inspector.
    }
  }
  return false;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("npm start on embedded defaults", () => {
  test("every socket of the process tree is on HOST, and none answers the DevTools protocol", {
    timeout: 120_000,
  }, async () => {
    const { env, start } = await embeddedNexus();
    const nexus = start();
    await nexus.ready;
    const sockets = listeningSockets(nexus.child.pid!);
    const summary = sockets.map((s) => `${s.address}:${s.port} ${s.command.slice(0, 60)}`);
    console.log(`listening sockets of npm start (HOST 127.0.0.1):\n  ${summary.join("\n  ")}`);
    // The app and PartyKit at least; nothing on a wildcard or outside address.
    expect(sockets.map((s) => s.port)).toEqual(
      expect.arrayContaining([Number(env.PORT), Number(env.PARTYKIT_PORT)]),
    );
    for (const socket of sockets) expect(socket.address, summary.join("\n")).toBe("127.0.0.1");
    for (const socket of sockets) {
      expect(await answersDevtools(socket.port, "127.0.0.1"), `${socket.port}`).toBe(false);
    }
    // The push secret is in no process's command line either.
    for (const pid of processTree(nexus.child.pid!)) {
      expect(commandOf(pid)).not.toMatch(/REALTIME_PUSH_SECRET|REALTIME_SECRET/);
    }
    nexus.child.kill("SIGTERM");
    expect(await nexus.exited).toBe(0);
  });

  test("after kill -9 only its database server is left, which the next npm start adopts and stops", {
    timeout: 180_000,
  }, async () => {
    const { env, start } = await embeddedNexus();
    const first = start();
    await first.ready;
    const tree = processTree(first.child.pid!);
    expect(tree.length).toBeGreaterThan(3); // the server, Postgres, the PartyKit guard, its CLI, workerd
    const postgres = runningPostmaster(path.join(env.NEXUS_DATA_DIR, "postgres"));
    expect(postgres).toBeDefined();
    first.child.kill("SIGKILL");
    // Postgres outlives the crash on purpose (nothing it acknowledged is lost); nothing else does.
    const database = new Set(processTree(postgres!.pid));
    expect(await waitGone(tree.filter((pid) => !database.has(pid))), "left after kill -9").toEqual(
      [],
    );
    expect(await portIsFree(Number(env.PARTYKIT_PORT), "127.0.0.1")).toBe(true);

    const second = start();
    const url = await second.ready;
    const ready = await fetch(`${url}/api/v1/ready`);
    expect(ready.status).toBe(200);
    // The same server, adopted; and stopped by the one who adopted it.
    expect(runningPostmaster(path.join(env.NEXUS_DATA_DIR, "postgres"))?.pid).toBe(postgres!.pid);
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(await waitGone([postgres!.pid])).toEqual([]);
  });

  test("a PartyKit that dies is logged and started again, and /ready follows it", {
    timeout: 180_000,
  }, async () => {
    const { start } = await embeddedNexus({ LOG_LEVEL: "info" });
    const nexus: NexusProcess = start();
    const url = await nexus.ready;
    const guard = processTree(nexus.child.pid!).find((pid) =>
      commandOf(pid).includes("process-guard"),
    );
    expect(guard).toBeDefined();
    const partyTree = processTree(guard!);
    // The whole PartyKit group, as an out-of-memory kill or a crash would take it.
    process.kill(-guard!, "SIGKILL");
    expect(await waitGone(partyTree)).toEqual([]);
    await expect
      .poll(() => nexus.output(), { timeout: 10_000 })
      .toContain("PartyKit stopped unexpectedly");
    const realtimeOk = async () => {
      const body = await (await fetch(`${url}/api/v1/ready`)).json();
      const checks = (body.data ?? body.error?.details)?.checks ?? [];
      return checks.find((c: { name: string }) => c.name === "realtime")?.ok ?? false;
    };
    await expect.poll(realtimeOk, { timeout: 60_000, interval: 500 }).toBe(true);
    expect(nexus.output()).toContain("PartyKit is running again");
    const newGuard = processTree(nexus.child.pid!).find((pid) =>
      commandOf(pid).includes("process-guard"),
    );
    expect(newGuard).not.toBe(guard);
    await sleep(0);
    nexus.child.kill("SIGTERM");
    expect(await nexus.exited).toBe(0);
  });
});
