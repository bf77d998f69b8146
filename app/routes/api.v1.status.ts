import { defineApi, operation, success } from "#app/api/api.server.ts";
import { STATUS_CACHE_CONTROL, statusPageCached } from "#app/modules/uptime.server.ts";
import { statusPageSchema } from "#app/modules/uptime-schemas.ts";

export const api = defineApi("/status", {
  GET: operation({
    id: "getStatus",
    access: "public",
    summary: "The public status page: the modules marked public, their status and uptime",
    description:
      "No sign-in needed. Lists only the modules marked `public`, by name, with their current status and 90 UTC days of uptime (the share of health probes that answered in time; slow answers count as up). Nothing else about a module is shown. Cacheable for 30 s; rate-limited per address like every call without credentials. `incidents` lists open incidents (empty when there are none).",
    tags: ["status"],
    response: statusPageSchema,
    responseHeaders: {
      "Cache-Control": "`public, max-age=30`: the answer is the same for every caller.",
    },
    handler: async ({ context }) => {
      const page = await statusPageCached(context.services);
      return success(context, page, { headers: { "Cache-Control": STATUS_CACHE_CONTROL } });
    },
  }),
});

export const { loader, action } = api;
