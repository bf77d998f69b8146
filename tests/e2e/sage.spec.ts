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

  const usageHeading = page.getByText(/^\d+ calls, \d+ tokens/);
  const callsBefore = Number((await usageHeading.textContent())?.split(" ")[0]);

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
  // The usage figures follow the call without a reload.
  await expect(usageHeading).toHaveText(new RegExp(`^${callsBefore + 1} calls,`));

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

test("the usage chart keeps its legend below the plot and the page fits a phone", async ({
  page,
}) => {
  await page.goto("/sage");
  const figure = page.getByRole("figure").filter({ hasText: "Calls and tokens per day" });
  const plot = figure.getByRole("img", { name: "Calls and tokens per day chart" });
  const legend = figure.locator(".u-legend");
  await expect(legend).toBeVisible();
  // uPlot's stylesheet is on the page: its legend sits under the canvas, in the chart's size.
  const [plotBox, legendBox] = [await plot.boundingBox(), await legend.boundingBox()];
  const canvas = await figure.locator("canvas").boundingBox();
  expect(legendBox!.y).toBeGreaterThanOrEqual(canvas!.y + canvas!.height - 1);
  expect(legendBox!.height).toBeLessThan(80);
  // Nothing of the chart runs into the usage table below it.
  const table = page.getByRole("table").filter({ hasText: "Day (UTC)" });
  expect((await table.boundingBox())!.y).toBeGreaterThanOrEqual(plotBox!.y + plotBox!.height - 1);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(legend).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "the page scrolls sideways at 390 px").toBeLessThanOrEqual(390);
});
