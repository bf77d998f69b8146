import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { defineApi, operation, success } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  deleteModule,
  getModuleCached,
  toPublicModule,
  updateModule,
} from "#app/modules/modules.server.ts";
import { modulePublicSchema, updateModuleSchema } from "#app/modules/schemas.ts";

/**
 * `If-Match: "N"`: the version a write expects (an ETag this API sent), or `*` for any version.
 * The body's `version`, when given, wins.
 */
const ifMatchHeaders = z.object({
  "If-Match": z
    .string()
    .regex(/^\s*(\*|(?:W\/)?"?\d{1,9}"?)\s*$/, 'If-Match must be an ETag such as "3", or *')
    .transform((value) => {
      const digits = /\d+/.exec(value);
      return value.trim() === "*" || !digits ? undefined : Number(digits[0]);
    })
    .optional()
    .describe('The version you read, as its ETag ("3"): a 409 if the module changed since.'),
});

const ETAG = { ETag: 'The module\'s version ("3"), to send back as If-Match.' };

const withEtag = (row: { version: number }) => ({ ETag: `"${row.version}"` });

export const api = defineApi("/modules/{id}", {
  GET: operation({
    id: "getModule",
    access: "read",
    summary: "One module, with an ETag of its version",
    tags: ["modules"],
    params: idParams,
    errors: [404],
    response: modulePublicSchema,
    responseHeaders: ETAG,
    handler: async ({ params, context }) => {
      // Cached until the module changes (the same for every reader: see getModuleCached).
      const module = await getModuleCached(context.services, params.id);
      return success(context, module, { headers: withEtag(module) });
    },
  }),
  PATCH: operation({
    id: "updateModule",
    access: "write",
    summary: "Change some fields of a module",
    description:
      "Send only the fields to change. Pass the version you read (body `version` or `If-Match`) to refuse the write with 409 if someone changed the module since.",
    tags: ["modules"],
    params: idParams,
    body: updateModuleSchema,
    headers: ifMatchHeaders,
    errors: [404, 409],
    response: modulePublicSchema,
    responseHeaders: ETAG,
    handler: async ({ actor, params, body, headers, context }) => {
      const { version, ...changes } = body;
      const row = await updateModule(
        context.services,
        params.id,
        changes,
        version ?? headers["If-Match"],
        actingAs(actor, context),
      );
      return success(context, toPublicModule(row), { headers: withEtag(row) });
    },
  }),
  DELETE: operation({
    id: "deleteModule",
    access: "write",
    summary: "Remove a module (its activity stays in the log)",
    tags: ["modules"],
    params: idParams,
    headers: ifMatchHeaders,
    errors: [404, 409],
    response: modulePublicSchema,
    handler: async ({ actor, params, headers, context }) => {
      const row = await deleteModule(
        context.services,
        params.id,
        headers["If-Match"],
        actingAs(actor, context),
      );
      return toPublicModule(row);
    },
  }),
});

export const { loader, action } = api;
