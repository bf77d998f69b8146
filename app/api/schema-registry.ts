import { z } from "zod/v4";

/**
 * Named schemas for the OpenAPI document's components. A registry of our own rather than zod's
 * global one: every copy of the app's code (the server build, and source loaded by tests or dev
 * reloads) gets its own, so the same name never collides.
 */
export const apiSchemas = z.registry<{ id: string }>();

export function named<T extends z.ZodType>(id: string, schema: T): T {
  apiSchemas.add(schema, { id });
  return schema;
}
