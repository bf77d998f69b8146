import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import uplotStyles from "uplot/dist/uPlot.min.css";
import { requireUser } from "#app/accounts/auth.server.ts";
import { listActivity, toPublicActivity } from "#app/activity/activity.server.ts";
import { cacheNames, cacheTags } from "#app/cache/cache.server.ts";
import { LiveMetrics, type RangeKey, ranges, type Sample } from "#app/components/live-metrics.tsx";
import { ActivityList, ModuleStatusBadge, PercentBar } from "#app/components/module-form.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import {
  listModulesSorted,
  MODULE_CACHE_TTL_MS,
  moduleStatusCounts,
  toPublicModule,
} from "#app/modules/modules.server.ts";
import { moduleStatuses } from "#app/modules/schemas.ts";
import { type RoomEvent, useRoom } from "#app/realtime/use-room.ts";
import { recentReadiness } from "#app/server/readiness.server.ts";
import { latestSample, metricsHistory } from "#app/system-metrics/collector.server.ts";
import { NEXUS_VERSION } from "#app/utils/version.ts";

export const meta: MetaFunction = () => [{ title: "Dashboard · NEXUS" }];

export const links: LinksFunction = () => [{ rel: "stylesheet", href: uplotStyles }];

const rangeKeys = Object.keys(ranges) as RangeKey[];

/** The dashboard's grid of modules stops here; the registry has them all. */
const MODULES_SHOWN = 24;

/** The chart's history may be this old (the collector samples every 5 s by default). */
const HISTORY_CACHE_MS = 5_000;

/**
 * The modules part of the dashboard, cached until any module changes (the "modules" tag every
 * module write and probe result invalidates, on every instance when the cache is Redis).
 */
function dashboardModules(services: LoaderFunctionArgs["context"]["services"]) {
  return services.cache.getOrCompute(
    cacheNames.modules,
    "dashboard",
    MODULE_CACHE_TTL_MS,
    async () => {
      const [counts, rows] = await Promise.all([
        moduleStatusCounts(services),
        listModulesSorted(services, {}, { key: "name", dir: "asc" }),
      ]);
      return {
        counts,
        total: rows.length,
        shown: rows.slice(0, MODULES_SHOWN).map((row) => {
          const m = toPublicModule(row);
          return { id: m.id, name: m.name, slug: m.slug, status: m.status, load: m.load };
        }),
        /** Every module's name, for the activity entries about one. */
        names: Object.fromEntries(rows.map((m) => [m.id, m.name])) as Record<string, string>,
      };
    },
    { tags: [cacheTags.modules] },
  );
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const { services } = context;
  const requested = new URL(request.url).searchParams.get("range");
  const range = rangeKeys.find((key) => key === requested) ?? "15m";
  const now = new Date();
  // All at once: the cached parts and the few live queries.
  const [readiness, modules, activity, latest, history] = await Promise.all([
    recentReadiness(services),
    dashboardModules(services),
    listActivity(services.database.db, { limit: 10 }),
    latestSample(services),
    services.cache.getOrCompute(
      cacheNames.metrics,
      `dashboard-history:${range}`,
      HISTORY_CACHE_MS,
      () =>
        metricsHistory(services.database.db, {
          from: new Date(now.getTime() - ranges[range]),
          to: now,
          step: range === "24h" ? "1m" : "raw",
        }),
    ),
  ]);
  return {
    range,
    latest,
    history,
    readiness,
    modules: { counts: modules.counts, total: modules.total, shown: modules.shown },
    activity: activity.items.map(toPublicActivity),
    // Names of the modules the entries are about (absent: the module has since been removed).
    activityModules: Object.fromEntries(
      activity.items
        .filter((item) => item.moduleId && modules.names[item.moduleId])
        .map((item) => [item.moduleId!, modules.names[item.moduleId!]!]),
    ),
    version: NEXUS_VERSION,
    startedAt: services.startedAt.toISOString(),
    uptimeSeconds: Math.round((Date.now() - services.startedAt.getTime()) / 1000),
    backends: {
      database: services.database.kind,
      cache: services.cache.kind,
      realtime: services.realtime.url,
    },
  };
}

const REFRESH_MS = 10_000;

/** Re-reads the page's data while the tab is visible, so the status stays current. */
function useLiveRefresh(intervalMs: number) {
  const { revalidate, state } = useRevalidator();
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === "visible" && state === "idle") revalidate();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs, revalidate, state]);
  return state !== "idle";
}

