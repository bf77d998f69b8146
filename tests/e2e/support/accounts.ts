import { fileURLToPath } from "node:url";
import type { Page } from "@playwright/test";

/**
 * The accounts the browser tests use. The admin is created once per test server, by the first-run
 * onboarding in auth.setup.ts; every other spec starts signed in as this admin (storageState).
 */
export const ADMIN = {
  name: "Ada Admin",
  email: "ada.admin@nexus.test",
  password: "correct horse battery staple",
} as const;

/** The admin's signed-in browser state (cookies), written by auth.setup.ts; git-ignored. */
export const ADMIN_STATE = fileURLToPath(new URL("../.auth/admin.json", import.meta.url));

/** For `test.use({ storageState: SIGNED_OUT })` or `browser.newContext(...)`: no cookies at all. */
export const SIGNED_OUT = { cookies: [], origins: [] };

/** An e-mail address nobody on this server has yet (specs may run more than once per server). */
export function uniqueEmail(local: string): string {
  return `${local}.${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}@nexus.test`;
}

/** Fills and submits the sign-in form on /login (works with and without JavaScript). */
export async function signIn(page: Page, email: string, password: string) {
  const form = page.locator("form#login");
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Password").fill(password);
  await form.getByRole("button", { name: "Sign in" }).click();
}
