import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from "vitest";
import { sessionStorage } from "#app/accounts/auth.server.ts";
import { countUsers } from "#app/accounts/users.server.ts";
import { activityEvents, apiTokens, users } from "#db/schema/index.ts";
import { signedInUser, TEST_PASSWORD } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { windowWithRoom } from "#tests/support/rate-limit.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;

/** The sign-in slow-down in small steps, so its waits are measurable without slowing the suite. */
const SLOW_DOWN = { free: 3, firstMs: 40, maxMs: 160 };

beforeAll(async () => {
  services = await createTestServices({
    shared: { rateLimits: { loginByAccount: { slowDown: SLOW_DOWN } } },
  });
  http = await startHttp(services);
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

const db = () => services.database.db;
const url = (path: string) => `${http.url}${path}`;
const form = (values: Record<string, string>) => new URLSearchParams(values);
const sameOrigin = () => ({ origin: http.url });

async function events(type: string) {
  return db()
    .select()
    .from(activityEvents)
    .where(eq(activityEvents.type, type))
    .orderBy(desc(activityEvents.createdAt));
}

function postForm(
  path: string,
  values: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return fetch(url(path), {
    method: "POST",
    body: form(values),
    headers: { ...sameOrigin(), ...headers },
    redirect: "manual",
  });
}

/** The messages a form page shows under its password field. */
function passwordFieldErrors(html: string): string[] {
  const list = /<ul id="[^"]*-password-error"[^>]*>(.*?)<\/ul>/s.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<li>(.*?)<\/li>/g)].map((m) => m[1]!);
}

describe("first run", () => {
  test("onboarding creates the first admin once, signs them in, and is gone afterwards", async () => {
    expect(await countUsers(db())).toBe(0);
    const home = await fetch(url("/"), { redirect: "manual" });
    expect(home.status).toBe(302);
    expect(home.headers.get("location")).toBe("/onboarding");

    const common = await postForm("/onboarding", {
      name: "Ada",
      email: "ada@example.com",
      password: "password1234",
      confirmPassword: "password1234",
    });
    expect(common.status).toBe(400);
    expect(passwordFieldErrors(await common.text())).toEqual([
      "This is one of the most common passwords: choose another",
    ]);
    expect(await countUsers(db())).toBe(0);

    const mismatch = await postForm("/onboarding", {
      name: "Ada",
      email: "ada@example.com",
      password: "correct-horse-battery",
      confirmPassword: "something-else-entirely",
    });
    expect(mismatch.status).toBe(400);
    expect(await countUsers(db())).toBe(0);

    const created = await postForm("/onboarding", {
      name: "Ada",
      email: "Ada@Example.com",
      password: "correct-horse-battery",
      confirmPassword: "correct-horse-battery",
    });
    expect(created.status).toBe(302);
    const cookie = created.headers.get("set-cookie")!.split(";")[0]!;
    const [ada] = await db().select().from(users).where(eq(users.email, "ada@example.com"));
    expect(ada).toMatchObject({ role: "admin", name: "Ada" });
    expect(ada!.passwordHash).toMatch(/^\$argon2id\$/);

    const me = await fetch(url("/api/v1/me"), { headers: { cookie } });
    expect((await me.json()).data.user.email).toBe("ada@example.com");

    expect((await fetch(url("/onboarding"))).status).toBe(404);
    const again = await postForm("/onboarding", {
      name: "Mallory",
      email: "mallory@example.com",
      password: "correct-horse-battery",
      confirmPassword: "correct-horse-battery",
    });
    expect(again.status).toBe(404);
    expect(await countUsers(db())).toBe(1);
  });
});

describe("signing in and out", () => {
  test("a good password signs in, sets a hardened cookie, and returns to where the person was going", async () => {
    const { user } = await signedInUser(services, "viewer");
    const page = await fetch(url("/settings/tokens"), { redirect: "manual" });
    expect(page.headers.get("location")).toBe("/login?redirectTo=%2Fsettings%2Ftokens");

    const response = await postForm("/login", {
      email: user.email.toUpperCase(),
      password: TEST_PASSWORD,
      redirectTo: "/settings/tokens",
    });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/settings/tokens");
    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/^__nexus_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=604800/);
    expect(setCookie).not.toMatch(/Secure/i);
    const signedIn = await fetch(url("/settings/tokens"), {
      headers: { cookie: setCookie.split(";")[0]! },
    });
    expect(signedIn.status).toBe(200);

    const [refreshed] = await db().select().from(users).where(eq(users.id, user.id));
    expect(refreshed!.lastLoginAt).not.toBeNull();
    expect((await events("auth.login")).some((e) => e.actorId === user.id)).toBe(true);
  });

  test("the cookie is Secure when the request came over HTTPS through the local proxy", async () => {
    const { user } = await signedInUser(services, "viewer");
    const response = await postForm(
      "/login",
      { email: user.email, password: TEST_PASSWORD },
      { "x-forwarded-proto": "https", origin: http.url.replace("http:", "https:") },
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("set-cookie")).toMatch(/Secure/i);
  });

  test("an off-site redirectTo is ignored", async () => {
    const { user } = await signedInUser(services, "viewer");
    const response = await postForm("/login", {
      email: user.email,
      password: TEST_PASSWORD,
      redirectTo: "//evil.example/phish",
    });
    expect(response.headers.get("location")).toBe("/");
  });

  test("a wrong password and an unknown e-mail get the same generic error, and are audited", async () => {
    const { user } = await signedInUser(services, "viewer");
    const wrong = await postForm("/login", { email: user.email, password: "not-the-password" });
    const unknown = await postForm("/login", {
      email: "nobody@example.com",
      password: "whatever-it-is",
    });
    expect(wrong.status).toBe(400);
    expect(unknown.status).toBe(400);
    expect(wrong.headers.get("set-cookie")).toBeNull();
    for (const body of [await wrong.text(), await unknown.text()]) {
      expect(body).toContain("Invalid e-mail or password.");
    }
    const failed = await events("auth.login_failed");
    expect(failed.map((e) => e.actorLabel)).toEqual(
      expect.arrayContaining([user.email, "nobody@example.com"]),
    );
    expect(JSON.stringify(failed)).not.toContain("not-the-password");
  });

  test("a disabled account cannot sign in, and its open session stops working", async () => {
    const { user, cookie } = await signedInUser(services, "operator");
    await db().update(users).set({ disabled: true }).where(eq(users.id, user.id));
    const response = await postForm("/login", { email: user.email, password: TEST_PASSWORD });
    expect(response.status).toBe(400);
    const api = await fetch(url("/api/v1/me"), { headers: { cookie } });
    expect(api.status).toBe(401);
  });

  test("sign-out is POST only and ends the session", async () => {
    expect((await fetch(url("/logout"))).status).toBe(405);
    const { cookie } = await signedInUser(services, "viewer");
    const response = await postForm("/logout", {}, { cookie });
    expect(response.status).toBe(302);
    const cleared = response.headers.get("set-cookie")!.split(";")[0]!;
    expect((await fetch(url("/api/v1/me"), { headers: { cookie: cleared } })).status).toBe(401);
  });

  test("a sign-in form posted from another site is refused", async () => {
    const response = await postForm(
      "/login",
      { email: "x@example.com", password: "y" },
      { origin: "https://evil.example" },
    );
    expect(response.status).toBe(403);
  });

  // Two more sets of services, each with a freshly migrated database: slow on a busy machine.
  test("a session signed with a retired secret still works while it is listed", {
    timeout: 120_000,
  }, async () => {
    const { cookie } = await signedInUser(services, "viewer");
    const sessionId = (await sessionStorage(services).getSession(cookie)).get("sessionId");
    expect(sessionId).toEqual(expect.any(String));
    const rotated = await createTestServices({
      env: { SESSION_SECRET: `${"n".repeat(40)},${services.config.secrets.session[0]}` },
    });
    const fresh = await createTestServices({ env: { SESSION_SECRET: "n".repeat(40) } });
    try {
      expect((await sessionStorage(rotated).getSession(cookie)).get("sessionId")).toBe(sessionId);
      expect((await sessionStorage(fresh).getSession(cookie)).get("sessionId")).toBeUndefined();
    } finally {
      await rotated.destroy();
      await fresh.destroy();
    }
  });

  test("after sign-out, a copy of the old cookie no longer works", async () => {
    const { cookie } = await signedInUser(services, "viewer");
    expect((await fetch(url("/api/v1/me"), { headers: { cookie } })).status).toBe(200);
    await postForm("/logout", {}, { cookie });
    expect((await fetch(url("/api/v1/me"), { headers: { cookie } })).status).toBe(401);
  });

  test("a new password ends the person's open sessions", async () => {
    const { user, cookie } = await signedInUser(services, "operator");
    const admin = await signedInUser(services, "admin");
    const changed = await fetch(url(`/api/v1/users/${user.id}`), {
      method: "PATCH",
      headers: { authorization: `Bearer ${admin.token}`, "content-type": "application/json" },
      body: JSON.stringify({ password: "a-completely-new-passphrase" }),
    });
    expect(changed.status).toBe(200);
    expect((await fetch(url("/api/v1/me"), { headers: { cookie } })).status).toBe(401);
  });
});

