import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod/v4";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { listActivity, toPublicActivity } from "#app/activity/activity.server.ts";
import { notFoundAsPage, pageId } from "#app/api/page-errors.server.ts";
import {
  ActivityList,
  ModuleStatusBadge,
  PercentBar,
  UtcTime,
} from "#app/components/module-form.tsx";
import { DeleteCard } from "#app/components/modules/delete-card.tsx";
import { HealthCard, HistoryCard, MetricsCard } from "#app/components/modules/module-cards.tsx";
import { ResponseTimeCard, UptimeCard } from "#app/components/modules/uptime-cards.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
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
import { moduleUptime } from "#app/modules/uptime.server.ts";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `${data.module.name} · Modules · NEXUS` : "Module · NEXUS" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context;
  const row = await getModule(services, pageId(params.id, "No such module.")).catch(notFoundAsPage);
  const [history, probes, activity, uptime] = await Promise.all([
    statusHistory(services, row.id, 50),
    recentProbes(services, row.id, 60),
    listActivity(services.database.db, { moduleId: row.id, limit: 20 }),
    moduleUptime(services, row.id),
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
    uptime,
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
  const row = await getModule(services, pageId(params.id, "No such module.")).catch(notFoundAsPage);
  const parsed = DeleteSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    return data({ deleteError: "That request is not one this page sends." }, { status: 400 });
  }
  try {
    await deleteModule(services, row.id, parsed.data.version, actingAs(actor, context));
  } catch (error) {
    if (error instanceof ModuleNotFoundError) notFoundAsPage(error);
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

export default function ModuleDetail() {
  const { module, history, probes, activity, uptime, canWrite } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
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
              {module.public ? (
                <span>
                  Listed on the{" "}
                  <a href="/status" className="text-brand-600 underline dark:text-brand-100">
                    public status page
                  </a>
                </span>
              ) : null}
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
          <UptimeCard uptime={uptime} />
          <ResponseTimeCard uptime={uptime} />
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

      {canWrite ? <DeleteCard module={module} deleteError={actionData?.deleteError} /> : null}
    </div>
  );
}
