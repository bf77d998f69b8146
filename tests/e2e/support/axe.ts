import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";

/** The WCAG 2.1 A and AA rules; best-practice rules are not part of the bar. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Impacts that fail a test; minor and moderate findings are attached to the report only. */
const BLOCKING = new Set(["serious", "critical"]);

export interface AxeOptions {
  /** Selectors to leave out, e.g. a third-party widget NEXUS does not control. */
  exclude?: string[];
  /** Names the attachment, e.g. "dark theme". */
  label?: string;
}

/**
 * Runs axe on the page as it is now and fails on any serious or critical violation, listing each
 * rule id, its help text and the selectors of the offending nodes.
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  testInfo: TestInfo,
  options: AxeOptions = {},
): Promise<void> {
  // Let colour transitions settle first (a button that was just re-enabled fades back in over
  // 150 ms; mid-fade its contrast is not what anyone sees). Endless ones (spinners) are skipped.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();

  const label = options.label ? ` (${options.label})` : "";
  await testInfo.attach(`axe${label}`, {
    body: JSON.stringify(results.violations, null, 2),
    contentType: "application/json",
  });

  const blocking = results.violations.filter((v) => v.impact && BLOCKING.has(v.impact));
  const report = blocking
    .map((v) => {
      const nodes = v.nodes
        .map((node) => {
          const target = node.target.map(String).join(" ");
          const why = node.failureSummary
            ?.split("\n")
            .slice(1)
            .map((line) => line.trim())
            .filter(Boolean)
            .join("; ");
          return `    - ${target}${why ? `\n      ${why}` : ""}`;
        })
        .join("\n");
      return `  [${v.impact}] ${v.id}: ${v.help}\n    ${v.helpUrl}\n${nodes}`;
    })
    .join("\n");
  expect(
    blocking.length,
    `axe found ${blocking.length} serious/critical violation(s) on ${page.url()}${label}:\n${report}\n`,
  ).toBe(0);
}

/** `test` with an `axe` fixture: `await axe()` checks the current page. */
export const test = base.extend<{ axe: (options?: AxeOptions) => Promise<void> }>({
  axe: async ({ page }, use, testInfo) => {
    await use((options) => expectNoSeriousA11yViolations(page, testInfo, options));
  },
});

export { expect };
