import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, test } from "vitest";
import { kgChanges } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

/**
 * The daily diff over a scripted history: the writes go through the API, then their history rows
 * are moved to the day the script says, so each day's diff can be checked exactly.
 */
let services: TestServices;
let http: Awaited<ReturnType<typeof startHttp>>;
let operator: Awaited<ReturnType<typeof signedInUser>>;
const stamped = new Set<string>();

beforeAll(async () => {
  services = await createTestServices({ env: { OLLAMA_HOST: "http://127.0.0.1:9" } });
  http = await startHttp(services);
  operator = await signedInUser(services, "operator");
});
afterAll(async () => {
  await http?.close();
  await services?.destroy();
});

async function api(method: string, path: string, body?: unknown) {
  const response = await fetch(`${http.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${operator.token}`,
      ...(body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (response.status >= 300) throw new Error(`${response.status}: ${JSON.stringify(json)}`);
  return json.data;
}

/** Moves every history row written since the last call to `day`, keeping their order. */
async function happenedOn(day: string) {
  const rows = await services.database.db
    .select({ id: kgChanges.id, at: kgChanges.at })
    .from(kgChanges)
    .orderBy(kgChanges.at);
  let i = 0;
  for (const row of rows) {
    if (stamped.has(row.id)) continue;
    stamped.add(row.id);
    i++;
    const at = new Date(Date.parse(`${day}T09:00:00Z`) + i * 1000);
    await services.database.db.execute(
      sql`update kg_changes set at = ${at.toISOString()}::timestamptz where id = ${row.id}`,
    );
  }
}

test("each day's diff lists what was added, changed and removed that day, and only that", async () => {
  // Day 1: three nodes and an edge; one node added and removed the same day.
  const n1 = (await api("POST", "/knowledge/nodes", { kind: "fact", label: "N1", confidence: 0.5 }))
    .node;
  const n2 = (await api("POST", "/knowledge/nodes", { kind: "fact", label: "N2", confidence: 0.5 }))
    .node;
  const n3 = (await api("POST", "/knowledge/nodes", { kind: "concept", label: "N3" })).node;
  const causes = (
    await api("POST", "/knowledge/edges", { fromId: n1.id, toId: n2.id, relation: "causes" })
  ).edge;
  const temp = (await api("POST", "/knowledge/nodes", { kind: "fact", label: "Temp" })).node;
  await api("DELETE", `/knowledge/nodes/${temp.id}`);
  await happenedOn("2026-03-01");

  // Day 2: N1's confidence moves twice, N2 is renamed, N3 and the edge go, and a contradiction
  // between N1 and N2 is opened and resolved.
  await api("PATCH", `/knowledge/nodes/${n1.id}`, { confidence: 0.7 });
  await api("PATCH", `/knowledge/nodes/${n1.id}`, { confidence: 0.9 });
  await api("PATCH", `/knowledge/nodes/${n2.id}`, { label: "N2 renamed" });
  await api("DELETE", `/knowledge/nodes/${n3.id}`);
  await api("DELETE", `/knowledge/edges/${causes.id}`);
  const { contradictions } = await api("POST", "/knowledge/edges", {
    fromId: n1.id,
    toId: n2.id,
    relation: "contradicts",
  });
  const keepN1 = contradictions[0].nodeAId === n1.id ? "keep_a" : "keep_b";
  await api("POST", `/knowledge/contradictions/${contradictions[0].id}/resolve`, {
    resolution: keepN1,
  });
  await happenedOn("2026-03-02");

  const day1 = await api("GET", "/knowledge/diff?date=2026-03-01");
  expect(day1.nodes.added.map((n: { label: string }) => n.label).sort()).toEqual([
    "N1",
    "N2",
    "N3",
  ]);
  expect(day1.nodes.changed).toEqual([]);
  expect(day1.nodes.removed).toEqual([]);
  expect(day1.nodes.transient).toBe(1);
  expect(day1.edges.added.map((e: { id: string }) => e.id)).toEqual([causes.id]);
  expect(day1.contradictions).toEqual({ opened: [], resolved: [] });
  expect(day1.confidenceChanges).toEqual([]);
  expect(day1.summaryBy).toBe("computed");
  expect(day1.summary).toBe("2026-03-01. Nodes: 3 added. Edges: 1 added.");

  const day2 = await api("GET", "/knowledge/diff?date=2026-03-02");
  expect(day2.nodes.added).toEqual([]);
  expect(day2.nodes.removed.map((n: { id: string }) => n.id)).toEqual([n3.id]);
  const changed = Object.fromEntries(
    day2.nodes.changed.map((n: { id: string; fields: Record<string, unknown> }) => [n.id, n]),
  );
  expect(Object.keys(changed).sort()).toEqual([n1.id, n2.id].sort());
  // First "before" and last "after" across the day's two edits and the resolution.
  expect(changed[n1.id].fields.confidence[0]).toBeCloseTo(0.5);
  expect(changed[n1.id].fields.confidence[1]).toBeCloseTo(0.9);
  expect(changed[n2.id].fields.label).toEqual(["N2", "N2 renamed"]);
  expect(changed[n2.id].fields.verification[1]).toBe("refuted");
  expect(day2.edges.removed.map((e: { id: string }) => e.id)).toEqual([causes.id]);
  expect(day2.edges.added).toHaveLength(1);
  expect(day2.contradictions.opened.map((c: { id: string }) => c.id)).toEqual([
    contradictions[0].id,
  ]);
  expect(day2.contradictions.resolved).toEqual([
    expect.objectContaining({ id: contradictions[0].id, resolution: keepN1 }),
  ]);
  const confidence = Object.fromEntries(
    day2.confidenceChanges.map((c: { id: string; before: number; after: number }) => [c.id, c]),
  );
  expect(confidence[n1.id].before).toBeCloseTo(0.5);
  expect(confidence[n1.id].after).toBeCloseTo(0.9);
  expect(confidence[n2.id].before).toBeCloseTo(0.5);
  expect(confidence[n2.id].after).toBeCloseTo(0.2);
  expect(day2.summary).toContain("Contradictions: 1 opened, 1 resolved");

  const quiet = await api("GET", "/knowledge/diff?date=2026-03-03");
  expect(quiet.summary).toBe("2026-03-03. No changes.");
  expect(quiet.nodes.added).toEqual([]);
});
