import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { type ReactNode, useState } from "react";
import { z } from "zod/v4";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { listActivity, toPublicActivity } from "#app/activity/activity.server.ts";
import {
  ActivityList,
  ModuleStatusBadge,
  PercentBar,
  UtcTime,
} from "#app/components/module-form.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button, StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { Dialog } from "#app/components/ui/dialog.tsx";
import { ErrorList } from "#app/components/ui/input.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import {
  deleteModule,
  getModule,
  ModuleNotFoundError,
  recentProbes,
  statusHistory,
  toPublicModule,
  toPublicStatusChange,
  VersionConflictError,
} from "#app/modules/modules.server.ts";
import { versionSchema } from "#app/modules/schemas.ts";
import type { Services } from "#app/server/services.server.ts";
import { can } from "#app/utils/permissions.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.module.name} · Modules · NEXUS` : "Module · NEXUS" },
];

const notFound = () => new Response("No such module.", { status: 404 });

/** The module, or a 404 for an id that is malformed or names no module. */
async function findModule(services: Services, id: string | undefined) {
  if (!z.uuid().safeParse(id).success) throw notFound();
  try {
    return await getModule(services, id!);
  } catch (error) {
    if (error instanceof ModuleNotFoundError) throw notFound();
    throw error;
  }
}

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context;
  const row = await findModule(services, params.id);
  const [history, probes, activity] = await Promise.all([
    statusHistory(services, row.id, 50),
    recentProbes(services, row.id, 60),
    listActivity(services.database.db, { moduleId: row.id, limit: 20 }),
  ]);
  return {
    module: toPublicModule(row),
    history: history.map(toPublicStatusChange),
    probes: probes.map((probe) => ({
      id: probe.id,
      ok: probe.ok,
      httpStatus: probe.httpStatus,
      latencyMs: probe.latencyMs,
      error: probe.error,
      createdAt: probe.createdAt.toISOString(),
    })),
    activity: activity.items.map(toPublicActivity),
    canWrite: can(actor.role, "write"),
  };
}

const DeleteSchema = z.object({
  intent: z.literal("delete"),
  version: z.coerce.number({ error: "version must be a number" }).pipe(versionSchema),
});

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const { services } = context;
  const row = await findModule(services, params.id);
  const parsed = DeleteSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return data({ deleteError: "That request is not one this page sends." }, { status: 400 });
  }
  try {
    await deleteModule(services, row.id, parsed.data.version, actingAs(actor, context));
  } catch (error) {
    if (error instanceof ModuleNotFoundError) throw notFound();
    if (error instanceof VersionConflictError) {
      return data(
        {
          deleteError: `Someone changed this module while you were looking at it (it is now at version ${error.currentVersion}), so nothing was deleted. Check the page, then delete again if you still mean to.`,
        },
        { status: 409 },
      );
    }
    throw error;
  }
  return redirectWithToast(request, services, "/modules", {
    tone: "success",
    title: `Deleted ${row.name}`,
  });
}

type LoaderData = ReturnType<typeof useLoaderData<typeof loader>>;

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-0.5 py-1.5">
      <dt className="text-sm text-slate-600 dark:text-slate-400">{term}</dt>
      <dd className="text-sm">{children}</dd>
    </div>
  );
}

