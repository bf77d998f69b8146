import { parseWithZod } from "@conform-to/zod/v4";
import { z } from "zod/v4";
import { emailSchema } from "./schemas.ts";

/**
 * The sign-in form as the action checks it. A server module, so the sign-in page's bundle does
 * not carry zod: routes/login.tsx checks the same fields in the browser, with these messages.
 */
export const loginSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Enter your password" }).max(256, "Enter your password"),
  redirectTo: z.string().optional(),
});

/** The action's check of a posted sign-in form (conform's submission). */
export function parseLoginForm(formData: FormData) {
  return parseWithZod(formData, { schema: loginSchema });
}
