/**
 * `npm run check:bundle` (after `remix build`): the JavaScript each route makes a browser download
 * before its first paint, gzipped, from the Remix build manifest (public/build/manifest-*.js):
 * the entry, root, every route the URL matches (the route and its parents) and every chunk those
 * import, followed through the chunks' own static imports, and the manifest itself. Prints every route's size and fails
 * when:
 * - `/login` (routes/login) is over 120 KB gzip, or the dashboard (routes/_index) over 200 KB;
 * - a graph library (sigma, graphology) or the graph page's own module (routes/knowledge.graph)
 *   is part of any other route's first load: it belongs to that page alone, loaded on demand.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export interface ManifestRoute {
  id: string;
  parentId?: string;
  module: string;
  imports?: string[];
}

export interface RemixManifest {
  entry: { module: string; imports?: string[] };
  routes: Record<string, ManifestRoute>;
}

export interface BuiltFile {
  /** The file's text (searched for package markers and static imports). */
  text: string;
  gzipBytes: number;
}

export interface Budget {
  routeId: string;
  maxGzipBytes: number;
}

export const KB = 1024;

export const budgets: Budget[] = [
  { routeId: "routes/login", maxGzipBytes: 120 * KB },
  { routeId: "routes/_index", maxGzipBytes: 200 * KB },
];

/** Route ids (and their child routes) that may load a graph library. */
export const GRAPH_ROUTE = "routes/knowledge.graph";

/** Strings only a graph library's code carries (package names, error prefixes, banners). */
export const GRAPH_MARKERS: { name: string; pattern: RegExp }[] = [
  { name: "graphology", pattern: /graphology/i },
  { name: "sigma", pattern: /@sigma\/|sigma\.js|\bSigma: |sigma\/(?:rendering|settings)|"sigma"/i },
];

/** `window.__remixManifest={...};` → the object. */
export function parseManifest(source: string): RemixManifest {
  const start = source.indexOf("{");
  const end = source.lastIndexOf("}");
  if (start < 0 || end < start) throw new Error("not a Remix manifest");
  return JSON.parse(source.slice(start, end + 1)) as RemixManifest;
}

const STATIC_IMPORT =
  /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']([^"']+\.js)["']/g;

/** Static imports of a built chunk (not `import()`: those load later, on demand). */
export function staticImports(file: string, text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(STATIC_IMPORT)) {
    const spec = match[1]!;
    found.push(spec.startsWith(".") ? path.posix.join(path.posix.dirname(file), spec) : spec);
  }
  return found;
}

/** Route ids from the root down to `routeId`. */
export function routeChain(manifest: RemixManifest, routeId: string): ManifestRoute[] {
  const chain: ManifestRoute[] = [];
  for (let id: string | undefined = routeId; id; id = manifest.routes[id]?.parentId) {
    const route = manifest.routes[id];
    if (!route) throw new Error(`no route ${id} in the manifest`);
    chain.unshift(route);
  }
  return chain;
}

/** Every file a first load of `routeId` downloads (URLs as in the manifest, /build/...). */
export function firstLoadFiles(
  manifest: RemixManifest,
  routeId: string,
  files: Map<string, BuiltFile>,
  alwaysLoaded: string[] = [],
): Set<string> {
  const wanted = [...alwaysLoaded, manifest.entry.module, ...(manifest.entry.imports ?? [])];
  for (const route of routeChain(manifest, routeId)) {
    wanted.push(route.module, ...(route.imports ?? []));
  }
  const seen = new Set<string>();
  while (wanted.length > 0) {
    const file = wanted.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const built = files.get(file);
    if (built) wanted.push(...staticImports(file, built.text));
  }
  return seen;
}

export interface RouteSize {
  routeId: string;
  gzipBytes: number;
  files: number;
  graphFiles: string[];
}

export interface BudgetReport {
  routes: RouteSize[];
  failures: string[];
}

const isGraphRoute = (manifest: RemixManifest, routeId: string) =>
  routeChain(manifest, routeId).some((r) => r.id === GRAPH_ROUTE);

