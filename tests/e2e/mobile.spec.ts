import { expect, test } from "./support/axe.ts";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test.describe("on a phone (390×844)", () => {
  test("the dashboard does not scroll sideways and the navigation is reachable", async ({
    page,
    axe,
  }) => {
    await page.goto("/");
    await expect(page.getByTestId("overall-status")).toHaveText("All systems operational");

    const { scrollWidth, clientWidth } = await page.evaluate(() => {
      const root = document.scrollingElement ?? document.documentElement;
      return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth };
    });
    expect(scrollWidth, "no horizontal scroll").toBeLessThanOrEqual(clientWidth);

    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav).toBeVisible();
    const links = nav.getByRole("link");
    expect(await links.count()).toBeGreaterThan(0);
    for (const link of await links.all()) {
      await expect(link).toBeInViewport();
      const box = await link.boundingBox();
      expect(box, "link has a box").not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    }
    await axe({ label: "mobile" });

    await nav.getByRole("link", { name: "API reference" }).tap();
    await expect(page).toHaveURL(/\/api\/docs$/);
  });
});
