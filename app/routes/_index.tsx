import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { Badge } from "#app/components/ui/badge.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import { requireUser } from "#app/utils/auth.server.ts";
import { checkReadiness } from "#app/utils/readiness.server.ts";
import { NEXUS_VERSION } from "#app/utils/version.ts";

export const meta: MetaFunction = () => [{ title: "Dashboard · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const { services } = context;
  const readiness = await checkReadiness(services);
  return {
    readiness,
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

const componentLabel = { database: "Database", cache: "Cache", realtime: "Realtime" } as const;

export default function Dashboard() {
  const data = useLoaderData<typeof loader>();
  const refreshing = useLiveRefresh(REFRESH_MS);
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
        <Badge tone={readiness.ready ? "ok" : "error"} className="px-3 py-1 text-sm">
          <span data-testid="overall-status">
            {readiness.ready ? "All systems operational" : "Degraded"}
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
