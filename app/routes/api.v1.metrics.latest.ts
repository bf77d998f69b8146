import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";
import { latestSample, metricsSampleSchema } from "#app/system-metrics/collector.server.ts";

export const api = defineApi("/metrics/latest", {
  GET: operation({
    id: "getLatestMetrics",
    access: "read",
    summary: "The latest system metrics sample",
    description:
      "Taken every `METRICS_INTERVAL_MS` (5 s by default) by one instance of the deployment. 404 until the first sample is stored.",
    tags: ["metrics"],
    errors: [404],
    response: metricsSampleSchema,
    handler: async ({ context }) => {
      const sample = await latestSample(context.services);
      if (!sample) throw apiErrors.notFound("No metrics sample has been taken yet.");
      return sample;
    },
  }),
});

export const { loader, action } = api;
