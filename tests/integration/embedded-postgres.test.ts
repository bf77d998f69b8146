import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { runningPostmaster } from "#db/embedded.ts";
import { migrate } from "#db/migrate.ts";
import { runNexusCli, startNexus, waitGone } from "#tests/support/nexus-process.ts";
import { freePort } from "#tests/support/ports.ts";
import { isAlive, processTree } from "#tests/support/processes.ts";

/**
 * The embedded default as a user lives with it: `npm start` runs a real Postgres server on the
 * data folder; the CLI and a second instance use it while NEXUS runs; a crash loses no write;
 * an install from the PGlite days keeps its data.
 */

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

const PASSWORD = "an-unusual-passphrase-for-tests-7";

async function dataFolder() {
  const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-embedded-"));
  cleanup.push(async () => {
    // Whatever a test left running on the folder goes with it.
    const postmaster = runningPostmaster(path.join(dataDir, "postgres"));
    if (postmaster) {
      process.kill(postmaster.pid, "SIGQUIT");
      await waitGone([postmaster.pid]);
    }
    await rm(dataDir, { recursive: true, force: true });
  });
  return dataDir;
}

async function nexusOn(dataDir: string, extra: Record<string, string> = {}) {
  const env = {
    NEXUS_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    PARTYKIT_PORT: String(await freePort()),
    ...extra,
  };
  const nexus = startNexus(env);
  cleanup.push(() => nexus.killTree());
  return { nexus, env, url: await nexus.ready };
}

async function tokenFor(dataDir: string, email: string) {
  await runNexusCli(
    ["users:create", "--email", email, "--password", PASSWORD, "--role", "operator"],
    { NEXUS_DATA_DIR: dataDir },
  );
  const output = await runNexusCli(
    ["tokens:create", "--email", email, "--name", "test", "--scope", "write"],
    { NEXUS_DATA_DIR: dataDir },
  );
  return output.trim().split("\n").at(-1)!;
}

const moduleBody = (slug: string) => JSON.stringify({ slug, name: slug, kind: "service" });

/** Every module's slug, through the API, page by page. */
async function slugsOf(url: string, headers: Record<string, string>): Promise<string[]> {
  const slugs: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await (
      await fetch(`${url}/api/v1/modules?limit=100${cursor ? `&cursor=${cursor}` : ""}`, {
        headers,
      })
    ).json();
    slugs.push(...page.data.map((m: { slug: string }) => m.slug));
    cursor = page.meta?.nextCursor ?? undefined;
  } while (cursor);
  return slugs;
}

