import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation, success } from "#app/api/api.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";
import { createModule, listModulesCached, toPublicModule } from "#app/modules/modules.server.ts";
import {
  createModuleSchema,
  modulePublicSchema,
  moduleStatusSchema,
} from "#app/modules/schemas.ts";

export const api = defineApi("/modules", {
  GET: operation({
    id: "listModules",
    access: "read",
    summary: "The modules registry, oldest first",
    description: "Filter by `status` and `kind`; follow `meta.nextCursor` for the next page.",
    tags: ["modules"],
    query: pageQuerySchema.extend({
      status: moduleStatusSchema.optional(),
      kind: z.string().max(40).optional(),
    }),
    response: z.array(modulePublicSchema),
    handler: async ({ query, request, context }) => {
      // Cached until a module changes (the same for every reader: see listModulesCached).
      // `Cache-Control: no-cache` from the client asks for a fresh read (and measures a miss).
      const fresh = /no-cache/i.test(request.headers.get("cache-control") ?? "");
      const page = await listModulesCached(context.services, query, { fresh });
      return success(context, page.items, {
        meta: { nextCursor: page.nextCursor },
      });
    },
  }),
  POST: operation({
    id: "createModule",
    access: "write",
    summary: "Register a module",
    tags: ["modules"],
    status: 201,
    body: createModuleSchema,
    errors: [409],
    response: modulePublicSchema,
    handler: async ({ actor, body, context }) => {
      const row = await createModule(context.services, body, actingAs(actor, context));
      return success(context, toPublicModule(row), {
        status: 201,
        headers: { ETag: `"${row.version}"`, Location: `/api/v1/modules/${row.id}` },
      });
    },
  }),
});

export const { loader, action } = api;
