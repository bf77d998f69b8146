import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { named } from "#app/api/schema-registry.ts";
import {
  aiModelSchema,
  discoverModels,
  listModelRows,
  providerStatusSchema,
  toPublicModel,
} from "#app/sage/models.server.ts";

export const modelRegistrySchema = named(
  "AiModelRegistry",
  z.object({
    providers: z
      .array(providerStatusSchema)
      .describe("Every configured provider at its last check."),
    models: z.array(aiModelSchema).describe("Every model ever discovered, available or not."),
  }),
);

export const api = defineApi("/sage/models", {
  GET: operation({
    id: "listAiModels",
    access: "read",
    summary: "The AI models the configured providers offer",
    description:
      "Providers are asked at most every 30 s (a cached answer otherwise); a scheduled job re-checks them every minute. Models that went away stay listed with `available: false`.",
    tags: ["sage"],
    response: modelRegistrySchema,
    handler: async ({ context }) => {
      const providers = await discoverModels(context.services);
      const rows = await listModelRows(context.services);
      return { providers, models: rows.map(toPublicModel) };
    },
  }),
});

export const { loader, action } = api;
