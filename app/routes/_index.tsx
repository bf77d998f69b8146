import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator, useRouteLoaderData } from "@remix-run/react";
import { useCallback, useEffect, useRef, useState } from "react";
import uplotStyles from "uplot/dist/uPlot.min.css";
import { requireUser } from "#app/accounts/auth.server.ts";
import { listActivity, toPublicActivity } from "#app/activity/activity.server.ts";
import { cacheNames, cacheTags } from "#app/cache/cache.server.ts";
import { InstanceCard } from "#app/components/dashboard/instance-card.tsx";
import { ModulesCard } from "#app/components/dashboard/modules-card.tsx";
import { ReadinessCards } from "#app/components/dashboard/readiness-cards.tsx";
import { LiveMetrics, type RangeKey, ranges, type Sample } from "#app/components/live-metrics.tsx";
import { ActivityList } from "#app/components/module-form.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import {
  listModulesSorted,
  MODULE_CACHE_TTL_MS,
  moduleStatusCounts,
  toPublicModule,
} from "#app/modules/modules.server.ts";
import { type RoomEvent, useRoom } from "#app/realtime/use-room.ts";
import { recentReadiness } from "#app/server/readiness.server.ts";
import { latestSample, metricsHistory } from "#app/system-metrics/collector.server.ts";
import { NEXUS_VERSION } from "#app/utils/version.ts";
import type { loader as rootLoader } from "../root.tsx";

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

type DashboardData = ReturnType<typeof useLoaderData<typeof loader>>;

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
  const emergency = useRouteLoaderData<typeof rootLoader>("root")?.emergency;
  const overall = overallStatus(readiness, emergency?.mode ?? "normal");
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
        <Badge tone={overall.tone} className="px-3 py-1 text-sm">
          <span data-testid="overall-status">{overall.label}</span>
        </Badge>
      </div>

      <ReadinessCards checks={readiness.checks} />

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

      <InstanceCard
        version={data.version}
        startedAt={data.startedAt}
        uptimeSeconds={data.uptimeSeconds}
        realtime={data.backends.realtime}
      />
    </div>
  );
}

/**
 * The one-line verdict beside the heading: a component down or degraded first, then AI work
 * paused or stopped by the emergency controls (the system runs, but does no AI work), and only
 * then "operational".
 */
function overallStatus(
  readiness: { ready: boolean; degraded?: string[] },
  ai: "normal" | "paused" | "stopped",
): { label: string; tone: "ok" | "warning" | "error" } {
  if (!readiness.ready) return { label: "Degraded", tone: "error" };
  if (ai === "stopped") return { label: "AI work stopped", tone: "error" };
  if (ai === "paused") return { label: "AI work paused", tone: "warning" };
  if (readiness.degraded?.length) return { label: "Degraded", tone: "warning" };
  return { label: "All systems operational", tone: "ok" };
}
