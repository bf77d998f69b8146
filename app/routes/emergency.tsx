import { getFormProps, getTextareaProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
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
import { StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { ErrorList, inputClass } from "#app/components/ui/input.tsx";
import {
  applyEmergencyAction,
  type EmergencyMode,
  EmergencyTransitionError,
  getEmergencyState,
} from "#app/emergency/emergency.server.ts";
import { emergencyRequestSchema } from "#app/emergency/schemas.ts";
import { cn } from "#app/utils/cn.ts";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction = () => [{ title: "Emergency controls · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { services } = context;
  const [state, history] = await Promise.all([
    getEmergencyState(services),
    listActivity(services.database.db, { type: "emergency.", limit: 20 }),
  ]);
  return {
    state,
    history: history.items.map(toPublicActivity),
    canAct: can(actor.role, "write"),
    canResume: can(actor.role, "emergency:resume"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const { services } = context;
  // Validate first, then act only on valid input. (Not inside a zod `.transform`: a pipe still
  // runs its transform after continuable issues, such as a reason that is too short.)
  const submission = parseWithZod(await request.formData(), { schema: emergencyRequestSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  if (submission.value.action === "resume" && !can(actor.role, "emergency:resume")) {
    return data(
      { result: submission.reply({ formErrors: ["Only an admin can resume AI work."] }) },
      { status: 403 },
    );
  }
  try {
    await applyEmergencyAction(services, submission.value, actingAs(actor, context));
  } catch (error) {
    if (!(error instanceof EmergencyTransitionError)) throw error;
    return data({ result: submission.reply({ formErrors: [error.message] }) }, { status: 409 });
  }
  return redirect("/emergency");
}

const modeLook: Record<EmergencyMode, { title: string; text: string; className: string }> = {
  normal: {
    title: "AI work is running normally",
    text: "Goals, generation and agents may start and run.",
    className:
      "border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950/40 dark:text-emerald-50",
  },
  paused: {
    title: "AI work is paused",
    text: "No new AI work starts. Work already running may finish.",
    className:
      "border-amber-500 bg-amber-50 text-amber-950 dark:border-amber-500 dark:bg-amber-950/40 dark:text-amber-50",
  },
  stopped: {
    title: "AI work is stopped",
    text: "No AI work starts, and work that was running has been told to abort.",
    className:
      "border-red-700 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950/50 dark:text-red-50",
  },
};

const actions = {
  pause: {
    label: "Pause AI work",
    variant: "secondary",
    help: "Pause: nothing new starts; running work finishes.",
  },
  stop: {
    label: "Stop AI work",
    variant: "danger",
    help: "Stop: nothing new starts, and running work is aborted.",
  },
  resume: {
    label: "Resume AI work",
    variant: "primary",
    help: "Resume: back to normal.",
  },
} as const;

type ActionName = keyof typeof actions;

const resultingMode: Record<ActionName, EmergencyMode> = {
  pause: "paused",
  stop: "stopped",
  resume: "normal",
};

function StatePanel({
  state,
}: {
  state: ReturnType<typeof useLoaderData<typeof loader>>["state"];
}) {
  const look = modeLook[state.mode];
  return (
    <section
      aria-labelledby="emergency-state"
      className={cn("rounded-lg border-2 p-5 sm:p-6", look.className)}
    >
      <p className="text-xs font-semibold tracking-wide uppercase opacity-80">Current state</p>
      <h2 id="emergency-state" className="mt-1 text-2xl font-bold sm:text-3xl">
        <span data-testid="emergency-mode">{look.title}</span>
      </h2>
      <p className="mt-1 text-sm">{look.text}</p>
      {state.since ? (
        <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-6 gap-y-2 text-sm">
          <dt className="font-medium">Since</dt>
          <dd>
            <UtcTime iso={state.since} />
          </dd>
          {state.reason ? (
            <>
              <dt className="font-medium">Reason</dt>
              <dd className="break-words">{state.reason}</dd>
            </>
          ) : null}
          {state.by ? (
            <>
              <dt className="font-medium">By</dt>
              <dd className="break-words">{state.by}</dd>
            </>
          ) : null}
        </dl>
      ) : (
        <p className="mt-4 text-sm">No emergency action has ever been taken.</p>
      )}
    </section>
  );
}

function ActionForm({ mode, canResume }: { mode: EmergencyMode; canResume: boolean }) {
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== "idle" && navigation.formMethod === "POST";
  const clicked = busy ? navigation.formData?.get("action") : null;
  const [form, fields] = useForm({
    id: "emergency",
    constraint: getZodConstraint(emergencyRequestSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: emergencyRequestSchema }),
    shouldRevalidate: "onInput",
  });
  const available = (Object.keys(actions) as ActionName[]).filter(
    (name) => resultingMode[name] !== mode && (name !== "resume" || canResume),
  );
  const reason = getTextareaProps(fields.reason);
  const reasonInvalid = Boolean(fields.reason.errors?.length);
  const formErrors = [...(form.errors ?? []), ...(fields.action.errors ?? [])];
  return (
    <Card>
      <CardHeader
        title="Take action"
        description="Every action is recorded in the activity log with your name and reason."
      />
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <div className="space-y-1">
          <label htmlFor={reason.id} className="block text-sm font-medium">
            Reason
          </label>
          <textarea
            {...reason}
            rows={3}
            className={inputClass}
            aria-invalid={reasonInvalid || undefined}
            aria-describedby={cn(reasonInvalid && `${reason.id}-error`, `${reason.id}-hint`)}
          />
          <p id={`${reason.id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            Required: what happened, in a sentence (at least 3 characters).
          </p>
          <ErrorList id={`${reason.id}-error`} errors={fields.reason.errors} />
        </div>
        {formErrors.length > 0 ? (
          <div role="alert">
            <ErrorList id={form.errorId} errors={formErrors} />
          </div>
        ) : null}
        <div className="flex flex-wrap gap-3">
          {available.map((name) => (
            <StatusButton
              key={name}
              type="submit"
              name="action"
              value={name}
              variant={actions[name].variant}
              pending={clicked === name}
              disabled={busy}
            >
              {actions[name].label}
            </StatusButton>
          ))}
        </div>
        <ul className="space-y-0.5 text-xs text-slate-600 dark:text-slate-400">
          {available.map((name) => (
            <li key={name}>{actions[name].help}</li>
          ))}
          {!canResume && mode !== "normal" ? <li>Only an admin can resume AI work.</li> : null}
        </ul>
      </Form>
    </Card>
  );
}

export default function Emergency() {
  const { state, history, canAct, canResume } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Emergency controls</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          One switch for all AI work in this NEXUS: pause it, stop it, resume it.
        </p>
      </div>
      <StatePanel state={state} />
      {canAct ? (
        // Keyed by the state: after an action succeeds the form starts empty again.
        <ActionForm key={state.since ?? "never"} mode={state.mode} canResume={canResume} />
      ) : (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Your role lets you see the state; an operator or admin can change it.
        </p>
      )}
      <Card>
        <CardHeader title="Recent emergency actions" description="The last 20, newest first." />
        <ActivityList items={history} empty="No emergency action has been taken yet." />
      </Card>
    </div>
  );
}
