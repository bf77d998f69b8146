import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, inject, test } from "vitest";
import { createToken } from "#app/accounts/tokens.server.ts";
import { createUser } from "#app/accounts/users.server.ts";
import { createTestDatabase } from "#tests/support/database.ts";
import { startNexus } from "#tests/support/nexus-process.ts";
import { freePort } from "#tests/support/ports.ts";
import { startTcpProxy } from "#tests/support/tcp-proxy.ts";

/**
 * A database outage as a deployment on a shared Postgres meets it, on the server `npm start`
 * runs (the built app, one module graph): every answer is a 503 that says the database is down,
 * the log says so once and once more at recovery, and it recovers without a restart.
 */

const databaseUrl = process.env.TEST_DATABASE_URL;
const cleanup: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step().catch(() => {});
});

const secret = () => randomBytes(24).toString("base64url");

describe.skipIf(!databaseUrl)("Postgres outage, on the built server", () => {
  test("answers 503 UNAVAILABLE with Retry-After (never 500), logs once each way, recovers", {
    timeout: 180_000,
  }, async () => {
    const database = await createTestDatabase("neon");
    cleanup.push(() => database.destroy());
    const direct = new URL((database.target as { url: string }).url);
    const proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
    cleanup.push(() => proxy.stop());
    const viaProxy = new URL(direct);
    viaProxy.port = String(proxy.port);

    const nexus = startNexus({
      LOG_LEVEL: "info",
      LOG_FORMAT: "json",
      // The test's loop of requests with one token must meet the outage, not the API's limit.
      API_RATE_LIMIT: "1000000",
      PORT: String(await freePort()),
      DATABASE_URL: viaProxy.toString(),
      NEON_WS_PROXY: (database.target as { wsProxy: string }).wsProxy,
      SESSION_SECRET: secret(),
      NEXUS_ENCRYPTION_KEY: randomBytes(32).toString("hex"),
      PARTYKIT_HOST: inject("partykitUrl"),
      REALTIME_SECRET: inject("realtimeSecret"),
      REALTIME_PUSH_SECRET: inject("realtimePushSecret"),
    });
    cleanup.push(() => nexus.killTree());
    const url = await nexus.ready;

    const system = { id: null, label: "test" };
    const user = await createUser(
      database.handle.db,
      { email: "ops@example.com", name: "Ops", password: `${secret()}-long`, role: "operator" },
      system,
    );
    const { token } = await createToken(
      database.handle.db,
      user,
      { name: "outage", scope: "write" },
      system,
    );
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const create = (i: number) =>
      fetch(`${url}/api/v1/modules`, {
        method: "POST",
        headers,
        body: JSON.stringify({ slug: `outage-${i}`, name: `Outage ${i}`, kind: "service" }),
      });
    expect((await create(0)).status).toBe(201);
    expect((await fetch(`${url}/api/v1/modules`, { headers })).status).toBe(200);

    await proxy.stop();
    const answers: { what: string; status: number; code?: string; retryAfter: string | null }[] =
      [];
    const ask = async (what: string, response: Promise<Response>) => {
      const r = await response;
      const text = await r.text();
      let code: string | undefined;
      try {
        code = JSON.parse(text).error?.code;
      } catch {}
      answers.push({ what, status: r.status, code, retryAfter: r.headers.get("retry-after") });
    };
    const until = Date.now() + 3_000;
    for (let i = 1; Date.now() < until; i += 1) {
      await Promise.all([
        ask("list", fetch(`${url}/api/v1/modules`, { headers })),
        ask("create", create(i)),
        ask("me", fetch(`${url}/api/v1/me`, { headers })),
        ask("page", fetch(`${url}/login`)),
      ]);
    }
    const byStatus = new Map<number, number>();
    for (const a of answers) byStatus.set(a.status, (byStatus.get(a.status) ?? 0) + 1);
    console.log(
      `during the outage: ${answers.length} answers, ${[...byStatus]
        .map(([status, n]) => `${n} x ${status}`)
        .join(", ")}`,
    );
    expect(
      answers.filter((a) => a.status >= 500 && a.status !== 503),
      nexus.output(),
    ).toEqual([]);
    // A list may still be served from the cache; whatever needed the database said it is down.
    const refused = answers.filter((a) => a.status !== 200);
    for (const answer of refused.filter((a) => a.what !== "page")) {
      expect(answer).toMatchObject({ status: 503, code: "UNAVAILABLE", retryAfter: "5" });
    }
    for (const answer of refused.filter((a) => a.what === "page")) {
      expect(answer).toMatchObject({ status: 503, retryAfter: "5" });
    }
    for (const what of ["create", "me", "page"]) {
      expect(refused.filter((a) => a.what === what).length, what).toBeGreaterThan(0);
    }

    await proxy.start();
    await expect
      .poll(async () => (await fetch(`${url}/api/v1/ready`)).status, {
        timeout: 30_000,
        interval: 250,
      })
      .toBe(200);
    expect((await create(10_000)).status).toBe(201);

    const lines = nexus
      .output()
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg: string; level: number });
    const messages = (text: string) => lines.filter((l) => l.msg.startsWith(text)).length;
    expect(messages("database unavailable")).toBe(1);
    expect(messages("database is answering again")).toBe(1);
    expect(lines.filter((l) => l.level >= 50 && !l.msg.startsWith("database unavailable"))).toEqual(
      [],
    );
    nexus.child.kill("SIGTERM");
    expect(await nexus.exited).toBe(0);
  });
});
