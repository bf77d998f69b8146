/**
 * `npm run bench:knowledge`: the knowledge graph's queries on a generated graph of 100,000 nodes
 * and 500,000 edges in the machine's real Postgres (a throwaway database), through the same code
 * and driver the app uses (the Neon serverless driver, here over the tests' local WebSocket relay),
 * each beside the same work done in memory on the same graph in the same run.
 *
 * Settings: BENCH_PG_URL (else TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres), BENCH_KG_NODES (100000), BENCH_KG_EDGES (500000),
 * BENCH_KG_SAMPLES (200 per query kind), BENCH_KG_KEEP=1 to keep the database afterwards (to study
 * query plans), BENCH_OUTPUT (the file to write, docs/benchmarks.md). `npm run bench` runs it too
 * (runKnowledgeBench) when it has a Postgres, and judges its figures in its Targets table.
 */
import { randomUUID } from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Client } from "@neondatabase/serverless";
import { sql } from "drizzle-orm";
import type { Cache } from "#app/cache/cache.server.ts";
import { importGraph, searchNodes, shortestPathIds, walk } from "#app/knowledge/queries.server.ts";
import type { ImportDocument } from "#app/knowledge/schemas.ts";
import type { KnowledgeDeps } from "#app/knowledge/store.server.ts";
import { DomainEvents } from "#app/utils/events.server.ts";
import { createLogger } from "#app/utils/log.server.ts";
import { openDatabase } from "#db/client.ts";
import { migrate } from "#db/migrate.ts";
import { startNeonRelay } from "../support/neon-relay.ts";
import { numberFromEnv, outputFileFromEnv, percentile, repoRoot } from "./harness.ts";
import { GOALS } from "./report.ts";

const log = (line: string) => console.error(`[bench:knowledge] ${line}`);

// ---------------------------------------------------------------------------------------------
// The generated graph: labels of 3 to 5 words from a 3,000-word vocabulary (Zipf-like use, so
// some words are common and most are rare), 20 domains, edges mostly local (a node links to
// nearby ids) with a share of long-range ones, as real knowledge graphs cluster by topic.

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Words of 4 to 9 random letters: trigram statistics closer to real text than syllable soup. */
function vocabulary(n: number, random: () => number): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const words = new Set<string>();
  while (words.size < n) {
    const length = 4 + Math.floor(random() * 6);
    let w = "";
    for (let i = 0; i < length; i++) w += letters[Math.floor(random() * letters.length)];
    words.add(w);
  }
  return [...words];
}

const kinds = ["fact", "concept", "entity", "hypothesis", "rule"] as const;
const relations = [
  "supports",
  "causes",
  "part_of",
  "is_a",
  "related_to",
  "depends_on",
  "derived_from",
  "example_of",
] as const;

export function generateGraph(nodeCount: number, edgeCount: number, seed = 7) {
  const random = rng(seed);
  const words = vocabulary(3_000, random);
  const zipf = () => words[Math.min(words.length - 1, Math.floor(words.length * random() ** 2.5))]!;
  const ids: string[] = new Array(nodeCount);
  const nodes: ImportDocument["nodes"] = new Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    ids[i] = randomUUID();
    const n = 3 + Math.floor(random() * 3);
    const label = Array.from({ length: n }, zipf).join(" ");
    nodes[i] = {
      id: ids[i]!,
      kind: kinds[Math.floor(random() * kinds.length)]!,
      label,
      content: `${label} ${zipf()} ${zipf()} ${zipf()}`,
      domain: `domain${Math.floor(random() * 20)}`,
      tags: [],
      confidence: Math.round(random() * 100) / 100,
      importance: Math.round(random() * 100) / 100,
      statement: undefined,
    };
  }
  const seen = new Set<string>();
  const from = new Int32Array(edgeCount);
  const to = new Int32Array(edgeCount);
  const edges: ImportDocument["edges"] = [];
  while (edges.length < edgeCount) {
    const a = Math.floor(random() * nodeCount);
    const b =
      random() < 0.8
        ? (a + 1 + Math.floor(random() * 200)) % nodeCount
        : Math.floor(random() * nodeCount);
    if (a === b) continue;
    const relation = relations[Math.floor(random() * relations.length)]!;
    const key = `${a}:${b}:${relation}`;
    if (seen.has(key)) continue;
    seen.add(key);
    from[edges.length] = a;
    to[edges.length] = b;
    edges.push({
      fromId: ids[a]!,
      toId: ids[b]!,
      relation,
      strength: Math.round(random() * 100) / 100,
      confidence: Math.round(random() * 100) / 100,
      evidence: "",
    });
  }
  return { ids, nodes, edges, from, to, words };
}

