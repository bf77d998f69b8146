import { z } from "zod/v4";
import { roleSchema, userPublicSchema } from "#app/accounts/schemas.ts";
import { findUserById, toPublicUser } from "#app/accounts/users.server.ts";
import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";

export const api = defineApi("/me", {
  GET: operation({
    id: "getMe",
    access: "read",
    summary: "Who the caller is, and the role this request acts with",
    tags: ["accounts"],
    response: z.object({
      user: userPublicSchema,
      effectiveRole: roleSchema,
      via: z.enum(["session", "token"]),
      tokenId: z.uuid().nullable(),
    }),
    handler: async ({ actor, context }) => {
      const user = await findUserById(context.services.database.db, actor.user.id);
      if (!user) throw apiErrors.notFound("Your account no longer exists.");
      return {
        user: toPublicUser(user),
        effectiveRole: actor.role,
        via: actor.via,
        tokenId: actor.tokenId ?? null,
      };
    },
  }),
});

export const { loader, action } = api;
