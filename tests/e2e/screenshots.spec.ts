import path from "node:path";
import { expect, test } from "@playwright/test";
import { SIGNED_OUT } from "./support/accounts.ts";
import { setThemeCookie } from "./support/app.ts";

/**
 * Full-page screenshots for a human to look at, written to E2E_SCREENSHOT_DIR as nexus-*.png.
 * Skipped unless that variable is set: `E2E_SCREENSHOT_DIR=/tmp npx playwright test screenshots`.
 * (The first-run page, /onboarding, exists only before the admin does: auth.setup.ts takes that
 * one, as nexus-acct-onboarding.png.)
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

  test.describe("accounts, desktop, light", () => {
    test.beforeEach(async ({ page, context, baseURL }) => {
      await setThemeCookie(context, baseURL!, "light");
      await page.setViewportSize({ width: 1280, height: 800 });
    });

    test.describe("signed out", () => {
      test.use({ storageState: SIGNED_OUT });
      test("sign in", async ({ page }) => {
        await page.goto("/login");
        await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
        await page.screenshot({ path: path.join(dir!, "nexus-acct-login.png"), fullPage: true });
      });
    });

    test("users", async ({ page }) => {
      await page.goto("/users");
      await expect(page.getByRole("heading", { name: "Everyone" })).toBeVisible();
      await page.screenshot({ path: path.join(dir!, "nexus-acct-users.png"), fullPage: true });
    });

    test("API tokens, a token just created", async ({ page }) => {
      await page.goto("/settings/tokens");
      const form = page.locator("form#create-token");
      await form.getByLabel("Name").fill("screenshot");
      await form.getByRole("button", { name: "Create token" }).click();
      await expect(page.getByTestId("new-token")).toBeVisible();
      // Wait for the list to be read again and the button to rest.
      await expect(page.getByRole("cell", { name: "screenshot", exact: true })).toBeVisible();
      await expect(form.getByRole("button", { name: "Create token" })).toBeEnabled();
      await page.screenshot({
        path: path.join(dir!, "nexus-acct-tokens.png"),
        fullPage: true,
        animations: "disabled",
      });
    });
  });
});
