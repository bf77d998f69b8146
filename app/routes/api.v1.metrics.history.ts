import { defineApi, operation } from "#app/api/api.server.ts";
import {
  metricsHistory,
  metricsHistoryQuerySchema,
  metricsHistorySchema,
  resolveHistoryRange,
} from "#app/system-metrics/collector.server.ts";

export const api = defineApi("/metrics/history", {
  GET: operation({
    id: "getMetricsHistory",
    access: "read",
    summary: "System metrics over a time range",
    description:
      "`from`/`to` default to the last hour. `step` is `raw` (samples, kept a day), or averages per `1m`, `5m` or `1h` (kept 30 days); by default raw up to an hour, 1m up to a day, 1h beyond. The range may span 31 days and hold 5000 points at most.",
    tags: ["metrics"],
    query: metricsHistoryQuerySchema,
    response: metricsHistorySchema,
    handler: async ({ query, context }) => {
      const range = resolveHistoryRange(query);
      const points = await metricsHistory(context.services.database.db, range);
      return {
        step: range.step,
        from: range.from.toISOString(),
        to: range.to.toISOString(),
        points,
      };
    },
  }),
});

export const { loader, action } = api;
