import { chromium } from "@playwright/test";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createReview } from "#app/reviews/reviews.server.ts";
import { settleGoalRuns } from "#app/sage/goals.server.ts";
import { signedInUser, TEST_PASSWORD } from "#tests/support/accounts.ts";
import { type FakeOllama, startFakeOllama } from "#tests/support/fake-ollama.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";
import { loadBuild } from "../../server.ts";

/**
 * Security re-checks over the whole app: no secret reaches the logs, every page carries the
 * security headers and safe cookies, and hostile text stored through every free-text field is
 * rendered inert (docs/decisions/035-audit-and-security-checks.md).
 */

let ollama: FakeOllama;
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let admin: Awaited<ReturnType<typeof signedInUser>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ollama = await startFakeOllama();
  services = await createTestServices({ env: { OLLAMA_HOST: ollama.url } });
  http = await startHttp(services);
  admin = await signedInUser(services, "admin");
});
afterAll(async () => {
  await settleGoalRuns(services);
  await http?.close();
  await services?.destroy();
  await ollama?.close();
});

const sameOrigin = () => ({ origin: http.url, "sec-fetch-site": "same-origin" });

function api(method: string, path: string, body?: unknown, token = admin.token) {
  return fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Every page (UI route with a component) of the built app, with its parameters filled in. */
async function pageRoutes(fill: (param: string, routeId: string) => string): Promise<string[]> {
  const build: ServerBuild = await loadBuild();
  const fullPath = (id: string): string => {
    const route = build.routes[id]!;
    const own = route.path ?? "";
    const parent = route.parentId ? fullPath(route.parentId) : "";
    return [parent, own].filter(Boolean).join("/");
  };
  const paths = new Set<string>();
  for (const [id, route] of Object.entries(build.routes)) {
    if (id === "root" || id.startsWith("routes/api")) continue;
    if (!("default" in (route.module as object))) continue; // resource routes
    const template = `/${fullPath(id)}`.replace(/\/+/g, "/");
    paths.add(
      template
        .replace(/:(\w+)/g, (_m, param: string) => fill(param, id))
        .replace(/\*$/, "no-such-page"),
    );
  }
  return [...paths].sort();
}

describe("no secret in the logs", () => {
  test("sign-in, a wrong password, token creation and use, and a password change leave no password, token or session in any log line", async () => {
    // Its own admin: changing the password ends that person's sessions.
    const admin = await signedInUser(services, "admin");
    const wrongPassword = "wrong-password-Zq81-secret";
    const newPassword = "new-password-Vm42-secret-value";
    const login = (password: string) =>
      fetch(`${http.url}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", ...sameOrigin() },
        body: new URLSearchParams({ email: admin.user.email, password }),
      });
    const signedIn = await login(TEST_PASSWORD);
    expect(signedIn.status).toBe(302);
    const session = (signedIn.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(session).toMatch(/^__nexus_session=.+/);
    expect((await login(wrongPassword)).status).toBe(400);

    const created = await api("POST", "/tokens", { name: "log check", scope: "read" }, admin.token);
    expect(created.status).toBe(201);
    const { token } = (await created.json()).data as { token: string };
    expect((await api("GET", "/me", undefined, token)).status).toBe(200);
    expect((await api("GET", "/tokens", undefined, admin.token)).status).toBe(200);
    const page = await fetch(`${http.url}/settings/tokens`, { headers: { cookie: session } });
    expect(page.status).toBe(200);
    const changed = await api(
      "PATCH",
      `/users/${admin.user.id}`,
      { password: newPassword },
      admin.token,
    );
    expect(changed.status).toBe(200);
    expect((await login(newPassword)).status).toBe(302);

    const logs = services.logLines.map((line) => JSON.stringify(line)).join("\n");
    // The run was logged (requests, the sign-ins), so the search below means something.
    expect(services.logLines.filter((l) => l.msg === "request").length).toBeGreaterThan(5);
    const secrets = {
      password: TEST_PASSWORD,
      wrongPassword,
      newPassword,
      token,
      callerToken: admin.token,
      session: session.split("=")[1]!,
      sessionCookie: admin.cookie.split("=")[1]!,
    };
    for (const [name, secret] of Object.entries(secrets)) {
      expect(logs.includes(secret), `${name} appears in the logs`).toBe(false);
      // Also not its URL-encoded form (form bodies, query strings).
      expect(logs.includes(encodeURIComponent(secret)), `${name} (encoded)`).toBe(false);
    }
    expect(logs).not.toMatch(/\$argon2/);
    expect(logs).not.toMatch(/nxs_[A-Za-z0-9_-]{20,}/);
  });
});

describe("every page: security headers and cookies", () => {
  beforeAll(async () => {
    const module = await api("POST", "/modules", {
      slug: "header-walk",
      name: "Header walk",
      kind: "service",
    });
    ids.module = (await module.json()).data.id;
    const goal = await api("POST", "/sage/goals", { goal: "Check the headers" });
    ids.goal = (await goal.json()).data.id;
  });

  test("anonymous and signed in, every HTML answer has the CSP with its nonce on every script, and the framing, sniffing, referrer and opener headers", async () => {
    const pages = await pageRoutes((_param, routeId) =>
      routeId.includes("goals") ? ids.goal! : ids.module!,
    );
    expect(pages).toEqual(expect.arrayContaining(["/", "/login", "/modules", "/users"]));
    let checked = 0;
    for (const path of pages) {
      for (const who of ["anonymous", "admin"] as const) {
        const response = await fetch(`${http.url}${path}`, {
          redirect: "manual",
          headers: who === "admin" ? { cookie: admin.cookie } : {},
        });
        const where = `${who} ${path} (${response.status})`;
        expect(response.status, where).toBeLessThan(500);
        expect(response.headers.get("x-powered-by"), where).toBeNull();
        expect(response.headers.get("x-request-id"), where).toBeTruthy();
        for (const cookie of response.headers.getSetCookie()) {
          expect(cookie, where).toMatch(/;\s*HttpOnly/i);
          expect(cookie, where).toMatch(/;\s*SameSite=Lax/i);
          expect(cookie, where).toMatch(/;\s*Path=\//i);
        }
        if (!(response.headers.get("content-type") ?? "").startsWith("text/html")) continue;
        checked += 1;
        const csp = response.headers.get("content-security-policy") ?? "";
        const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
        expect(nonce, where).toBeTruthy();
        expect(csp, where).toContain("object-src 'none'");
        expect(csp, where).toContain("frame-ancestors 'none'");
        expect(csp, where).toContain("base-uri 'self'");
        expect(csp, where).not.toContain("unsafe-inline");
        expect(csp, where).not.toContain("unsafe-eval");
        expect(response.headers.get("x-frame-options"), where).toBe("DENY");
        expect(response.headers.get("x-content-type-options"), where).toBe("nosniff");
        expect(response.headers.get("referrer-policy"), where).toBe(
          "strict-origin-when-cross-origin",
        );
        expect(response.headers.get("cross-origin-opener-policy"), where).toBe("same-origin");
        const html = await response.text();
        const scripts = html.match(/<script\b[^>]*>/g) ?? [];
        expect(scripts.length, where).toBeGreaterThan(0);
        for (const tag of scripts) expect(tag, where).toContain(`nonce="${nonce}"`);
        if (who === "admin") {
          // A signed-in page is for one person: never stored by a shared cache.
          expect(response.headers.get("cache-control") ?? "", where).not.toMatch(/public/);
        }
      }
    }
    console.log(`headers: ${pages.length} pages, ${checked} HTML answers checked`);
    expect(checked).toBeGreaterThan(pages.length);
  });
});

describe("HSTS: only over HTTPS", () => {
  let production: TestServices;
  let productionHttp: Awaited<ReturnType<typeof startHttp>>;
  beforeAll(async () => {
    production = await createTestServices({ env: { NODE_ENV: "production" } });
    productionHttp = await startHttp(production);
    // An install with an account: pages are not all a redirect to the onboarding.
    await signedInUser(production, "admin");
  });
  afterAll(async () => {
    await productionHttp?.close();
    await production?.destroy();
  });

  const hsts = async (base: string, path: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${base}${path}`, { redirect: "manual", headers });
    expect(response.status, path).toBe(200);
    expect(response.headers.get("content-type") ?? "", path).toMatch(/^text\/html/);
    await response.arrayBuffer();
    return response.headers.get("strict-transport-security");
  };
  const overHttps = { "x-forwarded-proto": "https" };

  test("in production, a page and the API reference get it when the loopback proxy says https, never over plain HTTP", async () => {
    for (const path of ["/login", "/api/docs"]) {
      expect(await hsts(productionHttp.url, path), `${path} over http`).toBeNull();
      expect(await hsts(productionHttp.url, path, overHttps), `${path} over https`).toBe(
        "max-age=31536000; includeSubDomains",
      );
    }
  });

  test("outside production it is never sent, so a developer's localhost is not pinned to HTTPS", async () => {
    for (const path of ["/login", "/api/docs"]) {
      expect(await hsts(http.url, path, overHttps), path).toBeNull();
    }
  });
});

describe("every API answer: no content sniffing", () => {
  test("envelopes, errors, unknown paths, refused methods and raw documents all say nosniff", async () => {
    const answers: [string, () => Promise<Response>, number][] = [
      ["success envelope", () => api("GET", "/health"), 200],
      ["success list", () => api("GET", "/modules?limit=1"), 200],
      ["created", () => api("POST", "/tokens", { name: "sniff check", scope: "read" }), 201],
      ["validation error", () => api("POST", "/modules", { slug: "" }), 400],
      ["no credentials", () => fetch(`${http.url}/api/v1/me`), 401],
      ["not allowed", () => api("DELETE", "/health"), 405],
      ["unknown API path", () => api("GET", "/no/such/endpoint"), 404],
      ["unknown API version", () => fetch(`${http.url}/api/v9/health`), 404],
      ["unversioned alias", () => fetch(`${http.url}/api/health`), 200],
      ["missing docs asset", () => fetch(`${http.url}/api/docs/nope.js`), 404],
      ["OpenAPI document", () => fetch(`${http.url}/api/v1/openapi.json`), 200],
      ["raw export", () => api("GET", "/knowledge/export.graphml"), 200],
      ["deprecated raw export", () => api("GET", "/knowledge/export?format=graphml"), 200],
      ["HEAD", () => fetch(`${http.url}/api/v1/health`, { method: "HEAD" }), 200],
      ["bad percent-encoding", () => fetch(`${http.url}/api/v1/modules/%E0%A4%A`), 400],
      [
        "cross-site write",
        () =>
          fetch(`${http.url}/api/v1/modules`, {
            method: "POST",
            headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
          }),
        403,
      ],
    ];
    for (const [what, send, status] of answers) {
      const response = await send();
      expect(response.status, what).toBe(status);
      expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
      await response.arrayBuffer();
    }
  });
});

describe("stored XSS through every free-text field", () => {
  const payload = (mark: string) =>
    `"><img src=x onerror=alert("${mark}")><script>alert("${mark}")</script><svg/onload=alert("${mark}")>`;
  const marks = [
    "module-name",
    "module-desc",
    "user-name",
    "token-name",
    "goal-text",
    "review-note",
    "review-title",
  ];

  beforeAll(async () => {
    const module = await api("POST", "/modules", {
      slug: "xss-probe",
      name: payload("module-name").slice(0, 100),
      description: payload("module-desc"),
      kind: "service",
    });
    expect(module.status).toBe(201);
    ids.xssModule = (await module.json()).data.id;
    expect(
      (
        await api("POST", "/users", {
          email: "xss@example.com",
          name: payload("user-name").slice(0, 100),
          password: "a-long-enough-password",
          role: "viewer",
        })
      ).status,
    ).toBe(201);
    expect(
      (await api("POST", "/tokens", { name: payload("token-name").slice(0, 100), scope: "read" }))
        .status,
    ).toBe(201);
    const goal = await api("POST", "/sage/goals", { goal: payload("goal-text") });
    expect(goal.status).toBe(202);
    ids.xssGoal = (await goal.json()).data.id;
    const review = await createReview(services, {
      kind: "task_review",
      subjectType: "goal_step",
      subjectId: ids.xssGoal!,
      title: payload("review-title"),
    });
    expect(
      (
        await api("POST", `/reviews/${review.id}/decision`, {
          decision: "reject",
          note: payload("review-note"),
        })
      ).status,
    ).toBe(200);
    await settleGoalRuns(services);
  });

  const pages = () => [
    "/",
    "/modules",
    `/modules/${ids.xssModule}`,
    `/modules/${ids.xssModule}/edit`,
    "/activity",
    "/users",
    "/settings/tokens",
    "/sage/goals",
    `/sage/goals/${ids.xssGoal}`,
    "/reviews",
    "/reviews?status=rejected",
  ];

  test("server-rendered pages show the text escaped, never as markup", async () => {
    const seen = new Set<string>();
    for (const path of pages()) {
      const response = await fetch(`${http.url}${path}`, { headers: { cookie: admin.cookie } });
      expect(response.status, path).toBe(200);
      const html = await response.text();
      for (const mark of marks) {
        expect(html.includes(payload(mark)), `${mark} raw in ${path}`).toBe(false);
        expect(html.includes(`<img src=x onerror=alert("${mark}")`), `${mark} in ${path}`).toBe(
          false,
        );
        expect(html.includes(`<script>alert("${mark}")`), `${mark} in ${path}`).toBe(false);
        expect(html.includes(`<svg/onload=alert("${mark}")`), `${mark} in ${path}`).toBe(false);
        // Rendered as text, outside the scripts: escaped.
        const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
        if (markup.includes(`&lt;img src=x onerror=alert(&quot;${mark}&quot;)&gt;`)) seen.add(mark);
      }
    }
    // Every field's text was rendered somewhere, so the checks above looked at it.
    expect([...seen].sort()).toEqual([...marks].sort());
  });

  test("in a browser, no page fires a dialog", { timeout: 90_000 }, async () => {
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    });
    try {
      const context = await browser.newContext();
      const [name, value] = admin.cookie.split("=") as [string, string];
      await context.addCookies([{ name, value, url: http.url }]);
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      for (const path of pages()) {
        await page.goto(`${http.url}${path}`, { waitUntil: "load" });
        await page.waitForTimeout(300);
      }
      expect(dialogs).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("free text with U+0000 (Postgres cannot store it)", () => {
  test("through page forms: a 400 with the field's message, never a 500", async () => {
    const nul = "before\u0000after";
    const forms: [string, Record<string, string>][] = [
      [
        "/modules/new",
        {
          slug: "nul-form",
          name: nul,
          kind: "service",
          status: "active",
          description: nul,
          integrationLevel: "5",
          load: "5",
          metrics: "",
          probeIntervalSeconds: "60",
          probeTimeoutMs: "1000",
        },
      ],
      [
        "/users",
        {
          intent: "create",
          name: nul,
          email: "nul@example.com",
          password: "a-long-enough-password",
          role: "viewer",
        },
      ],
      ["/settings/tokens", { intent: "create", name: nul, scope: "read", lifetime: "7" }],
      ["/sage/goals", { goal: nul }],
      ["/emergency", { action: "pause", reason: nul }],
    ];
    for (const [path, fields] of forms) {
      const response = await fetch(`${http.url}${path}`, {
        method: "POST",
        redirect: "manual",
        headers: {
          cookie: admin.cookie,
          "content-type": "application/x-www-form-urlencoded",
          ...sameOrigin(),
        },
        body: new URLSearchParams(fields),
      });
      expect(response.status, path).toBe(400);
      expect(await response.text(), path).toContain("Must not contain the NUL character");
    }
  });

  test("through the API: 400 VALIDATION_FAILED naming the field", async () => {
    const response = await api("POST", "/modules", {
      slug: "nul-api",
      name: "a\u0000b",
      kind: "service",
    });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error.code).toBe("VALIDATION_FAILED");
    expect(body.error.details.issues).toEqual([
      expect.objectContaining({
        in: "body",
        path: "name",
        message: expect.stringContaining("NUL"),
      }),
    ]);
  });
});
