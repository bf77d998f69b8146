import { expect, test } from "./support/axe.ts";

/**
 * A goal run in the browser against the fake Ollama the web server starts: the steps stream in
 * live, the doubtful step goes to the review queue (the navigation badge counts it), and
 * approving it there completes the run.
 */
test("start a goal, watch its steps stream, approve the flagged step", async ({ page }) => {
  await page.goto("/sage/goals");
  await page.getByLabel("Goal").fill("[e2e goal] Why did checkout fail last night?");
  await page.getByRole("button", { name: "Start goal" }).click();
  await expect(page).toHaveURL(/\/sage\/goals\/[0-9a-f-]{36}$/);

  // Live: the run is running, its steps appear and their output grows before it ends.
  await expect(page.getByTestId("run-status")).toHaveText("running");
  await expect(page.getByRole("progressbar", { name: "Progress of the run" })).toBeVisible();
  const steps = page.getByTestId("goal-steps");
  await expect(steps).toContainText("Count the failed requests");
  await expect(steps).toContainText("finding3");
  await expect(steps).toContainText("score 0.93", { timeout: 20_000 });

  // The second step scores below the threshold: the run ends waiting for review.
  await expect(page.getByTestId("run-status")).toHaveText("needs_review", { timeout: 20_000 });
  await expect(page.getByTestId("final-answer")).toHaveText(
    "1,204 requests failed; the cause is unproven.",
  );
  await expect(page.getByTestId("run-reviews")).toContainText("Guess the root cause");
  const runUrl = page.url();

  const badge = page.getByTestId("open-reviews-badge");
  await expect(badge).toBeVisible();
  const before = Number((await badge.innerText()).replace(/\D/g, ""));

  await page.getByRole("link", { name: "Decide in the review queue" }).click();
  await expect(page.getByRole("heading", { name: "Review queue" })).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: "Guess the root cause" });
  await expect(item).toContainText("the cause is asserted without evidence");
  await expect(item).toContainText("high urgency");
  await item.getByLabel("Note").fill("Checked the load balancer logs; the guess holds.");
  await item.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Guess the root cause" })).toHaveCount(
    0,
  );
  if (before > 1) await expect(badge).toHaveText(`${before - 1} open`);
  else await expect(badge).toHaveCount(0);

  await page.goto(runUrl);
  await expect(page.getByTestId("run-status")).toHaveText("completed");
  await expect(page.getByTestId("run-reviews")).toContainText("approved");
});