function MetricsCard({ metrics }: { metrics: LoaderData["module"]["metrics"] }) {
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

function HealthCard({ module, probes }: Pick<LoaderData, "module" | "probes">) {
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
            ) : (
              "not probed yet"
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

function HistoryCard({ history }: Pick<LoaderData, "history">) {
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

/**
 * Delete, with the consequences in plain sight. With JavaScript the button first asks in a
 * dialog; without, the form posts directly (the text beside the button says what it does).
 */
function DeleteCard({ module }: { module: LoaderData["module"] }) {
  const actionData = useActionData<typeof action>();
  const isPending = useIsPending();
  const [confirming, setConfirming] = useState(false);
  const hidden = (
    <>
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="version" value={module.version} />
    </>
  );
  const consequences = `This removes ${module.name} (${module.slug}) from the registry, with its status history and its probe records. The activity log keeps what happened. It cannot be undone.`;
  return (
    <Card aria-labelledby="delete-heading" className="border-red-200 dark:border-red-900/60">
      <h2 id="delete-heading" className="text-base font-semibold">
        Delete this module
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{consequences}</p>
      {actionData?.deleteError ? (
        <div role="alert" className="mt-3">
          <ErrorList errors={[actionData.deleteError]} />
        </div>
      ) : null}
      <Form
        method="post"
        className="mt-3"
        onSubmit={(event) => {
          // Runs only once hydrated: then the dialog asks first, and its own form posts.
          event.preventDefault();
          setConfirming(true);
        }}
      >
        {hidden}
        <StatusButton type="submit" variant="danger" pending={isPending}>
          Delete {module.name}
        </StatusButton>
      </Form>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        title={`Delete ${module.name}?`}
      >
        <p className="text-sm text-slate-700 dark:text-slate-300">{consequences}</p>
        <Form
          method="post"
          className="mt-4 flex flex-wrap justify-end gap-2"
          onSubmit={() => setConfirming(false)}
        >
          {hidden}
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger">
            Yes, delete it
          </Button>
        </Form>
      </Dialog>
    </Card>
  );
}

export default function ModuleDetail() {
  const { module, history, probes, activity, canWrite } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <p className="text-sm">
          <Link to="/modules" className="text-brand-600 underline dark:text-brand-100">
            Modules
          </Link>
        </p>
        <div className="mt-1 flex flex-wrap items-start justify-between gap-3">
          <div className="min-w-0">
            <div className="flex flex-wrap items-center gap-3">
              <h1 className="text-2xl font-semibold tracking-tight break-words">{module.name}</h1>
              <ModuleStatusBadge status={module.status} className="px-3 py-1 text-sm" />
            </div>
            <p className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
              <span>
                Slug{" "}
                <code className="font-mono text-slate-900 dark:text-slate-100">{module.slug}</code>
              </span>
              <span>
                Kind <span className="text-slate-900 dark:text-slate-100">{module.kind}</span>
              </span>
              <span>
                Version{" "}
                <span className="font-mono text-slate-900 dark:text-slate-100">
                  {module.version}
                </span>
              </span>
            </p>
          </div>
          {canWrite ? (
            <Link
              to={`/modules/${module.id}/edit`}
              className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-900 hover:bg-slate-100 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
            >
              Edit<span className="sr-only"> {module.name}</span>
            </Link>
          ) : null}
        </div>
        {module.description ? (
          <p className="mt-3 max-w-3xl text-sm whitespace-pre-line break-words text-slate-700 dark:text-slate-300">
            {module.description}
          </p>
        ) : (
          <p className="mt-3 text-sm text-slate-600 italic dark:text-slate-400">No description.</p>
        )}
      </div>

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card>
            <CardHeader title="Figures" />
            <dl className="grid gap-4 sm:grid-cols-2">
              <div>
                <dt className="text-sm text-slate-600 dark:text-slate-400">Integration level</dt>
                <dd className="mt-1">
                  <PercentBar
                    value={module.integrationLevel}
                    kind="level"
                    label="Integration level"
                  />
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600 dark:text-slate-400">Load</dt>
                <dd className="mt-1">
                  <PercentBar value={module.load} kind="load" label="Load" />
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600 dark:text-slate-400">Registered</dt>
                <dd className="mt-1">
                  <UtcTime iso={module.createdAt} />
                </dd>
              </div>
              <div>
                <dt className="text-sm text-slate-600 dark:text-slate-400">Last changed</dt>
                <dd className="mt-1">
                  <UtcTime iso={module.updatedAt} />
                </dd>
              </div>
            </dl>
          </Card>
          <MetricsCard metrics={module.metrics} />
          <Card>
            <CardHeader
              title="Recent activity"
              actions={
                <Link
                  to={`/activity?moduleId=${module.id}`}
                  className="text-sm whitespace-nowrap text-brand-600 underline dark:text-brand-100"
                >
                  All activity
                </Link>
              }
            />
            <ActivityList items={activity} empty="Nothing recorded for this module yet." />
          </Card>
        </div>
        <div className="space-y-6">
          <HealthCard module={module} probes={probes} />
          <HistoryCard history={history} />
        </div>
      </div>

      {canWrite ? <DeleteCard module={module} /> : null}
    </div>
  );
}
