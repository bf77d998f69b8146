import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { kgNodeSources, kgNodes, kgSources, modules } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * Every URL NEXUS stores is one a browser may follow: http(s) only, refused at the edge with the
 * field named; links out of NEXUS carry rel="noopener noreferrer"; and a row that holds anything
 * else (stored before this rule, or behind NEXUS's back) is shown as text, never as a link.
 */
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  services = await createTestServices({ env: { OLLAMA_HOST: "http://127.0.0.1:9" } });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

const api = (method: string, path: string, body?: unknown) =>
  fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${operator.token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

const page = async (path: string) =>
  (await fetch(`${http.url}${path}`, { headers: { cookie: operator.cookie } })).text();

const unsafe = [
  "javascript:alert(document.cookie)",
  "JavaScript:alert(1)",
  " javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "file:///etc/passwd",
  "ftp://files.example/x",
];

async function expectRefused(response: Response, field: string) {
  expect(response.status).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe("VALIDATION_FAILED");
  const issue = error.details.issues.find((i: { path: string }) => i.path === field);
  expect(issue, JSON.stringify(error.details.issues)).toBeDefined();
  expect(issue.message).toContain("must be an http(s) URL");
}

const count = async (table: typeof kgSources | typeof kgNodes | typeof modules) =>
  (await services.database.db.select().from(table)).length;

describe.each(unsafe)("the URL %j", (url) => {
  test("is refused for a knowledge source, created or edited, and nothing is stored", async () => {
    const before = await count(kgSources);
    await expectRefused(await api("POST", "/knowledge/sources", { title: "Evil", url }), "url");
    expect(await count(kgSources)).toBe(before);

    const created = await api("POST", "/knowledge/sources", {
      title: "Fine",
      url: "https://fine.example/",
    });
    expect(created.status).toBe(201);
    const source = (await created.json()).data;
    await expectRefused(await api("PATCH", `/knowledge/sources/${source.id}`, { url }), "url");
    const [row] = await services.database.db
      .select()
      .from(kgSources)
      .where(eq(kgSources.id, source.id));
    expect(row!.url).toBe("https://fine.example/");
  });

  test("is refused as a node's inline source, and no node is stored", async () => {
    const nodes = await count(kgNodes);
    const sources = await count(kgSources);
    await expectRefused(
      await api("POST", "/knowledge/nodes", {
        kind: "fact",
        label: "Cited badly",
        sources: [{ title: "Evil", url }],
      }),
      "sources.0.url",
    );
    expect(await count(kgNodes)).toBe(nodes);
    expect(await count(kgSources)).toBe(sources);
  });

  test("is refused as a module's health endpoint, created or edited", async () => {
    const before = await count(modules);
    const slug = `links-${unsafe.indexOf(url)}`;
    await expectRefused(
      await api("POST", "/modules", { slug, name: "Links", kind: "service", healthEndpoint: url }),
      "healthEndpoint",
    );
    expect(await count(modules)).toBe(before);
    const created = await api("POST", "/modules", { slug, name: "Links", kind: "service" });
    expect(created.status).toBe(201);
    const module = (await created.json()).data;
    await expectRefused(
      await api("PATCH", `/modules/${module.id}`, { healthEndpoint: url }),
      "healthEndpoint",
    );
    const [row] = await services.database.db
      .select()
      .from(modules)
      .where(eq(modules.id, module.id));
    expect(row!.healthEndpoint).toBeNull();
  });
});

test("the knowledge add form refuses a javascript: source URL beside the field", async () => {
  const before = await count(kgNodes);
  const response = await fetch(`${http.url}/knowledge?index`, {
    method: "POST",
    body: new URLSearchParams({
      kind: "fact",
      label: "Sourced by a script",
      confidence: "0.5",
      importance: "0.5",
      sourceTitle: "Evil",
      sourceUrl: "javascript:alert(1)",
      sourceType: "unknown",
    }),
    headers: { cookie: operator.cookie, origin: http.url },
    redirect: "manual",
  });
  expect(response.status).toBe(400);
  expect(await response.text()).toContain("must be an http(s) URL");
  expect(await count(kgNodes)).toBe(before);
});

/** The <a ...> tags of a page, each as written. */
const anchors = (html: string) => html.match(/<a\b[^>]*>/g) ?? [];

test("a source's link leaves NEXUS with noopener noreferrer", async () => {
  const created = await api("POST", "/knowledge/nodes", {
    kind: "fact",
    label: "Linked out",
    sources: [{ title: "The outside", url: "https://outside.example/page" }],
  });
  expect(created.status).toBe(201);
  const { node } = (await created.json()).data;
  const html = await page(`/knowledge/nodes/${node.id}`);
  const link = anchors(html).find((a) => a.includes('href="https://outside.example/page"'));
  expect(link).toBeDefined();
  expect(link).toMatch(/\brel="noopener noreferrer"/);
});

test("a source row that already holds a script URL is shown as text, not as a link", async () => {
  const db = services.database.db;
  const created = await api("POST", "/knowledge/nodes", { kind: "fact", label: "Old row" });
  const { node } = (await created.json()).data;
  for (const [title, url] of [
    ["Old script", "javascript:alert(document.cookie)"],
    ["Old data", "data:text/html,<script>alert(1)</script>"],
    ["Old spaced", "  JavaScript:alert(1)"],
  ] as const) {
    const [source] = await db.insert(kgSources).values({ title, url }).returning();
    await db.insert(kgNodeSources).values({ nodeId: node.id, sourceId: source!.id });
  }
  const html = await page(`/knowledge/nodes/${node.id}`);
  expect(html).toContain("Old script");
  expect(html).toContain("Old data");
  expect(html).toContain("Old spaced");
  for (const a of anchors(html)) expect(a).not.toMatch(/href="\s*(javascript|data):/i);
});
