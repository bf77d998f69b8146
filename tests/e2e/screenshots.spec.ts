import path from "node:path";
import { expect, test } from "@playwright/test";
import { setThemeCookie } from "./support/app.ts";

/**
 * Full-page screenshots for a human to look at, written to E2E_SCREENSHOT_DIR as nexus-*.png.
 * Skipped unless that variable is set: `E2E_SCREENSHOT_DIR=/tmp npx playwright test screenshots`.
 */
const dir = process.env.E2E_SCREENSHOT_DIR;

test.describe("screenshots", () => {
  test.skip(!dir, "set E2E_SCREENSHOT_DIR to write screenshots");

  for (const theme of ["light", "dark"] as const) {
    test(`dashboard, desktop, ${theme}`, async ({ page, context, baseURL }) => {
      await setThemeCookie(context, baseURL!, theme);
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto("/");
      await expect(page.getByTestId("overall-status")).toBeVisible();
      await page.screenshot({
        path: path.join(dir!, `nexus-desktop-${theme}.png`),
        fullPage: true,
      });
    });
  }

  test.describe("phone", () => {
    test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    for (const theme of ["light", "dark"] as const) {
      test(`dashboard, mobile, ${theme}`, async ({ page, context, baseURL }) => {
        await setThemeCookie(context, baseURL!, theme);
        await page.goto("/");
        await expect(page.getByTestId("overall-status")).toBeVisible();
        await page.screenshot({
          path: path.join(dir!, `nexus-mobile-${theme}.png`),
          fullPage: true,
        });
      });
    }
  });

  test("API reference, desktop", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/api/docs");
    await expect(page.locator(".swagger-ui .opblock").first()).toBeVisible();
    await page.screenshot({ path: path.join(dir!, "nexus-desktop-docs.png"), fullPage: true });
  });

  test("404, desktop", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto("/definitely-missing");
    await page.screenshot({ path: path.join(dir!, "nexus-desktop-404.png"), fullPage: true });
  });
});
