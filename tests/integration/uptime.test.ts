import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createModule, deleteModule, type ModuleRow } from "#app/modules/modules.server.ts";
import { rollupUptime, startUptimeRollups, trimUptime } from "#app/modules/uptime.server.ts";
import { acquireLease, releaseLease } from "#app/utils/lease.server.ts";
import { moduleProbes, moduleUptimeDaily, moduleUptimeHourly } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { windowWithRoom } from "#tests/support/rate-limit.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** Anonymous calls per address per minute, small so the limit can be reached here. */
const ANONYMOUS_LIMIT = 30;

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;

beforeAll(async () => {
  services = await createTestServices({
    shared: { rateLimits: { apiAnonymous: { limit: ANONYMOUS_LIMIT } } },
  });
  http = await startHttp(services);
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

const system = { id: null, label: "test" };
let counter = 0;

async function newModule(overrides: Partial<Parameters<typeof createModule>[1]> = {}) {
  counter += 1;
  return createModule(
    services,
    {
      slug: `uptime_${counter}`,
      name: `Uptime ${counter}`,
      kind: "service",
      probeTimeoutMs: 2000,
      ...overrides,
    },
    system,
  );
}

/** Probe rows as the probe scheduler writes them, at the times given. */
async function insertProbes(
  module: ModuleRow,
  probes: { at: Date; ok: boolean; latencyMs: number; error?: string }[],
) {
  await services.database.db.insert(moduleProbes).values(
    probes.map((p) => ({
      moduleId: module.id,
      ok: p.ok,
      httpStatus: p.ok ? 200 : p.error ? null : 503,
      latencyMs: p.latencyMs,
      error: p.ok ? null : (p.error ?? "answered 503"),
      createdAt: p.at,
    })),
  );
}

const rowsOf = (table: typeof moduleUptimeHourly | typeof moduleUptimeDaily, moduleId: string) =>
  services.database.db
    .select()
    .from(table)
    .where(eq(table.moduleId, moduleId))
    .orderBy(asc(table.bucket));

/** The start of the UTC day `days` before today's. */
const dayStart = (days: number) => new Date(Math.floor(Date.now() / DAY) * DAY - days * DAY);

describe("rollups from probe rows", () => {
  test("hours and days get uptime, slow answers apart, and response times of the probes that were up", async () => {
    const module = await newModule();
    // Two days ago, at half past noon (UTC): a whole day of raw probes is still stored.
    const day = dayStart(2);
    const at = (hour: number, minute: number) =>
      new Date(day.getTime() + hour * HOUR + minute * 60_000);
    const now = at(12, 30);
    await insertProbes(module, [
      // 10:00-11:00: five answered (one slower than half the 2000 ms timeout), one timed out.
      { at: at(10, 1), ok: true, latencyMs: 100 },
      { at: at(10, 11), ok: true, latencyMs: 200 },
      { at: at(10, 21), ok: true, latencyMs: 300 },
      { at: at(10, 31), ok: true, latencyMs: 400 },
      { at: at(10, 41), ok: true, latencyMs: 1500 },
      { at: at(10, 51), ok: false, latencyMs: 2000, error: "no answer within 2000 ms" },
      // 11:00-12:00: four quick answers.
      ...[5, 20, 35, 50].map((minute) => ({ at: at(11, minute), ok: true, latencyMs: 50 })),
      // 12:00 so far: two failures.
      { at: at(12, 5), ok: false, latencyMs: 3 },
      { at: at(12, 20), ok: false, latencyMs: 4 },
      // The evening before: one answer.
      { at: at(-1, 10), ok: true, latencyMs: 80 },
      // More than a day before `now`: that hour may have been trimmed in part, so it is not rolled.
      { at: at(-13, 40), ok: true, latencyMs: 90 },
    ]);

    const written = await rollupUptime(services.database.db, {
      now,
      from: new Date(now.getTime() - DAY),
      until: now,
    });
    expect(written).toEqual({ hours: 4, days: 2 });

    const hours = await rowsOf(moduleUptimeHourly, module.id);
    expect(hours.map((h) => h.bucket.toISOString())).toEqual(
      [at(-1, 0), at(10, 0), at(11, 0), at(12, 0)].map((d) => d.toISOString()),
    );
    const [evening, ten, eleven, noon] = hours;
    expect(ten).toMatchObject({ probes: 6, up: 5, degraded: 1, down: 1 });
    expect(ten!.latencyAvgMs).toBe(500);
    // percentile_cont(0.95) of 100, 200, 300, 400, 1500: 400 + 0.8 × 1100.
    expect(ten!.latencyP95Ms).toBeCloseTo(1280, 3);
    expect(ten).toMatchObject({ latencyMinMs: 100, latencyMaxMs: 1500 });
    expect(eleven).toMatchObject({
      probes: 4,
      up: 4,
      degraded: 0,
      down: 0,
      latencyAvgMs: 50,
      latencyP95Ms: 50,
      latencyMinMs: 50,
      latencyMaxMs: 50,
    });
    // No probe was up: no response time.
    expect(noon).toMatchObject({
      probes: 2,
      up: 0,
      down: 2,
      latencyAvgMs: null,
      latencyP95Ms: null,
      latencyMinMs: null,
      latencyMaxMs: null,
    });
    expect(evening).toMatchObject({ probes: 1, up: 1, latencyAvgMs: 80 });

    const days = await rowsOf(moduleUptimeDaily, module.id);
    expect(days.map((d) => d.bucket.toISOString())).toEqual(
      [dayStart(3), day].map((d) => d.toISOString()),
    );
    expect(days[0]).toMatchObject({ probes: 1, up: 1, degraded: 0, down: 0, latencyAvgMs: 80 });
    // 12 probes, 9 up: the average weighs each hour by its up probes, (5 × 500 + 4 × 50) / 9.
    expect(days[1]).toMatchObject({ probes: 12, up: 9, degraded: 1, down: 3 });
    expect(days[1]!.latencyAvgMs).toBeCloseTo(300, 3);
    expect(days[1]!.latencyP95Ms).toBeCloseTo(1280, 3);
    expect(days[1]).toMatchObject({ latencyMinMs: 50, latencyMaxMs: 1500 });

    // Rolled again, over the same range or only its last hours, the rows are the same.
    await rollupUptime(services.database.db, {
      now,
      from: new Date(now.getTime() - DAY),
      until: now,
    });
    await rollupUptime(services.database.db, { now });
    expect(await rowsOf(moduleUptimeHourly, module.id)).toEqual(hours);
    expect(await rowsOf(moduleUptimeDaily, module.id)).toEqual(days);

    // A late probe in a rolled hour replaces that hour's row and its day's, never adds one.
    await insertProbes(module, [{ at: at(11, 59), ok: false, latencyMs: 2000 }]);
    await rollupUptime(services.database.db, { now });
    const after = await rowsOf(moduleUptimeHourly, module.id);
    expect(after).toHaveLength(4);
    expect(after[2]).toMatchObject({ probes: 5, up: 4, down: 1 });
    const afterDays = await rowsOf(moduleUptimeDaily, module.id);
    expect(afterDays).toHaveLength(2);
    expect(afterDays[1]).toMatchObject({ probes: 13, up: 9, down: 4 });
  });

  test("rows are trimmed once their hour or day began more than 90 days ago", async () => {
    const module = await newModule();
    const day = dayStart(200);
    const probeAt = new Date(day.getTime() + 5 * HOUR + 15 * 60_000);
    await insertProbes(module, [{ at: probeAt, ok: true, latencyMs: 10 }]);
    await rollupUptime(services.database.db, { now: new Date(probeAt.getTime() + 60_000) });
    expect(await rowsOf(moduleUptimeHourly, module.id)).toHaveLength(1);
    expect(await rowsOf(moduleUptimeDaily, module.id)).toHaveLength(1);

    const ninety = 90 * DAY;
    // Exactly 90 days after the day began: both stay.
    await trimUptime(services.database.db, new Date(day.getTime() + ninety));
    expect(await rowsOf(moduleUptimeDaily, module.id)).toHaveLength(1);
    // A minute later the day goes; its 05:00 hour began later and stays until 05:00 + 90 days.
    const trimmed = await trimUptime(
      services.database.db,
      new Date(day.getTime() + ninety + 60_000),
    );
    expect(trimmed.days).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(moduleUptimeDaily, module.id)).toHaveLength(0);
    expect(await rowsOf(moduleUptimeHourly, module.id)).toHaveLength(1);
    await trimUptime(services.database.db, new Date(day.getTime() + 5 * HOUR + ninety + 60_000));
    expect(await rowsOf(moduleUptimeHourly, module.id)).toHaveLength(0);
  });

  test("the job rolls up only while it holds the lease, and its first turn catches up on the stored day", async () => {
    const module = await newModule();
    const now = Date.now();
    await insertProbes(module, [
      { at: new Date(now - 5 * HOUR), ok: true, latencyMs: 20 },
      { at: new Date(now - 60_000), ok: false, latencyMs: 2000 },
    ]);
    const db = services.database.db;
    // Another instance holds the lease: this one waits.
    expect(await acquireLease(db, "uptime-rollup", "other-instance", 60_000)).toBe(true);
    const stop = startUptimeRollups(services, { instanceId: "uptime-test", everyMs: 100 });
    try {
      await new Promise((r) => setTimeout(r, 600));
      expect(await rowsOf(moduleUptimeHourly, module.id)).toHaveLength(0);

      await releaseLease(db, "uptime-rollup", "other-instance");
      const deadline = Date.now() + 10_000;
      let hours = await rowsOf(moduleUptimeHourly, module.id);
      while (hours.length < 2 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        hours = await rowsOf(moduleUptimeHourly, module.id);
      }
      // The probe five hours old is in: the first turn looked back over the whole stored day.
      expect(hours.map((h) => [h.probes, h.up, h.down])).toEqual([
        [1, 1, 0],
        [1, 0, 1],
      ]);
      const days = await rowsOf(moduleUptimeDaily, module.id);
      expect(days.reduce((sum, d) => sum + d.probes, 0)).toBe(2);
    } finally {
      await stop();
    }
    // Stopping gives the lease up.
    expect(await acquireLease(db, "uptime-rollup", "other-instance", 1_000)).toBe(true);
    await releaseLease(db, "uptime-rollup", "other-instance");
  });
});

describe("the public status page and GET /api/v1/status", () => {
  let listed: ModuleRow;
  let secret: ModuleRow;
  let operator: Awaited<ReturnType<typeof signedInUser>>;
  let viewer: Awaited<ReturnType<typeof signedInUser>>;
  let address = 0;
  /** Each anonymous request from an address of its own, so none counts against another. */
  const anonymous = (path: string, headers: Record<string, string> = {}) => {
    address += 1;
    return fetch(`${http.url}${path}`, {
      headers: { "x-forwarded-for": `203.0.113.${address}`, ...headers },
      redirect: "manual",
    });
  };

  beforeAll(async () => {
    operator = await signedInUser(services, "operator");
    viewer = await signedInUser(services, "viewer");
    listed = await newModule({
      name: "Public Alpha",
      slug: "public_alpha",
      status: "active",
      healthEndpoint: "http://alpha.example.test/health",
      description: "alpha-description-not-public",
      public: true,
    });
    secret = await newModule({
      name: "Secret Beta",
      slug: "secret_beta",
      status: "error",
      healthEndpoint: "http://beta.internal.test/health",
      description: "beta-classified",
    });
    const now = Date.now();
    for (const module of [listed, secret]) {
      await insertProbes(module, [
        { at: new Date(now - 3 * HOUR), ok: true, latencyMs: 40 },
        { at: new Date(now - 2 * HOUR), ok: true, latencyMs: 60 },
        { at: new Date(now - HOUR), ok: true, latencyMs: 1900 },
        { at: new Date(now - 30_000), ok: false, latencyMs: 2000, error: "secret-error-9f3" },
      ]);
    }
    await rollupUptime(services.database.db, { from: new Date(now - DAY) });
  });

  test("the API answers without credentials, with only the public modules' names, status and uptime", async () => {
    const response = await anonymous("/api/v1/status");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=30");
    // Rate-limited like every call without credentials.
    expect(response.headers.get("ratelimit-limit")).toBe(String(ANONYMOUS_LIMIT));
    const text = await response.text();
    const { data } = JSON.parse(text);
    expect(Object.keys(data).sort()).toEqual([
      "generatedAt",
      "incidents",
      "modules",
      "status",
      "uptimePercent",
    ]);
    expect(data.incidents).toEqual([]);
    expect(data.modules).toHaveLength(1);
    const [module] = data.modules;
    expect(Object.keys(module).sort()).toEqual(["days", "name", "status", "uptimePercent"]);
    expect(module).toMatchObject({ name: "Public Alpha", status: "operational" });
    expect(module.days).toHaveLength(90);
    for (const day of module.days) {
      expect(Object.keys(day).sort()).toEqual(["date", "level", "probes", "uptimePercent"]);
    }
    const today = module.days.at(-1);
    expect(today.date).toBe(new Date().toISOString().slice(0, 10));
    // The four probes may straddle midnight; together they are 3 of 4 up.
    const probed = module.days.filter((d: { probes: number }) => d.probes > 0);
    expect(probed.reduce((sum: number, d: { probes: number }) => sum + d.probes, 0)).toBe(4);
    expect(module.uptimePercent).toBe(75);
    expect(data.uptimePercent).toBe(75);
    expect(module.days[0]).toEqual({
      date: expect.any(String),
      probes: 0,
      uptimePercent: null,
      level: "none",
    });
    for (const leak of [
      "Secret Beta",
      "secret_beta",
      "public_alpha",
      secret.id,
      listed.id,
      "beta.internal.test",
      "alpha.example.test",
      "alpha-description-not-public",
      "beta-classified",
      "secret-error-9f3",
    ]) {
      expect(text, leak).not.toContain(leak);
    }
  });

  test("the page renders without sign-in, without the app's navigation, and names no private module", async () => {
    const response = await anonymous("/status");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("cache-control")).toBe("public, max-age=30");
    const html = await response.text();
    expect(html).toContain("Public Alpha");
    expect(html).toContain("All systems operational");
    expect(html).toContain("75.00%");
    expect(html).not.toContain('aria-label="Main"');
    expect(html).not.toContain('href="/modules"');
    expect(html).not.toContain("Sign out");
    // No incidents: no section for them.
    expect(html).not.toContain("Open incidents");
    // 90 bars, each saying what it stands for.
    const bars = html.match(/<span role="img" aria-label="[^"]+" title="[^"]+"/g) ?? [];
    expect(bars).toHaveLength(90);
    expect(html).toMatch(/aria-label="\d{1,2} \w{3} \d{4}: \d+\.\d\d% up, \d probes?[^"]*"/);
    for (const leak of [
      "Secret Beta",
      secret.id,
      listed.id,
      "beta.internal.test",
      "alpha.example.test",
      "alpha-description-not-public",
      "secret-error-9f3",
    ]) {
      expect(html, leak).not.toContain(leak);
    }
  });

  test("a signed-in visitor's page is never stored by a shared cache", async () => {
    const response = await fetch(`${http.url}/status`, { headers: { cookie: operator.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).not.toMatch(/public/);
    expect(await response.text()).toContain("Public Alpha");
  });

  test("the page and the API share the anonymous limit per address, and a refusal is a 429", async () => {
    const rule = services.rateLimiter.rules.apiAnonymous;
    const reset = await windowWithRoom(services.rateLimiter, rule, 20_000);
    const from = { "x-forwarded-for": "198.51.100.77" };
    const answers: number[] = [];
    for (let i = 0; i < ANONYMOUS_LIMIT; i++) {
      const path = i % 2 === 0 ? "/status" : "/api/v1/status";
      const response = await fetch(`${http.url}${path}`, { headers: from });
      await response.arrayBuffer();
      answers.push(response.status);
    }
    expect(Date.now(), "all requests fell in one window").toBeLessThan(reset);
    expect(answers.every((status) => status === 200)).toBe(true);
    const page = await fetch(`${http.url}/status`, { headers: from });
    expect(page.status).toBe(429);
    expect(Number(page.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(page.headers.get("cache-control")).toBe("no-store");
    expect(await page.text()).toContain("Too many requests");
    const api = await fetch(`${http.url}/api/v1/status`, { headers: from });
    expect(api.status).toBe(429);
    expect((await api.json()).error.code).toBe("RATE_LIMITED");
  });

  const patch = (id: string, body: unknown, token: string) =>
    fetch(`${http.url}/api/v1/modules/${id}`, {
      method: "PATCH",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });

  test("PATCH public needs write access, refuses a value that is not a boolean, and lists the module at once", async () => {
    expect((await patch(secret.id, { public: true }, viewer.token)).status).toBe(403);
    for (const value of ["yes", 1, null]) {
      const bad = await patch(secret.id, { public: value }, operator.token);
      expect(bad.status, JSON.stringify(value)).toBe(400);
      const { error } = await bad.json();
      expect(error.code).toBe("VALIDATION_FAILED");
      expect(error.details.issues).toContainEqual(
        expect.objectContaining({ in: "body", path: "public" }),
      );
    }
    const before = await (await anonymous("/api/v1/status")).json();
    expect(before.data.modules.map((m: { name: string }) => m.name)).toEqual(["Public Alpha"]);

    const ok = await patch(secret.id, { public: true }, operator.token);
    expect(ok.status).toBe(200);
    expect((await ok.json()).data.public).toBe(true);
    const after = await (await anonymous("/api/v1/status")).json();
    expect(
      after.data.modules.map((m: { name: string; status: string }) => [m.name, m.status]),
    ).toEqual([
      ["Public Alpha", "operational"],
      ["Secret Beta", "down"],
    ]);
    expect(after.data.status).toBe("outage");

    expect((await patch(secret.id, { public: false }, operator.token)).status).toBe(200);
    const again = await (await anonymous("/api/v1/status")).json();
    expect(again.data.modules.map((m: { name: string }) => m.name)).toEqual(["Public Alpha"]);
  });

  test("the edit form marks a module public and back", async () => {
    const form = (publicValue: boolean, version: number) => {
      const values: Record<string, string> = {
        name: secret.name,
        slug: secret.slug,
        kind: secret.kind,
        status: "error",
        integrationLevel: "0",
        load: "0",
        probeIntervalSeconds: "30",
        probeTimeoutMs: "2000",
        healthEndpoint: secret.healthEndpoint ?? "",
        version: String(version),
      };
      if (publicValue) values.public = "on";
      return fetch(`${http.url}/modules/${secret.id}/edit`, {
        method: "POST",
        body: new URLSearchParams(values),
        headers: { cookie: operator.cookie, origin: http.url },
        redirect: "manual",
      });
    };
    const current = async () => {
      const response = await fetch(`${http.url}/api/v1/modules/${secret.id}`, {
        headers: { authorization: `Bearer ${operator.token}` },
      });
      return (await response.json()).data as { public: boolean; version: number };
    };
    let module = await current();
    expect((await form(true, module.version)).status).toBe(302);
    module = await current();
    expect(module.public).toBe(true);
    const page = await fetch(`${http.url}/modules/${secret.id}/edit`, {
      headers: { cookie: operator.cookie },
    });
    const checkbox = (await page.text()).match(/<input[^>]*name="public"[^>]*>/)?.[0];
    expect(checkbox).toContain('type="checkbox"');
    expect(checkbox).toContain('checked=""');
    expect((await form(false, module.version)).status).toBe(302);
    expect((await current()).public).toBe(false);
  });
});

describe("the module page", () => {
  test("shows 24 hourly, 30 and 90 daily uptime bars, each labelled, and the response times, server-rendered", async () => {
    const { cookie } = await signedInUser(services, "viewer");
    const module = await newModule({ name: "Charted", status: "active" });
    const now = Date.now();
    const hour = Math.floor(now / HOUR) * HOUR - 2 * HOUR;
    await insertProbes(module, [
      { at: new Date(hour + 10 * 60_000), ok: true, latencyMs: 120 },
      { at: new Date(hour + 20 * 60_000), ok: false, latencyMs: 2000 },
    ]);
    await rollupUptime(services.database.db, { from: new Date(now - DAY) });
    const response = await fetch(`${http.url}/modules/${module.id}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    const html = await response.text();
    for (const row of ["Last 24 hours", "Last 30 days", "Last 90 days"]) {
      expect(html).toContain(`aria-label="Uptime, ${row.toLowerCase()}"`);
    }
    const bars = html.match(/<span role="img" aria-label="([^"]+)" title="\1"/g) ?? [];
    expect(bars).toHaveLength(24 + 30 + 90);
    // The hour with the two probes, in the 24-hour row, and its day in both daily rows.
    expect(html).toMatch(/aria-label="[^"]+ UTC: 50\.00% up, 2 probes \(1 failed\)"/);
    expect(
      html.match(/aria-label="\d{1,2} \w{3} \d{4}: 50\.00% up, 2 probes \(1 failed\)"/g)?.length,
    ).toBeGreaterThanOrEqual(2);
    expect(html).toContain("Response time");
    expect(html).toContain("120 ms");
  });
});

describe("deleting a module", () => {
  test("takes its history with it", async () => {
    const module = await newModule();
    await insertProbes(module, [{ at: new Date(Date.now() - HOUR), ok: true, latencyMs: 5 }]);
    await rollupUptime(services.database.db, { from: new Date(Date.now() - DAY) });
    expect(await rowsOf(moduleUptimeHourly, module.id)).toHaveLength(1);
    await deleteModule(services, module.id, undefined, system);
    expect(await rowsOf(moduleUptimeHourly, module.id)).toHaveLength(0);
    expect(await rowsOf(moduleUptimeDaily, module.id)).toHaveLength(0);
  });
});
