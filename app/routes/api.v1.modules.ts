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
    headers: z.object({
      "Cache-Control": z
        .string()
        .max(200)
        .optional()
        .describe("`no-cache` reads the registry afresh instead of from the shared cache."),
    }),
    list: true,
    handler: async ({ query, headers, context }) => {
      // Cached until a module changes (the same for every reader: see listModulesCached).
      // `Cache-Control: no-cache` from the client asks for a fresh read (and measures a miss).
      const fresh = /no-cache/i.test(headers["Cache-Control"] ?? "");
      const page = await listModulesCached(context.services, query, { fresh });
      return { items: page.items, nextCursor: page.nextCursor };
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
    responseHeaders: {
      ETag: 'The new module\'s version ("1"), to send back as If-Match.',
      Location: "Where the new module is: /api/v1/modules/{id}.",
    },
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
