/** Turns a BenchReport into the console table and docs/benchmarks.md. */
import os from "node:os";
import type { FanoutResult } from "./fanout.ts";
import {
  type BenchReport,
  type CaseResult,
  type Memory,
  OTHER_WORK_LIMIT,
  percentile,
  type TargetResult,
} from "./harness.ts";
import type { KnowledgeFigures } from "./knowledge.ts";
import type { TtftResult } from "./ttft.ts";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
  };
}

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

function reqPerSec(value: number): string {
  return value < 100 ? value.toFixed(1) : integer.format(value);
}

function ms(value: number): string {
  if (!Number.isFinite(value)) return "-";
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** Two significant digits below 0.1 (a Remix route is ~0.02x of raw node:http). */
function ratio(value: number): string {
  return value >= 0.1 ? value.toFixed(2) : value.toPrecision(2);
}

/**
 * A figure as it is shown next to its goal: rounded like the rest of the report, except when the
 * rounding would read as the goal itself ("+5.00 ms" for 4.996 against < 5 ms), where it keeps
 * the digits that tell which side of the line it is on.
 */
export function againstGoal(text: string, value: number, goal: number): string {
  if (!Number.isFinite(value) || Number.parseFloat(text) !== goal || value === goal) return text;
  return String(Number(value.toPrecision(6)));
}

export function mib(kb: number): string {
  return `${(kb / 1024).toFixed(0)} MiB`;
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`;
}

const header = [
  "case",
  "req/s",
  "p50 ms",
  "p99 ms",
  "errors",
  "non-2xx",
  "baseline",
  "ratio",
  "server CPU",
  "client CPU",
  "other CPU",
];

function percent(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? "-" : `${Math.round(value)}%`;
}

function row(result: CaseResult): string[] {
  const load = result.load;
  return [
    result.problem ? `${result.name} (FAILED)` : result.name,
    load ? reqPerSec(load.requestsPerSecond) : "-",
    load ? ms(load.p50Ms) : "-",
    load ? ms(load.p99Ms) : "-",
    load ? String(load.errors) : "-",
    load ? String(load.non2xx) : "-",
    result.baseline ?? "-",
    result.ratio === undefined ? "-" : `${ratio(result.ratio)}x`,
    percent(result.serverCpuPercent),
    percent(load?.clientCpuPercent),
    percent(result.otherCpuPercent),
  ];
}

const numeric = new Set([1, 2, 3, 4, 5, 7, 8, 9, 10]);

export function formatTable(report: BenchReport): string {
  const rows = [header, ...report.cases.map(row)];
  const widths = header.map((_, column) => Math.max(...rows.map((r) => r[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join("  ")
      .trimEnd();
  return [
    line(header),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...rows.slice(1).map(line),
  ].join("\n");
}

function targetLine(target: TargetResult): string {
  if (target.problem) return `${target.name}: ${target.problem.split("\n")[0]}`;
  const parts = [`ready in ${target.readyMs === undefined ? "-" : seconds(target.readyMs)}`];
  if (target.memoryAtReady) parts.push(`RSS when ready ${mib(target.memoryAtReady.processKb)}`);
  if (target.memory) {
    parts.push(`RSS after load ${mib(target.memory.processKb)}`);
    if (target.memory.processes > 1) parts.push(treeText(target.memory));
  }
  return `${target.name}: ${parts.join(", ")}`;
}

/** The whole tree of a server (see memoryOf): summed RSS, and PSS when it could be read. */
export function treeText(memory: Memory): string {
  const others = memory.processes - 1;
  const pss = memory.treePssKb === undefined ? "" : `, PSS ${mib(memory.treePssKb)}`;
  return `${mib(memory.treeKb)} with its ${others} other process${others === 1 ? "" : "es"} (RSS summed${pss})`;
}

export function formatTargets(report: BenchReport, extra: string[] = []): string {
  return [...report.targets.map(targetLine), ...extra].join("\n");
}

/** Most CPU other work on the machine took during a measured run, in % of one core. */
export function otherWork(report: BenchReport): number {
  return Math.max(0, ...report.cases.map((c) => c.otherCpuPercent ?? 0));
}

/** Past OTHER_WORK_LIMIT (a quarter of a core), the figures are noticeably low. */
export function busyWarning(report: BenchReport): string | undefined {
  const other = otherWork(report);
  if (other <= OTHER_WORK_LIMIT) return undefined;
  return `other work on the machine took up to ${Math.round(other)}% of a core during a measured run: figures are lower than on an idle machine`;
}

export function problems(report: BenchReport): string[] {
  return [
    ...report.targets.filter((t) => t.problem).map((t) => `${t.name}: ${t.problem}`),
    ...report.cases.filter((c) => c.problem).map((c) => `${c.name}: ${c.problem}`),
  ];
}

/**
 * Padded the way Biome formats Markdown, so `npm run lint` accepts the file as written.
 * `numericColumns` are right-aligned.
 */
export function markdownTable(rows: string[][], numericColumns: Set<number> = numeric): string {
  const cells = rows.map((r) => r.map((cell) => cell.replaceAll("|", "\\|")));
  const widths = cells[0]!.map((_, column) => Math.max(3, ...cells.map((r) => r[column]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, i) => (numericColumns.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = widths.map((w, i) =>
    numericColumns.has(i) ? `${"-".repeat(w - 1)}:` : "-".repeat(w),
  );
  const [head, ...body] = cells;
  return [line(head!), `| ${rule.join(" | ")} |`, ...body.map(line)].join("\n");
}

/** Markdown folds runs of spaces (and Biome rewrites them): one line, single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export interface MarkdownInput {
  report: BenchReport;
  machine: Machine;
  date: Date;
  command: string;
  /** Further lines for the "Servers" section (e.g. a restart time). */
  serverNotes?: string[];
  /** The performance goals judged on this run (the "Targets" section). */
  goals?: GoalResult[];
  notes: string[];
  /** The "What changed" section of the previous file, carried over unchanged. */
  kept?: string;
}

export function renderMarkdown({
  report,
  machine,
  date,
  command,
  serverNotes = [],
  goals,
  notes,
  kept,
}: MarkdownInput): string {
  const { options } = report;
  const issues = problems(report);
  return `# Benchmarks

Generated by \`${command}\` (tests/bench/run.ts); do not edit by hand, run it again.

- Date: ${date.toISOString()}
- Machine: ${machine.cores} × ${machine.cpu}, ${machine.memoryGiB.toFixed(1)} GiB RAM, ${machine.os}
- Node: ${machine.node}
- Load: autocannon, ${options.connections} connections, ${options.warmupSeconds} s warm-up then ${options.durationSeconds} s measured per case, 127.0.0.1 only
- Result: ${report.ok ? "all cases passed (errors and non-2xx at most 1%)" : "**FAILED** (see Problems)"}
- Other work on the machine during the measured runs: at most ${Math.round(otherWork(report))}% of one core${busyWarning(report) ? " (**busy: figures are skewed**)" : ""}
${goals ? `\n## Targets\n\n${goalsTable(goals)}\n\nEach goal against this run's own figures (the sections below say how each was measured). A goal is met only when every figure it names was measured and meets it; a figure this run could not measure is "not measured", never met.\n` : ""}
## Throughput and latency

${markdownTable([header, ...report.cases.map(row)])}

Ratio = the case's req/s over its baseline's. Latency percentiles are exact per-response times
measured by the load generator; "errors" counts connection errors and timeouts. Server CPU is
what the server process and its children used during the measured run, client CPU what the load
generator used, other CPU what everything else on the machine used meanwhile, all in % of one
core: a server well under 100% while the client is not at 100% either was waiting (on I/O,
another process), not computing. A run where other CPU exceeded ${OTHER_WORK_LIMIT}% is measured again
(up to ${options.retries} more times) and the cleanest run is kept.

## Servers

${[...report.targets.map(targetLine), ...serverNotes].map((line) => `- ${line}`).join("\n")}
${issues.length > 0 ? `\n## Problems\n\n${issues.map((p) => `- ${oneLine(p)}`).join("\n")}\n` : ""}
## How it is measured

${notes.map((note) => `- ${note}`).join("\n")}
${kept ? `\n${kept.trim()}\n` : ""}`;
}

/** The heading of the hand-written part of docs/benchmarks.md that every run keeps as it is. */
export const KEPT_HEADING = "## What changed";

/** The hand-written section (from its heading to the end of the file) of an earlier report. */
export function keptSection(previous: string | undefined): string | undefined {
  if (!previous) return undefined;
  const at = previous.indexOf(`\n${KEPT_HEADING}\n`);
  return at < 0 ? undefined : previous.slice(at + 1);
}

// ---------------------------------------------------------------------------------------------
// Targets: each performance goal beside what this run measured for it.

/** The performance goals the Targets table judges a run by. */
export const GOALS = {
  /** Dashboard SSR req/s over the minimal Remix page's, at least. */
  dashboardRatio: 0.6,
  /** Cached `GET /api/v1/modules` req/s over the minimal Remix JSON route's, at least. */
  modulesRatio: 0.7,
  modulesP99Ms: 50,
  fanoutP99Ms: 20,
  knowledgeSearchP95Ms: 20,
  knowledgeHopsP95Ms: 25,
  knowledgePathP95Ms: 100,
  /** Postgres p95 over the same work in memory, at most. */
  knowledgeMemoryFactor: 5,
  knowledgeNodesPerSecond: 20_000,
  ttftAddedMs: 5,
  /** Spawn to the first 200 from `GET /api/v1/ready`, on an empty data folder, once built. */
  firstStartMs: 5_000,
  /** The same on the folder of a NEXUS just stopped with SIGTERM. */
  restartMs: 2_000,
  /** The NEXUS server process alone. */
  rssMiB: 250,
  /**
   * The server, its embedded Postgres (every process) and its PartyKit: PSS summed (each shared
   * page once), or RSS summed where PSS cannot be read.
   */
  treeMiB: 450,
} as const;

export type Verdict = "met" | "missed" | "not measured";

/** One figure a goal is judged on; `met` undefined means it was not measured (`text` says why). */
export interface GoalFigure {
  text: string;
  met?: boolean;
}

export interface GoalResult {
  goal: string;
  figures: GoalFigure[];
}

/** Missed when any figure misses; met only when every figure was measured and meets the goal. */
export function verdict(goal: GoalResult): Verdict {
  if (goal.figures.some((f) => f.met === false)) return "missed";
  if (goal.figures.length === 0 || goal.figures.some((f) => f.met === undefined)) {
    return "not measured";
  }
  return "met";
}

/** NEXUS's starts on embedded defaults (run.ts's measureStartup), spawn to `/ready` 200. */
export interface StartupFigures {
  /** Each first start on an empty data folder, in ms. */
  firstMs: number[];
  /** Each restart on the folder of the first, after a SIGTERM stop, in ms. */
  restartMs: number[];
  /** When the last of each was ready. */
  firstMemory?: Memory;
  restartMemory?: Memory;
  /** Why the measurement stopped short. */
  problem?: string;
}

/** A route on the embedded Postgres and the same route on the PGlite release, in one run. */
export interface PgliteComparison {
  what: string;
  embedded: string;
  /** Undefined when the PGlite baseline was not run. */
  pglite?: string;
}

/** What one run measured, for the Targets table; a measurement left out is "not measured". */
export interface GoalInputs {
  report: BenchReport;
  /** The NEXUS `GET /` (dashboard) cases; the best one is judged. */
  dashboardCases: string[];
  /** The cached `GET /api/v1/modules` cases; every one is judged. */
  cachedModulesCases: string[];
  /** Cases the embedded Postgres must serve at least as fast as PGlite did (req/s and p99). */
  pgliteComparisons: PgliteComparison[];
  /** The NEXUS target on embedded defaults (what `npm start` runs): its memory. */
  embeddedTarget: string;
  /** The other NEXUS targets (RSS after load). */
  otherNexusTargets: string[];
  startup?: StartupFigures;
  fanout?: FanoutResult[];
  knowledge?: KnowledgeFigures;
  ttft?: TtftResult;
  /** Why a measurement is missing, shown in its row. */
  notMeasured?: Partial<Record<"startup" | "fanout" | "knowledge" | "ttft" | "pglite", string>>;
}

const missing = (what: string, why: string | undefined): GoalFigure => ({
  text: `${what}not measured${why ? ` (${oneLine(why).slice(0, 160)})` : ""}`,
});

function measuredCase(report: BenchReport, name: string): CaseResult | undefined {
  const found = report.cases.find((c) => c.name === name);
  return found?.load && found.ratio !== undefined && !found.problem ? found : undefined;
}

/** A case that ran, with or without a baseline. */
function loadedCase(report: BenchReport, name: string): CaseResult | undefined {
  const found = report.cases.find((c) => c.name === name);
  return found?.load && !found.problem ? found : undefined;
}

function caseMissing(report: BenchReport, name: string): GoalFigure {
  const found = report.cases.find((c) => c.name === name);
  return missing(`${name}: `, found?.problem ?? (found ? "no ratio to its baseline" : "not run"));
}

function knowledgeGoals(inputs: GoalInputs): GoalResult[] {
  const k = inputs.knowledge;
  const why = inputs.notMeasured?.knowledge;
  const query = (
    goal: string,
    figures: KnowledgeFigures["search"] | undefined,
    limitMs: number,
  ): GoalResult => {
    if (!figures) return { goal, figures: [missing("", why)] };
    const factor = figures.memoryP95Ms > 0 ? figures.p95Ms / figures.memoryP95Ms : Infinity;
    return {
      goal,
      figures: [
        { text: `p95 ${ms(figures.p95Ms)} ms`, met: figures.p95Ms < limitMs },
        {
          text: `${factor.toFixed(1)}x the in-memory p95 (${ms(figures.memoryP95Ms)} ms)`,
          met: factor <= GOALS.knowledgeMemoryFactor,
        },
      ],
    };
  };
  const within = `, within ${GOALS.knowledgeMemoryFactor}x of in memory`;
  return [
    query(
      `knowledge search p95 < ${GOALS.knowledgeSearchP95Ms} ms${within}`,
      k?.search,
      GOALS.knowledgeSearchP95Ms,
    ),
    query(
      `knowledge 2-hop p95 < ${GOALS.knowledgeHopsP95Ms} ms${within}`,
      k?.hops,
      GOALS.knowledgeHopsP95Ms,
    ),
    query(
      `knowledge path p95 < ${GOALS.knowledgePathP95Ms} ms${within}`,
      k?.path,
      GOALS.knowledgePathP95Ms,
    ),
    {
      goal: `knowledge bulk import >= ${integer.format(GOALS.knowledgeNodesPerSecond)} nodes/s`,
      figures: k
        ? [
            {
              text: `${integer.format(k.nodesPerSecond)} nodes/s (${integer.format(k.nodes)} nodes)`,
              met: k.nodesPerSecond >= GOALS.knowledgeNodesPerSecond,
            },
          ]
        : [missing("", why)],
    },
  ];
}

/** Every goal, judged on this run's figures. */
export function evaluateGoals(inputs: GoalInputs): GoalResult[] {
  const { report } = inputs;
  const goals: GoalResult[] = [];

  const dashboards = inputs.dashboardCases
    .map((name) => measuredCase(report, name))
    .filter((c): c is CaseResult => c !== undefined)
    .sort((a, b) => b.ratio! - a.ratio!);
  const best = dashboards[0];
  goals.push({
    goal: `dashboard SSR >= ${GOALS.dashboardRatio.toFixed(2)}x the minimal Remix page (best NEXUS case)`,
    figures: best
      ? [
          {
            text: `${againstGoal(ratio(best.ratio!), best.ratio!, GOALS.dashboardRatio)}x (${best.name})`,
            met: best.ratio! >= GOALS.dashboardRatio,
          },
        ]
      : inputs.dashboardCases.length > 0
        ? inputs.dashboardCases.map((name) => caseMissing(report, name))
        : [missing("", "no dashboard case")],
  });

  goals.push({
    goal: `modules cache hit >= ${GOALS.modulesRatio.toFixed(2)}x minimal Remix JSON, p99 < ${GOALS.modulesP99Ms} ms at ${report.options.connections} connections`,
    figures:
      inputs.cachedModulesCases.length > 0
        ? inputs.cachedModulesCases.map((name) => {
            const c = measuredCase(report, name);
            if (!c) return caseMissing(report, name);
            return {
              text: `${name}: ${againstGoal(ratio(c.ratio!), c.ratio!, GOALS.modulesRatio)}x, p99 ${againstGoal(ms(c.load!.p99Ms), c.load!.p99Ms, GOALS.modulesP99Ms)} ms`,
              met: c.ratio! >= GOALS.modulesRatio && c.load!.p99Ms < GOALS.modulesP99Ms,
            };
          })
        : [missing("", "no cached modules case")],
  });

  goals.push(...pgliteGoals(inputs));

  const push = inputs.fanout?.find((r) => r.name.startsWith("NEXUS"));
  goals.push({
    goal: `realtime fan-out p99 < ${GOALS.fanoutP99Ms} ms`,
    figures: push
      ? [
          {
            text: `p99 ${againstGoal(ms(push.p99Ms), push.p99Ms, GOALS.fanoutP99Ms)} ms to ${push.clients} clients${push.missing ? `, ${push.missing} deliveries missing` : ""}`,
            met: push.p99Ms < GOALS.fanoutP99Ms && push.missing === 0,
          },
        ]
      : [missing("", inputs.notMeasured?.fanout)],
  });

  goals.push(...knowledgeGoals(inputs));

  const ttft = inputs.ttft;
  goals.push({
    goal: `time to first token: NEXUS adds < ${GOALS.ttftAddedMs} ms (p50)`,
    figures: ttft
      ? [
          {
            text: `+${againstGoal(ms(ttft.addedMs), ttft.addedMs, GOALS.ttftAddedMs)} ms at the median (direct ${ms(ttft.direct.p50Ms)} ms, through NEXUS ${ms(ttft.nexus.p50Ms)} ms), p95 of paired differences ${ms(ttft.pairedP95Ms)} ms`,
            met: ttft.addedMs < GOALS.ttftAddedMs,
          },
        ]
      : [missing("", inputs.notMeasured?.ttft)],
  });

  goals.push(...startupGoals(inputs));
  goals.push(...memoryGoals(inputs));
  return goals;
}

/** The embedded Postgres against PGlite, route by route: req/s at least, p99 at most. */
function pgliteGoals(inputs: GoalInputs): GoalResult[] {
  const { report } = inputs;
  return inputs.pgliteComparisons.map(({ what, embedded, pglite }) => {
    const goal = `${what} at least as fast on the embedded Postgres as on PGlite, same run (req/s and p99)`;
    if (!pglite) {
      return { goal, figures: [missing("PGlite: ", inputs.notMeasured?.pglite ?? "not run")] };
    }
    const e = loadedCase(report, embedded);
    const p = loadedCase(report, pglite);
    if (!e || !p) {
      return {
        goal,
        figures: [
          ...(e ? [] : [caseMissing(report, embedded)]),
          ...(p ? [] : [caseMissing(report, pglite)]),
        ],
      };
    }
    const rps = e.load!.requestsPerSecond;
    const pgliteRps = p.load!.requestsPerSecond;
    return {
      goal,
      figures: [
        {
          text: `${reqPerSec(rps)} req/s against ${reqPerSec(pgliteRps)} (${ratio(rps / pgliteRps)}x)`,
          met: rps >= pgliteRps,
        },
        {
          text: `p99 ${ms(e.load!.p99Ms)} ms against ${ms(p.load!.p99Ms)} ms`,
          met: e.load!.p99Ms <= p.load!.p99Ms,
        },
      ],
    };
  });
}

function startupGoals(inputs: GoalInputs): GoalResult[] {
  const startup = inputs.startup;
  const why = inputs.notMeasured?.startup;
  const figure = (values: number[] | undefined, limitMs: number): GoalFigure => {
    // A start that failed is not a fast start: the row says why instead.
    if (!values || values.length === 0 || why) return missing("", why ?? "not run");
    const median = percentile(values, 50);
    const each = values.map((v) => seconds(v)).join(", ");
    return {
      text: `median ${againstGoal((median / 1000).toFixed(2), median / 1000, limitMs / 1000)} s of ${values.length} (${each})`,
      met: median < limitMs,
    };
  };
  return [
    {
      goal: `first start on an empty NEXUS_DATA_DIR, once built, until \`/api/v1/ready\` answers 200 < ${GOALS.firstStartMs / 1000} s (${inputs.embeddedTarget})`,
      figures: [figure(startup?.firstMs, GOALS.firstStartMs)],
    },
    {
      goal: `restart on the same folder (SIGTERM, start again) until \`/api/v1/ready\` answers 200 < ${GOALS.restartMs / 1000} s`,
      figures: [figure(startup?.restartMs, GOALS.restartMs)],
    },
  ];
}

