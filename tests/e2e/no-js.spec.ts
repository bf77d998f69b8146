import { expect, test } from "@playwright/test";
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
});
