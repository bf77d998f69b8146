import { z } from "zod/v4";
import { defineApi, operation } from "#app/api/api.server.ts";
import { buildOpenApiDocument } from "#app/api/openapi.server.ts";

let cached: string | undefined;

export const api = defineApi("/openapi.json", {
  GET: operation({
    id: "getOpenApiDocument",
    access: "public",
    summary: "This API's OpenAPI 3.1 document",
    tags: ["system"],
    raw: true,
    response: z.object({ openapi: z.string() }).loose(),
    handler: ({ context }) => {
      // The route table includes this route too.
      cached ??= JSON.stringify(buildOpenApiDocument(context.apiDefinitions));
      return new Response(cached, {
        headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache" },
      });
    },
  }),
});

export const { loader, action } = api;
