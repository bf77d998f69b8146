import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/client.ts";
import { openEmbeddedPostgres } from "../../db/embedded.ts";
import { migrate } from "../../db/migrate.ts";
import { startPartykit } from "../../scripts/partykit.ts";
import { ensureBuild } from "../../scripts/start.mjs";
import { freePort } from "./ports.ts";

declare module "vitest" {
  export interface ProvidedContext {
    partykitUrl: string;
    realtimeSecret: string;
    realtimePushSecret: string;
    /** The test run's embedded Postgres server (its `postgres` database, for admin work). */
    embeddedPostgresUrl: string;
    /** A migrated database that each test database is copied from. */
    embeddedTemplate: string;
  }
}

/**
 * One real `partykit dev` for the whole run, with state kept in memory only, and one embedded
 * Postgres server (the one `npm start` runs) with a migrated template database.
 */
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
  const postgresDir = await mkdtemp(path.join(tmpdir(), "nexus-test-postgres-"));
  const postgres = await openEmbeddedPostgres(
    {
      kind: "embedded",
      dir: path.join(postgresDir, "postgres"),
      password: "test-postgres-password",
    },
    { tiedToParent: true },
  );
  const adminUrl = new URL(postgres.url);
  adminUrl.pathname = "/postgres";
  const template = "nexus_template";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`create database ${template}`);
  await admin.end();
  const templateUrl = new URL(postgres.url);
  templateUrl.pathname = `/${template}`;
  const migrated = await openDatabase({ kind: "postgres", url: templateUrl.toString() });
  await migrate(migrated.db);
  await migrated.close();
  project.provide("embeddedPostgresUrl", adminUrl.toString());
  project.provide("embeddedTemplate", template);
  project.provide("partykitUrl", partykit.url);
  project.provide("realtimeSecret", realtimeSecret);
  project.provide("realtimePushSecret", realtimePushSecret);
  // Vitest runs this however the run ended (failures, timeouts, Ctrl-C). Should it not get
  // there (vitest killed), the guards (scripts/process-guard.mjs) end PartyKit and Postgres anyway.
  return async () => {
    try {
      await partykit.stop();
      await postgres.release({ force: true });
    } finally {
      await rm(workDir, { recursive: true, force: true });
      await rm(postgresDir, { recursive: true, force: true });
    }
  };
}
