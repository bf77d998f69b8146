import type { ReactNode } from "react";
import { cn } from "#app/utils/cn.ts";

const tones = {
  ok: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-200",
  warning: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-200",
  error: "bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-200",
  neutral: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  info: "bg-brand-100 text-brand-700 dark:bg-brand-700/40 dark:text-brand-100",
} as const;

export type BadgeTone = keyof typeof tones;

/** A status word with a colour; the word carries the meaning, the colour only helps. */
export function Badge({
  tone = "neutral",
  children,
  className,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  className?: string;
}) {
  return (
    <span
      className={cn(
        "inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
