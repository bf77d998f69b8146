import { expect, test } from "./support/axe.ts";

/**
 * The SAGE console against the fake Ollama the web server starts (tests/e2e/support/web-server.ts):
 * providers and models, the model chosen and why, the answer streaming in, and the stop button.
 */
test("the console shows the models, streams an answer and can stop one", async ({ page }) => {
  await page.goto("/sage");
  await expect(page.getByRole("heading", { name: "SAGE", level: 1 })).toBeVisible();
  await expect(page.getByText("reachable", { exact: true })).toBeVisible();
  // The models table (the usage table below may list the model too, after other specs).
  await expect(page.getByRole("cell", { name: "qwen2.5-coder:7b · 7.6B" })).toBeVisible();

  await page.getByLabel("Task").selectOption("code");
  await page.getByLabel("Prompt").fill("Write a haiku about tests");
  await page.getByRole("button", { name: "Generate" }).click();
  await expect(page.getByTestId("sage-reason")).toContainText("qwen2.5-coder:7b: code-capable");
  const output = page.locator("output");
  await expect(output).toContainText("word1 ");
  // Streaming: part of the answer is on screen before the end of it.
  await expect(output).not.toContainText("word40");
  await expect(output).toContainText("word40", { timeout: 15_000 });
  await expect(page.getByText(/prompt \+ 40 completion tokens/)).toBeVisible();

  await page.getByRole("button", { name: "Generate" }).click();
  await expect(output).toContainText("word3");
  await page.getByRole("button", { name: "Stop" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Stopped." })).toBeVisible();
  await expect(output).not.toContainText("word40");

  // Both calls are in the usage view after a reload: the table and the chart.
  await page.reload();
  await expect(page.getByRole("cell", { name: "qwen2.5-coder:7b", exact: true })).toHaveCount(1);
  await expect(page.getByText("Calls and tokens per day")).toBeVisible();
});
