import { describe, expect, test } from "vitest";
import type { BenchReport, CaseResult, LoadResult } from "#tests/bench/harness.ts";
import {
  againstGoal,
  evaluateGoals,
  type GoalInputs,
  type GoalResult,
  goalsTable,
  KEPT_HEADING,
  keptSection,
  renderMarkdown,
  verdict,
} from "#tests/bench/report.ts";

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

function load(requestsPerSecond: number, p99Ms: number): LoadResult {
  return {
    requests: requestsPerSecond * 5,
    durationSeconds: 5,
    requestsPerSecond,
    p50Ms: p99Ms / 2,
    p99Ms,
    maxMs: p99Ms,
    errors: 0,
    timeouts: 0,
    non2xx: 0,
    statusCodes: { "200": requestsPerSecond * 5 },
    clientCpuPercent: 10,
    bytesPerResponse: 200,
  };
}

function measured(name: string, baseline: string, ratio: number, p99Ms: number): CaseResult {
  return {
    name,
    target: "NEXUS",
    url: "http://x/",
    baseline,
    load: load(1000 * ratio, p99Ms),
    ratio,
  };
}

const DASHBOARD = "NEXUS GET / (dashboard)";
const MODULES = "NEXUS GET /api/v1/modules, memory cache warm";
const PGLITE_DASHBOARD = "NEXUS on PGlite GET / (dashboard)";
const PGLITE_MODULES = "NEXUS on PGlite GET /api/v1/modules, memory cache warm";

/** A run where the dashboard meets its goal, the cached modules route misses it. */
function run(overrides: Partial<GoalInputs> = {}): GoalInputs {
  const report: BenchReport = {
    options: {
      durationSeconds: 5,
      warmupSeconds: 1,
      connections: 50,
      maxErrorRate: 0.01,
      quietWaitSeconds: 0,
      retries: 0,
    },
    cases: [
      measured(DASHBOARD, "minimal Remix page", 0.65, 80),
      measured(MODULES, "minimal Remix JSON", 0.3, 40),
      // PGlite: the dashboard slower than on the embedded Postgres, the modules route as fast.
      measured(PGLITE_DASHBOARD, "minimal Remix page", 0.5, 120),
      measured(PGLITE_MODULES, "minimal Remix JSON", 0.3, 40),
    ],
    targets: [
      {
        name: "NEXUS",
        readyMs: 3_000,
        memory: { processKb: 200 * 1024, treeKb: 400 * 1024, treePssKb: 300 * 1024, processes: 12 },
      },
    ],
    ok: true,
  };
  return {
    report,
    dashboardCases: [DASHBOARD],
    cachedModulesCases: [MODULES],
    pgliteComparisons: [
      { what: "dashboard", embedded: DASHBOARD, pglite: PGLITE_DASHBOARD },
      { what: "cached modules route", embedded: MODULES, pglite: PGLITE_MODULES },
    ],
    embeddedTarget: "NEXUS",
    otherNexusTargets: [],
    startup: { firstMs: [4_100, 3_900, 6_000], restartMs: [1_500, 1_400, 1_600] },
    ...overrides,
  };
}

const row = (goals: GoalResult[], start: string) =>
  goalsTable(goals)
    .split("\n")
    .find((line) => line.startsWith(`| ${start}`));