describe("the embedded Postgres", () => {
  test("the CLI works while NEXUS runs, and a second npm start on the folder joins the same database", {
    timeout: 240_000,
  }, async () => {
    const dataDir = await dataFolder();
    const first = await nexusOn(dataDir);
    const postgres = runningPostmaster(path.join(dataDir, "postgres"));
    expect(postgres).toBeDefined();

    // Created by the CLI while NEXUS runs: the running NEXUS accepts it at once.
    const token = await tokenFor(dataDir, "cli@example.com");
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const me = await fetch(`${first.url}/api/v1/me`, { headers });
    expect(me.status).toBe(200);

    const second = await nexusOn(dataDir);
    // One server on the folder: the second instance joined it.
    expect(runningPostmaster(path.join(dataDir, "postgres"))?.pid).toBe(postgres!.pid);
    const created = await fetch(`${second.url}/api/v1/modules`, {
      method: "POST",
      headers,
      body: moduleBody("made-on-second"),
    });
    expect(created.status).toBe(201);
    expect(await slugsOf(first.url, headers)).toContain("made-on-second");

    // The second goes; the database stays for the first.
    second.nexus.child.kill("SIGTERM");
    expect(await second.nexus.exited).toBe(0);
    expect(isAlive(postgres!.pid)).toBe(true);
    expect((await fetch(`${first.url}/api/v1/me`, { headers })).status).toBe(200);
    first.nexus.child.kill("SIGTERM");
    expect(await first.nexus.exited).toBe(0);
    expect(await waitGone([postgres!.pid])).toEqual([]);

    // With NEXUS stopped the CLI starts the server for itself, and stops it again.
    await runNexusCli(
      ["users:set-password", "--email", "cli@example.com", "--password", `${PASSWORD}-2`],
      {
        NEXUS_DATA_DIR: dataDir,
      },
    );
    expect(runningPostmaster(path.join(dataDir, "postgres"))).toBeUndefined();
  });

  test("kill -9 under writes loses no acknowledged write; the next start adopts or recovers the server", {
    timeout: 240_000,
  }, async () => {
    const dataDir = await dataFolder();
    const first = await nexusOn(dataDir);
    const token = await tokenFor(dataDir, "writer@example.com");
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const acknowledged: string[] = [];
    let writing = true;
    const writers = Array.from({ length: 4 }, async (_, w) => {
      for (let i = 0; writing; i += 1) {
        const slug = `w${w}-${i}`;
        const answer = await fetch(`${first.url}/api/v1/modules`, {
          method: "POST",
          headers,
          body: moduleBody(slug),
        }).catch(() => undefined);
        if (answer?.status === 201) acknowledged.push(slug);
        if (!answer) return;
      }
    });
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThan(30);
    const tree = processTree(first.nexus.child.pid!);
    first.nexus.child.kill("SIGKILL");
    writing = false;
    await Promise.all(writers);
    const postgres = runningPostmaster(path.join(dataDir, "postgres"));
    // Only the database server outlives the crash (so nothing it acknowledged is lost).
    const left = await waitGone(tree.filter((pid) => pid !== postgres?.pid));
    for (const pid of left) expect(processTree(postgres!.pid)).toContain(pid);

    // And then the database server crashes too, leaving its postmaster.pid behind.
    process.kill(postgres!.pid, "SIGKILL");
    expect(await waitGone([postgres!.pid])).toEqual([]);
    await new Promise((r) => setTimeout(r, 500));
    const again = await nexusOn(dataDir);
    const slugs = await slugsOf(again.url, headers);
    console.log(
      `kill -9 under writes: ${acknowledged.length} acknowledged, ${slugs.length} stored after restart`,
    );
    for (const slug of acknowledged) expect(slugs).toContain(slug);
    again.nexus.child.kill("SIGTERM");
    expect(await again.nexus.exited).toBe(0);
  });

  test("an install from the PGlite days keeps its data: the first start copies it over", {
    timeout: 240_000,
  }, async () => {
    const dataDir = await dataFolder();
    // The old engine's folder, as NEXUS used to write it.
    const { PGlite } = await import("@electric-sql/pglite");
    const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
    const { drizzle } = await import("drizzle-orm/pglite");
    const old = await PGlite.create(path.join(dataDir, "pglite"), { extensions: { pg_trgm } });
    await migrate(drizzle(old) as never);
    await old.query(
      `insert into modules (slug, name, kind) values ('from-pglite', 'From PGlite', 'service')`,
    );
    await old.query(`insert into kg_nodes (label, kind) values ('Ünïcode label', 'concept')`);
    await old.close();

    const { nexus, url } = await nexusOn(dataDir, { LOG_LEVEL: "info" });
    expect(nexus.output()).toContain("upgraded:");
    const token = await tokenFor(dataDir, "upgrade@example.com");
    const headers = { authorization: `Bearer ${token}` };
    expect(await slugsOf(url, headers)).toContain("from-pglite");
    const search = await (
      await fetch(`${url}/api/v1/knowledge/search?q=${encodeURIComponent("Ünïcode")}`, { headers })
    ).json();
    expect(JSON.stringify(search)).toContain("Ünïcode label");
    // The old folder is kept aside, never read again.
    expect(
      await readFile(path.join(dataDir, "pglite", "PG_VERSION"), "utf8").catch(() => "gone"),
    ).toBe("gone");
    nexus.child.kill("SIGTERM");
    expect(await nexus.exited).toBe(0);
  });
});
