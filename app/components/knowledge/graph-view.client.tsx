import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import Sigma from "sigma";
import type { PublicEdge, PublicNode } from "#app/knowledge/schemas.ts";

/**
 * The WebGL graph view (sigma.js on a graphology graph). Loaded only by /knowledge/graph, as its
 * own chunk. Layout: ForceAtlas2, run once per change of the node set (Barnes-Hut above 500
 * nodes). Colours by kind or domain; relation filter hides edges through a reducer, so nothing is
 * rebuilt; click a node for its details and to expand its neighbourhood from the API.
 */

export interface GraphViewProps {
  nodes: PublicNode[];
  edges: PublicEdge[];
  relations: readonly string[];
  focus?: string | null;
}

const palette = [
  "#2563eb",
  "#dc2626",
  "#16a34a",
  "#d97706",
  "#7c3aed",
  "#0891b2",
  "#db2777",
  "#65a30d",
  "#ea580c",
  "#475569",
];

const relationColour: Record<string, string> = {
  contradicts: "#dc2626",
  supports: "#16a34a",
  causes: "#d97706",
};

function colourFor(value: string, keys: string[]): string {
  const i = keys.indexOf(value);
  return palette[Math.max(i, 0) % palette.length]!;
}

function addAll(graph: Graph, nodes: PublicNode[], edges: PublicEdge[]) {
  const n = Math.max(1, graph.order + nodes.length);
  for (const node of nodes) {
    if (graph.hasNode(node.id)) continue;
    const angle = Math.random() * Math.PI * 2;
    const radius = Math.sqrt(n) * (0.5 + Math.random());
    graph.addNode(node.id, {
      label: node.label,
      x: Math.cos(angle) * radius,
      y: Math.sin(angle) * radius,
      size: 3 + node.importance * 7,
      node,
    });
  }
  for (const edge of edges) {
    if (graph.hasEdge(edge.id) || !graph.hasNode(edge.fromId) || !graph.hasNode(edge.toId)) {
      continue;
    }
    graph.addDirectedEdgeWithKey(edge.id, edge.fromId, edge.toId, {
      relation: edge.relation,
      size: 0.5 + edge.strength * 2,
      color: relationColour[edge.relation] ?? "#94a3b8",
    });
  }
}

function layout(graph: Graph) {
  if (graph.order === 0) return;
  const settings = forceAtlas2.inferSettings(graph);
  forceAtlas2.assign(graph, {
    iterations: graph.order > 2_000 ? 60 : 150,
    settings: { ...settings, barnesHutOptimize: graph.order > 500 },
  });
}

