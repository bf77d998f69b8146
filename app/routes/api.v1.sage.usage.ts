import { defineApi, operation } from "#app/api/api.server.ts";
import { usageQuerySchema, usageReport, usageReportSchema } from "#app/sage/usage.server.ts";

export const api = defineApi("/sage/usage", {
  GET: operation({
    id: "getAiUsage",
    access: "read",
    summary: "AI usage per model and UTC day",
    description:
      "Calls, errors, aborted calls, tokens as the providers reported them, p50/p95 latency of successful calls and cost (SAGE_PRICES), for [from, to). Defaults to the last 7 days; at most 92 days.",
    tags: ["sage"],
    query: usageQuerySchema,
    response: usageReportSchema,
    handler: async ({ query, context }) => {
      return await usageReport(context.services, query);
    },
  }),
});

export const { loader, action } = api;
