import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import type {
  ModuleUptime,
  ResponseTimeSummary,
  UptimeBar,
  UptimeRangeSummary,
} from "#app/modules/uptime.ts";
import {
  barLabel,
  formatDay,
  formatHour,
  formatPercent,
  UptimeBarRow,
  UptimeLegend,
} from "./uptime-bars.tsx";

/** A module page's uptime bars and response times, from the hourly and daily rollups. */

const TimeSeriesChart = lazy(() => import("#app/components/time-series-chart.tsx"));

function UptimeRow({
  title,
  bars,
  summary,
  kind,
  first,
  last,
}: {
  title: string;
  bars: UptimeBar[];
  summary: UptimeRangeSummary;
  kind: "hour" | "day";
  first: string;
  last: string;
}) {
  const views = bars.map((bar) => ({
    key: bar.start,
    level: bar.level,
    label: barLabel(kind === "hour" ? formatHour(bar.start) : formatDay(bar.start), bar),
  }));
  return (
    <div className="min-w-0">
      <div className="mb-1 flex flex-wrap items-baseline justify-between gap-x-3">
        <h3 className="text-sm font-medium">{title}</h3>
        <p className="text-sm">
          <span className="font-mono font-semibold tabular-nums" data-testid="uptime-percent">
            {formatPercent(summary.uptimePercent)}
          </span>{" "}
          <span className="text-slate-600 dark:text-slate-400">
            up · {summary.probes.toLocaleString("en-GB")} probes
            {summary.down ? `, ${summary.down.toLocaleString("en-GB")} failed` : ""}
          </span>
        </p>
      </div>
      <UptimeBarRow bars={views} label={`Uptime, ${title.toLowerCase()}`} />
      <p
        aria-hidden="true"
        className="mt-0.5 flex justify-between text-xs text-slate-600 dark:text-slate-400"
      >
        <span>{first}</span>
        <span>{last}</span>
      </p>
    </div>
  );
}

export function UptimeCard({ uptime }: { uptime: ModuleUptime }) {
  return (
    <Card>
      <CardHeader
        title="Uptime"
        description="Share of health probes that answered in time (slow answers count as up). UTC."
      />
      <div className="space-y-4">
        <UptimeRow
          title="Last 24 hours"
          bars={uptime.hours}
          summary={uptime.ranges["24h"]}
          kind="hour"
          first="24 h ago"
          last="now"
        />
        <UptimeRow
          title="Last 30 days"
          bars={uptime.days.slice(-30)}
          summary={uptime.ranges["30d"]}
          kind="day"
          first="30 days ago"
          last="today"
        />
        <UptimeRow
          title="Last 90 days"
          bars={uptime.days}
          summary={uptime.ranges["90d"]}
          kind="day"
          first="90 days ago"
          last="today"
        />
        <UptimeLegend />
      </div>
    </Card>
  );
}

const ms = (value: number | null) => (value === null ? "–" : `${Math.round(value)} ms`);

function ResponseFigures({ title, figures }: { title: string; figures: ResponseTimeSummary }) {
  const items: [string, number | null][] = [
    ["Average", figures.avgMs],
    ["p95", figures.p95Ms],
    ["Fastest", figures.minMs],
    ["Slowest", figures.maxMs],
  ];
  return (
    <div>
      <h3 className="text-sm font-medium">{title}</h3>
      <dl className="mt-1 grid grid-cols-2 gap-2 sm:grid-cols-4">
        {items.map(([term, value]) => (
          <div key={term} className="rounded-md border border-slate-200 p-2 dark:border-slate-800">
            <dt className="text-xs text-slate-600 dark:text-slate-400">{term}</dt>
            <dd className="font-mono text-sm font-semibold tabular-nums">{ms(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

const chartSeries = [
  { label: "Average", unit: "ms", color: "#2563eb" },
  { label: "p95", unit: "ms", color: "#d97706" },
];

export function ResponseTimeCard({ uptime }: { uptime: ModuleUptime }) {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const points = uptime.responseTimeHours;
  const data = useMemo(
    () => [
      points.map((p) => Date.parse(p.start) / 1000),
      points.map((p) => p.avgMs),
      points.map((p) => p.p95Ms),
    ],
    [points],
  );
  const answered = points.filter((p) => p.avgMs !== null).length;
  return (
    <Card>
      <CardHeader
        title="Response time"
        description="Of the probes that were up. Over more than an hour, p95 is the slowest hour's."
      />
      <div className="space-y-4">
        <ResponseFigures title="Last 24 hours" figures={uptime.responseTime["24h"]} />
        <ResponseFigures title="Last 30 days" figures={uptime.responseTime["30d"]} />
        {answered < 2 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The chart appears once two hours of answers are recorded.
          </p>
        ) : mounted ? (
          <Suspense fallback={<p className="text-sm">Loading chart…</p>}>
            <TimeSeriesChart
              title="Hourly response time, last 7 days"
              series={chartSeries}
              data={data}
            />
          </Suspense>
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            The hourly chart needs JavaScript; the figures above are from the page load.
          </p>
        )}
      </div>
    </Card>
  );
}
