import type { ServerBuild } from "@remix-run/node";

/**
 * The route template a request path matched ("/api/v1/modules/:id"), for metric labels and log
 * lines: never the raw path, whose ids would make a new time series per id. Built once from the
 * Remix route table; ranked like React Router (static segments before dynamic ones before
 * splats), so the most specific route wins. A path no route claims is "unmatched".
 */
interface CompiledRoute {
  template: string;
  pattern: RegExp;
  score: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function fullPathOf(routes: ServerBuild["routes"], id: string): string {
  const segments: string[] = [];
  for (let route = routes[id]; route; route = route.parentId ? routes[route.parentId] : undefined) {
    if (route.path) segments.unshift(route.path);
  }
  return `/${segments.join("/")}`.replace(/\/+/g, "/").replace(/(.)\/$/, "$1");
}

function compile(template: string): CompiledRoute {
  const segments = template.split("/").filter(Boolean);
  let score = segments.length;
  const parts = segments.map((segment) => {
    if (segment === "*") {
      score -= 2;
      return "(?:/.*)?";
    }
    if (segment.startsWith(":")) {
      score += 3;
      return "/[^/]+";
    }
    score += 10;
    return `/${escapeRegExp(segment)}`;
  });
  return { template, pattern: new RegExp(`^${parts.join("") || "/"}/?$`, "i"), score };
}

export function routeTemplates(build: Pick<ServerBuild, "routes">): (path: string) => string {
  const templates = new Set(Object.keys(build.routes).map((id) => fullPathOf(build.routes, id)));
  const compiled = [...templates].map(compile).sort((a, b) => b.score - a.score);
  // Looked up on every request: remember recent paths (bounded, ids make paths many).
  const recent = new Map<string, string>();
  return (path) => {
    let template = recent.get(path);
    if (template === undefined) {
      template = compiled.find((route) => route.pattern.test(path))?.template ?? "unmatched";
      if (recent.size >= 1_000) recent.clear();
      recent.set(path, template);
    }
    return template;
  };
}
