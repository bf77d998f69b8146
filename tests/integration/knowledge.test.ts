import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { activityEvents, kgChanges, kgNodes, kgSources, reviewRequests } from "#db/schema/index.ts";
import { signedInUser } from "#tests/support/accounts.ts";
import { testDatabaseKinds } from "#tests/support/database.ts";
import { startHttp } from "#tests/support/http.ts";
import { createTestServices, type TestServices } from "#tests/support/services.ts";

describe.each(testDatabaseKinds)("knowledge graph API on %s", (database) => {
  let services: TestServices;
  let http: Awaited<ReturnType<typeof startHttp>>;
  let operator: Awaited<ReturnType<typeof signedInUser>>;
  let viewer: Awaited<ReturnType<typeof signedInUser>>;

  beforeAll(async () => {
    // No model server: the model-assisted parts must step aside quietly.
    services = await createTestServices({
      database,
      env: { OLLAMA_HOST: "http://127.0.0.1:9" },
    });
    http = await startHttp(services);
    operator = await signedInUser(services, "operator");
    viewer = await signedInUser(services, "viewer");
  });
  afterAll(async () => {
    await http?.close();
    await services?.destroy();
  });

  function api(method: string, path: string, body?: unknown, token = operator.token) {
    return fetch(`${http.url}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async function ok<T = Record<string, unknown>>(response: Response, status = 200): Promise<T> {
    const body = await response.json();
    if (response.status !== status) throw new Error(`${response.status}: ${JSON.stringify(body)}`);
    return body.data as T;
  }

  type Node = { id: string; label: string; confidence: number; verification: string };
  const node = async (body: Record<string, unknown>) =>
    (
      await ok<{ node: Node; contradictions: { id: string }[] }>(
        await api("POST", "/knowledge/nodes", { kind: "fact", ...body }),
        201,
      )
    ).node;
  const edge = async (body: Record<string, unknown>) =>
    ok<{ edge: { id: string }; contradictions: { id: string; reviewId: string }[] }>(
      await api("POST", "/knowledge/edges", body),
      201,
    );

  async function expectFields(response: Response, status: number, paths: string[]) {
    expect(response.status).toBe(status);
    const body = await response.json();
    const got = (body.error.details?.issues ?? []).map((i: { path: string }) => i.path);
    for (const p of paths) expect(got).toContain(p);
    return body;
  }

  describe("nodes", () => {
    test("are created, read, edited and deleted, each write in the history and activity", async () => {
      const created = await ok<{ node: Node & Record<string, unknown> }>(
        await api("POST", "/knowledge/nodes", {
          kind: "concept",
          label: "Photosynthesis",
          content: "Plants turn light into chemical energy.",
          domain: "biology",
          tags: ["plants", "energy"],
          confidence: 0.9,
          importance: 0.7,
          sources: [{ title: "Campbell Biology", type: "academic" }],
        }),
        201,
      );
      expect(created.node).toMatchObject({
        kind: "concept",
        label: "Photosynthesis",
        domain: "biology",
        tags: ["plants", "energy"],
        confidence: expect.closeTo(0.9, 5),
        verification: "unverified",
        authorId: operator.user.id,
        statement: null,
      });
      const id = created.node.id;
      const detail = await ok<{ node: Node; sources: { title: string; reputation: number }[] }>(
        await api("GET", `/knowledge/nodes/${id}`, undefined, viewer.token),
      );
      expect(detail.sources).toEqual([
        expect.objectContaining({
          title: "Campbell Biology",
          type: "academic",
          stance: "supports",
        }),
      ]);
      expect(detail.sources[0]!.reputation).toBeCloseTo(0.85);

      const edited = await ok<{ node: Node }>(
        await api("PATCH", `/knowledge/nodes/${id}`, { confidence: 0.6 }),
      );
      expect(edited.node.confidence).toBeCloseTo(0.6);
      // The cached read saw the write.
      const again = await ok<{ node: Node }>(await api("GET", `/knowledge/nodes/${id}`));
      expect(again.node.confidence).toBeCloseTo(0.6);

      await ok(await api("DELETE", `/knowledge/nodes/${id}`));
      expect((await api("GET", `/knowledge/nodes/${id}`)).status).toBe(404);
      expect((await api("DELETE", `/knowledge/nodes/${id}`)).status).toBe(404);

      const history = await services.database.db
        .select()
        .from(kgChanges)
        .where(eq(kgChanges.entityId, id));
      expect(history.map((h) => h.op).sort()).toEqual(["created", "deleted", "updated"]);
      const update = history.find((h) => h.op === "updated")!;
      expect(update.confidenceBefore).toBeCloseTo(0.9);
      expect(update.confidenceAfter).toBeCloseTo(0.6);
      const activity = await services.database.db
        .select()
        .from(activityEvents)
        .where(eq(activityEvents.subjectId, id));
      expect(activity.map((a) => a.type).sort()).toEqual([
        "knowledge.node_created",
        "knowledge.node_deleted",
        "knowledge.node_updated",
      ]);
    });

    test("bad input is a 400 naming each field, and nothing is written", async () => {
      const before = await services.database.db.select({ id: kgNodes.id }).from(kgNodes);
      await expectFields(
        await api("POST", "/knowledge/nodes", {
          kind: "opinion",
          label: "",
          confidence: 2,
          importance: -1,
          tags: "x",
        }),
        400,
        ["kind", "label", "confidence", "importance", "tags"],
      );
      await expectFields(
        await api("POST", "/knowledge/nodes", {
          kind: "fact",
          label: "x",
          sources: [{ sourceId: "00000000-0000-4000-8000-000000000000" }],
        }),
        400,
        ["sources"],
      );
      await expectFields(
        await api("POST", "/knowledge/nodes", {
          kind: "fact",
          label: "x",
          statement: { subject: "", predicate: "is" },
        }),
        400,
        ["statement.subject", "statement.object"],
      );
      await expectFields(await api("PATCH", "/knowledge/nodes/not-a-uuid", { label: "y" }), 400, [
        "id",
      ]);
      const n = await node({ label: "Unchanged" });
      await expectFields(await api("PATCH", `/knowledge/nodes/${n.id}`, {}), 400, ["(root)"]);
      const malformed = await fetch(`${http.url}/api/v1/knowledge/nodes`, {
        method: "POST",
        headers: { authorization: `Bearer ${operator.token}`, "content-type": "application/json" },
        body: "{not json",
      });
      expect(malformed.status).toBe(400);
      expect((await malformed.json()).error.code).toBe("MALFORMED_JSON");
      const after = await services.database.db.select({ id: kgNodes.id }).from(kgNodes);
      expect(after.length).toBe(before.length + 1);
    });

    test("a viewer may read but not write", async () => {
      expect((await api("GET", "/knowledge/nodes", undefined, viewer.token)).status).toBe(200);
      const refused = await api(
        "POST",
        "/knowledge/nodes",
        { kind: "fact", label: "x" },
        viewer.token,
      );
      expect(refused.status).toBe(403);
    });

    test("the list pages with a cursor and filters by kind", async () => {
      for (const label of ["Paged one", "Paged two", "Paged three"]) {
        await node({ label, kind: "entity", domain: "paging" });
      }
      const first = await api("GET", "/knowledge/nodes?domain=paging&limit=2");
      const body = await first.json();
      expect(body.data.map((n: Node) => n.label)).toEqual(["Paged three", "Paged two"]);
      const next = await ok<Node[]>(
        await api("GET", `/knowledge/nodes?domain=paging&limit=2&cursor=${body.meta.nextCursor}`),
      );
      expect(next.map((n) => n.label)).toEqual(["Paged one"]);
      await expectFields(await api("GET", "/knowledge/nodes?kind=opinion"), 400, ["kind"]);
    });
  });

  describe("edges and sources", () => {
    test("edges join existing nodes once per relation, and are edited and removed", async () => {
      const a = await node({ label: "Edge end A" });
      const b = await node({ label: "Edge end B" });
      const { edge: e } = await edge({
        fromId: a.id,
        toId: b.id,
        relation: "causes",
        strength: 0.8,
        evidence: "observed",
      });
      expect(
        (await api("POST", "/knowledge/edges", { fromId: a.id, toId: b.id, relation: "causes" }))
          .status,
      ).toBe(409);
      await expectFields(
        await api("POST", "/knowledge/edges", {
          fromId: a.id,
          toId: "00000000-0000-4000-8000-000000000000",
          relation: "causes",
        }),
        400,
        ["toId"],
      );
      await expectFields(
        await api("POST", "/knowledge/edges", { fromId: a.id, toId: b.id, relation: "friend_of" }),
        400,
        ["relation"],
      );
      await expectFields(
        await api("POST", "/knowledge/edges", { fromId: a.id, toId: a.id, relation: "causes" }),
        400,
        ["toId"],
      );
      const changed = await ok<{ edge: { strength: number } }>(
        await api("PATCH", `/knowledge/edges/${e.id}`, { strength: 0.3 }),
      );
      expect(changed.edge.strength).toBeCloseTo(0.3);
      expect(
        (await ok<{ relation: string }>(await api("GET", `/knowledge/edges/${e.id}`))).relation,
      ).toBe("causes");
      await ok(await api("DELETE", `/knowledge/edges/${e.id}`));
      expect((await api("GET", `/knowledge/edges/${e.id}`)).status).toBe(404);
    });

    test("sources are created with their type's reputation, linked with a stance, edited, deleted", async () => {
      const s = await ok<{ id: string; reputation: number }>(
        await api("POST", "/knowledge/sources", {
          title: "Daily Bugle",
          type: "news",
          url: "https://bugle.example/x",
        }),
        201,
      );
      expect(s.reputation).toBeCloseTo(0.6);
      await expectFields(
        await api("POST", "/knowledge/sources", { title: "", type: "rumour", url: "nope" }),
        400,
        ["title", "type", "url"],
      );
      const n = await node({ label: "Cited fact" });
      await ok(
        await api("POST", `/knowledge/nodes/${n.id}/sources`, {
          sourceId: s.id,
          stance: "contradicts",
        }),
      );
      const detail = await ok<{ sources: { id: string; stance: string }[] }>(
        await api("GET", `/knowledge/nodes/${n.id}`),
      );
      expect(detail.sources).toEqual([
        expect.objectContaining({ id: s.id, stance: "contradicts" }),
      ]);
      const edited = await ok<{ reputation: number }>(
        await api("PATCH", `/knowledge/sources/${s.id}`, { reputation: 0.7 }),
      );
      expect(edited.reputation).toBeCloseTo(0.7);
      const listed = await ok<{ id: string }[]>(
        await api("GET", "/knowledge/sources", undefined, viewer.token),
      );
      expect(listed.map((x) => x.id)).toContain(s.id);
      await ok(await api("DELETE", `/knowledge/sources/${s.id}`));
      expect((await api("GET", `/knowledge/sources/${s.id}`)).status).toBe(404);
    });
  });

  describe("search, neighbourhood, path", () => {
    let chain: Node[];
    beforeAll(async () => {
      chain = [];
      for (const label of [
        "Mitochondria",
        "Cellular respiration",
        "Adenosine triphosphate",
        "Muscle contraction",
        "Sprinting",
      ]) {
        chain.push(await node({ label, kind: "concept", domain: "physiology" }));
      }
      const relations = ["part_of", "causes", "causes", "example_of"];
      for (let i = 0; i < 4; i++) {
        await edge({ fromId: chain[i]!.id, toId: chain[i + 1]!.id, relation: relations[i] });
      }
    });

    test("search ranks full-text and fuzzy label matches", async () => {
      const hits = await ok<(Node & { score: number })[]>(
        await api("GET", "/knowledge/search?q=respiration", undefined, viewer.token),
      );
      expect(hits[0]!.label).toBe("Cellular respiration");
      // A misspelling still finds it by trigram similarity.
      const fuzzy = await ok<Node[]>(await api("GET", "/knowledge/search?q=Mitochondira"));
      expect(fuzzy.map((h) => h.label)).toContain("Mitochondria");
      const filtered = await ok<Node[]>(
        await api("GET", "/knowledge/search?q=respiration&kind=fact"),
      );
      expect(filtered).toEqual([]);
      await expectFields(await api("GET", "/knowledge/search"), 400, ["q"]);
      await expectFields(await api("GET", "/knowledge/search?q=x&limit=500"), 400, ["limit"]);
    });

    test("neighbours up to 3 hops, filtered by relation", async () => {
      const one = await ok<{ nodes: Node[]; edges: unknown[] }>(
        await api("GET", `/knowledge/nodes/${chain[2]!.id}/neighbors`),
      );
      expect(one.nodes.map((n) => n.label).sort()).toEqual(
        ["Adenosine triphosphate", "Cellular respiration", "Muscle contraction"].sort(),
      );
      expect(one.edges).toHaveLength(2);
      const three = await ok<{ nodes: Node[] }>(
        await api("GET", `/knowledge/nodes/${chain[0]!.id}/neighbors?depth=3`),
      );
      expect(three.nodes).toHaveLength(4);
      const causal = await ok<{ nodes: Node[] }>(
        await api("GET", `/knowledge/nodes/${chain[1]!.id}/neighbors?depth=3&relation=causes`),
      );
      expect(causal.nodes.map((n) => n.label).sort()).toEqual(
        ["Adenosine triphosphate", "Cellular respiration", "Muscle contraction"].sort(),
      );
      await expectFields(
        await api("GET", `/knowledge/nodes/${chain[0]!.id}/neighbors?depth=4&relation=likes`),
        400,
        ["depth", "relation.0"],
      );
      expect(
        (await api("GET", "/knowledge/nodes/00000000-0000-4000-8000-000000000000/neighbors"))
          .status,
      ).toBe(404);
    });

    test("the shortest path, bounded in depth", async () => {
      const path = await ok<{
        found: boolean;
        length: number;
        nodes: Node[];
        edges: { relation: string }[];
      }>(await api("GET", `/knowledge/path?from=${chain[0]!.id}&to=${chain[4]!.id}`));
      expect(path.found).toBe(true);
      expect(path.length).toBe(4);
      expect(path.nodes.map((n) => n.label)).toEqual([
        "Mitochondria",
        "Cellular respiration",
        "Adenosine triphosphate",
        "Muscle contraction",
        "Sprinting",
      ]);
      expect(path.edges.map((e) => e.relation)).toEqual([
        "part_of",
        "causes",
        "causes",
        "example_of",
      ]);
      // Walked backwards too (edges are followed either way).
      const back = await ok<{ length: number }>(
        await api("GET", `/knowledge/path?from=${chain[4]!.id}&to=${chain[1]!.id}`),
      );
      expect(back.length).toBe(3);
      const short = await ok<{ found: boolean }>(
        await api("GET", `/knowledge/path?from=${chain[0]!.id}&to=${chain[4]!.id}&maxDepth=3`),
      );
      expect(short.found).toBe(false);
      await expectFields(await api("GET", "/knowledge/path?from=x&maxDepth=9"), 400, [
        "from",
        "to",
        "maxDepth",
      ]);
    });

    test("export as JSON and GraphML, and the JSON imports back", async () => {
      const response = await api("GET", `/knowledge/export?root=${chain[0]!.id}&depth=2`);
      expect(response.headers.get("content-type")).toMatch(/application\/json/);
      const doc = await response.json();
      expect(doc.nodes).toHaveLength(3);
      expect(doc.edges).toHaveLength(2);
      expect(response.headers.get("deprecation")).toBeNull();
      const graphml = await api("GET", "/knowledge/export.graphml?domain=physiology");
      expect(graphml.status).toBe(200);
      expect(graphml.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
      expect(graphml.headers.get("content-disposition")).toMatch(/filename="knowledge.graphml"/);
      expect(graphml.headers.get("deprecation")).toBeNull();
      const text = await graphml.text();
      expect(text).toContain('<graph id="knowledge" edgedefault="directed">');
      expect(text.match(/<node /g)).toHaveLength(5);
      expect(text.match(/<edge /g)).toHaveLength(4);
      expect(text).toContain('<data key="n_label">Sprinting</data>');
      const around = await api("GET", `/knowledge/export.graphml?root=${chain[0]!.id}&depth=2`);
      expect((await around.text()).match(/<node /g)).toHaveLength(3);

      // The old way is kept for this API version: the same file, marked deprecated with its successor.
      const old = await api("GET", "/knowledge/export?domain=physiology&format=graphml");
      expect(old.status).toBe(200);
      expect(old.headers.get("content-type")).toBe("application/graphml+xml; charset=utf-8");
      expect(old.headers.get("deprecation")).toMatch(/^@\d+$/);
      expect(old.headers.get("link")).toBe(
        '</api/v1/knowledge/export.graphml>; rel="successor-version"',
      );
      expect(await old.text()).toBe(text);
      const asJson = await api("GET", "/knowledge/export?domain=physiology&format=json");
      expect(asJson.headers.get("content-type")).toMatch(/application\/json/);
      expect(asJson.headers.get("deprecation")).toBeNull();

      // Bad input is a 400 naming the field, on either path.
      await expectFields(await api("GET", "/knowledge/export?format=xml"), 400, ["format"]);
      await expectFields(await api("GET", "/knowledge/export.graphml?depth=9&root=x"), 400, [
        "depth",
        "root",
      ]);
      await expectFields(await api("GET", "/knowledge/export.graphml?limit=0"), 400, ["limit"]);
      expect(
        (await api("GET", `/knowledge/export.graphml?root=${crypto.randomUUID()}`)).status,
      ).toBe(404);

      // Importing what was exported again changes nothing (same ids).
      const again = await ok<{ nodesCreated: number; nodesSkipped: number; edgesSkipped: number }>(
        await api("POST", "/knowledge/import", { nodes: doc.nodes, edges: doc.edges }),
        201,
      );
      expect(again).toMatchObject({ nodesCreated: 0, nodesSkipped: 3, edgesSkipped: 2 });
    });

    test("bulk import with document keys, edges to existing nodes, all or nothing", async () => {
      const result = await ok<{
        nodesCreated: number;
        edgesCreated: number;
        ids: Record<string, string>;
      }>(
        await api("POST", "/knowledge/import", {
          nodes: [
            { id: "k1", kind: "concept", label: "Glycolysis", domain: "physiology" },
            { id: "k2", kind: "concept", label: "Pyruvate", domain: "physiology" },
          ],
          edges: [
            { fromId: "k1", toId: "k2", relation: "causes" },
            { fromId: "k1", toId: chain[1]!.id, relation: "part_of" },
          ],
        }),
        201,
      );
      expect(result).toMatchObject({ nodesCreated: 2, edgesCreated: 2 });
      const path = await ok<{ length: number }>(
        await api("GET", `/knowledge/path?from=${result.ids.k2}&to=${chain[0]!.id}`),
      );
      expect(path.length).toBe(3);

      const before = (await services.database.db.select({ id: kgNodes.id }).from(kgNodes)).length;
      await expectFields(
        await api("POST", "/knowledge/import", {
          nodes: [{ id: "x1", kind: "fact", label: "Orphan" }],
          edges: [{ fromId: "x1", toId: "nowhere", relation: "causes" }],
        }),
        400,
        ["edges.0.toId"],
      );
      await expectFields(
        await api("POST", "/knowledge/import", { nodes: [{ id: "a", kind: "thing", label: "" }] }),
        400,
        ["nodes.0.kind", "nodes.0.label"],
      );
      const after = (await services.database.db.select({ id: kgNodes.id }).from(kgNodes)).length;
      expect(after).toBe(before);
    });
  });

  describe("contradictions", () => {
    test("an explicit contradicts edge opens one, with a severity and a review request", async () => {
      const a = await node({ label: "Coffee dehydrates", confidence: 0.6, importance: 0.4 });
      const b = await node({
        label: "Coffee hydrates about as well as water",
        confidence: 0.8,
        importance: 0.6,
      });
      const result = await edge({
        fromId: a.id,
        toId: b.id,
        relation: "contradicts",
        evidence: "2014 study",
      });
      expect(result.contradictions).toHaveLength(1);
      const c = result.contradictions[0]! as Record<string, unknown>;
      expect(c).toMatchObject({ detectedBy: "edge", status: "open", reason: "2014 study" });
      // severity = 0.35 × mean confidence (0.7) + 0.35 × max importance (0.6) + 0.3 × 0.5 (no sources)
      expect(c.severity).toBeCloseTo(0.35 * 0.7 + 0.35 * 0.6 + 0.3 * 0.5, 3);
      const [review] = await services.database.db
        .select()
        .from(reviewRequests)
        .where(eq(reviewRequests.id, c.reviewId as string));
      expect(review).toMatchObject({
        kind: "contradiction",
        subjectType: "contradiction",
        subjectId: c.id,
        status: "open",
        details: expect.objectContaining({ href: `/knowledge/contradictions/${c.id}` }),
      });
      const listed = await ok<{ id: string }[]>(
        await api("GET", "/knowledge/contradictions?status=open", undefined, viewer.token),
      );
      expect(listed.map((x) => x.id)).toContain(c.id);
      await expectFields(await api("GET", "/knowledge/contradictions?status=maybe"), 400, [
        "status",
      ]);
    });

    test("conflicting subject-predicate-object statements are found on insert", async () => {
      const first = await node({
        label: "Water boils at 100 °C at sea level",
        statement: { subject: "Water at sea level", predicate: "boils at", object: "100 °C" },
      });
      const second = await ok<{ node: Node; contradictions: Record<string, unknown>[] }>(
        await api("POST", "/knowledge/nodes", {
          kind: "fact",
          label: "Water boils at 90 °C at sea level",
          statement: { subject: "water at  SEA level", predicate: "Boils at", object: "90 °C" },
        }),
        201,
      );
      expect(second.contradictions).toHaveLength(1);
      expect(second.contradictions[0]).toMatchObject({
        detectedBy: "rule",
        nodeALabel: expect.any(String),
      });
      expect([second.contradictions[0]!.nodeAId, second.contradictions[0]!.nodeBId].sort()).toEqual(
        [first.id, second.node.id].sort(),
      );
      // Both are now disputed.
      expect(second.node.verification).toBe("disputed");
      // A denial of the same object also conflicts; an unrelated statement does not.
      const denial = await ok<{ contradictions: unknown[] }>(
        await api("POST", "/knowledge/nodes", {
          kind: "fact",
          label: "Water does not boil at 100 °C at sea level",
          statement: {
            subject: "water at sea level",
            predicate: "boils at",
            object: "100 °C",
            negated: true,
          },
        }),
        201,
      );
      expect(denial.contradictions).toHaveLength(2);
      const unrelated = await ok<{ contradictions: unknown[] }>(
        await api("POST", "/knowledge/nodes", {
          kind: "fact",
          label: "Ethanol boils at 78 °C",
          statement: { subject: "ethanol", predicate: "boils at", object: "78 °C" },
        }),
        201,
      );
      expect(unrelated.contradictions).toEqual([]);
    });

    test("keeping one side updates both nodes, moves source reputation by weighted consensus and closes the review", async () => {
      const strong = await ok<{ id: string }>(
        await api("POST", "/knowledge/sources", {
          title: "Journal",
          type: "academic",
          reputation: 0.8,
        }),
        201,
      );
      const weak = await ok<{ id: string }>(
        await api("POST", "/knowledge/sources", {
          title: "Forum",
          type: "community",
          reputation: 0.2,
        }),
        201,
      );
      const a = await node({
        label: "The Great Wall is visible from the Moon",
        statement: { subject: "great wall", predicate: "visible from", object: "the moon" },
        sources: [{ sourceId: weak.id, stance: "supports" }],
      });
      const created = await ok<{ node: Node; contradictions: { id: string; reviewId: string }[] }>(
        await api("POST", "/knowledge/nodes", {
          kind: "fact",
          label: "The Great Wall is not visible from the Moon",
          statement: {
            subject: "great wall",
            predicate: "visible from",
            object: "the moon",
            negated: true,
          },
          sources: [{ sourceId: strong.id, stance: "supports" }],
        }),
        201,
      );
      const b = created.node;
      const contradiction = created.contradictions[0]!;
      const detail = await ok<{
        consensus: { shareA: number; shareB: number };
        contradiction: { nodeAId: string };
      }>(await api("GET", `/knowledge/contradictions/${contradiction.id}`));
      const aIsFirst = detail.contradiction.nodeAId === a.id;
      const keep = aIsFirst ? "keep_b" : "keep_a"; // keep the denial (backed by the journal)
      // Shares: journal 0.8 / (0.8 + 0.2) behind the denial, forum 0.2 behind the claim.
      expect(aIsFirst ? detail.consensus.shareB : detail.consensus.shareA).toBeCloseTo(0.8);

      await expectFields(
        await api("POST", `/knowledge/contradictions/${contradiction.id}/resolve`, {
          resolution: "both",
        }),
        400,
        ["context"],
      );
      const resolved = await ok<{
        reputation: { sourceId: string; before: number; after: number }[];
      }>(
        await api("POST", `/knowledge/contradictions/${contradiction.id}/resolve`, {
          resolution: keep,
          note: "Astronauts say no.",
        }),
      );
      const journal = resolved.reputation.find((r) => r.sourceId === strong.id)!;
      const forum = resolved.reputation.find((r) => r.sourceId === weak.id)!;
      // Upheld: + 0.2 × (1 − 0.8); overturned: − 0.2 × 0.2.
      expect(journal.after).toBeCloseTo(0.8 + 0.2 * 0.2, 4);
      expect(forum.after).toBeCloseTo(0.2 - 0.2 * 0.2, 4);
      const [journalRow] = await services.database.db
        .select()
        .from(kgSources)
        .where(eq(kgSources.id, strong.id));
      expect(journalRow).toMatchObject({ upheld: 1, overturned: 0, accuracy: 1 });
      const [forumRow] = await services.database.db
        .select()
        .from(kgSources)
        .where(eq(kgSources.id, weak.id));
      expect(forumRow).toMatchObject({ upheld: 0, overturned: 1, accuracy: 0 });
      expect(forumRow!.reputation).toBeCloseTo(0.16, 4);

      const kept = await ok<{ node: Node }>(await api("GET", `/knowledge/nodes/${b.id}`));
      expect(kept.node).toMatchObject({ verification: "verified" });
      expect(kept.node.confidence).toBeGreaterThanOrEqual(0.8);
      const refuted = await ok<{ node: Node }>(await api("GET", `/knowledge/nodes/${a.id}`));
      expect(refuted.node).toMatchObject({ verification: "refuted" });
      expect(refuted.node.confidence).toBeLessThanOrEqual(0.2);

      const [review] = await services.database.db
        .select()
        .from(reviewRequests)
        .where(eq(reviewRequests.id, contradiction.reviewId));
      expect(review).toMatchObject({ status: "approved", decidedBy: operator.user.id });
      expect(review!.decisionNote).toContain(keep);
      const activity = await services.database.db
        .select()
        .from(activityEvents)
        .where(eq(activityEvents.subjectId, review!.id));
      expect(activity.map((x) => x.type)).toContain("review.approved");

      const twice = await api("POST", `/knowledge/contradictions/${contradiction.id}/resolve`, {
        resolution: keep,
      });
      expect(twice.status).toBe(409);
    });

    test("both-with-context keeps both and turns the contradicts edge into related_to", async () => {
      const a = await node({ label: "Tomatoes are fruit" });
      const b = await node({ label: "Tomatoes are vegetables" });
      const { contradictions } = await edge({ fromId: a.id, toId: b.id, relation: "contradicts" });
      await ok(
        await api("POST", `/knowledge/contradictions/${contradictions[0]!.id}/resolve`, {
          resolution: "both",
          context: "Botanically a fruit; in cooking and in US tariff law a vegetable.",
        }),
      );
      const detail = await ok<{ node: { content: string }; edges: { relation: string }[] }>(
        await api("GET", `/knowledge/nodes/${a.id}`),
      );
      expect(detail.node.content).toContain("Botanically a fruit");
      expect(detail.edges.map((e) => e.relation)).toEqual(["related_to"]);
    });

    test("merge folds B's edges and sources into A and removes B", async () => {
      const x = await node({ label: "Pluto is a planet" });
      const y = await node({ label: "Pluto is a dwarf planet" });
      const { contradictions } = await edge({ fromId: x.id, toId: y.id, relation: "contradicts" });
      // A and B are the pair in id order, whichever way the edge points.
      const keptId = (contradictions[0] as unknown as { nodeAId: string }).nodeAId;
      const goneId = keptId === x.id ? y.id : x.id;
      const other = await node({ label: "Kuiper belt" });
      await edge({ fromId: goneId, toId: other.id, relation: "part_of" });
      const source = await ok<{ id: string }>(
        await api("POST", "/knowledge/sources", { title: "IAU 2006", type: "expert" }),
        201,
      );
      await ok(await api("POST", `/knowledge/nodes/${goneId}/sources`, { sourceId: source.id }));
      await ok(
        await api("POST", `/knowledge/contradictions/${contradictions[0]!.id}/resolve`, {
          resolution: "merge",
          mergedLabel: "Pluto is a dwarf planet (a planet until 2006)",
        }),
      );
      expect((await api("GET", `/knowledge/nodes/${goneId}`)).status).toBe(404);
      const merged = await ok<{
        node: Node;
        edges: { relation: string; other: { id: string } }[];
        sources: { title: string }[];
      }>(await api("GET", `/knowledge/nodes/${keptId}`));
      expect(merged.node.label).toBe("Pluto is a dwarf planet (a planet until 2006)");
      expect(merged.edges).toEqual([
        expect.objectContaining({
          relation: "part_of",
          other: expect.objectContaining({ id: other.id }),
        }),
      ]);
      expect(merged.sources.map((s) => s.title)).toEqual(["IAU 2006"]);
    });

    test("resolving an unknown contradiction is a 404; bad ids a 400", async () => {
      expect(
        (
          await api(
            "POST",
            "/knowledge/contradictions/00000000-0000-4000-8000-000000000000/resolve",
            { resolution: "keep_a" },
          )
        ).status,
      ).toBe(404);
      await expectFields(
        await api("POST", "/knowledge/contradictions/nope/resolve", { resolution: "keep_a" }),
        400,
        ["id"],
      );
      const a = await node({ label: "Resolvable A" });
      const b = await node({ label: "Resolvable B" });
      const { contradictions } = await edge({ fromId: a.id, toId: b.id, relation: "contradicts" });
      await expectFields(
        await api("POST", `/knowledge/contradictions/${contradictions[0]!.id}/resolve`, {
          resolution: "drop",
        }),
        400,
        ["resolution"],
      );
      await expectFields(
        await api("POST", `/knowledge/contradictions/${contradictions[0]!.id}/resolve`, {
          resolution: "merge",
        }),
        400,
        ["mergedLabel"],
      );
    });
  });

  test("the diff rejects a malformed or impossible day", async () => {
    await expectFields(await api("GET", "/knowledge/diff?date=2026-13-40"), 400, ["date"]);
    await expectFields(await api("GET", "/knowledge/diff"), 400, ["date"]);
  });

  test("extraction without a reachable model says so", async () => {
    const response = await api("POST", "/knowledge/extract", { text: "The sky is blue." });
    expect([502, 503]).toContain(response.status);
    await expectFields(await api("POST", "/knowledge/extract", {}), 400, ["text"]);
    expect((await api("POST", "/knowledge/extract", { text: "x" }, viewer.token)).status).toBe(403);
  });
});
