import { useEffect, useRef } from "react";
import uPlot from "uplot";

export interface ChartSeries {
  label: string;
  unit: string;
  color: string;
  /** 0 or 1: which y axis (left, right) the series uses. */
  axis?: 0 | 1;
}

/**
 * A uPlot line chart (uPlot: ~45 KB, draws tens of thousands of points on a canvas in a few ms).
 * Loaded lazily by the dashboard so the first paint never waits for it. `data[0]` holds times in
 * seconds; each further array one series.
 */
export default function TimeSeriesChart({
  title,
  series,
  data,
  height = 180,
}: {
  title: string;
  series: ChartSeries[];
  data: (number | null)[][];
  height?: number;
}) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);

  // The chart is built once per series layout; data changes go through setData below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: data is applied by the next effect
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const dark = document.documentElement.classList.contains("dark");
    const axisColor = dark ? "#cbd5e1" : "#334155";
    const gridColor = dark ? "#1e293b" : "#e2e8f0";
    const units = [...new Set(series.map((s) => s.unit))];
    const options: uPlot.Options = {
      width: element.clientWidth || 600,
      height,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: { x: { time: true } },
      series: [
        {},
        ...series.map((s) => ({
          label: `${s.label} (${s.unit})`,
          stroke: s.color,
          width: 2,
          scale: s.unit,
          value: (_u: uPlot, v: number | null) => (v === null ? "–" : `${round(v)} ${s.unit}`),
        })),
      ],
      axes: [
        { stroke: axisColor, grid: { stroke: gridColor } },
        ...units.map((unit, i) => ({
          scale: unit,
          side: i === 0 ? 3 : 1,
          stroke: axisColor,
          grid: { show: i === 0, stroke: gridColor },
          values: (_u: uPlot, ticks: number[]) => ticks.map((t) => `${round(t)}`),
          label: unit,
        })),
      ],
    };
    plot.current = new uPlot(options, data as uPlot.AlignedData, element);
    const resize = new ResizeObserver(() => {
      plot.current?.setSize({ width: element.clientWidth, height });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.current?.destroy();
      plot.current = null;
    };
  }, [series, height]);

  useEffect(() => {
    plot.current?.setData(data as uPlot.AlignedData);
  }, [data]);

  return (
    <figure className="min-w-0">
      <figcaption className="mb-1 text-sm font-medium">{title}</figcaption>
      <div ref={container} className="w-full" role="img" aria-label={`${title} chart`} />
    </figure>
  );
}

function round(value: number): string {
  if (Math.abs(value) >= 100) return value.toFixed(0);
  if (Math.abs(value) >= 10) return value.toFixed(1);
  return value.toFixed(2);
}
