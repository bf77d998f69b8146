import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, describe, expect, test } from "vitest";
import { shutdownServer, trackConnections } from "#app/server/http.server.ts";
import { runningPostmaster } from "#db/embedded.ts";
import { startNexus } from "#tests/support/nexus-process.ts";
import { freePort } from "#tests/support/ports.ts";
import { portIsFree } from "../../scripts/partykit.ts";

const cleanup: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

describe("npm start (server.ts)", () => {
  test("refuses a bad PORT with a message naming it, and starts nothing", async () => {
    const nexus = startNexus({ PORT: "abc", LOG_LEVEL: "loud" });
    // Should it start after all, it must not outlive the test.
    cleanup.push(() => nexus.killTree());
    nexus.ready.catch(() => {});
    const code = await nexus.exited;
    expect(code).toBe(78);
    expect(nexus.output()).toContain("PORT must be a whole number between 1 and 65535");
    expect(nexus.output()).toContain("LOG_LEVEL must be debug, info, warn, error or silent");
  });

  test("starts on embedded defaults, is ready, and stops everything on SIGTERM", {
    timeout: 90_000,
  }, async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-start-"));
    cleanup.push(() => rm(dataDir, { recursive: true, force: true }));
    const port = await freePort();
    const partykitPort = await freePort();
    const nexus = startNexus({
      NEXUS_DATA_DIR: dataDir,
      PORT: String(port),
      PARTYKIT_PORT: String(partykitPort),
    });
    cleanup.push(() => nexus.killTree());
    const url = await nexus.ready;
    expect(url).toBe(`http://127.0.0.1:${port}`);

    const ready = await fetch(`${url}/api/v1/ready`);
    expect(ready.status).toBe(200);
    expect((await ready.json()).data.checks.map((c: { backend: string }) => c.backend)).toEqual([
      "postgres",
      "memory",
      "partykit",
    ]);
    expect(await portIsFree(partykitPort)).toBe(false);

    nexus.child.kill("SIGTERM");
    expect(await nexus.exited).toBe(0);
    expect(await portIsFree(port)).toBe(true);
    expect(await portIsFree(partykitPort)).toBe(true);
    // It started the embedded Postgres, and stopped it as the last one connected.
    expect(runningPostmaster(path.join(dataDir, "postgres"))).toBeUndefined();
  });
});

describe("graceful shutdown", () => {
  test("finishes in-flight requests, then refuses new connections", async () => {
    const app = express();
    app.get("/slow", (_req, res) => {
      setTimeout(() => res.send("done"), 300);
    });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    trackConnections(server);
    const { port } = server.address() as AddressInfo;
    const inFlight = fetch(`http://127.0.0.1:${port}/slow`);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    const closed = shutdownServer(server, 5_000);
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("done");
    await closed;
    // Closed as soon as the response was done, not when the client's keep-alive ran out.
    expect(Date.now() - started).toBeLessThan(1_000);
    await expect(fetch(`http://127.0.0.1:${port}/slow`)).rejects.toThrow();
  });

  test("forces remaining connections closed after the timeout", async () => {
    const app = express();
    app.get("/hang", () => {});
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, "127.0.0.1", () => resolve(s));
    });
    trackConnections(server);
    const { port } = server.address() as AddressInfo;
    const hanging = fetch(`http://127.0.0.1:${port}/hang`).catch((e: Error) => e);
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await shutdownServer(server, 200);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await hanging).toBeInstanceOf(Error);
  });
});
