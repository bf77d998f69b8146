import {
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { isRouteErrorResponse, useLoaderData, useRouteError } from "@remix-run/react";
import { getActor } from "#app/accounts/auth.server.ts";
import {
  barLabel,
  formatDay,
  formatPercent,
  UptimeBarRow,
  UptimeLegend,
} from "#app/components/modules/uptime-bars.tsx";
import { Card } from "#app/components/ui/card.tsx";
import {
  admitStatusRequest,
  STATUS_CACHE_CONTROL,
  statusPageCached,
} from "#app/modules/uptime.server.ts";
import {
  type OverallStatus,
  overallStatusText,
  type PublicStatus,
  publicStatusText,
  type StatusIncident,
  type StatusModule,
} from "#app/modules/uptime.ts";
import { cn } from "#app/utils/cn.ts";

/**
 * The public status page: no sign-in, no navigation, read-only and complete without JavaScript.
 * It shows what GET /api/v1/status answers (the modules marked public, by name, their status and
 * 90 days of uptime) and nothing else. Rendered in the bare layout (`handle.bare`, root.tsx).
 */

export const handle = { bare: true };

export const meta: MetaFunction = () => [
  { title: "Status · NEXUS" },
  { name: "description", content: "Current status and uptime of the services NEXUS watches." },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const { services } = context;
  const actor = await getActor(request, context).catch(() => null);
  const admission = await admitStatusRequest(services, actor, context.clientIp);
  if (!admission.allowed) {
    throw data(
      { retryAfterSeconds: admission.retryAfterSeconds },
      {
        status: 429,
        headers: {
          "Retry-After": String(admission.retryAfterSeconds),
          "Cache-Control": "no-store",
        },
      },
    );
  }
  const page = await statusPageCached(services);
  // The page is the same for everyone, but a signed-in visitor's answer also carries who they
  // are (the root's data): only an answer to a request without cookies may be shared.
  const shared = !request.headers.get("cookie");
  return data(page, {
    headers: {
      "Cache-Control": shared ? STATUS_CACHE_CONTROL : "private, no-cache",
      Vary: "Cookie",
    },
  });
}

export const headers: HeadersFunction = ({ loaderHeaders, parentHeaders, errorHeaders }) => {
  const headers = new Headers(errorHeaders ?? loaderHeaders);
  // An answer that sets a cookie (a toast being taken) is never stored anywhere.
  if (parentHeaders.has("Set-Cookie")) headers.set("Cache-Control", "no-store");
  return headers;
};

const overallTones: Record<OverallStatus, string> = {
  operational:
    "border-emerald-600 bg-emerald-50 text-emerald-950 dark:bg-emerald-950/40 dark:text-emerald-100",
  degraded: "border-amber-500 bg-amber-50 text-amber-950 dark:bg-amber-950/40 dark:text-amber-100",
  outage: "border-red-600 bg-red-50 text-red-950 dark:bg-red-950/40 dark:text-red-100",
};

const statusTones: Record<PublicStatus, string> = {
  operational: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900/50 dark:text-emerald-200",
  degraded: "bg-amber-100 text-amber-900 dark:bg-amber-900/50 dark:text-amber-200",
  down: "bg-red-100 text-red-900 dark:bg-red-900/50 dark:text-red-200",
  maintenance: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
};

function Header() {
  return (
    <header className="flex items-center gap-2">
      <img src="/favicon.svg" alt="" className="size-6" />
      <p className="font-semibold tracking-tight">NEXUS status</p>
    </header>
  );
}

function ModuleStatusRow({ module }: { module: StatusModule }) {
  const bars = module.days.map((day) => ({
    key: day.date,
    level: day.level,
    label: barLabel(formatDay(day.date), day),
  }));
  return (
    <li className="min-w-0 py-4 first:pt-0 last:pb-0">
      <div className="mb-2 flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
        <h3 className="min-w-0 font-medium break-words">{module.name}</h3>
        <span
          className={cn("rounded-full px-2 py-0.5 text-xs font-medium", statusTones[module.status])}
        >
          {publicStatusText[module.status]}
        </span>
      </div>
      <UptimeBarRow bars={bars} label={`${module.name}: uptime, last 90 days`} />
      <p className="mt-1 flex justify-between gap-2 text-xs text-slate-600 dark:text-slate-400">
        <span aria-hidden="true">90 days ago</span>
        {module.uptimePercent === null ? (
          <span>no probes yet</span>
        ) : (
          <span>
            <span className="font-mono tabular-nums">{formatPercent(module.uptimePercent)}</span>{" "}
            uptime
          </span>
        )}
        <span aria-hidden="true">today</span>
      </p>
    </li>
  );
}

function Incidents({ incidents }: { incidents: StatusIncident[] }) {
  return (
    <Card aria-labelledby="incidents-title">
      <h2 id="incidents-title" className="mb-3 text-base font-semibold">
        Open incidents
      </h2>
      <ul className="space-y-3">
        {incidents.map((incident) => (
          <li key={`${incident.startedAt}-${incident.title}`}>
            <p className="font-medium break-words">{incident.title}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {incident.status} · since {formatDay(incident.startedAt)}
              {incident.modules.length > 0 ? ` · ${incident.modules.join(", ")}` : ""}
            </p>
            {incident.message ? (
              <p className="mt-1 text-sm break-words">{incident.message}</p>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}

export default function StatusPage() {
  const page = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-6">
      <Header />
      <main id="main" className="space-y-6">
        <h1 className="sr-only">Status</h1>
        <div
          role="status"
          data-testid="overall-status"
          className={cn("rounded-lg border-l-4 p-4", overallTones[page.status])}
        >
          <p className="text-lg font-semibold">{overallStatusText[page.status]}</p>
          <p className="text-sm">
            Uptime over the last 90 days:{" "}
            <span className="font-mono font-semibold tabular-nums">
              {formatPercent(page.uptimePercent)}
            </span>
          </p>
        </div>
        {page.incidents.length > 0 ? <Incidents incidents={page.incidents} /> : null}
        <Card aria-labelledby="modules-title">
          <h2 id="modules-title" className="mb-3 text-base font-semibold">
            Services
          </h2>
          {page.modules.length === 0 ? (
            <p className="text-sm text-slate-600 dark:text-slate-400">
              No services are listed here yet.
            </p>
          ) : (
            <ul className="divide-y divide-slate-100 dark:divide-slate-800">
              {page.modules.map((module, index) => (
                // Names need not be unique, and ids are not shown: the order is the key.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list never reorders in place
                <ModuleStatusRow key={index} module={module} />
              ))}
            </ul>
          )}
          <UptimeLegend className="mt-4" />
        </Card>
        <p className="text-xs text-slate-600 dark:text-slate-400">
          Uptime is the share of health probes that answered in time; slow answers count as up. Days
          are UTC. Updated{" "}
          <time dateTime={page.generatedAt}>
            {page.generatedAt.slice(0, 16).replace("T", " ")} UTC
          </time>
          .
        </p>
      </main>
    </div>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const limited = isRouteErrorResponse(error) && error.status === 429;
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-6">
      <Header />
      <main id="main" className="py-10 text-center">
        <h1 className="text-xl font-semibold">
          {limited ? "Too many requests" : "The status page is not available right now"}
        </h1>
        <p className="mt-2 text-slate-600 dark:text-slate-400">
          {limited ? "Wait a minute, then reload the page." : "Try again in a moment."}
        </p>
      </main>
    </div>
  );
}
