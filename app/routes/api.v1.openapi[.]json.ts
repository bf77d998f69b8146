import { z } from "zod/v4";
import { defineApi, operation } from "#app/utils/api.server.ts";
import { apiDefinitions } from "#app/utils/api-registry.server.ts";
import { buildOpenApiDocument } from "#app/utils/openapi.server.ts";

let cached: string | undefined;

export const api = defineApi("/openapi.json", {
  GET: operation({
    id: "getOpenApiDocument",
    access: "public",
    summary: "This API's OpenAPI 3.1 document",
    tags: ["system"],
    raw: true,
    response: z.object({ openapi: z.string() }).loose(),
    handler: () => {
      cached ??= JSON.stringify(buildOpenApiDocument([...apiDefinitions, api]));
      return new Response(cached, {
        headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache" },
      });
    },
  }),
});

export const { loader, action } = api;
