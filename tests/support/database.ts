import { randomUUID } from "node:crypto";
import { Client } from "@neondatabase/serverless";
import pg from "pg";
import { inject } from "vitest";
import { type DatabaseHandle, openDatabase } from "#db/client.ts";
import { startNeonRelay } from "./neon-relay.ts";

/**
 * The databases the integration tests run on: always the embedded Postgres server the test run
 * started (the one `npm start` runs, through node-postgres), and the machine's Postgres through
 * the Neon driver when TEST_DATABASE_URL is set (CI sets it).
 */
export const testDatabaseKinds: ("postgres" | "neon")[] = process.env.TEST_DATABASE_URL
  ? ["postgres", "neon"]
  : ["postgres"];

export interface TestDatabase {
  handle: DatabaseHandle;
  target: Parameters<typeof openDatabase>[0];
  /** Closes the connection and drops the throwaway database. */
  destroy(): Promise<void>;
}

let relay: Awaited<ReturnType<typeof startNeonRelay>> | undefined;

async function neonRelay() {
  relay ??= await startNeonRelay();
  return relay.address;
}

const freshName = () => `nexus_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;

/** A fresh database (not yet opened) and how to drop it. */
export interface TestDatabaseTarget {
  target: Parameters<typeof openDatabase>[0];
  /** Drops the database, ending any connection still open to it. */
  drop(): Promise<void>;
}

/** A fresh database: a copy of the migrated template on the embedded server, or a new, empty one on TEST_DATABASE_URL. */
export async function createTestDatabaseTarget(
  kind: "postgres" | "neon",
): Promise<TestDatabaseTarget> {
  const name = freshName();
  if (kind === "postgres") {
    const adminUrl = inject("embeddedPostgresUrl");
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}" template "${inject("embeddedTemplate")}"`);
    await admin.end();
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      target: { kind: "postgres", url: url.toString() },
      async drop() {
        const cleanup = new pg.Client({ connectionString: adminUrl });
        await cleanup.connect();
        await cleanup.query(`drop database if exists "${name}" with (force)`);
        await cleanup.end();
      },
    };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const wsProxy = await neonRelay();
  // openDatabase configures the driver for the relay; run it once before the admin client.
  const bootstrap = await openDatabase({ kind: "neon", url: adminUrl, wsProxy });
  await bootstrap.close();
  const admin = new Client(adminUrl);
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    target: { kind: "neon", url: url.toString(), wsProxy },
    async drop() {
      const cleanup = new Client(adminUrl);
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}

/** A fresh database (see createTestDatabaseTarget), opened. */
export async function createTestDatabase(kind: "postgres" | "neon"): Promise<TestDatabase> {
  const { target, drop } = await createTestDatabaseTarget(kind);
  const handle = await openDatabase(target);
  return {
    handle,
    target,
    async destroy() {
      await handle.close();
      await drop();
    },
  };
}
