import { type ActionFunctionArgs, redirect } from "@remix-run/node";
import { safeRedirect } from "remix-utils/safe-redirect";
import { z } from "zod/v4";
import { setThemeHeader, themeSchema } from "#app/utils/theme.server.ts";

const schema = z.object({ theme: themeSchema, redirectTo: z.string().optional() });

/** Switches the colour theme; a plain form post, so it works without JavaScript. */
export async function action({ request }: ActionFunctionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return Response.json({ error: "theme must be light, dark or system" }, { status: 400 });
  }
  return redirect(safeRedirect(parsed.data.redirectTo, "/"), {
    headers: { "Set-Cookie": await setThemeHeader(parsed.data.theme) },
  });
}

export function loader() {
  return redirect("/");
}
