import { Badge } from "#app/components/ui/badge.tsx";
import { Card } from "#app/components/ui/card.tsx";

const componentLabel = { database: "Database", cache: "Cache", realtime: "Realtime" } as const;

/** One readiness check, as the dashboard shows it. */
export interface ComponentCheckView {
  name: keyof typeof componentLabel;
  ok: boolean;
  /** Which back end answered (pglite, neon, memory, upstash, partykit). */
  backend: string;
  latencyMs: number;
  error?: string;
}

/** A card per component the instance needs: healthy or down, its back end, how fast it answered. */
export function ReadinessCards({ checks }: { checks: ComponentCheckView[] }) {
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      {checks.map((check) => (
        <Card key={check.name} aria-labelledby={`component-${check.name}`}>
          <div className="flex items-center justify-between">
            <h2 id={`component-${check.name}`} className="font-semibold">
              {componentLabel[check.name]}
            </h2>
            <Badge tone={check.ok ? "ok" : "error"}>
              <span data-testid={`status-${check.name}`}>{check.ok ? "healthy" : "down"}</span>
            </Badge>
          </div>
          <dl className="mt-3 grid grid-cols-2 gap-y-1 text-sm">
            <dt className="text-slate-600 dark:text-slate-400">Back end</dt>
            <dd className="font-mono">{check.backend}</dd>
            <dt className="text-slate-600 dark:text-slate-400">Answered in</dt>
            <dd className="font-mono">{check.latencyMs.toFixed(1)} ms</dd>
          </dl>
          {check.error ? (
            <p className="mt-2 text-sm text-red-700 dark:text-red-400">{check.error}</p>
          ) : null}
        </Card>
      ))}
    </div>
  );
}
