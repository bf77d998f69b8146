import { defineApi, operation } from "#app/api/api.server.ts";
import { cacheReport, cacheReportSchema } from "#app/cache/report.server.ts";

export const api = defineApi("/admin/cache", {
  GET: operation({
    id: "getCacheStats",
    access: "flags:manage",
    summary: "Cache figures per cache name, and the back end in use (admins)",
    description:
      "Hits, misses, errors (the back end failed and the source answered), bypasses, single-flight joins and lookup latency per cache name since this instance started, plus the state of the rate limits and leases that share the back end. Figures are this instance's own. Admin only: it needs `flags:manage`, the permission for the deployment's runtime switches, held by admins alone; the figures reveal traffic patterns and the deployment's back ends.",
    tags: ["system"],
    response: cacheReportSchema,
    handler: ({ context }) => cacheReport(context.services),
  }),
});

export const { loader, action } = api;
