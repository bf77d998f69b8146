import type { UptimeLevel } from "#app/modules/uptime.ts";
import { uptimeLevelText } from "#app/modules/uptime.ts";
import { cn } from "#app/utils/cn.ts";

/**
 * A row of uptime bars, one per hour or day, oldest first. Colour is only a help: every bar says
 * what it stands for (its date, uptime and probes) to assistive technology and, as a tooltip, to
 * a pointer. The bars share the row's width and shrink to 2 px; past that (a phone 390 px wide
 * holds 90 of them) the row scrolls inside its own box, never the page.
 */

export interface BarView {
  key: string;
  level: UptimeLevel;
  /** What the bar says: "3 Jan 2026: 99.95% up, 2,880 probes (2 failed)". */
  label: string;
}

const levelColours: Record<UptimeLevel, string> = {
  none: "bg-slate-200 dark:bg-slate-700",
  up: "bg-emerald-500",
  degraded: "bg-amber-400",
  partial: "bg-orange-500",
  down: "bg-red-600 dark:bg-red-500",
};

export function UptimeBarRow({
  bars,
  label,
  className,
}: {
  bars: BarView[];
  /** Names the row: "Uptime, last 90 days". */
  label: string;
  className?: string;
}) {
  return (
    <div className={cn("max-w-full overflow-x-auto", className)}>
      <ol aria-label={label} className="flex h-8 items-stretch gap-px">
        {bars.map((bar) => (
          <li key={bar.key} className="flex min-w-[2px] flex-1">
            <span
              role="img"
              aria-label={bar.label}
              title={bar.label}
              data-level={bar.level}
              className={cn("block w-full rounded-[1px]", levelColours[bar.level])}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}

/** What the colours mean, for people who see them. */
export function UptimeLegend({ className }: { className?: string }) {
  const shown: UptimeLevel[] = ["up", "degraded", "partial", "down", "none"];
  return (
    <ul
      className={cn(
        "flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400",
        className,
      )}
    >
      {shown.map((level) => (
        <li key={level} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={cn("size-2.5 rounded-sm", levelColours[level])} />
          {uptimeLevelText[level]}
        </li>
      ))}
    </ul>
  );
}

const numberFormat = new Intl.NumberFormat("en-GB");
const dayFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});

export function formatPercent(percent: number | null): string {
  return percent === null ? "no data" : `${percent.toFixed(2)}%`;
}

/** "3 Jan 2026" for a UTC day given as ISO date or date-time. */
export function formatDay(iso: string): string {
  return dayFormat.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}

/** "3 Jan 2026, 14:00–15:00 UTC" for the hour starting at `iso`. */
export function formatHour(iso: string): string {
  const start = new Date(iso);
  const hour = start.getUTCHours();
  const pad = (h: number) => `${String(h % 24).padStart(2, "0")}:00`;
  return `${dayFormat.format(start)}, ${pad(hour)}–${pad(hour + 1)} UTC`;
}

/** The words of one bar: when, how much was up, out of how many probes, and what went wrong. */
export function barLabel(
  when: string,
  bar: { probes: number; uptimePercent: number | null; down?: number; degraded?: number },
): string {
  if (bar.probes === 0) return `${when}: no probes`;
  const details = [
    bar.down ? `${numberFormat.format(bar.down)} failed` : null,
    bar.degraded ? `${numberFormat.format(bar.degraded)} slow` : null,
  ].filter(Boolean);
  const probes = `${numberFormat.format(bar.probes)} ${bar.probes === 1 ? "probe" : "probes"}`;
  return `${when}: ${formatPercent(bar.uptimePercent)} up, ${probes}${
    details.length > 0 ? ` (${details.join(", ")})` : ""
  }`;
}
