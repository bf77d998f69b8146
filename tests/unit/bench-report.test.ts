import { describe, expect, test } from "vitest";
import { KEPT_HEADING, keptSection } from "#tests/bench/report.ts";

describe("benchmark report", () => {
  test("the hand-written What changed section of the previous file is carried over whole", () => {
    const previous = `# Benchmarks\n\n## How it is measured\n\n- a note\n\n${KEPT_HEADING}\n\n### One change\n\n| a | b |\n`;
    expect(keptSection(previous)).toBe(`${KEPT_HEADING}\n\n### One change\n\n| a | b |\n`);
  });

  test("no previous file, or one without the section, keeps nothing", () => {
    expect(keptSection(undefined)).toBeUndefined();
    expect(keptSection("# Benchmarks\n\n## How it is measured\n\n- a note\n")).toBeUndefined();
  });
});
