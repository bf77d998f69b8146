/**
 * What an integrator writes with the client: every call typed from the API's document, no casts.
 *
 *   NEXUS_URL=http://localhost:3000 NEXUS_TOKEN=nxs_... node --import tsx examples/sample.ts
 *
 * The token needs the `write` scope, from an operator or an admin (it starts AI work too).
 */
import { randomUUID } from "node:crypto";
import { createNexusClient, NexusApiError } from "../index.ts";

const baseUrl = process.env.NEXUS_URL;
const token = process.env.NEXUS_TOKEN;
if (!baseUrl || !token) {
  console.error("Set NEXUS_URL (such as http://localhost:3000) and NEXUS_TOKEN (an API token).");
  process.exit(2);
}

const nexus = createNexusClient({ baseUrl, token });
const run = Date.now().toString(36);

// 1. Every module, ten at a time, following meta.nextCursor until it is null.
const modules = [];
let cursor: string | undefined;
let pages = 0;
do {
  const { data, meta } = await nexus.GET("/modules", { params: { query: { limit: 10, cursor } } });
  modules.push(...data);
  pages += 1;
  cursor = meta.nextCursor ?? undefined;
} while (cursor);
console.log(`modules: ${modules.length} in ${pages} pages`);

// 2. A generation answered as one JSON envelope (POST /sage/generate/stream streams instead).
const { data: generation } = await nexus.POST("/sage/generate", {
  body: {
    task: "summarization",
    prompt: "Say hello to the integrators in five words.",
    stream: false,
  },
});
console.log(
  `generation: ${JSON.stringify(generation.text)} (${generation.usage.model}, ${generation.usage.completionTokens} tokens)`,
);

// 3. A goal with only a step limit: the other limits take their defaults.
const { data: goal } = await nexus.POST("/sage/goals", {
  body: { goal: "List three checks before a deploy.", budget: { maxSteps: 2 } },
});
const { maxSteps, maxTokens, maxSeconds } = goal.budget;
console.log(
  `goal ${goal.id}: ${goal.status}, budget ${maxSteps} steps, ${maxTokens} tokens, ${maxSeconds} s`,
);

// 4. Export a domain of the knowledge graph as the JSON file and import it again as a copy.
const domain = `sample-${run}`;
const concept = async (label: string) =>
  (await nexus.POST("/knowledge/nodes", { body: { kind: "concept", label, domain } })).data.node;
const cause = await concept("Disk full");
const effect = await concept("Failed writes");
await nexus.POST("/knowledge/edges", {
  body: { fromId: cause.id, toId: effect.id, relation: "causes" },
});
const { data: file } = await nexus.GET("/knowledge/export", { params: { query: { domain } } });
const copy = `${domain}-copy`;
const key = (id: string) => `copy-${id}`;
const { data: imported } = await nexus.POST("/knowledge/import", {
  body: {
    nodes: file.nodes.map((node) => ({
      id: key(node.id),
      kind: node.kind,
      label: node.label,
      content: node.content,
      domain: copy,
      tags: node.tags,
      confidence: node.confidence,
      importance: node.importance,
      statement: node.statement,
    })),
    edges: file.edges.map((edge) => ({
      fromId: key(edge.fromId),
      toId: key(edge.toId),
      relation: edge.relation,
      strength: edge.strength,
      confidence: edge.confidence,
      evidence: edge.evidence,
    })),
  },
});
console.log(
  `knowledge: exported ${file.nodes.length} nodes and ${file.edges.length} edges from ${domain}; ` +
    `imported ${imported.nodesCreated} nodes and ${imported.edgesCreated} edges into ${copy}: ` +
    Object.values(imported.ids).join(", "),
);

// 5. Change a module only if nobody changed it since it was read (If-Match: its version).
const target =
  modules[0] ??
  (
    await nexus.POST("/modules", {
      body: { slug: `sample-${run}`, name: "Sample", kind: "service" },
    })
  ).data;
const read = `"${target.version}"`;
const { data: changed } = await nexus.PATCH("/modules/{id}", {
  params: { path: { id: target.id }, header: { "If-Match": read } },
  body: { description: `Checked by the sample at ${new Date().toISOString()}` },
});
let stale = "accepted";
try {
  await nexus.PATCH("/modules/{id}", {
    params: { path: { id: target.id }, header: { "If-Match": read } },
    body: { description: "A write based on an old read" },
  });
} catch (error) {
  if (!(error instanceof NexusApiError)) throw error;
  stale = `refused: ${error.status} ${error.code}`;
}
console.log(
  `module ${changed.slug}: version ${target.version} -> ${changed.version} with If-Match ${read}; ` +
    `the same If-Match again is ${stale}`,
);

// 6. A message posted twice with one Idempotency-Key (a retry) is stored once.
const { data: room } = await nexus.POST("/rooms", { body: { name: `Sample ${run}` } });
const idempotencyKey = randomUUID();
const post = () =>
  nexus.POST("/rooms/{id}/messages", {
    params: { path: { id: room.id }, header: { "Idempotency-Key": idempotencyKey } },
    body: { body: "Deploy checks are green." },
  });
const first = await post();
const retry = await post();
const { data: history } = await nexus.GET("/rooms/{id}/messages", {
  params: { path: { id: room.id }, query: { limit: 100 } },
});
const stored = history.filter((message) => message.id === first.data.id).length;
console.log(
  `room ${room.id}: message ${first.data.id} posted twice with one Idempotency-Key ` +
    `(${first.response.status}, then ${retry.response.status} ${retry.data.id === first.data.id ? "the same message" : "another message"}); stored ${stored} time(s)`,
);
