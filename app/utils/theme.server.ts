import { createCookie } from "@remix-run/node";
import { z } from "zod/v4";

export const themeSchema = z.enum(["light", "dark", "system"]);
export type Theme = z.infer<typeof themeSchema>;

const themeCookie = createCookie("nexus-theme", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

export async function getTheme(request: Request): Promise<Theme> {
  const parsed = themeSchema.safeParse(await themeCookie.parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : "system";
}

export function setThemeHeader(theme: Theme): Promise<string> {
  return themeCookie.serialize(theme);
}
