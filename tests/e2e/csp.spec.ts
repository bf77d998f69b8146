import { expect, test } from "@playwright/test";
import { themeFromCookie, themeSwitch, waitForHydration, watchConsole } from "./support/app.ts";

test.describe("Content Security Policy", () => {
  test("the API reference (Swagger UI from node_modules) loads without violations", async ({
    page,
  }) => {
    const console = watchConsole(page);
    const response = await page.goto("/api/docs");
    expect(response?.status()).toBe(200);
    expect(response?.headers()["content-security-policy"]).toContain("script-src 'nonce-");

    await expect(page.locator(".swagger-ui .info .title")).toContainText("NEXUS API");
    // The spec itself was fetched and rendered: at least one operation is listed.
    await expect(page.locator(".swagger-ui .opblock").first()).toBeVisible();
    expect(console.csp, "CSP violations on /api/docs").toEqual([]);
    expect(console.errors, "console errors on /api/docs").toEqual([]);
  });

  test("the dashboard hydrates without violations and switches theme in place", async ({
    page,
    context,
  }) => {
    const console = watchConsole(page);
    const response = await page.goto("/");
    expect(response?.headers()["content-security-policy"]).toContain("'strict-dynamic'");
    await waitForHydration(page);
    expect(await page.evaluate(() => "__remixContext" in window)).toBe(true);

    // A marker on window survives only if the switch does not reload the document.
    await page.evaluate(() => {
      (window as unknown as { __e2eMarker: number }).__e2eMarker = 1;
    });
    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAccessibleName(/^Theme: light\./);
    expect(await themeFromCookie(context)).toBe("light");
    await themeSwitch(page).click();
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    expect(await page.evaluate(() => "__e2eMarker" in window), "no full reload").toBe(true);

    expect(console.csp, "CSP violations on /").toEqual([]);
    expect(console.errors, "console errors on /").toEqual([]);
  });
});
