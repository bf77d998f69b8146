import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import type { TestProject } from "vitest/node";
import { startPartykit } from "../../scripts/partykit.ts";
import { ensureBuild } from "../../server.ts";
import { freePort } from "./ports.ts";

declare module "vitest" {
  export interface ProvidedContext {
    partykitUrl: string;
    realtimeSecret: string;
    realtimePushSecret: string;
  }
}

/** One real `partykit dev` for the whole run, with state kept in memory only. */
export default async function setup(project: TestProject) {
  // Built here, once, so test workers never race each other to rebuild it.
  await ensureBuild(pino({ level: "silent" }));
  const workDir = await mkdtemp(path.join(tmpdir(), "nexus-partykit-"));
  const realtimeSecret = "test-realtime-secret-0123456789abcdef";
  const realtimePushSecret = "test-realtime-push-secret-0123456789ab";
  const partykit = await startPartykit({
    port: await freePort(),
    workDir,
    persist: false,
    vars: { REALTIME_SECRET: realtimeSecret, REALTIME_PUSH_SECRET: realtimePushSecret },
  }).catch(async (error: unknown) => {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  });
  project.provide("partykitUrl", partykit.url);
  project.provide("realtimeSecret", realtimeSecret);
  project.provide("realtimePushSecret", realtimePushSecret);
  // Vitest runs this however the run ended (failures, timeouts, Ctrl-C). Should it not get
  // there (vitest killed), PartyKit's guard (scripts/partykit-guard.mjs) ends it anyway.
  return async () => {
    try {
      await partykit.stop();
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  };
}
