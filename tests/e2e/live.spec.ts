import { expect, test } from "./support/axe.ts";

/**
 * The dashboard follows the `global` realtime room: a change made elsewhere (here, through the
 * API in another request) shows up without a reload.
 */
test("the dashboard updates live when a module's status changes elsewhere", async ({ page }) => {
  const slug = `live_${Date.now()}`;
  const created = await page.request.post("/api/v1/modules", {
    data: { slug, name: "Live Probe Target", kind: "e2e", status: "active", load: 12 },
  });
  expect(created.status()).toBe(201);
  const module = (await created.json()).data;

  await page.goto("/");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const card = page.getByRole("link", { name: /^Live Probe Target/ });
  await expect(card).toContainText("active");

  let reloaded = false;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) reloaded = true;
  });
  const changed = await page.request.patch(`/api/v1/modules/${module.id}`, {
    data: { status: "error" },
  });
  expect(changed.status()).toBe(200);

  await expect(card).toContainText("error");
  await expect(page.getByText("Live Probe Target is error (was active)")).toBeVisible();
  expect(reloaded).toBe(false);
});

test("live figures arrive from the metrics collector", async ({ page, axe }) => {
  await page.goto("/");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-status", "live");
  const rss = page.getByTestId("metric-rss");
  await expect(rss).toHaveText(/^\d+ MB$/, { timeout: 15_000 });
  const first = await page.getByText(/^Sampled \d\d:\d\d:\d\d UTC$/).textContent();
  await expect(page.getByText(/^Sampled \d\d:\d\d:\d\d UTC$/)).not.toHaveText(first ?? "", {
    timeout: 15_000,
  });
  await expect(page.getByRole("img", { name: "Memory chart" })).toBeVisible({ timeout: 15_000 });
  await axe({ label: "live dashboard" });
});
