import type { ReactNode } from "react";
import type { z } from "zod/v4";
import { ModuleStatusBadge, UtcTime } from "#app/components/module-form.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import type { modulePublicSchema, statusChangeSchema } from "#app/modules/schemas.ts";

/** The cards of a module's page: its metrics, its health probe and its status history. */

type PublicModule = z.output<typeof modulePublicSchema>;
type StatusChange = z.output<typeof statusChangeSchema>;

/** One probe result, as the page lists them. */
export interface ProbeView {
  id: string;
  ok: boolean;
  httpStatus: number | null;
  latencyMs: number | null;
  error: string | null;
  createdAt: string;
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-1.5">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

export function MetricsCard({ metrics }: { metrics: PublicModule["metrics"] }) {
  const entries = Object.entries(metrics);
  return (
    <Card>
      <CardHeader title="Metrics" />
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No metrics reported.</p>
      ) : (
        <Table className="relative">
          <THead>
            <tr>
              <Th>Name</Th>
              <Th className="text-right">Value</Th>
            </tr>
          </THead>
          <tbody>
            {entries.map(([name, value]) => (
              <tr key={name}>
                <Td className="font-mono text-xs break-all">{name}</Td>
                <Td
                  className={
                    typeof value === "number"
                      ? "text-right font-mono tabular-nums"
                      : "text-right break-words"
                  }
                >
                  {String(value)}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

export function HealthCard({ module, probes }: { module: PublicModule; probes: ProbeView[] }) {
  const last = module.lastProbe;
  const oldestFirst = [...probes].reverse();
  const failed = probes.filter((probe) => !probe.ok).length;
  return (
    <Card>
      <CardHeader title="Health probe" />
      {module.healthEndpoint ? (
        <dl className="divide-y divide-slate-100 dark:divide-slate-800">
          <Detail term="Endpoint">
            <code className="font-mono text-xs break-all">{module.healthEndpoint}</code>
          </Detail>
          <Detail term="Every">{module.probeIntervalSeconds} s</Detail>
          <Detail term="Timeout">{module.probeTimeoutMs} ms</Detail>
          <Detail term="Last probe">
            {last ? (
              <span className="inline-flex flex-wrap items-center justify-end gap-2">
                <Badge tone={last.ok ? "ok" : "error"}>{last.ok ? "ok" : "failed"}</Badge>
                {last.latencyMs !== null ? (
                  <span className="font-mono text-xs">{last.latencyMs} ms</span>
                ) : null}
              </span>
            ) : module.status === "inactive" ? (
              <span data-testid="probe-state">
                not probed: the module is inactive (set it active to probe it)
              </span>
            ) : (
              <span data-testid="probe-state">
                not probed yet: the first probe runs within {module.probeIntervalSeconds} s
              </span>
            )}
          </Detail>
          {last ? (
            <Detail term="At">
              <UtcTime iso={last.at} />
            </Detail>
          ) : null}
          {last?.error ? (
            <Detail term="Error">
              <span className="text-red-700 break-words dark:text-red-400">{last.error}</span>
            </Detail>
          ) : null}
          <Detail term="Failures in a row">
            <span className="font-mono">{module.consecutiveFailures}</span>
          </Detail>
        </dl>
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          No health endpoint: the status changes only when someone sets it. Probe settings: every{" "}
          {module.probeIntervalSeconds} s, timeout {module.probeTimeoutMs} ms.
        </p>
      )}
      {probes.length > 0 ? (
        <div className="mt-4 border-t border-slate-100 pt-3 dark:border-slate-800">
          <h3 className="text-sm font-medium">Recent probes</h3>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Last {probes.length}, oldest first: {probes.length - failed} ok, {failed} failed.
          </p>
          <ol aria-hidden="true" className="mt-2 flex flex-wrap gap-1">
            {oldestFirst.map((probe) => (
              <li
                key={probe.id}
                title={`${probe.createdAt.slice(0, 19).replace("T", " ")} UTC · ${
                  probe.ok ? "ok" : "failed"
                } · ${probe.latencyMs} ms${probe.error ? ` · ${probe.error}` : ""}`}
                className={
                  probe.ok
                    ? "size-3 rounded-sm bg-emerald-500"
                    : "size-3 rounded-sm bg-red-600 dark:bg-red-500"
                }
              />
            ))}
          </ol>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer text-brand-600 dark:text-brand-100">
              Probe details
            </summary>
            <Table className="relative mt-2">
              <THead>
                <tr>
                  <Th>Time</Th>
                  <Th>Result</Th>
                  <Th className="text-right">Latency</Th>
                </tr>
              </THead>
              <tbody>
                {probes.map((probe) => (
                  <tr key={probe.id}>
                    <Td>
                      <UtcTime iso={probe.createdAt} />
                    </Td>
                    <Td>
                      {probe.ok ? "ok" : "failed"}
                      {probe.httpStatus ? ` (${probe.httpStatus})` : ""}
                      {probe.error ? (
                        <span className="block text-xs text-red-700 dark:text-red-400">
                          {probe.error}
                        </span>
                      ) : null}
                    </Td>
                    <Td className="text-right font-mono text-xs">{probe.latencyMs} ms</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          </details>
        </div>
      ) : null}
    </Card>
  );
}

export function HistoryCard({ history }: { history: StatusChange[] }) {
  return (
    <Card>
      <CardHeader title="Status history" description="Newest first." />
      {history.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No changes recorded.</p>
      ) : (
        <ol className="relative space-y-3 border-l border-slate-200 pl-4 dark:border-slate-700">
          {history.map((change) => (
            <li key={change.id} className="relative">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.3rem] size-2 rounded-full bg-slate-400 ring-4 ring-white dark:bg-slate-500 dark:ring-slate-900"
              />
              <div className="flex flex-wrap items-center gap-2 text-sm">
                {change.fromStatus ? (
                  <>
                    <ModuleStatusBadge status={change.fromStatus} />
                    <span aria-hidden="true">→</span>
                    <span className="sr-only">to</span>
                  </>
                ) : null}
                <ModuleStatusBadge status={change.toStatus} />
                <UtcTime iso={change.createdAt} />
              </div>
              <p className="mt-0.5 text-sm break-words text-slate-700 dark:text-slate-300">
                {change.reason}
              </p>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
