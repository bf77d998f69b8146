/**
 * What `npm start` runs (scripts/start.mjs builds when needed, bundles this file into
 * build/start.js and calls `main`): NEXUS on Node, from the server build. What serves
 * requests comes from that build (`build.entry.module.nodeRuntime`, see
 * app/server/runtime.server.ts), so the server and the routes share one copy of every module.
 * Only the configuration and the logger, which hold no state, are read from source first, so the
 * embedded Postgres and PartyKit start while the build loads (decision 017's amendment).
 */
import { existsSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import v8 from "node:v8";
import type { ServerBuild } from "@remix-run/node";
import { type Config, loadConfig } from "./app/config/config.server.ts";
import { ConfigError } from "./app/config/env.server.ts";
import type { NodeRuntime } from "./app/server/runtime.server.ts";
import { createLogger } from "./app/utils/log.server.ts";
import { type EmbeddedServer, openEmbeddedPostgres } from "./db/embedded.ts";
import { type SupervisedPartykit, supervisePartykit } from "./scripts/partykit.ts";

/** The repository: this file's folder, or the one above build/ once bundled into build/start.js. */
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.basename(here) === "build" ? path.dirname(here) : here;
const buildEntry = path.join(root, "build/server/index.js");

export async function loadBuild(): Promise<ServerBuild> {
  return (await import(pathToFileURL(buildEntry).href)) as ServerBuild;
}

/** The app's Node wiring, from the same build the routes run. */
export function runtimeOf(build: ServerBuild): NodeRuntime {
  const runtime = (build.entry.module as { nodeRuntime?: NodeRuntime }).nodeRuntime;
  if (!runtime)
    throw new Error("The server build exports no nodeRuntime: rebuild (npm run build).");
  return runtime;
}

export async function main() {
  // The server build loads (its imports take most of a second) while the configuration is read
  // and the embedded Postgres and PartyKit start: they need no code from the build.
  const appLoad = loadBuild().then((build) => ({ build, runtime: runtimeOf(build) }));
  appLoad.catch(() => {}); // awaited (and reported) once the services start
  let config: Config;
  try {
    config = await loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  // V8 reads it each time it sizes the heap after a collection.
  if (config.env.HEAP_GROWTH_PERCENT > 0) {
    v8.setFlagsFromString(`--heap-growing-percent=${config.env.HEAP_GROWTH_PERCENT}`);
  }
  const log = await createLogger({
    level: config.env.LOG_LEVEL,
    format: config.env.LOG_FORMAT ?? (config.isProduction ? "json" : "pretty"),
  });

  let runtime: NodeRuntime | undefined;
  let partykit: SupervisedPartykit | undefined;
  let postgres: EmbeddedServer | undefined;
  let services: Awaited<ReturnType<NodeRuntime["createServices"]>> | undefined;
  let server: Server | undefined;
  let stopping = false;
  let stopJobs: (() => Promise<void>) | undefined;
  let stopTracing: (() => Promise<void>) | undefined;

  const stopAll = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const timeout = config.env.SHUTDOWN_TIMEOUT_MS;
    const force = setTimeout(() => {
      log.error("shutdown took too long: forcing exit");
      process.exit(1);
    }, timeout + 2000);
    force.unref();
    if (server && runtime) await runtime.shutdownServer(server, timeout);
    await stopJobs?.();
    if (services && runtime) await runtime.closeServices(services);
    await postgres?.release().catch((error) => log.error({ err: error }, "stopping Postgres"));
    if (partykit) await partykit.stop();
    await stopTracing?.().catch(() => {});
    log.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stopAll("SIGTERM"));
  process.once("SIGINT", () => void stopAll("SIGINT"));

  try {
    const inspector = config.env.PARTYKIT_INSPECTOR;
    if (config.partykit.managed && inspector) {
      log.warn(
        "PARTYKIT_INSPECTOR is on: PartyKit's DevTools inspector ports are open on loopback, and through them every push to the rooms is readable, its secret included. Development only.",
      );
    }
    const partykitStart = config.partykit.managed
      ? supervisePartykit({
          port: config.partykit.port,
          host: config.env.HOST,
          inspector,
          workDir: path.join(config.dataDir, "partykit"),
          persist: true,
          vars: {
            REALTIME_SECRET: config.secrets.realtime,
            REALTIME_PUSH_SECRET: config.secrets.realtimePush,
          },
          onLog: (line) => log.debug({ partykit: line }),
          onDown: (restartInMs) =>
            log.error({ restartInMs }, "PartyKit stopped unexpectedly: restarting it"),
          onRestartFailed: (error, restartInMs) =>
            log.error({ err: error, restartInMs }, "PartyKit did not start again: trying later"),
          onUp: () => log.info("PartyKit is running again"),
        })
      : undefined;
    // The embedded Postgres (joined when it already runs on the folder), then the services.
    const database = config.database;
    const postgresStart =
      database.kind === "embedded"
        ? openEmbeddedPostgres(database, {
            log: (line) => log.debug({ postgres: line }),
            beforeFirstStart: async () => {
              log.info({ dataDir: config.dataDir }, "initialising the embedded Postgres (once)");
            },
          }).then((started) => {
            postgres = started;
            return started;
          })
        : undefined;
    // Awaited below; a failure meanwhile must not count as unhandled.
    postgresStart?.catch(() => {});
    const servicesStart = (async () => {
      ({ runtime } = await appLoad);
      if (config.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
        stopTracing = await runtime.startTracing({
          endpoint: config.env.OTEL_EXPORTER_OTLP_ENDPOINT,
        });
        log.info(
          { endpoint: config.env.OTEL_EXPORTER_OTLP_ENDPOINT },
          "tracing: exporting over OTLP",
        );
      }
      if (!postgresStart) return runtime.createServices(config, log);
      const embedded = await postgresStart;
      if (!embedded.started)
        log.info({ port: embedded.port }, "joined the running embedded Postgres");
      if (existsSync(path.join(config.dataDir, "pglite"))) {
        const { upgradeFromPglite } = await import("./db/upgrade-pglite.ts");
        await upgradeFromPglite(config.dataDir, embedded.url, (message) => log.warn(message));
      }
      return runtime.createServices(
        { ...config, database: { kind: "postgres", url: embedded.url } },
        log,
      );
    })();
    // Started side by side; whatever did start is stopped again if another part failed.
    const [pk, svc] = await Promise.allSettled([partykitStart, servicesStart]);
    if (pk.status === "fulfilled") partykit = pk.value;
    if (svc.status === "fulfilled") services = svc.value;
    for (const part of [pk, svc]) if (part.status === "rejected") throw part.reason;
    if (stopping || !services || !runtime) return;
    const { build } = await appLoad;
    const app = runtime.createApp({ services, build, root });
    await new Promise<void>((resolve, reject) => {
      server = app.listen(config.env.PORT, config.env.HOST, () => resolve());
      server.once("error", reject);
    });
    runtime.trackConnections(server!);
    stopJobs = runtime.startBackgroundJobs(services);
    const shownHost = config.env.HOST === "0.0.0.0" ? "localhost" : config.env.HOST;
    log.info(
      {
        database: config.database.kind,
        cache: config.cache.kind,
        realtime: config.partykit.url,
        dataDir: config.dataDir,
      },
      "NEXUS is ready",
    );
    console.log(`NEXUS is ready on http://${shownHost}:${config.env.PORT}`);
  } catch (error) {
    log.error({ err: error }, "NEXUS could not start");
    console.error(`NEXUS could not start: ${(error as Error).message}`);
    await partykit?.stop();
    if (services && runtime) await runtime.closeServices(services);
    await postgres?.release().catch(() => {});
    process.exit(1);
  }
}
