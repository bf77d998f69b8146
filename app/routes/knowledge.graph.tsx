import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { lazy, Suspense } from "react";
import { ClientOnly } from "remix-utils/client-only";
import { z } from "zod/v4";
import { requireUser } from "#app/accounts/auth.server.ts";
import { KnowledgeHeader } from "#app/components/knowledge/nav.tsx";
import { exportSubgraph, neighbors } from "#app/knowledge/queries.server.ts";
import { kgRelations } from "#db/schema/index.ts";

// Its own chunk: sigma and graphology are fetched by this page only.
const GraphView = lazy(() => import("#app/components/knowledge/graph-view.client.tsx"));

export const meta: MetaFunction = () => [{ title: "Graph view · Knowledge · NEXUS" }];

/** How many nodes the page starts with when it shows the whole graph. */
const INITIAL_NODES = 5_000;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const url = new URL(request.url);
  const focus = z.uuid().safeParse(url.searchParams.get("focus"));
  const domain = url.searchParams.get("domain")?.trim() || undefined;
  const graph = focus.success
    ? await neighbors(context.services, focus.data, { depth: 2, limit: INITIAL_NODES }).catch(
        () => null,
      )
    : null;
  const shown =
    graph ?? (await exportSubgraph(context.services, { depth: 0, domain, limit: INITIAL_NODES }));
  return { ...shown, focus: focus.success && graph ? focus.data : null };
}

export default function KnowledgeGraph() {
  const { nodes, edges, truncated, focus } = useLoaderData<typeof loader>();
  const fallback = (
    <div className="flex h-[70vh] items-center justify-center rounded-md border border-slate-200 text-sm dark:border-slate-800">
      Loading the graph view… ({nodes.length} nodes)
    </div>
  );
  return (
    <div className="space-y-4">
      <KnowledgeHeader title="Graph view">
        {focus ? "Two hops around the chosen node." : "The graph"}
        {truncated ? `, first ${nodes.length} nodes` : ""}. Drag to pan, scroll to zoom.
      </KnowledgeHeader>
      <ClientOnly fallback={fallback}>
        {() => (
          <Suspense fallback={fallback}>
            <GraphView nodes={nodes} edges={edges} relations={kgRelations} focus={focus} />
          </Suspense>
        )}
      </ClientOnly>
    </div>
  );
}
