import { z } from "zod/v4";
import { named } from "#app/utils/schema-registry.ts";

/** Schemas shared by several operations; each carries an id so the OpenAPI document names it. */

export const componentCheckSchema = named(
  "ComponentCheck",
  z.object({
    name: z.enum(["database", "cache", "realtime"]),
    ok: z.boolean(),
    backend: z.string(),
    latencyMs: z.number(),
    error: z.string().optional(),
  }),
);

export const readinessSchema = named(
  "Readiness",
  z.object({
    ready: z.boolean(),
    /** Failed components NEXUS serves through (the cache fails open): 200, not 503. */
    degraded: z.array(z.enum(["database", "cache", "realtime"])),
    checks: z.array(componentCheckSchema),
    checkedAt: z.iso.datetime(),
  }),
);

export const errorBodySchema = named(
  "ErrorEnvelope",
  z.object({
    success: z.literal(false),
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
    timestamp: z.iso.datetime(),
  }),
);
