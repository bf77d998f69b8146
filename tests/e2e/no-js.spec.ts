import { expect, test } from "@playwright/test";
import { ADMIN, SIGNED_OUT, signIn } from "./support/accounts.ts";
import { themeFromCookie, themeSwitch } from "./support/app.ts";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the theme switch is a plain form that still works", async ({ page, context }) => {
    await page.goto("/");
    await expect(page.getByTestId("overall-status")).toHaveText("All systems operational");
    const html = page.locator("html");

    for (const [theme, dark] of [
      ["light", false],
      ["dark", true],
      ["system", false],
    ] as const) {
      const [redirected] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith("/theme") && r.request().method() === "POST"),
        themeSwitch(page).click(),
      ]);
      expect(redirected.status(), "the form post redirects").toBe(302);
      await page.waitForURL("/");
      expect(await themeFromCookie(context)).toBe(theme);
      await expect(themeSwitch(page)).toHaveAccessibleName(new RegExp(`^Theme: ${theme}\\.`));
      if (dark) await expect(html).toHaveClass(/\bdark\b/);
      else await expect(html).not.toHaveClass(/\bdark\b/);
    }
  });

  test.describe("signed out", () => {
    test.use({ storageState: SIGNED_OUT });

    test("signing in is a plain form post that lands on the dashboard", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveURL("/login");
      const [posted] = await Promise.all([
        page.waitForResponse((r) => r.url().includes("/login") && r.request().method() === "POST"),
        signIn(page, ADMIN.email, ADMIN.password),
      ]);
      expect(posted.status(), "the form post redirects").toBe(302);
      await expect(page).toHaveURL("/");
      await expect(page.getByTestId("overall-status")).toHaveText("All systems operational");
      await expect(page.getByRole("banner")).toContainText(`${ADMIN.name} (admin)`);
    });

    test("the server checks the form: an empty e-mail gets a field error", async ({ page }) => {
      await page.goto("/login");
      const form = page.locator("form#login");
      const email = form.getByLabel("E-mail");
      // Skip the browser's own check of `required` so the server's validation answers.
      await form.evaluate((element) => element.setAttribute("novalidate", ""));
      await form.getByLabel("Password").fill("whatever it is");
      const [posted] = await Promise.all([
        page.waitForResponse((r) => r.url().includes("/login") && r.request().method() === "POST"),
        form.getByRole("button", { name: "Sign in" }).click(),
      ]);
      expect(posted.status(), "invalid input is answered with 400").toBe(400);
      await expect(email).toHaveAttribute("aria-invalid", "true");
      await expect(email).toHaveAccessibleDescription("Enter an e-mail address");
      await expect(page.getByText("Enter an e-mail address")).toBeVisible();
      await expect(page).toHaveURL(/\/login/);
    });
  });
});