describe("sign-in limits", () => {
  let addresses = 0;
  /** A client address of its own (the test server trusts X-Forwarded-For from loopback). */
  const address = () => `198.51.100.${++addresses}`;
  const signIn = (email: string, password: string, from: string) =>
    postForm("/login", { email, password }, { "x-forwarded-for": from });

  test("one address guessing one account's password gets 429 with Retry-After, even with the right password", async () => {
    const { user } = await signedInUser(services, "viewer");
    const attacker = address();
    // All ten in one window of the limit (see windowWithRoom).
    await windowWithRoom(
      services.rateLimiter,
      services.rateLimiter.rules.loginByAccountAndIp,
      20_000,
    );
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await signIn(user.email, "wrong-password", attacker)).status);
    expect(statuses).toEqual(Array(10).fill(400));
    const limited = await signIn(user.email, TEST_PASSWORD, attacker);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.text()).toContain("Too many sign-in attempts");
    // The same address may still sign in to another account: the limit is per (account, address).
    const other = await signedInUser(services, "viewer");
    expect((await signIn(other.user.email, TEST_PASSWORD, attacker)).status).toBe(302);
  });

  test("a stranger's failures from other addresses cannot lock the owner out, only slow them down", async () => {
    const { user } = await signedInUser(services, "viewer");
    const owner = address();
    for (let stranger = 0; stranger < 3; stranger++) {
      const from = address();
      const statuses: number[] = [];
      for (let i = 0; i < 12; i++)
        statuses.push((await signIn(user.email, "a-wrong-guess", from)).status);
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(400));
      expect(statuses.slice(10)).toEqual([429, 429]);
    }
    const started = performance.now();
    const response = await signIn(user.email, TEST_PASSWORD, owner);
    const took = performance.now() - started;
    expect(response.status).toBe(302);
    expect(response.headers.get("set-cookie")).toMatch(/^__nexus_session=/);
    // Slowed down by the account's recent failures, by at most the schedule's longest wait.
    expect(took).toBeGreaterThanOrEqual(SLOW_DOWN.maxMs);
  });

  test("failures against one account are answered more and more slowly, from any address", async () => {
    const { user } = await signedInUser(services, "viewer");
    const took: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      expect((await signIn(user.email, "a-wrong-guess", address())).status).toBe(400);
      took.push(performance.now() - started);
    }
    // 3 free, then 40, 80, 160, 160 ms (SLOW_DOWN) before the password is even checked.
    expect(took[3]).toBeGreaterThanOrEqual(40);
    expect(took[4]).toBeGreaterThanOrEqual(80);
    expect(took[5]).toBeGreaterThanOrEqual(160);
    expect(took[6]).toBeGreaterThanOrEqual(160);
  });

  test("attempts refused with 429 do not count against the address", async () => {
    const { user } = await signedInUser(services, "viewer");
    const other = await signedInUser(services, "viewer");
    const from = address();
    // The whole run in one window of each limit: a run that crosses into the next window is let
    // through one or two more than the limit (the previous window counts only in part).
    const { rules } = services.rateLimiter;
    await windowWithRoom(services.rateLimiter, rules.loginByIp, 20_000);
    await windowWithRoom(services.rateLimiter, rules.loginByAccountAndIp, 20_000);
    for (let i = 0; i < 10; i++) await signIn(user.email, "wrong-password", from);
    for (let i = 0; i < 15; i++) {
      expect((await signIn(user.email, "wrong-password", from)).status).toBe(429);
    }
    // 10 failures so far, of the 20 a minute this address may make.
    for (let i = 0; i < 9; i++) {
      expect((await signIn(other.user.email, "wrong-password", from)).status).toBe(400);
    }
    expect((await signIn(other.user.email, TEST_PASSWORD, from)).status).toBe(302);
  });

  test("successful sign-ins do not count, and one clears its address's failures", async () => {
    const { user } = await signedInUser(services, "viewer");
    const from = address();
    // More successes than the per-address (20 a minute) and per-pair (10) limits allow failures.
    for (let i = 0; i < 22; i++) {
      expect((await signIn(user.email, TEST_PASSWORD, from)).status, `sign-in ${i + 1}`).toBe(302);
    }
    const other = await signedInUser(services, "viewer");
    const mine = address();
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 9; i++) {
        expect((await signIn(other.user.email, "typo-password", mine)).status).toBe(400);
      }
      expect((await signIn(other.user.email, TEST_PASSWORD, mine)).status).toBe(302);
    }
  });
});

