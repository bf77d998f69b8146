import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { windowWithRoom } from "#tests/support/rate-limit.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let cookie: string;

beforeAll(async () => {
  services = await createTestServices();
  http = await startHttp(services);
  cookie = (await signedInUser(services, "viewer")).cookie;
});
afterAll(async () => {
  await http.close();
  await services.destroy();
});

const get = (path: string, init?: RequestInit) => fetch(`${http.url}${path}`, init);

describe("requests through server.ts", () => {
  test("every response carries a request id; a well-formed incoming one is reused", async () => {
    const fresh = await get("/api/v1/health");
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    const body = await fresh.json();
    expect(body.meta.requestId).toBe(fresh.headers.get("x-request-id"));

    const reused = await get("/api/v1/health", { headers: { "x-request-id": "trace-abc-123" } });
    expect(reused.headers.get("x-request-id")).toBe("trace-abc-123");

    const refused = await get("/api/v1/health", { headers: { "x-request-id": "<script>" } });
    expect(refused.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("one log line per request with method, path, status, duration and request id", async () => {
    await get("/api/v1/health", { headers: { "x-request-id": "log-line-check-1" } });
    // The line is written once the response has finished, which can be after fetch resolved.
    await expect
      .poll(() => services.logLines.find((l) => l.requestId === "log-line-check-1"))
      .toMatchObject({
        method: "GET",
        path: "/api/v1/health",
        status: 200,
        durationMs: expect.any(Number),
      });
  });

  test("/api/... serves the latest version's handlers", async () => {
    const aliased = await get("/api/health");
    expect(aliased.status).toBe(200);
    expect(aliased.headers.get("API-Version")).toBe("1");
    expect((await aliased.json()).data.status).toBe("ok");
  });

  test("an unknown API path is a JSON 404 envelope, never the HTML page", async () => {
    for (const path of ["/api/v1/nothing-here", "/api/nothing", "/api/v7/health"]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      const body = await response.json();
      expect(body).toMatchObject({ success: false, error: { code: "NOT_FOUND" } });
    }
  });

  test("a wrong method is a 405 envelope with Allow", async () => {
    const response = await get("/api/v1/health", { method: "POST" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toContain("GET");
    expect((await response.json()).error.code).toBe("METHOD_NOT_ALLOWED");
  });

  test("methods a Fetch Request cannot carry (TRACE) or that nothing serves (PROPFIND, PURGE) are a 405, never a 500", async () => {
    const { request } = await import("node:http");
    const send = (method: string, path: string) =>
      new Promise<{ status: number; allow?: string; body: string }>((resolve, reject) => {
        const req = request(`${http.url}${path}`, { method }, (res) => {
          let body = "";
          res.on("data", (chunk) => (body += chunk));
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }),
          );
        });
        req.on("error", reject);
        req.end();
      });
    for (const method of ["TRACE", "PROPFIND", "PURGE"]) {
      for (const path of ["/", "/api/v1/health", "/modules"]) {
        const answer = await send(method, path);
        expect(answer.status, `${method} ${path}`).toBe(405);
        expect(answer.allow).toContain("GET");
        if (path.startsWith("/api/")) {
          expect(JSON.parse(answer.body).error.code).toBe("METHOD_NOT_ALLOWED");
        }
      }
    }
  });

  test("bodies over 1 KB are compressed, small ones are not", async () => {
    const big = await get("/api/v1/openapi.json", { headers: { "accept-encoding": "gzip" } });
    expect(big.headers.get("content-encoding")).toBe("gzip");
    const small = await get("/api/v1/health", { headers: { "accept-encoding": "gzip" } });
    expect(small.headers.get("content-encoding")).toBeNull();
    // fetch decodes transparently; check the bytes on the wire really are gzip.
    const raw = await new Promise<Buffer>((resolve, reject) => {
      import("node:http").then(({ get: httpGet }) =>
        httpGet(
          `${http.url}/api/v1/openapi.json`,
          { headers: { "accept-encoding": "gzip" } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (c) => chunks.push(c));
            res.on("end", () => resolve(Buffer.concat(chunks)));
          },
        ).on("error", reject),
      );
    });
    expect(JSON.parse(gunzipSync(raw).toString()).openapi).toBe("3.1.0");
  });

  test("pages carry a nonce-based CSP and the security headers", async () => {
    const response = await get("/", { headers: { cookie } });
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeTruthy();
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(response.headers.get("x-powered-by")).toBeNull();
    // A second page gets a different nonce.
    const again = await get("/", { headers: { cookie } });
    expect(again.headers.get("content-security-policy")).not.toContain(nonce);
  });

  test("an unknown page is a 404 with the shell", async () => {
    const response = await get("/no/such/page");
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain("This page does not exist");
    expect(html).toContain('aria-label="Main"');
  });

  test("fingerprinted assets are cached for a year", async () => {
    const html = await (await get("/", { headers: { cookie } })).text();
    const asset = /\/build\/[^"]+\.js/.exec(html)?.[0];
    expect(asset).toBeTruthy();
    const response = await get(asset!);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  test("the API reference is served from the installed package under its own CSP", async () => {
    const page = await get("/api/docs");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("/api/docs/swagger-ui-bundle.js");
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    const script = await get("/api/docs/swagger-ui-bundle.js");
    expect(script.status).toBe(200);
    expect(script.headers.get("content-type")).toContain("javascript");
    expect((await get("/api/docs/other.js")).status).toBe(404);
  });

  test("the dashboard shows measured component status from the server", async () => {
    const html = await (await get("/", { headers: { cookie } })).text();
    expect(html).toContain("All systems operational");
    expect(html).toContain("postgres");
  });

  test("switching the theme works as a plain form post", async () => {
    const response = await get("/theme", {
      method: "POST",
      body: new URLSearchParams({ theme: "dark", redirectTo: "/" }),
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    const themeCookie = response.headers.get("set-cookie") ?? "";
    expect(themeCookie).toContain("nexus-theme=");
    const page = await get("/", { headers: { cookie: `${themeCookie.split(";")[0]}; ${cookie}` } });
    expect(await page.text()).toMatch(/<html lang="en" class="dark"/);
    const bad = await get("/theme", {
      method: "POST",
      body: new URLSearchParams({ theme: "purple" }),
      redirect: "manual",
    });
    expect(bad.status).toBe(400);
  });

  test("anonymous API calls are rate-limited per address, health and readiness never", {
    timeout: 120_000,
  }, async () => {
    const from = { "x-forwarded-for": "198.51.100.7" };
    const rule = services.rateLimiter.rules.apiAnonymous;
    // However slow the machine, the 121 requests below take far less than this.
    const reset = await windowWithRoom(services.rateLimiter, rule, 30_000);
    const health = await Promise.all(
      Array.from({ length: 130 }, () => get("/api/v1/health", { headers: from })),
    );
    expect(health.every((r) => r.status === 200)).toBe(true);
    const documents = [];
    for (let i = 0; i < 121; i++)
      documents.push(await get("/api/v1/openapi.json", { headers: from }));
    expect(Date.now(), "all requests fell in one window of the limiter").toBeLessThan(reset);
    expect(documents.slice(0, 120).every((r) => r.status === 200)).toBe(true);
    const limited = documents[120]!;
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe("RATE_LIMITED");
    // Another address is not affected.
    expect(
      (await get("/api/v1/openapi.json", { headers: { "x-forwarded-for": "198.51.100.8" } }))
        .status,
    ).toBe(200);
  });
});
