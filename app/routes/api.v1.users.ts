import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { strongPasswordSchema } from "#app/accounts/password-rules.server.ts";
import { emailSchema, nameSchema, roleSchema, userPublicSchema } from "#app/accounts/schemas.ts";
import { createUser, listUsers, toPublicUser } from "#app/accounts/users.server.ts";
import { defineApi, operation } from "#app/api/api.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";

export const createUserSchema = z.strictObject({
  email: emailSchema,
  name: nameSchema,
  password: strongPasswordSchema,
  role: roleSchema,
});

export const api = defineApi("/users", {
  GET: operation({
    id: "listUsers",
    access: "read",
    summary: "Everyone with an account, oldest first",
    tags: ["accounts"],
    query: pageQuerySchema,
    response: z.array(userPublicSchema),
    list: true,
    handler: async ({ query, context }) => {
      const page = await listUsers(context.services.database.db, query);
      return { items: page.items.map(toPublicUser), nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "createUser",
    access: "users:manage",
    summary: "Create an account",
    tags: ["accounts"],
    status: 201,
    body: createUserSchema,
    errors: [409],
    response: userPublicSchema,
    handler: async ({ actor, body, context }) => {
      return toPublicUser(
        await createUser(context.services.database.db, body, actingAs(actor, context)),
      );
    },
  }),
});

export const { loader, action } = api;
