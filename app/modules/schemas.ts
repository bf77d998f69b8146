import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { httpUrl } from "#app/api/schemas.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";

/** Module fields, shared by the JSON API and the forms so both refuse the same input alike. */

export const moduleStatuses = ["active", "warning", "error", "inactive"] as const;
export const moduleStatusSchema = z.enum(moduleStatuses, {
  error: "Choose active, warning, error or inactive",
});

export const slugSchema = z
  .string({ error: "Enter a slug" })
  .trim()
  .min(1, "Enter a slug")
  .max(64, "At most 64 characters")
  .regex(
    /^[a-z0-9]+(?:[_-][a-z0-9]+)*$/,
    "Lower-case letters, digits, - and _ (e.g. global_workspace)",
  );

export const moduleNameSchema = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(100, "At most 100 characters")
  .refine(storableText, UNSTORABLE_TEXT_MESSAGE);

export const kindSchema = z
  .string({ error: "Enter a kind" })
  .trim()
  .min(1, "Enter a kind")
  .max(40, "At most 40 characters")
  .regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, "Lower-case letters, digits, - and _ (e.g. cognition)");

export const descriptionSchema = z
  .string()
  .trim()
  .max(2000, "At most 2000 characters")
  .refine(storableText, UNSTORABLE_TEXT_MESSAGE);

const percent = (label: string) =>
  z
    .number({ error: `${label} must be a number from 0 to 100` })
    .int(`${label} must be a whole number`)
    .min(0, `${label} must be from 0 to 100`)
    .max(100, `${label} must be from 0 to 100`);

export const integrationLevelSchema = percent("Integration level");
export const loadSchema = percent("Load");

export const metricsSchema = z
  .record(
    z.string().regex(/^[A-Za-z0-9_.-]{1,64}$/, "Metric names: letters, digits, _ . - (at most 64)"),
    z.union([z.number().finite(), z.string().max(200, "A metric text is at most 200 characters")], {
      error: "A metric is a number or a short text",
    }),
  )
  .refine((m) => Object.keys(m).length <= 50, "At most 50 metrics");

export const healthEndpointSchema = httpUrl("The health endpoint");

export const probeIntervalSchema = z
  .number({ error: "The probe interval is a number of seconds" })
  .int("Whole seconds")
  .min(5, "At least 5 seconds")
  .max(3600, "At most 3600 seconds");

export const probeTimeoutSchema = z
  .number({ error: "The probe timeout is a number of milliseconds" })
  .int("Whole milliseconds")
  .min(100, "At least 100 ms")
  .max(30_000, "At most 30000 ms");

export const publicSchema = z
  .boolean({ error: "public must be true or false" })
  .describe("Listed on the public status page (/status): its name, status and uptime only.");

export const versionSchema = z
  .number({ error: "version must be a number" })
  .int("version must be a whole number")
  .min(1, "version starts at 1");

const timeoutWithinInterval = (v: { probeTimeoutMs?: number; probeIntervalSeconds?: number }) =>
  v.probeTimeoutMs === undefined ||
  v.probeIntervalSeconds === undefined ||
  v.probeTimeoutMs < v.probeIntervalSeconds * 1000;

const timeoutIssue = {
  path: ["probeTimeoutMs"],
  message: "The timeout must be shorter than the probe interval",
};

export const createModuleSchema = z
  .strictObject({
    slug: slugSchema,
    name: moduleNameSchema,
    description: descriptionSchema.optional(),
    kind: kindSchema,
    status: moduleStatusSchema.optional(),
    integrationLevel: integrationLevelSchema.optional(),
    load: loadSchema.optional(),
    metrics: metricsSchema.optional(),
    healthEndpoint: healthEndpointSchema.nullish(),
    probeIntervalSeconds: probeIntervalSchema.optional(),
    probeTimeoutMs: probeTimeoutSchema.optional(),
    public: publicSchema.optional(),
  })
  .refine(timeoutWithinInterval, timeoutIssue);

/** PATCH: every field optional, unknown ones refused, at least one change. */
export const updateModuleSchema = z
  .strictObject({
    slug: slugSchema.optional(),
    name: moduleNameSchema.optional(),
    description: descriptionSchema.optional(),
    kind: kindSchema.optional(),
    status: moduleStatusSchema.optional(),
    integrationLevel: integrationLevelSchema.optional(),
    load: loadSchema.optional(),
    metrics: metricsSchema.optional(),
    healthEndpoint: healthEndpointSchema.nullable().optional(),
    probeIntervalSeconds: probeIntervalSchema.optional(),
    probeTimeoutMs: probeTimeoutSchema.optional(),
    public: publicSchema.optional(),
    version: versionSchema.optional(),
  })
  .refine(timeoutWithinInterval, timeoutIssue)
  .refine((v) => Object.keys(v).some((k) => k !== "version"), "Send at least one field to change");

export type CreateModuleInput = z.output<typeof createModuleSchema>;
export type UpdateModuleInput = Omit<z.output<typeof updateModuleSchema>, "version">;

export const modulePublicSchema = named(
  "Module",
  z.object({
    id: z.uuid(),
    slug: z.string(),
    name: z.string(),
    description: z.string(),
    kind: z.string(),
    status: moduleStatusSchema,
    integrationLevel: z.number(),
    load: z.number(),
    metrics: z.record(z.string(), z.union([z.number(), z.string()])),
    healthEndpoint: z.string().nullable(),
    probeIntervalSeconds: z.number(),
    probeTimeoutMs: z.number(),
    lastProbe: z
      .object({
        at: z.iso.datetime(),
        ok: z.boolean(),
        latencyMs: z.number().nullable(),
        error: z.string().nullable(),
      })
      .nullable(),
    consecutiveFailures: z.number(),
    public: publicSchema,
    version: z.number(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);

export const statusChangeSchema = named(
  "ModuleStatusChange",
  z.object({
    id: z.uuid(),
    fromStatus: moduleStatusSchema.nullable(),
    toStatus: moduleStatusSchema,
    reason: z.string(),
    createdAt: z.iso.datetime(),
  }),
);

/**
 * Metrics typed as lines in a form: `name = value`, one per line; numbers stay numbers.
 * Returns the record, or the first problem as text.
 */
export function parseMetricLines(text: string): Record<string, number | string> | string {
  const metrics: Record<string, number | string> = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf("=");
    if (eq < 1) return `Line ${index + 1}: write name = value`;
    const name = line.slice(0, eq).trim();
    const value = line.slice(eq + 1).trim();
    const number = Number(value);
    metrics[name] = value !== "" && Number.isFinite(number) ? number : value;
  }
  return metrics;
}

export function formatMetricLines(metrics: Record<string, number | string>): string {
  return Object.entries(metrics)
    .map(([name, value]) => `${name} = ${value}`)
    .join("\n");
}