export default function GraphView({ nodes, edges, relations, focus }: GraphViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const sigmaRef = useRef<Sigma | null>(null);
  const graph = useMemo(() => {
    const g = new Graph({ multi: true, type: "directed" });
    addAll(g, nodes, edges);
    layout(g);
    return g;
  }, [nodes, edges]);
  const [colourBy, setColourBy] = useState<"kind" | "domain">("kind");
  const [hidden, setHidden] = useState<Set<string>>(new Set());
  const [selected, setSelected] = useState<PublicNode | null>(null);
  const [status, setStatus] = useState<string>("");
  const [size, setSize] = useState({ nodes: graph.order, edges: graph.size });

  const keys = useMemo(() => {
    // Recomputed when expanding adds nodes (size changes), not only when the graph is rebuilt.
    if (size.nodes === 0) return [];
    const values = new Set<string>();
    graph.forEachNode((_id, a) => values.add((a.node as PublicNode)[colourBy]));
    return [...values].sort();
  }, [graph, colourBy, size]);

  useEffect(() => {
    if (!container.current) return;
    let renderer: Sigma;
    try {
      renderer = new Sigma(graph, container.current, {
        renderEdgeLabels: false,
        labelRenderedSizeThreshold: 8,
        defaultEdgeType: "arrow",
      });
    } catch (error) {
      setStatus(`This browser cannot draw the graph (WebGL): ${(error as Error).message}`);
      return;
    }
    sigmaRef.current = renderer;
    renderer.on("clickNode", ({ node }) => {
      setSelected(graph.getNodeAttribute(node, "node") as PublicNode);
    });
    renderer.on("clickStage", () => setSelected(null));
    if (focus && graph.hasNode(focus)) {
      setSelected(graph.getNodeAttribute(focus, "node") as PublicNode);
    }
    return () => {
      renderer.kill();
      sigmaRef.current = null;
    };
  }, [graph, focus]);

  // Colours and the relation filter are reducers: a refresh, not a rebuild.
  useEffect(() => {
    const renderer = sigmaRef.current;
    if (!renderer) return;
    renderer.setSetting("nodeReducer", (id, attrs) => {
      const node = attrs.node as PublicNode;
      const out: Record<string, unknown> = { ...attrs, color: colourFor(node[colourBy], keys) };
      if (selected && id === selected.id) {
        out.highlighted = true;
        out.size = (attrs.size as number) * 1.6;
      }
      return out;
    });
    renderer.setSetting("edgeReducer", (_id, attrs) =>
      hidden.has(attrs.relation as string) ? { ...attrs, hidden: true } : attrs,
    );
    renderer.refresh();
  }, [colourBy, keys, hidden, selected]);

  const expand = useCallback(
    async (id: string) => {
      setStatus("Loading neighbours…");
      try {
        const response = await fetch(`/api/v1/knowledge/nodes/${id}/neighbors?depth=1`, {
          credentials: "same-origin",
        });
        const body = await response.json();
        if (!response.ok) throw new Error(body?.error?.message ?? response.statusText);
        const before = graph.order;
        const centre = graph.getNodeAttributes(id);
        for (const n of body.data.nodes as PublicNode[]) {
          if (graph.hasNode(n.id)) continue;
          const angle = Math.random() * Math.PI * 2;
          graph.addNode(n.id, {
            label: n.label,
            x: (centre.x as number) + Math.cos(angle) * 2,
            y: (centre.y as number) + Math.sin(angle) * 2,
            size: 3 + n.importance * 7,
            node: n,
          });
        }
        addAll(graph, [], body.data.edges as PublicEdge[]);
        setSize({ nodes: graph.order, edges: graph.size });
        setStatus(`${graph.order - before} nodes added.`);
      } catch (error) {
        setStatus(`Could not expand: ${(error as Error).message}`);
      }
    },
    [graph],
  );

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-4 text-sm">
        <label className="flex items-center gap-2">
          Colour by
          <select
            value={colourBy}
            onChange={(e) => setColourBy(e.target.value as "kind" | "domain")}
            className="rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-900"
          >
            <option value="kind">kind</option>
            <option value="domain">domain</option>
          </select>
        </label>
        <fieldset className="flex flex-wrap items-center gap-2">
          <legend className="sr-only">Relations shown</legend>
          {relations.map((r) => (
            <label key={r} className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={!hidden.has(r)}
                onChange={(e) => {
                  const next = new Set(hidden);
                  if (e.target.checked) next.delete(r);
                  else next.add(r);
                  setHidden(next);
                }}
              />
              {r}
            </label>
          ))}
        </fieldset>
        <span data-testid="graph-size">
          {size.nodes} nodes · {size.edges} edges
        </span>
      </div>
      <ul className="flex flex-wrap gap-3 text-xs" aria-label="Colour key">
        {keys.slice(0, palette.length).map((k) => (
          <li key={k} className="flex items-center gap-1">
            <span
              className="inline-block h-3 w-3 rounded-full"
              style={{ background: colourFor(k, keys) }}
            />
            {k}
          </li>
        ))}
      </ul>
      <div className="grid gap-3 lg:grid-cols-[1fr_18rem]">
        <div
          ref={container}
          data-testid="graph-canvas"
          className="h-[70vh] min-h-96 rounded-md border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-950"
        />
        <aside
          className="space-y-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
          aria-live="polite"
          data-testid="graph-details"
        >
          {selected ? (
            <>
              <h2 className="font-semibold">{selected.label}</h2>
              <p>
                {selected.kind} · {selected.domain} · {selected.verification}
              </p>
              <p>
                confidence {selected.confidence.toFixed(2)} · importance{" "}
                {selected.importance.toFixed(2)}
              </p>
              {selected.content ? <p className="line-clamp-6">{selected.content}</p> : null}
              <div className="flex gap-2">
                <button
                  type="button"
                  onClick={() => expand(selected.id)}
                  className="rounded-md bg-brand-600 px-2 py-1 text-white"
                >
                  Expand neighbours
                </button>
                <a href={`/knowledge/nodes/${selected.id}`} className="underline">
                  Open
                </a>
              </div>
            </>
          ) : (
            <p>Click a node for its details.</p>
          )}
          {status ? <p className="text-xs">{status}</p> : null}
        </aside>
      </div>
    </div>
  );
}
