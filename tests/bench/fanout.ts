/**
 * Realtime fan-out: one event delivered to N connected clients. NEXUS's path is the real one: an
 * HTTP push with the push secret into the metrics room, verified by the party, broadcast to
 * sockets that joined with signed room tokens. The baseline is a bare PartyKit room relaying a
 * client's message to everyone else, in the same run. Delivery latency is the time from just
 * before the push is sent to each client's receipt (same process, same clock).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import WebSocket from "ws";
import { METRICS_PARTY, METRICS_ROOM, signRoomToken } from "../../app/realtime/room-token.ts";
import { startPartykit } from "../../scripts/partykit.ts";
import { freePort, repoRoot } from "./harness.ts";

export interface FanoutResult {
  name: string;
  clients: number;
  pushes: number;
  p50Ms: number;
  p99Ms: number;
  pushesPerSecond: number;
  deliveries: number;
  missing: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : Number.NaN;

function openClients(urls: string[]): Promise<WebSocket[]> {
  return Promise.all(
    urls.map(
      (url) =>
        new Promise<WebSocket>((resolve, reject) => {
          const socket = new WebSocket(url);
          socket.once("open", () => resolve(socket));
          socket.once("error", reject);
        }),
    ),
  );
}

/** Sends `pushes` events one after another, each once every client has it (or after 2 s). */
async function measure(
  name: string,
  clients: WebSocket[],
  pushes: number,
  send: (payload: string) => Promise<void>,
): Promise<FanoutResult> {
  const latencies: number[] = [];
  let missing = 0;
  const started = performance.now();
  for (let i = 0; i < pushes; i++) {
    const id = `p${i}-${Math.random().toString(36).slice(2)}`;
    const sentAt = performance.now();
    const received = clients.map(
      (socket) =>
        new Promise<number | null>((resolve) => {
          const timer = setTimeout(() => {
            socket.off("message", onMessage);
            resolve(null);
          }, 2000);
          function onMessage(data: WebSocket.RawData) {
            if (!data.toString().includes(id)) return;
            clearTimeout(timer);
            socket.off("message", onMessage);
            resolve(performance.now() - sentAt);
          }
          socket.on("message", onMessage);
        }),
    );
    await send(JSON.stringify({ type: "bench", data: { id } }));
    for (const latency of await Promise.all(received)) {
      if (latency === null) missing += 1;
      else latencies.push(latency);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    clients: clients.length,
    pushes,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    pushesPerSecond: pushes / seconds,
    deliveries: latencies.length,
    missing,
  };
}

async function startBare(port: number): Promise<ChildProcess> {
  const child = spawn(
    path.join(repoRoot, "node_modules/.bin/partykit"),
    [
      "dev",
      "--port",
      String(port),
      "--disable-request-cf-fetch",
      "--no-hotkeys",
      "--persist",
      "false",
    ],
    {
      cwd: path.join(repoRoot, "tests/bench/partykit-bare"),
      env: { ...process.env, NO_UPDATE_NOTIFIER: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  await new Promise<void>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`bare PartyKit not ready:\n${output}`)),
      30_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (/Ready on/.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
  });
  return child;
}

function stopGroup(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      resolve();
    }
    setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {}
    }, 3000).unref();
  });
}

export async function runFanout(clientsCount: number, pushes: number): Promise<FanoutResult[]> {
  const results: FanoutResult[] = [];
  const realtimeSecret = "bench-realtime-secret-0123456789abcdef";
  const pushSecret = "bench-push-secret-0123456789abcdefgh";

  // NEXUS: signed room tokens in, authenticated HTTP pushes out.
  const workDir = await mkdtemp(path.join(os.tmpdir(), "nexus-bench-pk-"));
  const partykit = await startPartykit({
    port: await freePort(),
    workDir,
    persist: false,
    vars: { REALTIME_SECRET: realtimeSecret, REALTIME_PUSH_SECRET: pushSecret },
  });
  try {
    const exp = Math.floor(Date.now() / 1000) + 600;
    const urls = await Promise.all(
      Array.from({ length: clientsCount }, async (_, i) => {
        const token = await signRoomToken(realtimeSecret, {
          sub: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
          name: `bench ${i}`,
          role: "viewer",
          party: METRICS_PARTY,
          room: METRICS_ROOM,
          exp,
        });
        return `${partykit.url.replace("http", "ws")}/parties/${METRICS_PARTY}/${METRICS_ROOM}?token=${token}`;
      }),
    );
    const clients = await openClients(urls);
    const pushUrl = `${partykit.url}/parties/${METRICS_PARTY}/${METRICS_ROOM}`;
    const send = async (payload: string) => {
      const response = await fetch(pushUrl, {
        method: "POST",
        headers: { authorization: `Bearer ${pushSecret}`, "content-type": "application/json" },
        body: payload,
      });
      await response.body?.cancel();
    };
    await measure("warm-up", clients, 10, send);
    results.push(await measure("NEXUS push into the metrics room", clients, pushes, send));
    for (const c of clients) c.terminate();
  } finally {
    await partykit.stop();
    await rm(workDir, { recursive: true, force: true });
  }

  // Baseline: a bare room relaying a client's message.
  const port = await freePort();
  const bare = await startBare(port);
  try {
    const url = `ws://127.0.0.1:${port}/parties/main/bench`;
    const [publisher, ...clients] = await openClients(Array(clientsCount + 1).fill(url));
    const send = async (payload: string) => {
      publisher!.send(payload);
    };
    await measure("warm-up", clients, 10, send);
    results.push(await measure("bare PartyKit broadcast", clients, pushes, send));
    for (const c of [publisher!, ...clients]) c.terminate();
  } finally {
    await stopGroup(bare);
  }
  return results;
}

export function formatFanout(results: FanoutResult[]): string[] {
  const base = results.find((r) => r.name.startsWith("bare"));
  return results.map(
    (r) =>
      `${r.name}: ${r.clients} clients, ${r.pushes} pushes, delivery p50 ${r.p50Ms.toFixed(2)} ms, p99 ${r.p99Ms.toFixed(2)} ms, ${r.pushesPerSecond.toFixed(0)} pushes/s (${(r.pushesPerSecond * r.clients).toFixed(0)} deliveries/s), missing ${r.missing}` +
      (base && r !== base ? `; p99 ${(r.p99Ms / base.p99Ms).toFixed(2)}x the bare room's` : ""),
  );
}
