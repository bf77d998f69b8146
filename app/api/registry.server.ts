import type { ServerBuild } from "@remix-run/node";
import type { ApiDefinition } from "./api.server.ts";

/**
 * Every versioned API route of a route table, for the OpenAPI document: each route module under
 * `api.v1.` exports its `defineApi(...)` as `api`, so a route file added is documented without a
 * list to keep. server.ts hands the built app's table over (`context.apiDefinitions`); a test
 * checks every route file exports its definition.
 */
export function apiDefinitionsOf(routes: ServerBuild["routes"]): ApiDefinition[] {
  return Object.values(routes)
    .filter((route) => route.id.startsWith("routes/api.v1."))
    .flatMap((route) => {
      const api = (route.module as { api?: ApiDefinition }).api;
      return api ? [api] : [];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