// ---------------------------------------------------------------------------------------------
// The same work in memory: an adjacency list (both directions) and a label scan.

function adjacency(nodeCount: number, from: Int32Array, to: Int32Array) {
  const degree = new Int32Array(nodeCount + 1);
  for (let i = 0; i < from.length; i++) {
    degree[from[i]! + 1]!++;
    degree[to[i]! + 1]!++;
  }
  for (let i = 1; i <= nodeCount; i++) degree[i]! += degree[i - 1]!;
  const offsets = degree.slice();
  const list = new Int32Array(from.length * 2);
  const fill = offsets.slice();
  for (let i = 0; i < from.length; i++) {
    list[fill[from[i]!]!++] = to[i]!;
    list[fill[to[i]!]!++] = from[i]!;
  }
  return { offsets, list };
}

type Adjacency = ReturnType<typeof adjacency>;

function memoryHops(adj: Adjacency, root: number, depth: number): number {
  const seen = new Set<number>([root]);
  let frontier = [root];
  for (let d = 0; d < depth; d++) {
    const next: number[] = [];
    for (const u of frontier) {
      for (let k = adj.offsets[u]!; k < adj.offsets[u + 1]!; k++) {
        const v = adj.list[k]!;
        if (!seen.has(v)) {
          seen.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return seen.size;
}

function memoryPath(adj: Adjacency, a: number, b: number, maxDepth: number): number | null {
  if (a === b) return 0;
  const df = new Map<number, number>([[a, 0]]);
  const db = new Map<number, number>([[b, 0]]);
  let ff = [a];
  let fb = [b];
  let depthF = 0;
  let depthB = 0;
  while (ff.length && fb.length && depthF + depthB < maxDepth) {
    const forward = ff.length <= fb.length;
    const [front, mine, theirs] = forward ? [ff, df, db] : [fb, db, df];
    const next: number[] = [];
    const level = (forward ? depthF : depthB) + 1;
    for (const u of front) {
      for (let k = adj.offsets[u]!; k < adj.offsets[u + 1]!; k++) {
        const v = adj.list[k]!;
        if (mine.has(v)) continue;
        mine.set(v, level);
        if (theirs.has(v)) return level + theirs.get(v)!;
        next.push(v);
      }
    }
    if (forward) {
      ff = next;
      depthF++;
    } else {
      fb = next;
      depthB++;
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------

async function timeEach<T>(inputs: T[], run: (input: T) => Promise<unknown> | unknown) {
  const times: number[] = [];
  for (const input of inputs) {
    const started = performance.now();
    await run(input);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times) };
}

const noCache = {
  kind: "memory",
  getOrCompute: (_n: string, _k: string, _t: number, compute: () => Promise<unknown>) => compute(),
  invalidateTag: async () => {},
} as unknown as Cache;

/** One query kind: Postgres's p50 and p95, and the p95 of the same work in memory. */
export interface KnowledgeQueryFigures {
  p50Ms: number;
  p95Ms: number;
  memoryP95Ms: number;
}

/** The run's figures, for `npm run bench`'s Targets table. */
export interface KnowledgeFigures {
  nodes: number;
  edges: number;
  samples: number;
  search: KnowledgeQueryFigures;
  hops: KnowledgeQueryFigures;
  path: KnowledgeQueryFigures;
  nodesPerSecond: number;
  edgesPerSecond: number;
  /** One `select 1` through the same driver: the floor under every SQL figure. */
  roundTripP50Ms: number;
}

export interface KnowledgeBenchResult {
  lines: string[];
  /** Every goal met. */
  ok: boolean;
  figures: KnowledgeFigures;
}

export async function runKnowledgeBench(
  options: { adminUrl?: string } = {},
): Promise<KnowledgeBenchResult> {
  const adminUrl =
    options.adminUrl ??
    process.env.BENCH_PG_URL ??
    process.env.TEST_DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  const nodeCount = numberFromEnv("BENCH_KG_NODES", 100_000, 100);
  const edgeCount = numberFromEnv("BENCH_KG_EDGES", 500_000, 100);
  const samples = numberFromEnv("BENCH_KG_SAMPLES", 200, 10);
  const relay = await startNeonRelay();
  const name = `nexus_bench_kg_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const bootstrap = await openDatabase({ kind: "neon", url: adminUrl, wsProxy: relay.address });
  await bootstrap.close();
  const admin = new Client(adminUrl);
  await admin.connect();
  await admin.query(`create database "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    kind: "neon",
    url: url.toString(),
    wsProxy: relay.address,
  });
  try {
    await migrate(database.db);
    const deps = {
      database,
      cache: noCache,
      events: new DomainEvents(),
      log: await createLogger({ level: "warn", format: "json" }),
      config: {} as KnowledgeDeps["config"],
    } as KnowledgeDeps;
    const actor = { id: null, label: "bench" };

    const loadBefore = os.loadavg()[0]!;
    log(`generating ${nodeCount} nodes and ${edgeCount} edges`);
    const graph = generateGraph(nodeCount, edgeCount);

    log("importing nodes");
    let started = performance.now();
    const CHUNK = 20_000;
    for (let i = 0; i < graph.nodes.length; i += CHUNK) {
      await importGraph(deps, { nodes: graph.nodes.slice(i, i + CHUNK), edges: [] }, actor, {
        detect: false,
        activity: false,
      });
    }
    const nodeSeconds = (performance.now() - started) / 1000;
    log("importing edges");
    started = performance.now();
    for (let i = 0; i < graph.edges.length; i += 50_000) {
      await importGraph(deps, { nodes: [], edges: graph.edges.slice(i, i + 50_000) }, actor, {
        detect: false,
        activity: false,
      });
    }
    const edgeSeconds = (performance.now() - started) / 1000;
    await database.db.execute(sql`analyze`);

    const random = rng(99);
    const pick = () => Math.floor(random() * nodeCount);
    // Queries: a word, two words, and a misspelt word (dropped letter), like people type.
    const queries = Array.from({ length: samples }, (_, i) => {
      const w = graph.words[Math.floor(graph.words.length * random() ** 2)]!;
      if (i % 3 === 1) return `${w} ${graph.words[Math.floor(random() * 300)]}`;
      if (i % 3 === 2) return w.slice(0, -1);
      return w;
    });
    const roots = Array.from({ length: samples }, pick);
    const pairs = Array.from({ length: samples }, () => [pick(), pick()] as const);

    // Warm the caches of Postgres and of the JIT alike for both sides.
    for (const q of queries.slice(0, 10))
      await searchNodes(deps, { q, limit: 20 }, { fresh: true });

    // The floor under every SQL figure: one statement that does nothing, through the same driver.
    log("measuring a round trip");
    const roundTrip = await timeEach(
      Array.from({ length: samples }, (_, i) => i),
      () => database.db.execute(sql`select 1`),
    );

    log("measuring search");
    const search = await timeEach(queries, (q) =>
      searchNodes(deps, { q, limit: 20 }, { fresh: true }),
    );
    const labels = graph.nodes.map((n) => n.label.toLowerCase());
    const searchMemory = await timeEach(queries, (q) => {
      const needle = q.toLowerCase();
      const hits: number[] = [];
      for (let i = 0; i < labels.length && hits.length < 20; i++) {
        if (labels[i]!.includes(needle)) hits.push(i);
      }
      return hits;
    });

    log("measuring 2-hop neighbourhoods");
    const adj = adjacency(nodeCount, graph.from, graph.to);
    let hopSizes = 0;
    const hops = await timeEach(roots, async (r) => {
      const walked = await walk(deps, graph.ids[r]!, 2, undefined, 5_000);
      hopSizes += walked.nodeIds.length;
      await database.db.execute(
        sql`select id, label, kind from kg_nodes where id = any(${`{${walked.nodeIds.join(",")}}`}::uuid[])`,
      );
    });
    const hopsMemory = await timeEach(roots, (r) => memoryHops(adj, r, 2));

    log("measuring shortest paths (up to 6 hops)");
    let found = 0;
    let totalLength = 0;
    const paths = await timeEach(pairs, async ([a, b]) => {
      const p = await shortestPathIds(deps, graph.ids[a]!, graph.ids[b]!, 6);
      if (p) {
        found++;
        totalLength += p.edges.length;
      }
    });
    let memoryFound = 0;
    const pathsMemory = await timeEach(pairs, ([a, b]) => {
      if (memoryPath(adj, a, b, 6) !== null) memoryFound++;
    });

    log("query plans");
    const plan = async (statement: ReturnType<typeof sql>) => {
      const result = await database.db.execute(sql`explain (analyze, format text) ${statement}`);
      return (result as unknown as { rows: Record<string, string>[] }).rows
        .map((r) => Object.values(r)[0])
        .join("\n");
    };
    const sampleId = graph.ids[roots[0]!]!;
    const q0 = queries[0]!;
    const searchPlan = await plan(
      sql`select id from kg_nodes where id in (select id from (select id from kg_nodes where search @@ websearch_to_tsquery('english', ${q0}) limit 300) f union select id from (select id from kg_nodes where ${q0} <% label order by ${q0} <<-> label limit 20) z) order by ts_rank(search, websearch_to_tsquery('english', ${q0})) + word_similarity(${q0}, label) desc limit 20`,
    );
    const edgePlan = await plan(
      sql`select id, from_id, to_id from kg_edges where from_id = any(${`{${sampleId}}`}::uuid[]) union all select id, from_id, to_id from kg_edges where to_id = any(${`{${sampleId}}`}::uuid[])`,
    );
    const indexesUsed = (text: string) =>
      [
        ...new Set(
          [...text.matchAll(/(?:Index|Bitmap Index) (?:Only )?Scan (?:using|on) (\w+)/g)].map(
            (m) => m[1],
          ),
        ),
      ].join(", ") || "none (sequential scan)";

    const loadAfter = os.loadavg()[0]!;
    const ms = (v: number) => v.toFixed(2);
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}x` : "-");
    const nodesPerSecond = nodeCount / nodeSeconds;
    const goals = {
      search: search.p95 < GOALS.knowledgeSearchP95Ms,
      hops: hops.p95 < GOALS.knowledgeHopsP95Ms,
      path: paths.p95 < GOALS.knowledgePathP95Ms,
      import: nodesPerSecond >= GOALS.knowledgeNodesPerSecond,
    };
    const lines = [
      `Graph: ${nodeCount.toLocaleString("en")} nodes, ${edgeCount.toLocaleString("en")} edges (80% within 200 ids of each other, 20% anywhere; 3,000 words of random letters, used with a Zipf-like skew), real Postgres through the app's Neon driver and a local WebSocket relay, one connection at a time, ${samples} samples per query, cache bypassed.`,
      "",
      "| query | SQL p50 ms | SQL p95 ms | goal (p95) | in memory p95 ms | SQL / memory |",
      "| --- | ---: | ---: | --- | ---: | ---: |",
      `| search (full text + trigram, top 20) | ${ms(search.p50)} | ${ms(search.p95)} | < ${GOALS.knowledgeSearchP95Ms} ms: ${goals.search ? "met" : "**missed**"} | ${ms(searchMemory.p95)} (substring scan) | ${ratio(search.p95, searchMemory.p95)} |`,
      `| 2-hop neighbourhood (mean ${Math.round(hopSizes / roots.length)} nodes), with node rows | ${ms(hops.p50)} | ${ms(hops.p95)} | < ${GOALS.knowledgeHopsP95Ms} ms: ${goals.hops ? "met" : "**missed**"} | ${ms(hopsMemory.p95)} (BFS) | ${ratio(hops.p95, hopsMemory.p95)} |`,
      `| shortest path ≤ 6 hops (found ${found}/${samples}, mean length ${found ? (totalLength / found).toFixed(1) : "-"}) | ${ms(paths.p50)} | ${ms(paths.p95)} | < ${GOALS.knowledgePathP95Ms} ms: ${goals.path ? "met" : "**missed**"} | ${ms(pathsMemory.p95)} (bidirectional BFS, found ${memoryFound}) | ${ratio(paths.p95, pathsMemory.p95)} |`,
      "",
      `Machine: ${os.cpus().length} cores, load average (1 min) ${loadBefore.toFixed(1)} before and ${loadAfter.toFixed(1)} after the run${Math.max(loadBefore, loadAfter) > os.cpus().length ? ": above the core count, other work shared the CPU and every figure is inflated" : ""}.`,
      "",
      `One round trip (\`select 1\` through the same driver and relay): p50 ${ms(roundTrip.p50)} ms, p95 ${ms(roundTrip.p95)} ms. A 2-hop query needs at least three (two BFS levels and the node rows) and a path one per BFS level, so neither can come within 5x of an in-memory traversal that takes ${ms(hopsMemory.p95)}-${ms(pathsMemory.p95)} ms: the round trips alone are ${ratio(3 * roundTrip.p50, hopsMemory.p95)} the in-memory 2-hop.`,
      "",
      `Bulk import: ${Math.round(nodesPerSecond).toLocaleString("en")} nodes/s (goal ≥ ${GOALS.knowledgeNodesPerSecond.toLocaleString("en")}: ${goals.import ? "met" : "**missed**"}), ${Math.round(edgeCount / edgeSeconds).toLocaleString("en")} edges/s, history rows included.`,
      "",
      `Plans (EXPLAIN ANALYZE): search uses ${indexesUsed(searchPlan)}; one BFS level uses ${indexesUsed(edgePlan)}.`,
      "",
      "The in-memory side is the floor, not a competitor: the same traversal over an adjacency array in this process, with no I/O. SQL pays a round trip per BFS level (two or three for a 2-hop query, one per level of the smaller frontier for a path) plus the row fetch; the ratio shows what storing the graph in Postgres costs over holding it in memory.",
    ];
    const figures: KnowledgeFigures = {
      nodes: nodeCount,
      edges: edgeCount,
      samples,
      search: { p50Ms: search.p50, p95Ms: search.p95, memoryP95Ms: searchMemory.p95 },
      hops: { p50Ms: hops.p50, p95Ms: hops.p95, memoryP95Ms: hopsMemory.p95 },
      path: { p50Ms: paths.p50, p95Ms: paths.p95, memoryP95Ms: pathsMemory.p95 },
      nodesPerSecond,
      edgesPerSecond: edgeCount / edgeSeconds,
      roundTripP50Ms: roundTrip.p50,
    };
    return { lines, ok: Object.values(goals).every(Boolean), figures };
  } finally {
    await database.close();
    if (process.env.BENCH_KG_KEEP === "1") {
      log(`kept the database ${name} (BENCH_KG_KEEP=1)`);
    } else {
      const cleanup = new Client(adminUrl);
      await cleanup.connect();
      await cleanup.query(`drop database if exists "${name}" with (force)`);
      await cleanup.end();
    }
    await relay.close();
  }
}

const START = "<!-- knowledge-bench:start -->";
const END = "<!-- knowledge-bench:end -->";

/** The knowledge section of docs/benchmarks.md (kept when `npm run bench` rewrites the rest). */
export async function knowledgeSection(file: string): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  return start >= 0 && end > start ? `\n${text.slice(start, end + END.length)}\n` : "";
}

/** The section itself, between its markers; `command` is what generated it. */
export function renderKnowledgeSection(lines: string[], date: Date, command: string): string {
  return [
    START,
    "## Knowledge graph",
    "",
    `Generated by \`${command}\` (tests/bench/knowledge.ts) on ${date.toISOString()}.`,
    "",
    ...lines,
    END,
  ].join("\n");
}

export async function writeKnowledgeSection(file: string, lines: string[], date: Date) {
  const text = await readFile(file, "utf8").catch(() => "# Benchmarks\n");
  const section = renderKnowledgeSection(lines, date, "npm run bench:knowledge");
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    start >= 0 && end > start
      ? `${text.slice(0, start)}${section}${text.slice(end + END.length)}`
      : `${text.trimEnd()}\n\n${section}\n`;
  await writeFile(file, next);
}

export async function main(): Promise<number> {
  const date = new Date();
  const result = await runKnowledgeBench();
  console.log(result.lines.join("\n"));
  const file = outputFileFromEnv();
  await writeKnowledgeSection(file, result.lines, date);
  log(`wrote ${path.relative(repoRoot, file)} (knowledge section)`);
  return result.ok ? 0 : 1;
}
