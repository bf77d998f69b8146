import type { Page } from "@playwright/test";
import { setThemeCookie, themeFromCookie, themeSwitch } from "./support/app.ts";
import { expect, test } from "./support/axe.ts";

const COMPONENTS = ["database", "cache", "realtime"] as const;

async function expectShell(page: Page) {
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "NEXUS", exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

test.describe("the dashboard", () => {
  test("open the app, see the shell, see health green", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveTitle(/NEXUS/);
    await expectShell(page);

    await expect(page.getByRole("heading", { level: 1, name: "System status" })).toBeVisible();
    await expect(page.getByTestId("overall-status")).toHaveText("All systems operational");
    for (const name of COMPONENTS) {
      await expect(page.getByTestId(`status-${name}`), name).toHaveText("healthy");
    }
  });

  test("the navigation only links to pages that answer 200", async ({ page }) => {
    await page.goto("/");
    const links = page.getByRole("navigation", { name: "Main" }).getByRole("link");
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((a) => a.getAttribute("href") ?? ""),
    );
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) {
      expect(href, "a navigation link points inside the app").toMatch(/^\/(?!\/)/);
      const followed = await page.goto(href);
      expect(followed?.status(), `GET ${href}`).toBe(200);
    }
  });

  test("is free of serious accessibility problems in light and in dark theme", async ({
    page,
    context,
    axe,
  }) => {
    await page.goto("/");
    await expect(themeSwitch(page)).toHaveAccessibleName(/^Theme: system\./);

    // The switch cycles system → light → dark → system; the choice lives in a cookie.
    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAccessibleName(/^Theme: light\./);
    await expect(page.locator("html")).not.toHaveClass(/\bdark\b/);
    expect(await themeFromCookie(context)).toBe("light");
    await expect(page.getByTestId("overall-status")).toBeVisible();
    await axe({ label: "light theme" });

    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAccessibleName(/^Theme: dark\./);
    await expect(page.locator("html")).toHaveClass(/\bdark\b/);
    expect(await themeFromCookie(context)).toBe("dark");
    await axe({ label: "dark theme" });

    await themeSwitch(page).click();
    await expect(themeSwitch(page)).toHaveAccessibleName(/^Theme: system\./);
    expect(await themeFromCookie(context)).toBe("system");
  });

  test("the dark theme is in the server HTML (no flash before scripts run)", async ({
    context,
    baseURL,
  }) => {
    // context.request shares the browser context's cookies: the admin's session and the theme.
    await setThemeCookie(context, baseURL!, "dark");
    const dark = await context.request.get("/");
    expect(dark.status()).toBe(200);
    const html = await dark.text();
    expect(html).toMatch(/<html\b[^>]*\bclass="dark"/);
    // An explicit choice needs no script to apply it.
    expect(html).not.toContain("prefers-color-scheme");

    await setThemeCookie(context, baseURL!, "light");
    const light = await (await context.request.get("/")).text();
    expect(light).not.toMatch(/<html\b[^>]*\bclass="[^"]*\bdark\b/);

    // Following the system: a blocking inline script in <head> sets the class before first paint.
    await context.clearCookies({ name: "nexus-theme" });
    const system = await (await context.request.get("/")).text();
    expect(system, "still the signed-in dashboard").toContain("System status");
    const head = system.slice(0, system.indexOf("</head>"));
    expect(head).toMatch(/<script nonce="[^"]+">[^<]*prefers-color-scheme: dark/);
  });

  test.describe("following a dark system theme", () => {
    test.use({ colorScheme: "dark" });

    test("applies dark before the first paint and stays axe clean", async ({ page, axe }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveClass(/\bdark\b/);
      await expect(themeSwitch(page)).toHaveAccessibleName(/^Theme: system\./);
      await axe({ label: "system theme, dark" });
    });
  });
});

test.describe("a page that does not exist", () => {
  test("answers 404 inside the shell with a way back", async ({ page, axe }) => {
    const response = await page.goto("/definitely-missing");
    expect(response?.status()).toBe(404);
    await expectShell(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "This page does not exist" }),
    ).toBeVisible();
    const back = page.getByRole("main").getByRole("link", { name: "Back to the dashboard" });
    await expect(back).toHaveAttribute("href", "/");
    await axe({ label: "404" });

    await back.click();
    await expect(page).toHaveURL("/");
    await expect(page.getByTestId("overall-status")).toBeVisible();
  });
});

test.describe("the activity log", () => {
  test("its type filter offers every family of event, and filters by the one chosen", async ({
    page,
  }) => {
    await page.goto("/activity");
    const type = page.getByLabel("Type");
    for (const family of [
      "Goal runs (goal.)",
      "Knowledge (knowledge.)",
      "Rooms (room.)",
      "Reviews (review.)",
      "Agents (agent.)",
      "Feature flags (flag.)",
    ]) {
      await expect(type.locator("option", { hasText: family })).toHaveCount(1);
    }
    await type.selectOption("auth.");
    await page.getByRole("button", { name: /filter|apply/i }).click();
    await expect(page).toHaveURL(/type=auth\./);
  });
});
