import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { actingAs, requireUser } from "#app/accounts/auth.server.ts";
import { listActivity, toPublicActivity } from "#app/activity/activity.server.ts";
import { ActivityList, UtcTime } from "#app/components/module-form.tsx";
import { Badge } from "#app/components/ui/badge.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { inputClass } from "#app/components/ui/input.tsx";
import { isFlagKey } from "#app/flags/definitions.ts";
import {
  describeFlags,
  FLAG_REFRESH_MS,
  flagUpdateSchema,
  updateFlag,
} from "#app/flags/flags.server.ts";

export const meta: MetaFunction = () => [{ title: "Feature flags · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "flags:manage");
  const history = await listActivity(context.services.database.db, { type: "flag.", limit: 20 });
  const changed = new URL(request.url).searchParams.get("changed");
  // A flag that is on but cannot do anything here says so, rather than "on".
  const noEffect: Partial<Record<string, string>> = {
    "cache.redis":
      context.services.config.cache.kind === "upstash"
        ? undefined
        : "No Redis is configured (UPSTASH_REDIS_REST_URL), so each instance caches in its own memory whatever this says.",
  };
  return {
    noEffect,
    flags: describeFlags(context.services.flags),
    history: history.items.map(toPublicActivity),
    changed: changed && isFlagKey(changed) ? changed : null,
    refreshSeconds: FLAG_REFRESH_MS / 1000,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "flags:manage");
  const form = await request.formData();
  const key = String(form.get("key") ?? "");
  const setting = form.get("enabled");
  if (!isFlagKey(key)) {
    return data({ key, error: "There is no such flag." }, { status: 400 });
  }
  const parsed = flagUpdateSchema.safeParse({
    enabled:
      setting === "on"
        ? true
        : setting === "off"
          ? false
          : setting === "default"
            ? null
            : undefined,
    note: form.get("note") ?? undefined,
  });
  if (!parsed.success) {
    return data(
      { key, error: parsed.error.issues.map((i) => i.message).join("; ") },
      { status: 400 },
    );
  }
  await updateFlag(context.services, key, parsed.data, actingAs(actor, context));
  return redirect(`/flags?changed=${encodeURIComponent(key)}`);
}

export default function FlagsPage() {
  const { flags, history, changed, refreshSeconds, noEffect } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const pendingKey = navigation.state !== "idle" ? navigation.formData?.get("key") : null;
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-semibold">Feature flags</h1>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        A change applies at once here and within {refreshSeconds} s on every other instance, without
        a restart. Defaults come from the deployment (<code>NEXUS_FLAGS</code>); an override stays
        until it is reset.
      </p>
      {changed ? (
        <p role="status" className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
          Saved: {flags.find((f) => f.key === changed)?.label} is now{" "}
          {flags.find((f) => f.key === changed)?.enabled ? "on" : "off"}.
        </p>
      ) : null}
      <ul className="grid gap-3">
        {flags.map((flag) => (
          <li key={flag.key}>
            <Card>
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-medium">{flag.label}</h2>
                <code className="text-xs">{flag.key}</code>
                <span data-testid={`flag-state-${flag.key}`}>
                  <Badge tone={flag.enabled ? "ok" : "neutral"}>
                    {flag.enabled ? "on" : "off"}
                  </Badge>
                </span>
                {noEffect[flag.key] ? (
                  <span data-testid={`flag-no-effect-${flag.key}`}>
                    <Badge tone="warning">no effect here</Badge>
                  </span>
                ) : null}
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  {flag.overridden ? (
                    <>
                      override (default {flag.default ? "on" : "off"})
                      {flag.updatedAt ? (
                        <>
                          {" "}
                          since <UtcTime iso={flag.updatedAt} />
                        </>
                      ) : null}
                    </>
                  ) : (
                    "default"
                  )}
                </span>
              </div>
              <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{flag.description}</p>
              {noEffect[flag.key] ? (
                <p className="mt-1 text-sm text-amber-800 dark:text-amber-300">
                  {noEffect[flag.key]}
                </p>
              ) : null}
              {flag.note ? <p className="mt-1 text-sm">Note: {flag.note}</p> : null}
              <Form method="post" className="mt-3 flex flex-wrap items-end gap-2">
                <input type="hidden" name="key" value={flag.key} />
                <label className="grid gap-1 text-sm">
                  <span>Note (optional)</span>
                  <input name="note" maxLength={500} className={inputClass} />
                </label>
                <StatusButton
                  type="submit"
                  name="enabled"
                  value={flag.enabled ? "off" : "on"}
                  pending={pendingKey === flag.key}
                  aria-label={`Turn ${flag.label} ${flag.enabled ? "off" : "on"}`}
                >
                  Turn {flag.enabled ? "off" : "on"}
                </StatusButton>
                {flag.overridden ? (
                  <StatusButton
                    type="submit"
                    name="enabled"
                    value="default"
                    variant="secondary"
                    pending={false}
                  >
                    Reset to default
                  </StatusButton>
                ) : null}
              </Form>
              {actionData?.key === flag.key ? (
                <p role="alert" className="mt-2 text-sm text-red-700 dark:text-red-400">
                  {actionData.error}
                </p>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
      <section aria-labelledby="flag-history" className="grid gap-2">
        <h2 id="flag-history" className="text-lg font-semibold">
          Recent changes
        </h2>
        <ActivityList items={history} empty="No flag has been changed yet." />
      </section>
    </div>
  );
}
