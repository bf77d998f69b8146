import {
  UsageQueryError,
  usageQuerySchema,
  usageReport,
  usageReportSchema,
} from "#app/sage/usage.server.ts";
import { apiErrors, defineApi, operation } from "#app/utils/api.server.ts";

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
      try {
        return await usageReport(context.services, query);
      } catch (error) {
        if (error instanceof UsageQueryError) {
          throw apiErrors.validation([{ in: "query", path: error.field, message: error.message }]);
        }
        throw error;
      }
    },
  }),
});

export const { loader, action } = api;
