import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { kgContradictions, kgNodes, reviewRequests } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/** The knowledge pages as a browser without JavaScript uses them: plain forms and redirects. */
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
let viewer: Awaited<ReturnType<typeof signedInUser>>;

beforeAll(async () => {
  services = await createTestServices({ env: { OLLAMA_HOST: "http://127.0.0.1:9" } });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
  viewer = await signedInUser(services, "viewer");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

const post = (page: string, cookie: string, values: Record<string, string>) =>
  fetch(`${http.url}${page}`, {
    method: "POST",
    body: new URLSearchParams(values),
    headers: { cookie, origin: http.url },
    redirect: "manual",
  });
const get = (page: string, cookie = operator.cookie) =>
  fetch(`${http.url}${page}`, { headers: { cookie }, redirect: "manual" });

test("add two conflicting facts with the form, resolve the contradiction, see the day's diff", async () => {
  const first = await post("/knowledge?index", operator.cookie, {
    kind: "fact",
    label: "The Eiffel Tower is 300 m tall",
    domain: "landmarks",
    confidence: "0.6",
    importance: "0.5",
    subject: "Eiffel Tower",
    predicate: "height",
    object: "300 m",
    sourceTitle: "Old guidebook",
    sourceType: "community",
  });
  expect(first.status).toBe(302);
  const firstId = first.headers.get("location")!.split("/").pop()!;
  const second = await post("/knowledge?index", operator.cookie, {
    kind: "fact",
    label: "The Eiffel Tower is 330 m tall",
    domain: "landmarks",
    confidence: "0.9",
    importance: "0.5",
    subject: "eiffel tower",
    predicate: "height",
    object: "330 m",
    sourceTitle: "Official site",
    sourceUrl: "https://www.toureiffel.paris/en",
    sourceType: "government",
  });
  expect(second.status).toBe(302);
  const secondId = second.headers.get("location")!.split("/").pop()!;

  const [contradiction] = await services.database.db
    .select()
    .from(kgContradictions)
    .where(eq(kgContradictions.detectedBy, "rule"));
  expect(contradiction).toBeDefined();
  const page = await (await get(`/knowledge/contradictions/${contradiction!.id}`)).text();
  expect(page).toContain("The Eiffel Tower is 300 m tall");
  expect(page).toContain("The Eiffel Tower is 330 m tall");
  const list = await (await get("/knowledge/contradictions", viewer.cookie)).text();
  expect(list).toContain(`/knowledge/contradictions/${contradiction!.id}`);

  // A decision without its context is refused beside the field; nothing changes.
  const refused = await post(`/knowledge/contradictions/${contradiction!.id}`, operator.cookie, {
    resolution: "both",
  });
  expect(refused.status).toBe(400);
  expect(await refused.text()).toContain("say when each statement holds");

  const keep = contradiction!.nodeAId === secondId ? "keep_a" : "keep_b";
  const resolved = await post(`/knowledge/contradictions/${contradiction!.id}`, operator.cookie, {
    resolution: keep,
    note: "Measured in 2022",
  });
  expect(resolved.status).toBe(302);
  const [after] = await services.database.db
    .select()
    .from(kgContradictions)
    .where(eq(kgContradictions.id, contradiction!.id));
  expect(after).toMatchObject({ status: "resolved", resolution: keep });
  const [review] = await services.database.db
    .select()
    .from(reviewRequests)
    .where(eq(reviewRequests.id, contradiction!.reviewId!));
  expect(review?.status).toBe("approved");
  const [loser] = await services.database.db.select().from(kgNodes).where(eq(kgNodes.id, firstId));
  expect(loser?.verification).toBe("refuted");

  const today = new Date().toISOString().slice(0, 10);
  const diff = await (await get(`/knowledge/diff?date=${today}`)).text();
  expect(diff).toContain("The Eiffel Tower is 330 m tall");
  expect(diff).toMatch(/Contradictions: 1 opened, 1 resolved/);
  const bad = await (await get("/knowledge/diff?date=2026-02-31")).text();
  expect(bad).toContain("date must be a real day");

  // Search finds both; the graph view's page answers with its fallback before the script runs.
  const search = await (await get("/knowledge?q=eiffel")).text();
  expect(search).toContain("The Eiffel Tower is 300 m tall");
  const graph = await get(`/knowledge/graph?focus=${secondId}`);
  expect(graph.status).toBe(200);
  expect(await graph.text()).toContain("Loading the graph view");
});

test("the add form refuses bad input beside each field and writes nothing", async () => {
  const before = (await services.database.db.select({ id: kgNodes.id }).from(kgNodes)).length;
  const response = await post("/knowledge?index", operator.cookie, {
    kind: "opinion",
    label: "",
    confidence: "3",
    importance: "0.5",
  });
  expect(response.status).toBe(400);
  const html = await response.text();
  expect(html).toContain("give a label");
  expect(html).toContain("confidence must be between 0 and 1");
  const partial = await post("/knowledge?index", operator.cookie, {
    kind: "fact",
    label: "Half a statement",
    confidence: "0.5",
    importance: "0.5",
    subject: "only a subject",
  });
  expect(partial.status).toBe(400);
  expect(await partial.text()).toContain("a statement needs subject, predicate and object");
  const after = (await services.database.db.select({ id: kgNodes.id }).from(kgNodes)).length;
  expect(after).toBe(before);
});

test("a viewer sees the pages but cannot post", async () => {
  expect((await get("/knowledge", viewer.cookie)).status).toBe(200);
  const refused = await post("/knowledge?index", viewer.cookie, { kind: "fact", label: "x" });
  expect(refused.status).toBe(403);
});

test("the WebGL view is its own chunk, imported by the graph page only", async () => {
  const buildDir = path.resolve(import.meta.dirname, "../../public/build");
  const files: string[] = [];
  const walkDir = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walkDir(full);
      else if (entry.name.endsWith(".js")) files.push(full);
    }
  };
  await walkDir(buildDir);
  const withSigma: string[] = [];
  const importers: string[] = [];
  for (const file of files) {
    const text = await readFile(file, "utf8");
    if (text.includes("WebGL2RenderingContext")) withSigma.push(path.basename(file));
    if (/graph-view\.client-[A-Z0-9]+\.js/.test(text) && !file.includes("graph-view.client")) {
      importers.push(path.relative(buildDir, file));
    }
  }
  expect(withSigma).toHaveLength(1);
  expect(withSigma[0]).toMatch(/^graph-view\.client-/);
  // The manifest lists it for the route; the route module is the only code that imports it.
  expect(importers.filter((f) => !f.startsWith("manifest-"))).toEqual([
    expect.stringMatching(/^routes\/knowledge\.graph-/),
  ]);
});
