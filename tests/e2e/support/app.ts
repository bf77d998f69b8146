import type { BrowserContext, ConsoleMessage, Page } from "@playwright/test";

export type Theme = "light" | "dark" | "system";

/** The theme cookie as the app writes it (a Remix cookie without secrets: base64 of JSON). */
export function themeCookieValue(theme: Theme): string {
  return Buffer.from(JSON.stringify(theme)).toString("base64");
}

export async function setThemeCookie(context: BrowserContext, baseURL: string, theme: Theme) {
  await context.addCookies([{ name: "nexus-theme", value: themeCookieValue(theme), url: baseURL }]);
}

/** Reads the theme the server last set, or undefined without a cookie. */
export async function themeFromCookie(context: BrowserContext): Promise<Theme | undefined> {
  const cookie = (await context.cookies()).find((c) => c.name === "nexus-theme");
  if (!cookie) return undefined;
  return JSON.parse(Buffer.from(decodeURIComponent(cookie.value), "base64").toString("utf8"));
}

export interface ConsoleWatch {
  /** Console messages about the Content Security Policy (a violation is reported this way). */
  csp: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** Starts collecting console output; call before the first navigation. */
export function watchConsole(page: Page): ConsoleWatch {
  const watch: ConsoleWatch = { csp: [], errors: [] };
  page.on("console", (message: ConsoleMessage) => {
    const text = message.text();
    const where = message.location().url;
    if (/content security policy/i.test(text)) watch.csp.push(`${text} (${where})`);
    else if (message.type() === "error") watch.errors.push(`${text} (${where})`);
  });
  page.on("pageerror", (error) => watch.errors.push(`uncaught: ${error.message}`));
  return watch;
}

/** Resolves once React has hydrated the document (it tags hydrated elements with its props). */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    const button = document.querySelector("header form button");
    return Boolean(button && Object.keys(button).some((key) => key.startsWith("__reactProps")));
  });
}

/** The theme switch in the header (a form button whose accessible name starts with "Theme:"). */
export function themeSwitch(page: Page) {
  return page.getByRole("banner").getByRole("button", { name: /^Theme:/ });
}
