import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { strongPasswordSchema } from "#app/accounts/password-rules.server.ts";
import { nameSchema, roleSchema, userPublicSchema } from "#app/accounts/schemas.ts";
import { findUserById, toPublicUser, updateUser } from "#app/accounts/users.server.ts";
import { apiErrors, defineApi, operation } from "#app/api/api.server.ts";
import { idParams } from "#app/api/schemas.ts";

export const updateUserSchema = z.strictObject({
  name: nameSchema.optional(),
  role: roleSchema.optional(),
  disabled: z.boolean({ error: "disabled must be true or false" }).optional(),
  password: strongPasswordSchema.optional(),
});

export const api = defineApi("/users/{id}", {
  GET: operation({
    id: "getUser",
    access: "read",
    summary: "One account",
    tags: ["accounts"],
    params: idParams,
    errors: [404],
    response: userPublicSchema,
    handler: async ({ params, context }) => {
      const user = await findUserById(context.services.database.db, params.id);
      if (!user) throw apiErrors.notFound("No such user.");
      return toPublicUser(user);
    },
  }),
  PATCH: operation({
    id: "updateUser",
    access: "users:manage",
    summary: "Change a name, role, password, or disable an account",
    description: "The last active admin cannot be demoted or disabled (409).",
    tags: ["accounts"],
    params: idParams,
    body: updateUserSchema,
    errors: [404, 409],
    response: userPublicSchema,
    handler: async ({ actor, params, body, context }) => {
      const user = await updateUser(
        context.services.database.db,
        params.id,
        body,
        actingAs(actor, context),
      );
      if (!user) throw apiErrors.notFound("No such user.");
      return toPublicUser(user);
    },
  }),
});

export const { loader, action } = api;
