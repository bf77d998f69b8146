import { createRequire } from "node:module";
import path from "node:path";
import { LRUCache } from "lru-cache";

/**
 * Remix matches every request's path against the whole route table, and React Router flattens
 * and ranks that table again on every call (compiling a RegExp per route). With NEXUS's ~60
 * routes that was the largest single cost of a cached API answer (docs/benchmarks.md). The route
 * table of a build never changes, so the answer for a path does not either: remember it per
 * table and path (bounded; ids in paths make many distinct paths).
 *
 * It wraps `matchServerRoutes` of @remix-run/server-runtime, which its request handler calls
 * through the module's exports. Every call still gets its own copy of the matches and params.
 * If a Remix upgrade moves that function, this does nothing (`installed` is false) rather than
 * break serving.
 */
type Match = { params: Record<string, string | undefined>; pathname: string; route: unknown };
type MatchServerRoutes = (routes: unknown, pathname: string, basename?: string) => Match[] | null;

const MAX_PATHS = 2_000;
let installed: boolean | undefined;

export function memoizeRouteMatching(): boolean {
  if (installed !== undefined) return installed;
  installed = false;
  try {
    const require = createRequire(import.meta.url);
    const dist = path.dirname(require.resolve("@remix-run/server-runtime"));
    const routeMatching = require(path.join(dist, "routeMatching.js")) as {
      matchServerRoutes?: MatchServerRoutes;
    };
    const original = routeMatching.matchServerRoutes;
    if (typeof original !== "function") return false;
    const tables = new WeakMap<object, LRUCache<string, { matches: Match[] | null }>>();
    routeMatching.matchServerRoutes = (routes, pathname, basename) => {
      if (typeof routes !== "object" || routes === null)
        return original(routes, pathname, basename);
      let table = tables.get(routes);
      if (!table) {
        table = new LRUCache({ max: MAX_PATHS });
        tables.set(routes, table);
      }
      const key = `${basename ?? ""}\u0000${pathname}`;
      let hit = table.get(key);
      if (!hit) {
        hit = { matches: original(routes, pathname, basename) };
        table.set(key, hit);
      }
      return (
        hit.matches?.map((m) => ({
          params: { ...m.params },
          pathname: m.pathname,
          route: m.route,
        })) ?? null
      );
    };
    installed = true;
  } catch {
    installed = false;
  }
  return installed;
}
