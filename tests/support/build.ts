import type { ServerBuild } from "@remix-run/node";
import type { NodeRuntime } from "#app/server/runtime.server.ts";
import { loadBuild, runtimeOf } from "../../server.ts";

let built: Promise<{ build: ServerBuild; runtime: NodeRuntime }> | undefined;

/**
 * The server build `npm start` runs (made once by global-setup.ts before any worker started) and
 * the Node wiring it exports. Tests that serve HTTP take the app, the services and the logger
 * from here, so every request runs the built modules, one copy of each, as in production.
 */
export function builtApp(): Promise<{ build: ServerBuild; runtime: NodeRuntime }> {
  built ??= loadBuild().then((build) => ({ build, runtime: runtimeOf(build) }));
  return built;
}
