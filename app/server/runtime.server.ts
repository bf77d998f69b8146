/**
 * What server.ts needs from the app to run it on Node, handed over through the server build
 * (`build.entry.module.nodeRuntime`). server.ts imports nothing from app/ itself: with a second
 * copy of these modules, error classes (DatabaseUnavailableError), registries (goal runs, replies
 * in flight) and singletons (request context, metrics) would exist twice, and the ones the
 * routes fill would not be the ones shutdown looks in.
 */

import { loadConfig } from "#app/config/config.server.ts";
import { ConfigError } from "#app/config/env.server.ts";
import { startTracing } from "#app/observability/tracing.server.ts";
import { startBackgroundJobs } from "#app/server/jobs.server.ts";
import { closeServices, createServices } from "#app/server/services.server.ts";
import { createLogger } from "#app/utils/log.server.ts";
import { createApp, shutdownServer, trackConnections } from "./http.server.ts";

export const nodeRuntime = {
  loadConfig,
  ConfigError,
  createLogger,
  createServices,
  closeServices,
  startBackgroundJobs,
  startTracing,
  createApp,
  shutdownServer,
  trackConnections,
};

export type NodeRuntime = typeof nodeRuntime;