function formatDuration(seconds: number): string {
  const d = Math.floor(seconds / 86400);
  const h = Math.floor((seconds % 86400) / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return [d && `${d}d`, (d || h) && `${h}h`, (d || h || m) && `${m}m`, `${s}s`]
    .filter(Boolean)
    .join(" ");
}

type DashboardData = ReturnType<typeof useLoaderData<typeof loader>>;

function ModulesCard({ modules }: { modules: DashboardData["modules"] }) {
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

const componentLabel = { database: "Database", cache: "Cache", realtime: "Realtime" } as const;

/** A module card's figures as the live stream sends them. */
interface LiveModule {
  id: string;
  name: string;
  slug: string;
  status: DashboardData["modules"]["shown"][number]["status"];
  load: number;
}

/**
 * The dashboard's live state: starts from the server's data, then follows the `global` room.
 * Module cards and figures change in place; anything that needs counting again (a module added or
 * removed, an emergency action) re-reads the page's data.
 */
function useLiveDashboard(data: DashboardData) {
  const { revalidate } = useRevalidator();
  const [modules, setModules] = useState(data.modules.shown);
  const [activity, setActivity] = useState(data.activity);
  const [latest, setLatest] = useState<Sample | null>(data.latest);
  const [history, setHistory] = useState<Sample[]>(data.history);
  useEffect(() => {
    setModules(data.modules.shown);
    setActivity(data.activity);
    setLatest(data.latest);
    setHistory(data.history);
  }, [data]);

  const refresh = useRef<ReturnType<typeof setTimeout> | null>(null);
  const revalidateSoon = useCallback(() => {
    if (refresh.current) clearTimeout(refresh.current);
    refresh.current = setTimeout(() => revalidate(), 500);
  }, [revalidate]);

  const windowMs = ranges[data.range];
  const onEvent = useCallback(
    (event: RoomEvent) => {
      if (event.type === "metrics") {
        const sample = event.data as Sample;
        setLatest(sample);
        if (data.range !== "24h") {
          const cutoff = Date.parse(sample.takenAt) - windowMs;
          setHistory((points) => [
            ...points.filter((p) => Date.parse(p.takenAt) >= cutoff),
            sample,
          ]);
        }
      } else if (event.type === "module") {
        const { change, module } = event.data as { change: string; module: LiveModule | null };
        if (module && (change === "updated" || change === "status")) {
          setModules((current) =>
            current.map((m) =>
              m.id === module.id ? { ...m, status: module.status, load: module.load } : m,
            ),
          );
        }
        revalidateSoon();
      } else if (event.type === "activity") {
        // The stream carries the summary fields; the rest the list does not show.
        const item = event.data as Pick<
          DashboardData["activity"][number],
          "id" | "type" | "summary" | "actorLabel" | "moduleId" | "createdAt"
        >;
        const full = {
          actorId: null,
          subjectType: null,
          subjectId: null,
          requestId: null,
          data: {},
          ...item,
        };
        setActivity((current) => [full, ...current.filter((a) => a.id !== item.id)].slice(0, 10));
      } else if (event.type === "emergency") {
        revalidateSoon();
      }
    },
    [data.range, windowMs, revalidateSoon],
  );
  const { status, problem } = useRoom("global", onEvent);
  return { modules, activity, latest, history, status, problem };
}

export default function Dashboard() {
  const data = useLoaderData<typeof loader>();
  const refreshing = useLiveRefresh(REFRESH_MS);
  const live = useLiveDashboard(data);
  const { readiness } = data;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">System status</h1>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Checked {new Date(readiness.checkedAt).toLocaleTimeString("en-GB", { timeZone: "UTC" })}{" "}
            UTC · refreshes every {REFRESH_MS / 1000} s
            <span aria-live="polite" className="ml-2">
              {refreshing ? "· checking…" : ""}
            </span>
          </p>
        </div>
        <Badge
          tone={!readiness.ready ? "error" : readiness.degraded?.length ? "warning" : "ok"}
          className="px-3 py-1 text-sm"
        >
          <span data-testid="overall-status">
            {readiness.ready && !readiness.degraded?.length
              ? "All systems operational"
              : "Degraded"}
          </span>
        </Badge>
      </div>

      <div className="grid gap-4 sm:grid-cols-3">
        {readiness.checks.map((check) => (
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

      <LiveMetrics
        latest={live.latest}
        history={live.history}
        range={data.range}
        status={live.status}
        problem={live.problem}
      />

      <ModulesCard modules={{ ...data.modules, shown: live.modules }} />

      <Card>
        <CardHeader
          title="Recent activity"
          description="The latest 10 entries."
          actions={
            <Link
              to="/activity"
              className="text-sm whitespace-nowrap text-brand-600 underline dark:text-brand-100"
            >
              All activity
            </Link>
          }
        />
        <ActivityList items={live.activity} moduleNames={data.activityModules} />
      </Card>

      <Card>
        <CardHeader title="This instance" description="Figures read from the running process." />
        <Table>
          <THead>
            <tr>
              <Th>Property</Th>
              <Th>Value</Th>
            </tr>
          </THead>
          <tbody>
            <tr>
              <Td>Version</Td>
              <Td className="font-mono">{data.version}</Td>
            </tr>
            <tr>
              <Td>Started</Td>
              <Td className="font-mono whitespace-nowrap">{data.startedAt}</Td>
            </tr>
            <tr>
              <Td>Uptime</Td>
              <Td className="font-mono">{formatDuration(data.uptimeSeconds)}</Td>
            </tr>
            <tr>
              <Td>Realtime server</Td>
              <Td className="font-mono">{data.backends.realtime}</Td>
            </tr>
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