export function checkBundle(
  manifest: RemixManifest,
  files: Map<string, BuiltFile>,
  options: { budgets?: Budget[]; manifestFile?: string } = {},
): BudgetReport {
  const limits = options.budgets ?? budgets;
  const alwaysLoaded = options.manifestFile ? [options.manifestFile] : [];
  // The graph page's own module, and any chunk carrying a graph library's code.
  const graphFiles = new Map<string, string>();
  const graphRoute = manifest.routes[GRAPH_ROUTE];
  if (graphRoute) graphFiles.set(graphRoute.module, GRAPH_ROUTE);
  for (const [file, built] of files) {
    if (file === options.manifestFile) continue;
    const marker = GRAPH_MARKERS.find((m) => m.pattern.test(built.text));
    if (marker) graphFiles.set(file, marker.name);
  }

  const failures: string[] = [];
  const routes: RouteSize[] = [];
  for (const routeId of Object.keys(manifest.routes).sort()) {
    const loaded = firstLoadFiles(manifest, routeId, files, alwaysLoaded);
    let gzipBytes = 0;
    for (const file of loaded) {
      const built = files.get(file);
      if (!built) failures.push(`${routeId}: ${file} is in the manifest but not in the build`);
      gzipBytes += built?.gzipBytes ?? 0;
    }
    const graph = isGraphRoute(manifest, routeId)
      ? []
      : [...loaded].filter((f) => graphFiles.has(f)).map((f) => `${f} (${graphFiles.get(f)})`);
    if (graph.length > 0) {
      failures.push(
        `${routeId}: its first load includes graph code meant for ${GRAPH_ROUTE} only: ${graph.join(", ")}`,
      );
    }
    routes.push({ routeId, gzipBytes, files: loaded.size, graphFiles: graph });
  }
  for (const budget of limits) {
    const route = routes.find((r) => r.routeId === budget.routeId);
    if (!route) {
      failures.push(`${budget.routeId}: not in the manifest (a budget names a route that is gone)`);
    } else if (route.gzipBytes > budget.maxGzipBytes) {
      failures.push(
        `${budget.routeId}: first load ${formatKb(route.gzipBytes)} gzip, over its budget of ${formatKb(budget.maxGzipBytes)}`,
      );
    }
  }
  return { routes, failures };
}

export const formatKb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/**
 * Reads public/build: the newest manifest and every .js file, keyed by its /build/... URL. The
 * manifest is downloaded on every first load too, so its size is part of each route's total.
 */
export function readBuild(publicDir: string): {
  manifest: RemixManifest;
  manifestFile: string;
  files: Map<string, BuiltFile>;
} {
  const buildDir = path.join(publicDir, "build");
  const entries = readdirSync(buildDir, { recursive: true, encoding: "utf8" });
  const newest = entries
    .filter((f) => /^manifest-[\w-]+\.js$/.test(f))
    .map((f) => ({ f, mtime: statSync(path.join(buildDir, f)).mtimeMs }))
    .sort((a, b) => a.mtime - b.mtime)
    .at(-1);
  if (!newest) throw new Error(`no manifest-*.js in ${buildDir}: run remix build first`);
  const files = new Map<string, BuiltFile>();
  for (const entry of entries) {
    if (!entry.endsWith(".js")) continue;
    const text = readFileSync(path.join(buildDir, entry), "utf8");
    files.set(`/build/${entry.split(path.sep).join("/")}`, {
      text,
      gzipBytes: gzipSync(text).length,
    });
  }
  const manifestFile = `/build/${newest.f}`;
  return { manifest: parseManifest(files.get(manifestFile)!.text), manifestFile, files };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const { manifest, manifestFile, files } = readBuild(path.join(root, "public"));
  const { routes, failures } = checkBundle(manifest, files, { manifestFile });
  const limitOf = new Map(budgets.map((b) => [b.routeId, b.maxGzipBytes]));
  console.log("First-load JS per route (gzip):");
  for (const route of [...routes].sort((a, b) => b.gzipBytes - a.gzipBytes)) {
    const limit = limitOf.get(route.routeId);
    console.log(
      `  ${formatKb(route.gzipBytes).padStart(9)}  ${route.routeId}${limit ? `  (budget ${formatKb(limit)})` : ""}`,
    );
  }
  if (failures.length > 0) {
    console.error(`\nBundle budget failed:\n${failures.map((f) => `- ${f}`).join("\n")}`);
    process.exit(1);
  }
  console.log("\nBundle budgets: ok");
}