describe("the Targets table", () => {
  test("a goal met renders as met, one missed as missed", () => {
    const goals = evaluateGoals(run());
    expect(row(goals, "dashboard SSR")).toMatch(
      /0\.65x \(NEXUS GET \/ \(dashboard\)\) +\| met +\|$/,
    );
    expect(row(goals, "modules cache hit")).toMatch(/0\.30x, p99 40\.0 ms +\| \*\*missed\*\* +\|$/);
    expect(row(goals, "embedded NEXUS server RSS")).toMatch(/NEXUS: 200 MiB +\| met +\|$/);
    expect(row(goals, "embedded NEXUS process tree")).toMatch(
      /300 MiB PSS over 12 processes \(RSS summed 400 MiB\) +\| met +\|$/,
    );
    // Medians: one slow first start does not make the goal missed.
    expect(row(goals, "first start on an empty")).toMatch(
      /median 4\.10 s of 3 \(4\.10 s, 3\.90 s, 6\.00 s\) +\| met +\|$/,
    );
    expect(row(goals, "restart on the same folder")).toMatch(/median 1\.50 s of 3 .*\| met +\|$/);
    // At least as fast as PGlite: equal figures meet it.
    expect(row(goals, "dashboard at least as fast")).toMatch(
      /650 req\/s against 500 \(1\.30x\); p99 80\.0 ms against 120\.0 ms +\| met +\|$/,
    );
    expect(row(goals, "cached modules route at least as fast")).toMatch(/\| met +\|$/);
  });

  test("the embedded Postgres slower than PGlite in req/s or in p99 misses its goal", () => {
    const slower = run();
    slower.report.cases[1]!.load!.p99Ms = 41;
    const goals = evaluateGoals(slower);
    expect(row(goals, "cached modules route at least as fast")).toMatch(
      /p99 41\.0 ms against 40\.0 ms +\| \*\*missed\*\* +\|$/,
    );
    const fewer = run();
    fewer.report.cases[0]!.load!.requestsPerSecond = 499;
    expect(row(evaluateGoals(fewer), "dashboard at least as fast")).toMatch(
      /499 req\/s against 500 .*\| \*\*missed\*\* +\|$/,
    );
  });

  test("memory and start goals judge their own figures", () => {
    const heavy = run({ startup: { firstMs: [5_200], restartMs: [2_100] } });
    heavy.report.targets[0]!.memory = { processKb: 260 * 1024, treeKb: 460 * 1024, processes: 20 };
    const goals = evaluateGoals(heavy);
    for (const start of [
      "embedded NEXUS server RSS",
      "embedded NEXUS process tree",
      "first start on an empty",
      "restart on the same folder",
    ]) {
      expect(row(goals, start)).toMatch(/\| \*\*missed\*\* +\|$/);
    }
    // No PSS reading: the summed RSS instead.
    expect(row(goals, "embedded NEXUS process tree")).toContain(
      "460 MiB RSS summed over 20 processes (no PSS could be read)",
    );
    // Judged on PSS when there is one: shared pages count once.
    const shared = run();
    shared.report.targets[0]!.memory = {
      processKb: 200 * 1024,
      treeKb: 800 * 1024,
      treePssKb: 420 * 1024,
      processes: 22,
    };
    expect(row(evaluateGoals(shared), "embedded NEXUS process tree")).toMatch(/\| met +\|$/);
    // The other NEXUS targets get a row of their own.
    const other = run({ otherNexusTargets: ["NEXUS (Redis)"] });
    other.report.targets.push({
      name: "NEXUS (Redis)",
      memory: { processKb: 240 * 1024, treeKb: 500 * 1024, processes: 20 },
    });
    expect(row(evaluateGoals(other), "server RSS")).toMatch(
      /NEXUS \(Redis\): 240 MiB +\| met +\|$/,
    );
  });

  test("a missing measurement renders as not measured, never as met", () => {
    const goals = evaluateGoals(
      run({ notMeasured: { ttft: "NEXUS answered 502", knowledge: "not run: BENCH_KNOWLEDGE=0" } }),
    );
    for (const start of ["time to first token", "realtime fan-out", "knowledge search"]) {
      expect(row(goals, start)).toMatch(/not measured.*\| not measured +\|$/);
    }
    expect(row(goals, "time to first token")).toContain("NEXUS answered 502");
    expect(row(goals, "knowledge bulk import")).toContain("BENCH_KNOWLEDGE=0");

    // Part of a goal measured and met, part not: still not met.
    const partial = evaluateGoals(
      run({ startup: { firstMs: [3_000], restartMs: [] }, notMeasured: { startup: "crashed" } }),
    );
    for (const start of ["first start on an empty", "restart on the same folder"]) {
      expect(row(partial, start)).toMatch(/not measured \(crashed\) +\| not measured +\|$/);
    }

    // No PGlite baseline in this run: not measured, never met.
    const noPglite = evaluateGoals(
      run({
        pgliteComparisons: [{ what: "dashboard", embedded: DASHBOARD }],
        notMeasured: { pglite: "not run: BENCH_PGLITE=0" },
      }),
    );
    expect(row(noPglite, "dashboard at least as fast")).toMatch(
      /PGlite: not measured \(not run: BENCH_PGLITE=0\) +\| not measured +\|$/,
    );

    // A case that failed, or a target with no memory reading, is not measured either.
    const failed = run();
    failed.report.cases[0]!.problem = "answered 500";
    failed.report.targets[0]!.memory = undefined;
    const failedGoals = evaluateGoals(failed);
    expect(verdict(failedGoals.find((g) => g.goal.startsWith("dashboard SSR"))!)).toBe(
      "not measured",
    );
    expect(verdict(failedGoals.find((g) => g.goal.startsWith("dashboard at least"))!)).toBe(
      "not measured",
    );
    for (const start of ["embedded NEXUS server RSS", "embedded NEXUS process tree"]) {
      expect(verdict(failedGoals.find((g) => g.goal.startsWith(start))!)).toBe("not measured");
    }
  });

  test("a missed figure makes the goal missed even when another is not measured", () => {
    expect(verdict({ goal: "g", figures: [{ text: "a", met: false }, { text: "b" }] })).toBe(
      "missed",
    );
    expect(verdict({ goal: "g", figures: [] })).toBe("not measured");
  });

  test("every figure measured and met: the whole table can be met", () => {
    const goals = evaluateGoals(
      run({
        fanout: [
          {
            name: "NEXUS push into the metrics room",
            clients: 200,
            pushes: 100,
            p50Ms: 3,
            p99Ms: 9,
            pushesPerSecond: 200,
            deliveries: 20_000,
            missing: 0,
          },
        ],
        ttft: {
          target: "NEXUS",
          models: ["llama3.2:3b"],
          pairs: 200,
          warmupPairs: 10,
          direct: { p50Ms: 1, p95Ms: 2, p99Ms: 3 },
          nexus: { p50Ms: 4, p95Ms: 6, p99Ms: 8 },
          addedMs: 3,
          pairedP95Ms: 4.5,
        },
        knowledge: {
          nodes: 100_000,
          edges: 500_000,
          samples: 200,
          search: { p50Ms: 2, p95Ms: 4, memoryP95Ms: 2 },
          hops: { p50Ms: 2, p95Ms: 4, memoryP95Ms: 1 },
          path: { p50Ms: 2, p95Ms: 4, memoryP95Ms: 1 },
          nodesPerSecond: 30_000,
          edgesPerSecond: 25_000,
          roundTripP50Ms: 0.3,
        },
      }),
    );
    const modules = goals.find((g) => g.goal.startsWith("modules"))!;
    expect(goals.filter((g) => verdict(g) !== "met")).toEqual([modules]);
    expect(row(goals, "time to first token")).toContain("+3.00 ms at the median");
  });

  test("a figure that rounds to its goal shows the digits that tell which side it is on", () => {
    const ttft = (addedMs: number) => ({
      target: "NEXUS",
      models: ["llama3.2:3b"],
      pairs: 200,
      warmupPairs: 10,
      direct: { p50Ms: 1, p95Ms: 2, p99Ms: 3 },
      nexus: { p50Ms: 1 + addedMs, p95Ms: 8, p99Ms: 9 },
      addedMs,
      pairedP95Ms: 7,
    });
    const under = evaluateGoals(run({ ttft: ttft(4.9961) }));
    expect(row(under, "time to first token")).toContain("+4.9961 ms at the median");
    expect(verdict(under.find((g) => g.goal.startsWith("time to first token"))!)).toBe("met");
    const over = evaluateGoals(run({ ttft: ttft(5.0042) }));
    expect(row(over, "time to first token")).toContain("+5.0042 ms at the median");
    expect(verdict(over.find((g) => g.goal.startsWith("time to first token"))!)).toBe("missed");
    // Away from the goal, the usual rounding; exactly on it, nothing to add.
    expect(againstGoal("4.20", 4.2001, 5)).toBe("4.20");
    expect(againstGoal("0.70", 0.6996, 0.7)).toBe("0.6996");
    expect(againstGoal("5.00", 5, 5)).toBe("5.00");
  });

  test("the table is padded as Biome formats Markdown and sits above the throughput table", () => {
    const table = goalsTable(evaluateGoals(run()));
    const lines = table.split("\n");
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    expect(lines[1]).toMatch(/^\| -+ \| -+ \| -+ \|$/);

    const inputs = run();
    const markdown = renderMarkdown({
      report: inputs.report,
      machine: { cpu: "cpu", cores: 2, memoryGiB: 8, node: "v20", os: "Linux" },
      date: new Date(0),
      command: "npm run bench",
      goals: evaluateGoals(inputs),
      notes: [],
    });
    expect(markdown).toContain(`## Targets\n\n${table}\n`);
    expect(markdown.indexOf("## Targets")).toBeLessThan(markdown.indexOf("## Throughput"));
  });
});
