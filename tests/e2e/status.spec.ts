import type { Page } from "@playwright/test";
import { SIGNED_OUT } from "./support/accounts.ts";
import { expect, test } from "./support/axe.ts";

/**
 * Uptime on a phone: the module page's bars and the public status page fit 390 px without the
 * page scrolling sideways (a row of 90 bars shrinks, or scrolls inside its own box), and the
 * status page needs neither a sign-in nor JavaScript.
 */
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const suffix = Date.now().toString(36);
const listedName = `Status E2E ${suffix}`;
const hiddenName = `Private E2E ${suffix}`;
let moduleId = "";

async function noSidewaysScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
  });
  expect(scrollWidth, "no horizontal scroll").toBeLessThanOrEqual(clientWidth);
}

/** The row's own box stays inside the viewport, and it holds `count` labelled bars. */
async function rowFits(page: Page, name: string, count: number) {
  const row = page.getByRole("list", { name });
  await expect(row).toBeVisible();
  await expect(row.getByRole("img")).toHaveCount(count);
  const box = await row.locator("xpath=..").boundingBox();
  expect(box, `${name} has a box`).not.toBeNull();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
}

test("the module page's uptime rows fit a phone", async ({ page, axe }) => {
  const created = await page.request.post("/api/v1/modules", {
    data: { slug: `status_e2e_${suffix}`, name: listedName, kind: "service", status: "active" },
  });
  expect(created.status()).toBe(201);
  moduleId = (await created.json()).data.id;
  const hidden = await page.request.post("/api/v1/modules", {
    data: { slug: `private_e2e_${suffix}`, name: hiddenName, kind: "service" },
  });
  expect(hidden.status()).toBe(201);

  await page.goto(`/modules/${moduleId}`);
  await expect(page.getByRole("heading", { name: "Uptime" })).toBeVisible();
  await rowFits(page, "Uptime, last 24 hours", 24);
  await rowFits(page, "Uptime, last 30 days", 30);
  await rowFits(page, "Uptime, last 90 days", 90);
  await expect(
    page.getByRole("list", { name: "Uptime, last 90 days" }).getByRole("img").last(),
  ).toHaveAttribute("title", /: no probes$/);
  await noSidewaysScroll(page);
  await axe({ label: "module page on a phone" });
});

test("the edit form marks the module public", async ({ page }) => {
  await page.goto(`/modules/${moduleId}/edit`);
  await page.getByLabel("Show on the public status page").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { name: listedName })).toBeVisible();
  await expect(page.getByRole("link", { name: "public status page" })).toBeVisible();
});

test.describe("signed out, without JavaScript", () => {
  test.use({ storageState: SIGNED_OUT, javaScriptEnabled: false });

  test("the status page lists the public module only, and fits a phone", async ({ page }) => {
    const response = await page.goto("/status");
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL("/status");
    await expect(page.getByTestId("overall-status")).toContainText("All systems operational");
    await expect(page.getByRole("heading", { name: listedName })).toBeVisible();
    await expect(page.getByText(hiddenName)).toHaveCount(0);
    await expect(page.getByRole("navigation")).toHaveCount(0);
    await rowFits(page, `${listedName}: uptime, last 90 days`, 90);
    await noSidewaysScroll(page);
  });
});

test.describe("signed out", () => {
  test.use({ storageState: SIGNED_OUT });

  // axe runs in the page, so this check needs JavaScript.
  test("the status page passes the accessibility checks", async ({ page, axe }) => {
    await page.goto("/status");
    await expect(page.getByRole("heading", { name: listedName })).toBeVisible();
    await axe({ label: "status page on a phone" });
  });
});
