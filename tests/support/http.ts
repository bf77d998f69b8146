import { existsSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import { createApp } from "#app/server/http.server.ts";
import type { Services } from "#app/utils/services.server.ts";
import { loadBuild } from "../../server.ts";

const root = path.resolve(import.meta.dirname, "../..");
const appDir = path.join(root, "app");

function sourceFileOf(routeId: string): string {
  const base = path.join(appDir, routeId);
  const file = [".ts", ".tsx"].map((ext) => base + ext).find((f) => existsSync(f));
  if (!file) throw new Error(`No source file for route ${routeId}`);
  return file;
}

/**
 * The built app's route table and client assets, with every server module taken from source:
 * tests exercise the code as it is now (and coverage sees it), while pages still reference the
 * real browser bundles.
 */
async function sourceBuild(): Promise<ServerBuild> {
  // The test setup built the app once before any worker started (see global-setup.ts).
  const built = await loadBuild();
  const routes: ServerBuild["routes"] = {};
  for (const [id, route] of Object.entries(built.routes)) {
    routes[id] = { ...route, module: await import(/* @vite-ignore */ sourceFileOf(id)) };
  }
  const entry = await import("#app/entry.server.tsx");
  return { ...built, routes, entry: { module: entry } };
}

/** NEXUS's real HTTP stack (server.ts + the Remix app) on a random loopback port. */
export async function startHttp(services: Services) {
  const app = createApp({ services, build: await sourceBuild(), root });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    app,
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
