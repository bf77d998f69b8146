import path from "node:path";
import { expect, test as setup } from "@playwright/test";
import { ADMIN, ADMIN_STATE } from "./support/accounts.ts";
import { expectNoSeriousA11yViolations } from "./support/axe.ts";

/**
 * The first-run onboarding, through the UI. It can happen only once per server, so it runs here,
 * in the setup project every other project depends on, and leaves the admin's signed-in state in
 * ADMIN_STATE for them.
 */
const screenshotDir = process.env.E2E_SCREENSHOT_DIR;

setup("first-run onboarding creates the admin and signs them in", async ({ page }, testInfo) => {
  // A fresh install: whatever page someone opens, they are sent to set NEXUS up.
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL("/onboarding");
  await expect(page.getByRole("heading", { level: 1, name: "Set up NEXUS" })).toBeVisible();
  // Nobody is signed in yet: the navigation offers only what needs no account.
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Users" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, testInfo, { label: "onboarding" });
  if (screenshotDir) {
    await page.screenshot({
      path: path.join(screenshotDir, "nexus-acct-onboarding.png"),
      fullPage: true,
    });
  }

  const form = page.locator("form#onboarding");
  await form.getByLabel("Name").fill(ADMIN.name);
  await form.getByLabel("E-mail").fill(ADMIN.email);
  await form.getByLabel("Password", { exact: true }).fill(ADMIN.password);
  await form.getByLabel("Repeat the password").fill(ADMIN.password);
  await form.getByRole("button", { name: "Create the admin account" }).click();

  // Signed in as the admin, on the dashboard.
  await expect(page).toHaveURL("/");
  await expect(page.getByTestId("overall-status")).toHaveText("All systems operational");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("button", { name: "Sign out" })).toBeVisible();
  await expect(banner).toContainText(`${ADMIN.name} (admin)`);
  await expect(nav.getByRole("link", { name: "Users" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "API tokens" })).toBeVisible();

  // Setting up is the admin's first sign-in.
  const me = await page.request.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect((await me.json()).data).toMatchObject({
    via: "session",
    user: { email: ADMIN.email, name: ADMIN.name, role: "admin", lastLoginAt: expect.any(String) },
  });

  await page.context().storageState({ path: ADMIN_STATE });

  // Onboarding exists only until the first account does.
  const again = await page.goto("/onboarding");
  expect(again?.status()).toBe(404);
  const post = await page.request.post("/onboarding", {
    form: {
      name: "Mallory",
      email: "mallory@nexus.test",
      password: "x".repeat(12),
      confirmPassword: "x".repeat(12),
    },
  });
  expect(post.status(), "a second onboarding is refused").toBe(404);
});
