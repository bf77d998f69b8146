import { type Actor, actingAs } from "#app/accounts/auth.server.ts";
import { tokenPublicSchema } from "#app/accounts/schemas.ts";
import { findToken, revokeToken, toPublicToken } from "#app/accounts/tokens.server.ts";
import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";
import { can } from "#app/utils/permissions.ts";

/** Someone else's token is invisible (404) unless the caller may manage everyone's. */
async function visibleToken(db: Parameters<typeof findToken>[0], id: string, actor: Actor) {
  const token = await findToken(db, id);
  if (!token || (token.userId !== actor.user.id && !can(actor.role, "tokens:manage-others"))) {
    throw apiErrors.notFound("No such token.");
  }
  return token;
}

export const api = defineApi("/tokens/{id}", {
  GET: operation({
    id: "getToken",
    access: "read",
    summary: "One API token (never its secret)",
    tags: ["accounts"],
    params: idParams,
    errors: [404],
    response: tokenPublicSchema,
    handler: async ({ actor, params, context }) =>
      toPublicToken(await visibleToken(context.services.database.db, params.id, actor)),
  }),
  DELETE: operation({
    id: "revokeToken",
    access: "read",
    summary: "Revoke an API token: it stops working at once",
    description: "Your own tokens, or anyone's with the tokens:manage-others permission.",
    tags: ["accounts"],
    params: idParams,
    errors: [404],
    response: tokenPublicSchema,
    handler: async ({ actor, params, context }) => {
      const db = context.services.database.db;
      const token = await visibleToken(db, params.id, actor);
      return toPublicToken(await revokeToken(db, token, actingAs(actor, context)));
    },
  }),
});

export const { loader, action } = api;
