import { expect, test } from "./support/axe.ts";

/**
 * Pausing AI work affects every other spec (SAGE refuses to generate while paused), so this runs
 * in its own project, after all the others (playwright.config.ts).
 */
test("pausing AI work shows a banner on every page until an admin resumes", async ({
  page,
  axe,
}) => {
  await page.goto("/emergency");
  await page.getByLabel("Reason").fill("E2E maintenance window");
  await page.getByRole("button", { name: "Pause AI work" }).click();
  const banner = page.getByTestId("emergency-banner");
  await expect(banner).toContainText("All AI work is paused: E2E maintenance window");
  await axe({ label: "emergency page while paused" });
  for (const path of ["/", "/modules", "/activity", "/settings/tokens"]) {
    await page.goto(path);
    await expect(page.getByTestId("emergency-banner"), path).toBeVisible();
  }
  // The dashboard's verdict does not say "operational" while no AI work runs.
  await page.goto("/");
  await expect(page.getByTestId("overall-status")).toHaveText("AI work paused");
  await page.goto("/emergency");
  await page.getByLabel("Reason").fill("E2E maintenance done");
  await page.getByRole("button", { name: "Resume AI work" }).click();
  await expect(page.getByTestId("emergency-banner")).toHaveCount(0);
  await page.goto("/");
  await expect(page.getByTestId("overall-status")).toHaveText("All systems operational");
  await page.goto("/activity?type=emergency.");
  await expect(page.getByText("resumed all AI work: E2E maintenance done")).toBeVisible();
});
