import { Link } from "@remix-run/react";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import type { RoomStatus } from "#app/realtime/use-room.ts";
import { cn } from "#app/utils/cn.ts";
import type { ChartSeries } from "./time-series-chart.tsx";
import { Card, CardHeader } from "./ui/card.tsx";

/** The chart library loads after the first paint, in its own chunk. */
const TimeSeriesChart = lazy(() => import("./time-series-chart.tsx"));

export interface Sample {
  takenAt: string;
  cpuPercent: number;
  rssBytes: number;
  heapUsedBytes: number;
  eventLoopP99Ms: number;
  httpRequestsPerSecond: number;
  httpErrorRate: number;
  httpP95Ms: number;
  realtimeConnections: number;
  modulesOnline: number;
  modulesTotal: number;
  modulesAvgLoad: number;
  aiRequestsPerHour: number;
  aiTokensPerHour: number;
  aiCostPerHour: number;
}

export const ranges = { "15m": 15 * 60_000, "1h": 3_600_000, "24h": 86_400_000 } as const;
export type RangeKey = keyof typeof ranges;

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;
const fixed = (n: number, digits = 1) => n.toFixed(digits);

const figures: { label: string; value: (s: Sample) => string; testId: string }[] = [
  { label: "CPU", value: (s) => `${fixed(s.cpuPercent)} %`, testId: "metric-cpu" },
  { label: "Memory (RSS)", value: (s) => mb(s.rssBytes), testId: "metric-rss" },
  { label: "Heap used", value: (s) => mb(s.heapUsedBytes), testId: "metric-heap" },
  {
    label: "Event-loop delay p99",
    value: (s) => `${fixed(s.eventLoopP99Ms)} ms`,
    testId: "metric-eld",
  },
  { label: "Requests", value: (s) => `${fixed(s.httpRequestsPerSecond)} /s`, testId: "metric-rps" },
  {
    label: "Errors (5xx)",
    value: (s) => `${fixed(s.httpErrorRate * 100)} %`,
    testId: "metric-errors",
  },
  { label: "Latency p95", value: (s) => `${fixed(s.httpP95Ms)} ms`, testId: "metric-p95" },
  { label: "Live viewers", value: (s) => String(s.realtimeConnections), testId: "metric-viewers" },
  {
    label: "Modules online",
    value: (s) => `${s.modulesOnline} / ${s.modulesTotal}`,
    testId: "metric-modules",
  },
  { label: "Average load", value: (s) => `${fixed(s.modulesAvgLoad)} %`, testId: "metric-load" },
  {
    label: "AI requests",
    value: (s) => `${fixed(s.aiRequestsPerHour, 0)} /h`,
    testId: "metric-ai",
  },
  { label: "AI cost", value: (s) => `$${fixed(s.aiCostPerHour, 2)} /h`, testId: "metric-cost" },
];

const statusText: Record<RoomStatus, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  refused: "Not live",
  offline: "Not live",
};

export function ConnectionIndicator({
  status,
  problem,
}: {
  status: RoomStatus;
  problem: string | null;
}) {
  const tone =
    status === "live"
      ? "bg-emerald-500"
      : status === "refused" || status === "offline"
        ? "bg-red-600"
        : "bg-amber-500";
  return (
    <span
      className="inline-flex items-center gap-2 text-sm"
      data-testid="live-status"
      data-status={status}
      title={problem ?? undefined}
    >
      <span className={cn("size-2.5 rounded-full", tone, status === "live" && "animate-pulse")} />
      <span aria-live="polite">
        {statusText[status]}
        {problem ? <span className="text-slate-600 dark:text-slate-400">: {problem}</span> : null}
      </span>
    </span>
  );
}

const cpuSeries: ChartSeries[] = [
  { label: "CPU", unit: "%", color: "#4f6cf7" },
  { label: "Event-loop p99", unit: "ms", color: "#d97706", axis: 1 },
];
const httpSeries: ChartSeries[] = [
  { label: "Requests", unit: "req/s", color: "#059669" },
  { label: "Latency p95", unit: "ms", color: "#dc2626", axis: 1 },
];
const memorySeries: ChartSeries[] = [
  { label: "RSS", unit: "MB", color: "#7c3aed" },
  { label: "Heap", unit: "MB", color: "#0891b2" },
];

/** Columns for uPlot: times in seconds, then one array per series. */
function columns(samples: Sample[]) {
  const time = samples.map((s) => Date.parse(s.takenAt) / 1000);
  return {
    cpu: [time, samples.map((s) => s.cpuPercent), samples.map((s) => s.eventLoopP99Ms)],
    http: [time, samples.map((s) => s.httpRequestsPerSecond), samples.map((s) => s.httpP95Ms)],
    memory: [
      time,
      samples.map((s) => s.rssBytes / 1_048_576),
      samples.map((s) => s.heapUsedBytes / 1_048_576),
    ],
  };
}

export function LiveMetrics({
  latest,
  history,
  range,
  status,
  problem,
}: {
  latest: Sample | null;
  history: Sample[];
  range: RangeKey;
  status: RoomStatus;
  problem: string | null;
}) {
  // Charts render only in the browser, after hydration: the first paint is the figures.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const data = useMemo(() => columns(history), [history]);

  return (
    <Card aria-labelledby="metrics-card">
      <CardHeader
        title={<span id="metrics-card">System metrics</span>}
        description={
          latest
            ? `Sampled ${new Date(latest.takenAt).toISOString().slice(11, 19)} UTC`
            : "No sample yet: the first one is taken within a few seconds of start."
        }
        actions={<ConnectionIndicator status={status} problem={problem} />}
      />
      {latest ? (
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {figures.map((figure) => (
            <div
              key={figure.label}
              className="rounded-md border border-slate-200 p-2 dark:border-slate-800"
            >
              <dt className="text-xs text-slate-600 dark:text-slate-400">{figure.label}</dt>
              <dd
                className="font-mono text-lg font-semibold tabular-nums"
                data-testid={figure.testId}
              >
                {figure.value(latest)}
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <nav aria-label="Chart range" className="mt-4 flex items-center gap-1 text-sm">
        <span className="mr-2 text-slate-600 dark:text-slate-400">Last</span>
        {(Object.keys(ranges) as RangeKey[]).map((key) => (
          <Link
            key={key}
            to={`?range=${key}`}
            preventScrollReset
            aria-current={key === range ? "true" : undefined}
            className={cn(
              "rounded-md px-2 py-1",
              key === range
                ? "bg-brand-50 font-medium text-brand-700 dark:bg-brand-700/30 dark:text-brand-100"
                : "hover:bg-slate-100 dark:hover:bg-slate-800",
            )}
          >
            {key}
          </Link>
        ))}
        <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">
          {history.length} points
        </span>
      </nav>
      {history.length < 2 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Charts appear once two samples exist in this range.
        </p>
      ) : mounted ? (
        <Suspense fallback={<p className="mt-3 text-sm">Loading charts…</p>}>
          <div className="mt-3 grid gap-4 lg:grid-cols-3">
            <TimeSeriesChart title="CPU and event loop" series={cpuSeries} data={data.cpu} />
            <TimeSeriesChart title="HTTP" series={httpSeries} data={data.http} />
            <TimeSeriesChart title="Memory" series={memorySeries} data={data.memory} />
          </div>
        </Suspense>
      ) : (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Charts need JavaScript; the figures above are current as of the page load.
        </p>
      )}
    </Card>
  );
}
