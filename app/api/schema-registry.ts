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

/** Query parameters that are booleans on the wire (see `queryBoolean` in schemas.ts). */
const queryBooleans = new WeakSet<z.ZodType>();

export function markQueryBoolean<T extends z.ZodType>(schema: T): T {
  queryBooleans.add(schema);
  return schema;
}

/** Whether the document should declare this schema `type: boolean`. */
export const isQueryBoolean = (schema: unknown) => queryBooleans.has(schema as z.ZodType);
