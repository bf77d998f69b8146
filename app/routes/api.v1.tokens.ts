import { z } from "zod/v4";
import { actingAs } from "#app/accounts/auth.server.ts";
import { scopeSchema, tokenPublicSchema } from "#app/accounts/schemas.ts";
import { createToken, listTokens, toPublicToken } from "#app/accounts/tokens.server.ts";
import { ApiError, defineApi, operation } from "#app/api/api.server.ts";
import { pageQuerySchema } from "#app/api/pagination.server.ts";
import { isoDateTime, queryBoolean } from "#app/api/schemas.ts";
import { can } from "#app/utils/permissions.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";

export const createTokenSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, "Give the token a name")
    .max(100, "At most 100 characters")
    .refine(storableText, UNSTORABLE_TEXT_MESSAGE),
  scope: scopeSchema,
  expiresAt: isoDateTime("expiresAt", "An ISO 8601 date-time, e.g. 2027-01-31T00:00:00Z")
    .refine((value) => new Date(value).getTime() > Date.now(), "Must be in the future")
    .nullish(),
});

export const api = defineApi("/tokens", {
  GET: operation({
    id: "listTokens",
    access: "read",
    summary: "The caller's API tokens (all tokens with `all=true`, for admins)",
    tags: ["accounts"],
    query: pageQuerySchema.extend({
      all: queryBoolean("all").optional(),
    }),
    response: z.array(tokenPublicSchema),
    list: true,
    handler: async ({ actor, query, context }) => {
      const everyone = query.all === true;
      if (everyone && !can(actor.role, "tokens:manage-others")) {
        throw new ApiError(
          403,
          "FORBIDDEN",
          "Listing everyone's tokens needs the tokens:manage-others permission.",
        );
      }
      const page = await listTokens(context.services.database.db, {
        userId: everyone ? undefined : actor.user.id,
        limit: query.limit,
        cursor: query.cursor,
      });
      return { items: page.items.map(toPublicToken), nextCursor: page.nextCursor };
    },
  }),
  POST: operation({
    id: "createToken",
    access: "read",
    summary: "Create an API token for yourself; the token is in this answer only",
    description:
      "Any signed-in person may create tokens for their own scripts. The scope may not exceed the role this request acts with.",
    tags: ["accounts"],
    status: 201,
    body: createTokenSchema,
    response: tokenPublicSchema.extend({ token: z.string() }),
    handler: async ({ actor, body, context }) => {
      const { token, row } = await createToken(
        context.services.database.db,
        { id: actor.user.id, email: actor.user.email, role: actor.role },
        {
          name: body.name,
          scope: body.scope,
          expiresAt: body.expiresAt ? new Date(body.expiresAt) : null,
        },
        actingAs(actor, context),
      );
      return { ...toPublicToken(row), token };
    },
  }),
});

export const { loader, action } = api;
