import { defineApi, operation } from "#app/api/api.server.ts";
import { discoverModels, listModelRows, toPublicModel } from "#app/sage/models.server.ts";
import { modelRegistrySchema } from "./api.v1.sage.models.ts";

export const api = defineApi("/sage/models/refresh", {
  POST: operation({
    id: "refreshAiModels",
    access: "ai:run",
    summary: "Ask every provider for its models now",
    description: "Skips the cached answer; the result is what GET /sage/models then shows.",
    tags: ["sage"],
    response: modelRegistrySchema,
    handler: async ({ context }) => {
      const providers = await discoverModels(context.services, { force: true });
      const rows = await listModelRows(context.services);
      return { providers, models: rows.map(toPublicModel) };
    },
  }),
});

export const { loader, action } = api;
