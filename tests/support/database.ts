import { randomUUID } from "node:crypto";
import { Client } from "@neondatabase/serverless";
import { type DatabaseHandle, openDatabase } from "#db/client.ts";
import { startNeonRelay } from "./neon-relay.ts";

/**
 * The databases the integration tests run on: always embedded PGlite, and the machine's real
 * Postgres through the Neon driver when TEST_DATABASE_URL is set (CI sets it).
 */
export const testDatabaseKinds: ("pglite" | "neon")[] = process.env.TEST_DATABASE_URL
  ? ["pglite", "neon"]
  : ["pglite"];

export interface TestDatabase {
  handle: DatabaseHandle;
  target: Parameters<typeof openDatabase>[0];
  /** Closes the connection and drops the throwaway database (on Postgres). */
  destroy(): Promise<void>;
}

let relay: Awaited<ReturnType<typeof startNeonRelay>> | undefined;

async function neonRelay() {
  relay ??= await startNeonRelay();
  return relay.address;
}

/** A fresh, empty database: in-memory PGlite, or a new database on the real Postgres. */
export async function createTestDatabase(kind: "pglite" | "neon"): Promise<TestDatabase> {
  if (kind === "pglite") {
    const target = { kind: "pglite" as const };
    const handle = await openDatabase(target);
    return { handle, target, destroy: () => handle.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL is not set");
  const wsProxy = await neonRelay();
  const name = `nexus_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  // openDatabase configures the driver for the relay; run it once before the admin client.
  const bootstrap = await openDatabase({ kind: "neon", url: adminUrl, wsProxy });
  await bootstrap.close();
  const admin = new Client(adminUrl);
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const target = { kind: "neon" as const, url: url.toString(), wsProxy };
  const handle = await openDatabase(target);
  return {
    handle,
    target,
    async destroy() {
      await handle.close();
      const cleanup = new Client(adminUrl);
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    },
  };
}
