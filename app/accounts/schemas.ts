import { z } from "zod/v4";
import { named } from "#app/api/schema-registry.ts";
import { roles, tokenScopes } from "#app/utils/permissions.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";

/** Shared by forms (conform) and the JSON API, so both refuse the same input the same way. */

export const emailSchema = z
  .string({ error: "Enter an e-mail address" })
  .trim()
  .toLowerCase()
  .max(254, "An e-mail address is at most 254 characters")
  .pipe(z.email("Enter a valid e-mail address"));

export const nameSchema = z
  .string({ error: "Enter a name" })
  .trim()
  .min(1, "Enter a name")
  .max(100, "A name is at most 100 characters")
  .refine(storableText, UNSTORABLE_TEXT_MESSAGE);

/**
 * The rules a browser can check too (NIST SP 800-63B: length, and not only blanks). The server adds
 * the common-password check: `strongPasswordSchema` (password-rules.server.ts).
 */
export const newPasswordSchema = z
  .string({ error: "Enter a password" })
  .min(12, { error: "Use at least 12 characters", abort: true })
  .max(256, { error: "Use at most 256 characters", abort: true })
  .refine((password) => password.trim() !== "", {
    error: "A password cannot be only spaces",
    abort: true,
  });

export const roleSchema = z.enum(roles, { error: "Choose viewer, operator or admin" });
export const scopeSchema = z.enum(tokenScopes, { error: "Choose read, write or admin" });

export const userPublicSchema = named(
  "User",
  z.object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    role: roleSchema,
    disabled: z.boolean(),
    lastLoginAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
);

export const tokenPublicSchema = named(
  "ApiToken",
  z.object({
    id: z.uuid(),
    name: z.string(),
    prefix: z.string(),
    scope: scopeSchema,
    userId: z.uuid(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
    revokedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
  }),
);
