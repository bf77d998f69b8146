import { z } from "zod/v4";

/** Schemas shared by several operations; each carries an id so the OpenAPI document names it. */

export const componentCheckSchema = z
  .object({
    name: z.enum(["database", "cache", "realtime"]),
    ok: z.boolean(),
    backend: z.string(),
    latencyMs: z.number(),
    error: z.string().optional(),
  })
  .meta({ id: "ComponentCheck" });

export const readinessSchema = z
  .object({
    ready: z.boolean(),
    checks: z.array(componentCheckSchema),
    checkedAt: z.iso.datetime(),
  })
  .meta({ id: "Readiness" });

export const errorBodySchema = z
  .object({
    success: z.literal(false),
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.unknown().optional(),
      requestId: z.string().optional(),
    }),
    timestamp: z.iso.datetime(),
  })
  .meta({ id: "ErrorEnvelope" });
