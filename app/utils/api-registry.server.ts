import { api as health } from "../routes/api.v1.health.ts";
import { api as ready } from "../routes/api.v1.ready.ts";
import type { ApiDefinition } from "./api.server.ts";

/**
 * Every versioned API route, for the OpenAPI document. A test compares this list with the files
 * in app/routes, so a route cannot be added without appearing here.
 */
export const apiDefinitions: ApiDefinition[] = [health, ready];