/**
 * Judged on PSS: summed RSS counts every page the processes share (Postgres's shared buffers in
 * each backend, the libraries of PartyKit's Node and NEXUS's) once per process.
 */
function treeFigure(memory: Memory): GoalFigure {
  const processes = `over ${memory.processes} processes`;
  if (memory.treePssKb === undefined) {
    return {
      text: `${mib(memory.treeKb)} RSS summed ${processes} (no PSS could be read)`,
      met: memory.treeKb / 1024 < GOALS.treeMiB,
    };
  }
  return {
    text: `${mib(memory.treePssKb)} PSS ${processes} (RSS summed ${mib(memory.treeKb)})`,
    met: memory.treePssKb / 1024 < GOALS.treeMiB,
  };
}

function memoryGoals(inputs: GoalInputs): GoalResult[] {
  const { report } = inputs;
  const target = report.targets.find((t) => t.name === inputs.embeddedTarget);
  const why = target?.problem ?? (target ? "no /proc" : "not run");
  const memory = target?.memory;
  const goals: GoalResult[] = [
    {
      goal: `embedded NEXUS server RSS < ${GOALS.rssMiB} MiB after the bench load (the Node process alone)`,
      figures: [
        memory
          ? {
              text: `${inputs.embeddedTarget}: ${mib(memory.processKb)}`,
              met: memory.processKb / 1024 < GOALS.rssMiB,
            }
          : missing(`${inputs.embeddedTarget}: `, why),
      ],
    },
    {
      goal: `embedded NEXUS process tree < ${GOALS.treeMiB} MiB after the bench load (server, every embedded Postgres process, PartyKit; PSS summed)`,
      figures: [memory ? treeFigure(memory) : missing("", why)],
    },
  ];
  if (inputs.otherNexusTargets.length > 0) {
    goals.push({
      goal: `server RSS < ${GOALS.rssMiB} MiB after the bench load (each other NEXUS target)`,
      figures: inputs.otherNexusTargets.map((name) => {
        const other = report.targets.find((t) => t.name === name);
        if (!other?.memory) {
          return missing(`${name}: `, other?.problem ?? (other ? "no /proc" : "not run"));
        }
        return {
          text: `${name}: ${mib(other.memory.processKb)}`,
          met: other.memory.processKb / 1024 < GOALS.rssMiB,
        };
      }),
    });
  }
  return goals;
}

const verdictText: Record<Verdict, string> = {
  met: "met",
  missed: "**missed**",
  "not measured": "not measured",
};

/** The Targets table: one row per goal, its figures from this run and whether it was met. */
export function goalsTable(goals: GoalResult[]): string {
  return markdownTable(
    [
      ["goal", "measured", "result"],
      ...goals.map((g) => [
        g.goal,
        g.figures.map((f) => f.text).join("; "),
        verdictText[verdict(g)],
      ]),
    ],
    new Set(),
  );
}
