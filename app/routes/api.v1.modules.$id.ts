import { actingAs } from "#app/accounts/auth.server.ts";
import { apiErrors, defineApi, operation, success } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import {
  deleteModule,
  getModuleCached,
  toPublicModule,
  updateModule,
} from "#app/modules/modules.server.ts";
import { modulePublicSchema, updateModuleSchema } from "#app/modules/schemas.ts";

/** The version a write expects: the body's `version`, else `If-Match: "N"`. */
function expectedVersion(request: Request, bodyVersion: number | undefined): number | undefined {
  if (bodyVersion !== undefined) return bodyVersion;
  const header = request.headers.get("If-Match");
  if (header === null || header.trim() === "*") return undefined;
  const match = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!match) {
    throw apiErrors.validation([
      { in: "params", path: "If-Match", message: 'If-Match must be an ETag such as "3"' },
    ]);
  }
  return Number(match[1]);
}

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
    errors: [404, 409],
    response: modulePublicSchema,
    handler: async ({ actor, params, body, request, context }) => {
      const { version, ...changes } = body;
      const row = await updateModule(
        context.services,
        params.id,
        changes,
        expectedVersion(request, version),
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
    errors: [404, 409],
    response: modulePublicSchema,
    handler: async ({ actor, params, request, context }) => {
      const row = await deleteModule(
        context.services,
        params.id,
        expectedVersion(request, undefined),
        actingAs(actor, context),
      );
      return toPublicModule(row);
    },
  }),
});

export const { loader, action } = api;
