import { Link } from "@remix-run/react";
import { ModuleStatusBadge, PercentBar } from "#app/components/module-form.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { moduleStatuses } from "#app/modules/schemas.ts";

type ModuleStatus = (typeof moduleStatuses)[number];

/** The dashboard's modules: counts by status (each a filtered registry) and the first few. */
export function ModulesCard({
  modules,
}: {
  modules: {
    counts: Record<ModuleStatus, number>;
    total: number;
    shown: { id: string; name: string; slug: string; status: ModuleStatus; load: number }[];
  };
}) {
  return (
    <Card aria-labelledby="modules-card">
      <CardHeader
        title={<span id="modules-card">Modules</span>}
        description={`${modules.total} registered`}
        actions={
          <Link
            to="/modules"
            className="text-sm whitespace-nowrap text-brand-600 underline dark:text-brand-100"
          >
            All modules
          </Link>
        }
      />
      <ul className="mb-4 flex flex-wrap gap-2" aria-label="Modules by status">
        {moduleStatuses.map((status) => (
          <li key={status}>
            <Link
              to={`/modules?status=${status}`}
              className="inline-flex items-center gap-2 rounded-md border border-slate-200 px-3 py-1.5 text-sm hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800"
            >
              <ModuleStatusBadge status={status} />
              <span
                className="font-mono font-semibold tabular-nums"
                data-testid={`modules-${status}`}
              >
                {modules.counts[status]}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {modules.shown.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No modules registered yet.{" "}
          <Link to="/modules" className="text-brand-600 underline dark:text-brand-100">
            Open the registry
          </Link>
          .
        </p>
      ) : (
        <ul className="grid grid-cols-1 gap-3 min-[420px]:grid-cols-2 md:grid-cols-3 lg:grid-cols-4">
          {modules.shown.map((module) => (
            <li key={module.id}>
              <Link
                to={`/modules/${module.id}`}
                className="block h-full rounded-md border border-slate-200 p-3 hover:border-brand-500 hover:bg-slate-50 dark:border-slate-800 dark:hover:bg-slate-800/60"
              >
                <span className="flex items-start justify-between gap-2">
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{module.name}</span>
                    <span className="block truncate font-mono text-xs text-slate-600 dark:text-slate-400">
                      {module.slug}
                    </span>
                  </span>
                  <ModuleStatusBadge status={module.status} />
                </span>
                <span className="mt-2 flex items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
                  Load <PercentBar value={module.load} kind="load" label="Load" />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {modules.total > modules.shown.length ? (
        <p className="mt-3 text-sm">
          <Link to="/modules" className="text-brand-600 underline dark:text-brand-100">
            See all {modules.total} modules
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
