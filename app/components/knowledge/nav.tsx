import { NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { Badge, type BadgeTone } from "#app/components/ui/badge.tsx";
import { cn } from "#app/utils/cn.ts";

const links = [
  { to: "/knowledge", label: "Nodes", end: true },
  { to: "/knowledge/contradictions", label: "Contradictions" },
  { to: "/knowledge/diff", label: "Daily diff" },
  { to: "/knowledge/extract", label: "Extract" },
  { to: "/knowledge/graph", label: "Graph view" },
];

/** The knowledge pages' own tabs, under the page title. */
export function KnowledgeHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="space-y-3">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
        {children ? <p className="text-sm text-slate-600 dark:text-slate-400">{children}</p> : null}
      </div>
      <nav aria-label="Knowledge" className="flex flex-wrap gap-1 text-sm">
        {links.map((l) => (
          <NavLink
            key={l.to}
            to={l.to}
            end={l.end}
            className={({ isActive }) =>
              cn(
                "rounded-md px-2 py-1",
                isActive
                  ? "bg-brand-600 text-white"
                  : "text-slate-700 hover:bg-slate-200 dark:text-slate-200 dark:hover:bg-slate-800",
              )
            }
          >
            {l.label}
          </NavLink>
        ))}
      </nav>
    </div>
  );
}

const severityTone: Record<string, BadgeTone> = {
  low: "neutral",
  medium: "info",
  high: "warning",
  critical: "error",
};

export function SeverityBadge({ level, value }: { level: string; value: number }) {
  return (
    <Badge tone={severityTone[level] ?? "neutral"}>
      {level} ({value.toFixed(2)})
    </Badge>
  );
}

const verificationTone: Record<string, BadgeTone> = {
  unverified: "neutral",
  reviewed: "info",
  verified: "ok",
  disputed: "warning",
  refuted: "error",
};

export function VerificationBadge({ level }: { level: string }) {
  return <Badge tone={verificationTone[level] ?? "neutral"}>{level}</Badge>;
}
