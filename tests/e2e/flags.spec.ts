import { expect, test } from "./support/axe.ts";

/**
 * Flags are deployment-wide, so this runs with the emergency spec, after all the others
 * (playwright.config.ts): turning realtime off shows on an open dashboard after a reload, and
 * turning it back on makes the dashboard live again.
 */
test("an admin turns realtime off and on from the flags page", async ({ page, axe }) => {
  const live = page.getByTestId("live-status");
  await page.goto("/");
  await expect(live).toHaveAttribute("data-status", "live", { timeout: 15_000 });

  await page.goto("/flags");
  await axe({ label: "flags page" });
  // This server runs without Redis: the Redis cache flag is on, and says it does nothing here.
  await expect(page.getByTestId("flag-state-cache.redis")).toHaveText("on");
  await expect(page.getByTestId("flag-no-effect-cache.redis")).toHaveText("no effect here");
  await expect(page.getByText("No Redis is configured (UPSTASH_REDIS_REST_URL)")).toBeVisible();
  await expect(page.getByTestId("flag-no-effect-realtime")).toHaveCount(0);
  await page.getByRole("button", { name: "Turn Realtime off" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved: Realtime is now off.");
  await expect(page.getByTestId("flag-state-realtime")).toHaveText("off");

  await page.goto("/");
  await expect(live).toHaveAttribute("data-status", "refused", { timeout: 15_000 });
  await expect(live).toContainText("Live updates are turned off");

  await page.goto("/flags");
  await page.getByRole("button", { name: "Reset to default" }).click();
  await expect(page.getByTestId("flag-state-realtime")).toHaveText("on");
  await page.goto("/activity?type=flag.");
  await expect(page.getByText(/turned "Realtime" off/)).toBeVisible();
  await expect(page.getByText(/reset "Realtime" to its default \(on\)/)).toBeVisible();

  await page.goto("/");
  await expect(live).toHaveAttribute("data-status", "live", { timeout: 15_000 });
});
