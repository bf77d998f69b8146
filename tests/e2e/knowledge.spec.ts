import { expect, test } from "./support/axe.ts";

/**
 * The knowledge journey: two facts that cannot both hold are added through the form, the
 * contradiction they open is resolved, the day's diff shows it all, and the graph view draws them.
 */
test.describe.configure({ mode: "serial" });

const tag = Date.now().toString(36);
const claim = `Mount Kilimanjaro is 5,895 m high (${tag})`;
const rival = `Mount Kilimanjaro is 5,999 m high (${tag})`;

async function addFact(
  page: import("@playwright/test").Page,
  label: string,
  height: string,
  source: string,
) {
  await page.goto("/knowledge");
  await page.getByLabel("Label").fill(label);
  await page.getByLabel("Domain").fill("geography");
  await page.getByLabel("Subject").fill(`Kilimanjaro ${tag}`);
  await page.getByLabel("Predicate").fill("height");
  await page.getByLabel("Object").fill(height);
  await page.getByLabel("Source title").fill(source);
  await page.getByRole("button", { name: "Add node" }).click();
  await expect(page.getByRole("heading", { name: label })).toBeVisible();
}

test("add two conflicting facts, resolve the contradiction, see the diff and the graph", async ({
  page,
  axe,
}) => {
  // The longest journey of the suite (four forms, a resolution, the diff and a WebGL graph drawn
  // in software): on a busy two-core machine it outgrew the 60 s hang detector.
  test.slow();
  await addFact(page, claim, "5,895 m", "Survey 2008");
  await axe({ label: "knowledge node page" });
  await addFact(page, rival, "5,999 m", "A blog");
  await expect(
    page
      .getByRole("link", { name: `${claim} ⟷ ${rival}` })
      .or(page.getByRole("link", { name: `${rival} ⟷ ${claim}` })),
  ).toBeVisible();

  // From the review queue, where the contradiction waits for a person.
  await page.goto("/reviews");
  const request = page
    .getByRole("listitem")
    .filter({ hasText: "Contradiction:" })
    .filter({ hasText: claim });
  await expect(request).toContainText("contradiction");
  await request.getByRole("link", { name: "Open it to resolve" }).click();
  await expect(page.getByTestId("contradiction-status")).toHaveText("open");
  await axe({ label: "contradiction page" });
  const sideA = await page.getByTestId("side-A").getByRole("link").textContent();
  await page
    .getByLabel(sideA === claim ? "Keep A (B is refuted)" : "Keep B (A is refuted)")
    .check();
  await page.getByLabel("Note").fill("Official survey");
  await page.getByRole("button", { name: "Resolve" }).click();
  await expect(page.getByTestId("contradiction-status")).toContainText("resolved");
  // Resolving it decided the review request too.
  await page.goto("/reviews");
  await expect(
    page.getByRole("listitem").filter({ hasText: "Contradiction:" }).filter({ hasText: claim }),
  ).toHaveCount(0);

  await page.goto("/knowledge/diff");
  // Written by a model when the test server's fake one answers, computed otherwise.
  await expect(page.getByTestId("diff-summary")).not.toBeEmpty();
  await expect(page.getByTestId("diff-contradictions")).toContainText("opened");
  await expect(page.getByTestId("nodes-added").getByRole("link", { name: claim })).toBeVisible();
  await expect(page.getByTestId("diff-contradictions")).toContainText("resolved");
  await axe({ label: "daily diff" });

  await page.goto("/knowledge");
  await page.getByLabel("Search the knowledge graph").fill(`Kilimanjaro ${tag}`);
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("link", { name: claim }).click();
  await page.getByRole("link", { name: "Show in graph view" }).click();
  await expect(page.getByTestId("graph-size")).toContainText("2 nodes");
  await expect(page.getByTestId("graph-details")).toContainText(claim);
  await expect(page.getByTestId("graph-canvas").locator("canvas").first()).toBeAttached();
  await expect(page.getByTestId("graph-details")).not.toContainText("cannot draw");
});
