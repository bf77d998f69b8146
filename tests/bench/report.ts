/** Turns a BenchReport into the console table and docs/benchmarks.md. */
import os from "node:os";
import {
  type BenchReport,
  type CaseResult,
  OTHER_WORK_LIMIT,
  type TargetResult,
} from "./harness.ts";

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
    if (target.memory.processes > 1) {
      const children = target.memory.processes - 1;
      parts.push(
        `${mib(target.memory.treeKb)} with its ${children} child process${children === 1 ? "" : "es"}`,
      );
    }
  }
  return `${target.name}: ${parts.join(", ")}`;
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

/** Padded the way Biome formats Markdown, so `npm run lint` accepts the file as written. */
function markdownTable(rows: string[][]): string {
  const cells = rows.map((r) => r.map((cell) => cell.replaceAll("|", "\\|")));
  const widths = cells[0]!.map((_, column) => Math.max(3, ...cells.map((r) => r[column]!.length)));
  const line = (r: string[]) =>
    `| ${r.map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join(" | ")} |`;
  const rule = widths.map((w, i) => (numeric.has(i) ? `${"-".repeat(w - 1)}:` : "-".repeat(w)));
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
