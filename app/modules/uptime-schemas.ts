import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { overallStatuses, publicStatuses, uptimeLevels } from "./uptime.ts";

/** The public status page's answer (GET /api/v1/status), as the OpenAPI document declares it. */

const statusDaySchema = named(
  "StatusDay",
  z.object({
    date: z.iso.date().describe("The UTC day."),
    probes: z.number().int().describe("Health probes recorded that day."),
    uptimePercent: z
      .number()
      .nullable()
      .describe("Share of probes that were up (slow answers included), 0-100; null: no probes."),
    level: z
      .enum(uptimeLevels)
      .describe(
        "none: no probes; up: all up; degraded: all up, some slow; partial: some failed, at least 90% up; down: under 90% up.",
      ),
  }),
);

const statusModuleSchema = named(
  "StatusModule",
  z.object({
    name: z.string(),
    status: z
      .enum(publicStatuses)
      .describe(
        "operational (healthy), degraded (slow or failing once), down (failing), maintenance (taken out of service).",
      ),
    uptimePercent: z
      .number()
      .nullable()
      .describe("Uptime over the 90 days, 0-100; null: no probes in that time."),
    days: z.array(statusDaySchema).describe("The last 90 UTC days, oldest first; today so far."),
  }),
);

/**
 * An open incident. Nothing reports incidents yet, so the list is always empty; the shape is the
 * place their work will fill.
 */
export const statusIncidentSchema = named(
  "StatusIncident",
  z.object({
    title: z.string(),
    status: z.enum(["investigating", "identified", "monitoring"]),
    startedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    message: z.string().nullable().describe("What people are told, if anything yet."),
    modules: z.array(z.string()).describe("Names of the public modules it affects."),
  }),
);

export const statusPageSchema = named(
  "StatusPage",
  z.object({
    status: z.enum(overallStatuses).describe("outage if a module is down, degraded if one is."),
    uptimePercent: z
      .number()
      .nullable()
      .describe("Uptime of all the listed modules over the 90 days (by probes), 0-100."),
    modules: z.array(statusModuleSchema).describe("The modules marked public, by name."),
    incidents: z.array(statusIncidentSchema).describe("Open incidents; empty when there are none."),
    generatedAt: z.iso.datetime(),
  }),
);

export type StatusPage = z.output<typeof statusPageSchema>;
export type StatusModule = StatusPage["modules"][number];
export type StatusDay = StatusModule["days"][number];
export type StatusIncident = z.output<typeof statusIncidentSchema>;