describe("API tokens", () => {
  test("created once, stored only as a hash, listed without the secret, revoked for good", async () => {
    const { cookie } = await signedInUser(services, "operator");
    const created = await fetch(url("/api/v1/tokens"), {
      method: "POST",
      headers: { cookie, ...sameOrigin(), "content-type": "application/json" },
      body: JSON.stringify({ name: "nightly export", scope: "write" }),
    });
    expect(created.status).toBe(201);
    const { data } = await created.json();
    expect(data.token).toMatch(/^nxs_[A-Za-z0-9]{10}_[\w-]{32}$/);
    expect(data.token.startsWith(`nxs_${data.prefix}_`)).toBe(true);

    const [row] = await db().select().from(apiTokens).where(eq(apiTokens.id, data.id));
    // The secret is everything after `nxs_<prefix>_` (it may itself contain "_").
    const secret = data.token.slice(`nxs_${data.prefix}_`.length);
    expect(secret).toHaveLength(32);
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const bearer = { authorization: `Bearer ${data.token}` };
    const me = await (await fetch(url("/api/v1/me"), { headers: bearer })).json();
    expect(me.data).toMatchObject({ via: "token", effectiveRole: "operator", tokenId: data.id });
    const [used] = await db().select().from(apiTokens).where(eq(apiTokens.id, data.id));
    expect(used!.lastUsedAt).not.toBeNull();

    const list = await (await fetch(url("/api/v1/tokens"), { headers: bearer })).json();
    expect(list.data.map((t: { id: string }) => t.id)).toContain(data.id);
    expect(JSON.stringify(list)).not.toContain(data.token);

    const revoked = await fetch(url(`/api/v1/tokens/${data.id}`), {
      method: "DELETE",
      headers: bearer,
    });
    expect(revoked.status).toBe(200);
    expect((await revoked.json()).data.revokedAt).not.toBeNull();
    expect((await fetch(url("/api/v1/me"), { headers: bearer })).status).toBe(401);
    expect((await events("token.created")).some((e) => e.subjectId === data.id)).toBe(true);
    expect((await events("token.revoked")).some((e) => e.subjectId === data.id)).toBe(true);
  });

  test("a scope above the caller's role is refused", async () => {
    const viewer = await signedInUser(services, "viewer");
    const response = await fetch(url("/api/v1/tokens"), {
      method: "POST",
      headers: { authorization: `Bearer ${viewer.token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "escalate", scope: "admin" }),
    });
    expect(response.status).toBe(403);
    // A narrower admin token cannot mint a wider one either.
    const admin = await signedInUser(services, "admin", "read");
    const narrow = await fetch(url("/api/v1/tokens"), {
      method: "POST",
      headers: { authorization: `Bearer ${admin.token}`, "content-type": "application/json" },
      body: JSON.stringify({ name: "escalate", scope: "write" }),
    });
    expect(narrow.status).toBe(403);
  });

  test("bad token input is a 400 naming the field, and nothing is created", async () => {
    const { token, user } = await signedInUser(services, "admin");
    const before = await db().select().from(apiTokens).where(eq(apiTokens.userId, user.id));
    for (const body of [
      { name: "", scope: "read" },
      { name: "x", scope: "root" },
      { name: "x", scope: "read", expiresAt: "2001-01-01T00:00:00Z" },
      { name: "x", scope: "read", extra: 1 },
    ]) {
      const response = await fetch(url("/api/v1/tokens"), {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    const after = await db().select().from(apiTokens).where(eq(apiTokens.userId, user.id));
    expect(after).toHaveLength(before.length);
  });

  test("someone else's token is invisible unless you manage tokens", async () => {
    const owner = await signedInUser(services, "operator");
    const other = await signedInUser(services, "operator");
    const admin = await signedInUser(services, "admin");
    const path = url(`/api/v1/tokens/${owner.tokenRow.id}`);
    expect(
      (await fetch(path, { headers: { authorization: `Bearer ${other.token}` } })).status,
    ).toBe(404);
    const del = await fetch(path, {
      method: "DELETE",
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(del.status).toBe(404);
    expect(
      (await fetch(path, { headers: { authorization: `Bearer ${admin.token}` } })).status,
    ).toBe(200);
    const all = await fetch(url("/api/v1/tokens?all=true"), {
      headers: { authorization: `Bearer ${other.token}` },
    });
    expect(all.status).toBe(403);
  });
});

describe("new passwords", () => {
  const COMMON = "This is one of the most common passwords: choose another";
  const SPACES = "A password cannot be only spaces";

  test("the API refuses a common or blank password with 400 naming the field, and creates nothing", async () => {
    const admin = await signedInUser(services, "admin");
    const headers = { authorization: `Bearer ${admin.token}`, "content-type": "application/json" };
    for (const [password, message] of [
      ["password1234", COMMON],
      ["Password1234", COMMON],
      [" ".repeat(16), SPACES],
      ["aaaaaaaaaaaa", expect.stringMatching(/^This password is too easy to guess/)],
    ] as const) {
      const response = await fetch(url("/api/v1/users"), {
        method: "POST",
        headers,
        body: JSON.stringify({ email: "weak@example.com", name: "Weak", password, role: "viewer" }),
      });
      expect(response.status, password).toBe(400);
      const body = await response.json();
      expect(body.error.code).toBe("VALIDATION_FAILED");
      expect(body.error.details.issues).toEqual([{ in: "body", path: "password", message }]);
    }
    expect(await db().select().from(users).where(eq(users.email, "weak@example.com"))).toEqual([]);
  });

  test("setting a common password through the API is refused, and the old one still works", async () => {
    const { user } = await signedInUser(services, "viewer");
    const admin = await signedInUser(services, "admin");
    const response = await fetch(url(`/api/v1/users/${user.id}`), {
      method: "PATCH",
      headers: { authorization: `Bearer ${admin.token}`, "content-type": "application/json" },
      body: JSON.stringify({ password: "qwertyuiop123" }),
    });
    expect(response.status).toBe(400);
    expect((await response.json()).error.details.issues).toEqual([
      { in: "body", path: "password", message: COMMON },
    ]);
    const [after] = await db().select().from(users).where(eq(users.id, user.id));
    expect(after!.passwordHash).toBe(user.passwordHash);
  });

  test("the Users page shows why a password is refused on its field", async () => {
    const admin = await signedInUser(services, "admin");
    const response = await postForm(
      "/users",
      {
        intent: "create",
        name: "Carol",
        email: "carol@example.com",
        password: "password1234",
        role: "viewer",
      },
      { cookie: admin.cookie },
    );
    expect(response.status).toBe(400);
    expect(passwordFieldErrors(await response.text())).toEqual([COMMON]);
    expect(await db().select().from(users).where(eq(users.email, "carol@example.com"))).toEqual([]);
  });

  test("the common-password list and its estimator never reach a browser", async () => {
    // The test setup built the app; its browser files are what a page would load.
    const dir = path.resolve(import.meta.dirname, "../../public/build");
    const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".js"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const text = await readFile(path.join(dir, file), "utf8");
      expect(text, file).not.toMatch(/zxcvbn|passwords-common/i);
    }
  });

  test("the CLI refuses a common password before it opens the database", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "nexus-cli-"));
    onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
    const run = (args: string[]) =>
      new Promise<{ code: number | null; output: string }>((resolve) => {
        const child = spawn(process.execPath, ["--import", "tsx", "scripts/nexus.ts", ...args], {
          cwd: path.resolve(import.meta.dirname, "../.."),
          env: {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            NEXUS_DATA_DIR: dataDir,
          } as unknown as NodeJS.ProcessEnv,
          stdio: ["ignore", "pipe", "pipe"],
        });
        // One that hangs past the test's timeout must not outlive the run.
        onTestFinished(() => {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
        });
        let output = "";
        child.stdout.on("data", (d) => (output += d));
        child.stderr.on("data", (d) => (output += d));
        child.once("exit", (code) => resolve({ code, output }));
      });
    const [created, changed] = await Promise.all([
      run([
        "users:create",
        "--email",
        "x@example.com",
        "--password",
        "password1234",
        "--role",
        "viewer",
      ]),
      run(["users:set-password", "--email", "x@example.com", "--password", " ".repeat(14)]),
    ]);
    expect(created.code).toBe(2);
    expect(created.output).toContain(`--password: ${COMMON}`);
    expect(changed.code).toBe(2);
    expect(changed.output).toContain(`--password: ${SPACES}`);
  });
});

describe("managing people", () => {
  test("admins create accounts; duplicates conflict; role changes are audited", async () => {
    const admin = await signedInUser(services, "admin");
    const headers = { authorization: `Bearer ${admin.token}`, "content-type": "application/json" };
    const body = {
      email: "grace@example.com",
      name: "Grace",
      password: "correct-horse-battery",
      role: "viewer",
    };
    const created = await fetch(url("/api/v1/users"), {
      method: "POST",
      headers,
      body: JSON.stringify(body),
    });
    expect(created.status).toBe(201);
    const { data: grace } = await created.json();
    expect(grace).not.toHaveProperty("passwordHash");
    const dup = await fetch(url("/api/v1/users"), {
      method: "POST",
      headers,
      body: JSON.stringify({ ...body, email: "GRACE@example.com" }),
    });
    expect(dup.status).toBe(409);

    const patched = await fetch(url(`/api/v1/users/${grace.id}`), {
      method: "PATCH",
      headers,
      body: JSON.stringify({ role: "operator" }),
    });
    expect((await patched.json()).data.role).toBe("operator");
    const [event] = (await events("user.role_changed")).filter((e) => e.subjectId === grace.id);
    expect(event).toMatchObject({
      actorId: admin.user.id,
      data: { from: "viewer", to: "operator" },
    });

    const bad = await fetch(url(`/api/v1/users/${grace.id}`), {
      method: "PATCH",
      headers,
      body: JSON.stringify({ role: "owner", disabled: "yes" }),
    });
    expect(bad.status).toBe(400);
    const [unchanged] = await db().select().from(users).where(eq(users.id, grace.id));
    expect(unchanged!.role).toBe("operator");
  });

  test("the Users page saves nothing when the form has an error", async () => {
    const admin = await signedInUser(services, "admin");
    const before = await db().select().from(users);
    const response = await postForm(
      "/users",
      {
        intent: "create",
        name: "Bob",
        email: "bob@example.com",
        password: "short",
        role: "viewer",
      },
      { cookie: admin.cookie },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Use at least 12 characters");
    expect(await db().select().from(users)).toHaveLength(before.length);
    const ok = await postForm(
      "/users",
      {
        intent: "create",
        name: "Bob",
        email: "bob@example.com",
        password: "long-enough-pass",
        role: "viewer",
      },
      { cookie: admin.cookie },
    );
    expect(ok.status).toBe(200);
    const taken = await postForm(
      "/users",
      {
        intent: "create",
        name: "Bob 2",
        email: "BOB@example.com",
        password: "long-enough-pass",
        role: "viewer",
      },
      { cookie: admin.cookie },
    );
    expect(taken.status).toBe(409);
    expect(await taken.text()).toContain("Someone already has this e-mail");
  });

  test("the last active admin cannot be demoted or disabled", async () => {
    const lone = await createTestServices();
    try {
      const admin = await signedInUser(lone, "admin");
      const { updateUser, LastAdminError } = await import("#app/accounts/users.server.ts");
      const actor = { id: admin.user.id, label: admin.user.email };
      await expect(
        updateUser(lone.database.db, admin.user.id, { role: "viewer" }, actor),
      ).rejects.toThrow(LastAdminError);
      await expect(
        updateUser(lone.database.db, admin.user.id, { disabled: true }, actor),
      ).rejects.toThrow(LastAdminError);
      const second = await signedInUser(lone, "admin");
      const demoted = await updateUser(lone.database.db, admin.user.id, { role: "viewer" }, actor);
      expect(demoted!.role).toBe("viewer");
      expect(second.user.role).toBe("admin");
    } finally {
      await lone.destroy();
    }
  });
});
