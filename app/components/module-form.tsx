import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import { type ReactNode, type TextareaHTMLAttributes, useEffect, useRef } from "react";
import { z } from "zod/v4";
import { Badge, type BadgeTone } from "#app/components/ui/badge.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { ErrorList, Field, inputClass, SelectField } from "#app/components/ui/input.tsx";
import {
  descriptionSchema,
  formatMetricLines,
  healthEndpointSchema,
  integrationLevelSchema,
  kindSchema,
  loadSchema,
  metricsSchema,
  moduleNameSchema,
  moduleStatuses,
  moduleStatusSchema,
  parseMetricLines,
  probeIntervalSchema,
  probeTimeoutSchema,
  slugSchema,
  versionSchema,
} from "#app/modules/schemas.ts";
import { cn } from "#app/utils/cn.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

/**
 * The module form, shared by /modules/new and /modules/:id/edit. Its schema is built from the
 * field schemas the JSON API uses, so a form and a script are refused for the same reasons.
 */

/** One message for a problem in the metrics record, naming the metric it is about. */
function metricIssueMessage(issue: z.core.$ZodIssue): string {
  let message = issue.message;
  if (issue.code === "invalid_key") message = issue.issues[0]?.message ?? message;
  if (issue.code === "invalid_union") message = issue.errors.at(-1)?.[0]?.message ?? message;
  const name = issue.path[0];
  return typeof name === "string" ? `${name}: ${message}` : message;
}

/** The metrics textarea: `name = value` lines, checked like the API's `metrics` object. */
const metricLinesSchema = z
  .string()
  .optional()
  .transform((text, ctx) => {
    const parsed = parseMetricLines(text ?? "");
    if (typeof parsed === "string") {
      ctx.addIssue({ code: "custom", message: parsed });
      return z.NEVER;
    }
    const checked = metricsSchema.safeParse(parsed);
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        ctx.addIssue({ code: "custom", message: metricIssueMessage(issue) });
      }
      return z.NEVER;
    }
    return checked.data;
  });

const moduleFields = {
  slug: slugSchema,
  name: moduleNameSchema,
  kind: kindSchema,
  description: descriptionSchema.optional(),
  status: moduleStatusSchema,
  integrationLevel: integrationLevelSchema,
  load: loadSchema,
  metrics: metricLinesSchema,
  healthEndpoint: healthEndpointSchema.optional(),
  probeIntervalSeconds: probeIntervalSchema,
  probeTimeoutMs: probeTimeoutSchema,
  /** A checkbox: "on" when ticked, absent when not. */
  public: z.boolean().optional(),
};

/**
 * The probe must give up before the next one is due (the API refuses it too). Checked even when
 * other fields are wrong, as long as both of these are valid, so every error shows at once.
 */
const timeoutWithinInterval = {
  check: (value: { probeTimeoutMs: number; probeIntervalSeconds: number }) =>
    value.probeTimeoutMs < value.probeIntervalSeconds * 1000,
  issue: {
    path: ["probeTimeoutMs"],
    message: "The timeout must be shorter than the probe interval",
    when: (payload: z.core.ParsePayload) => {
      const value = payload.value as Record<string, unknown> | undefined;
      return (
        typeof value?.probeTimeoutMs === "number" &&
        typeof value.probeIntervalSeconds === "number" &&
        !payload.issues.some((issue) =>
          ["probeTimeoutMs", "probeIntervalSeconds"].includes(String(issue.path?.[0])),
        )
      );
    },
  },
};

export const createModuleFormSchema = z
  .object(moduleFields)
  .refine(timeoutWithinInterval.check, timeoutWithinInterval.issue);

export const editModuleFormSchema = z
  .object({ ...moduleFields, version: versionSchema })
  .refine(timeoutWithinInterval.check, timeoutWithinInterval.issue);

export type ModuleFormValue = z.output<typeof createModuleFormSchema>;

/** What the services take, from a valid form: empty optional fields mean "none". */
export function toModuleInput(value: ModuleFormValue) {
  return {
    slug: value.slug,
    name: value.name,
    kind: value.kind,
    description: value.description ?? "",
    status: value.status,
    integrationLevel: value.integrationLevel,
    load: value.load,
    metrics: value.metrics,
    healthEndpoint: value.healthEndpoint ?? null,
    probeIntervalSeconds: value.probeIntervalSeconds,
    probeTimeoutMs: value.probeTimeoutMs,
    public: value.public ?? false,
  };
}

/** The form's initial values: a fresh module's defaults, or a module's current values. */
export function moduleFormDefaults(module?: {
  slug: string;
  name: string;
  kind: string;
  description: string;
  status: string;
  integrationLevel: number;
  load: number;
  metrics: Record<string, number | string>;
  healthEndpoint: string | null;
  probeIntervalSeconds: number;
  probeTimeoutMs: number;
  public: boolean;
  version: number;
}) {
  if (!module) {
    return {
      // Active: a module registered with a health endpoint is probed at once (an inactive one
      // never is), and the probe sets its status from then on.
      status: "active",
      integrationLevel: "0",
      load: "0",
      probeIntervalSeconds: "30",
      probeTimeoutMs: "2000",
    };
  }
  return {
    slug: module.slug,
    name: module.name,
    kind: module.kind,
    description: module.description,
    status: module.status,
    integrationLevel: String(module.integrationLevel),
    load: String(module.load),
    metrics: formatMetricLines(module.metrics),
    healthEndpoint: module.healthEndpoint ?? "",
    probeIntervalSeconds: String(module.probeIntervalSeconds),
    probeTimeoutMs: String(module.probeTimeoutMs),
    public: module.public ? "on" : undefined,
    version: String(module.version),
  };
}

/** A labelled textarea, wired like `Field`. */
function TextareaField({
  label,
  hint,
  errors,
  className,
  textareaProps,
}: {
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  className?: string;
  textareaProps: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string };
}) {
  const invalid = Boolean(errors?.length);
  const errorId = `${textareaProps.id}-error`;
  const hintId = `${textareaProps.id}-hint`;
  const describedBy = [invalid ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={textareaProps.id} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        {...textareaProps}
        className={cn(inputClass, textareaProps.className)}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <ErrorList id={errorId} errors={errors} />
    </div>
  );
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="grid gap-4 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 sm:grid-cols-2 dark:border-slate-800">
      <legend className="sr-only">{legend}</legend>
      <p aria-hidden="true" className="text-sm font-semibold sm:col-span-2">
        {legend}
      </p>
      {children}
    </fieldset>
  );
}

export function ModuleForm({
  mode,
  lastResult,
  defaultValue,
  kinds,
  cancelTo,
  formError,
}: {
  mode: "create" | "edit";
  lastResult?: SubmissionResult<string[]> | null;
  defaultValue: ReturnType<typeof moduleFormDefaults>;
  /** Kinds already in use, offered as suggestions. */
  kinds: string[];
  cancelTo: string;
  /** Shown under the form-level errors, e.g. a way out of a version conflict. */
  formError?: ReactNode;
}) {
  const isPending = useIsPending();
  // Typed as the edit schema (a superset) so `fields.version` exists; create simply has none.
  const schema = (
    mode === "edit" ? editModuleFormSchema : createModuleFormSchema
  ) as typeof editModuleFormSchema;
  const [form, fields] = useForm({
    id: `module-${mode}`,
    constraint: getZodConstraint(schema),
    lastResult,
    defaultValue,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    // Not onBlur: an error vanishing on blur moved the submit button away from the click.
    shouldRevalidate: "onInput",
  });
  const kindListId = `${form.id}-kinds`;
  // A new module's slug follows its name until the person types a slug of their own.
  const slugEdited = useRef(mode === "edit");
  const formErrors = [...(form.errors ?? []), ...(fields.version.errors ?? [])];
  // With JavaScript the page keeps its scroll position after a post: bring a form-level error
  // (e.g. a version conflict, at the top of the form) to the person who pressed Save below.
  const alertRef = useRef<HTMLDivElement>(null);
  const hasFormError = formErrors.length > 0;
  useEffect(() => {
    if (lastResult && hasFormError) alertRef.current?.focus();
  }, [lastResult, hasFormError]);
  return (
    <Form method="post" className="space-y-6" {...getFormProps(form)}>
      {formErrors.length > 0 ? (
        <div
          ref={alertRef}
          tabIndex={-1}
          role="alert"
          className="scroll-mt-4 rounded-md border border-red-600 bg-red-50 p-3 dark:border-red-500 dark:bg-red-950/40"
        >
          <ErrorList id={form.errorId} errors={formErrors} />
          {form.errors?.length ? formError : null}
        </div>
      ) : null}
      {mode === "edit" ? <input {...getInputProps(fields.version, { type: "hidden" })} /> : null}

      <Section legend="Identity">
        <Field
          label="Name"
          errors={fields.name.errors}
          inputProps={{
            ...getInputProps(fields.name, { type: "text" }),
            onChange: (event) => {
              if (slugEdited.current) return;
              form.update({ name: fields.slug.name, value: slugFromName(event.target.value) });
            },
          }}
        />
        <Field
          label="Slug"
          hint="Its short, unique name: lower-case letters, digits, - and _."
          errors={fields.slug.errors}
          inputProps={{
            ...getInputProps(fields.slug, { type: "text" }),
            onInput: (event) => {
              // Only the person's own typing: the name's suggestion fills this field too.
              if (event.nativeEvent.isTrusted) slugEdited.current = true;
            },
            autoComplete: "off",
            spellCheck: false,
            className: "font-mono",
          }}
        />
        <Field
          label="Kind"
          hint="What sort of module, e.g. cognition or memory."
          errors={fields.kind.errors}
          inputProps={{
            ...getInputProps(fields.kind, { type: "text" }),
            list: kindListId,
            autoComplete: "off",
          }}
        />
        <datalist id={kindListId}>
          {kinds.map((kind) => (
            <option key={kind} value={kind} />
          ))}
        </datalist>
        <SelectField
          label="Status"
          errors={fields.status.errors}
          selectProps={getSelectProps(fields.status)}
        >
          {moduleStatuses.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </SelectField>
        <TextareaField
          label="Description"
          hint="Optional. What it does, who looks after it."
          className="sm:col-span-2"
          errors={fields.description.errors}
          textareaProps={{ ...getTextareaProps(fields.description), rows: 3 }}
        />
      </Section>

      <Section legend="Figures">
        <Field
          label="Integration level (0–100)"
          errors={fields.integrationLevel.errors}
          inputProps={{ ...getInputProps(fields.integrationLevel, { type: "number" }), step: 1 }}
        />
        <Field
          label="Load (0–100)"
          errors={fields.load.errors}
          inputProps={{ ...getInputProps(fields.load, { type: "number" }), step: 1 }}
        />
        <TextareaField
          label="Metrics"
          hint={
            <>
              One per line, as <code className="font-mono">name = value</code>, e.g.{" "}
              <code className="font-mono">tokens_per_second = 42</code>. Numbers stay numbers.
            </>
          }
          className="sm:col-span-2"
          errors={fields.metrics.errors}
          textareaProps={{
            ...getTextareaProps(fields.metrics),
            rows: 5,
            spellCheck: false,
            className: "font-mono",
          }}
        />
      </Section>

      <Section legend="Health probe">
        <Field
          label="Health endpoint URL"
          hint="Optional. NEXUS sends GET to it and sets the status from the answers."
          className="sm:col-span-2"
          errors={fields.healthEndpoint.errors}
          inputProps={{
            ...getInputProps(fields.healthEndpoint, { type: "url" }),
            placeholder: "http://127.0.0.1:8080/health",
            className: "font-mono",
          }}
        />
        <Field
          label="Probe every (seconds)"
          hint="5 to 3600."
          errors={fields.probeIntervalSeconds.errors}
          inputProps={{
            ...getInputProps(fields.probeIntervalSeconds, { type: "number" }),
            step: 1,
          }}
        />
        <Field
          label="Probe timeout (ms)"
          hint="100 to 30000, shorter than the interval."
          errors={fields.probeTimeoutMs.errors}
          inputProps={{ ...getInputProps(fields.probeTimeoutMs, { type: "number" }), step: 1 }}
        />
      </Section>

      <Section legend="Status page">
        <div className="space-y-1 sm:col-span-2">
          <label className="flex items-start gap-2 text-sm font-medium">
            <input
              {...getInputProps(fields.public, { type: "checkbox" })}
              aria-describedby={
                fields.public.errors?.length
                  ? `${fields.public.id}-error ${fields.public.id}-hint`
                  : `${fields.public.id}-hint`
              }
              className="mt-0.5 size-4"
            />
            Show on the public status page
          </label>
          <p id={`${fields.public.id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
            Anyone, signed in or not, can then see its name, status and uptime at{" "}
            <a href="/status" className="underline">
              /status
            </a>
            . Nothing else about it is shown there.
          </p>
          <ErrorList id={`${fields.public.id}-error`} errors={fields.public.errors} />
        </div>
      </Section>

      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
        <StatusButton type="submit" pending={isPending}>
          {mode === "edit" ? "Save changes" : "Register module"}
        </StatusButton>
        <Link
          to={cancelTo}
          className="rounded-md px-3 py-2 text-sm text-slate-700 underline-offset-2 hover:underline dark:text-slate-300"
        >
          Cancel
        </Link>
      </div>
    </Form>
  );
}

// ---------------------------------------------------------------------------------------------
// Small display pieces the module pages and the dashboard share.

const statusTones = {
  active: "ok",
  warning: "warning",
  error: "error",
  inactive: "neutral",
} as const satisfies Record<(typeof moduleStatuses)[number], BadgeTone>;

export function ModuleStatusBadge({ status, className }: { status: string; className?: string }) {
  const tone = statusTones[status as keyof typeof statusTones] ?? "neutral";
  return (
    <Badge tone={tone} className={className}>
      {status}
    </Badge>
  );
}

/**
 * A 0–100 figure as a small bar with the number beside it. The bar is SVG (its width an
 * attribute, not a style, which the CSP would refuse); the number carries the meaning.
 */
export function PercentBar({
  value,
  kind,
  label,
}: {
  value: number;
  /** load: high is bad (amber, then red); level: high is good. */
  kind: "load" | "level";
  /** For screen readers, e.g. "Load". */
  label: string;
}) {
  const clamped = Math.max(0, Math.min(100, value));
  const fill =
    kind === "level"
      ? "fill-brand-600 dark:fill-brand-500"
      : clamped >= 90
        ? "fill-red-600 dark:fill-red-500"
        : clamped >= 70
          ? "fill-amber-500"
          : "fill-emerald-600 dark:fill-emerald-500";
  return (
    <span className="inline-flex items-center gap-2 whitespace-nowrap">
      <svg viewBox="0 0 100 8" preserveAspectRatio="none" className="h-2 w-16" aria-hidden="true">
        <rect width="100" height="8" rx="4" className="fill-slate-200 dark:fill-slate-700" />
        {clamped > 0 ? <rect width={clamped} height="8" rx="4" className={fill} /> : null}
      </svg>
      <span className="font-mono text-xs tabular-nums">
        <span className="sr-only">{label} </span>
        {value}
      </span>
    </span>
  );
}

/** An ISO instant as `YYYY-MM-DD HH:MM:SS UTC`, the same on the server and in the browser. */
export function UtcTime({ iso, seconds = true }: { iso: string; seconds?: boolean }) {
  const text = `${iso.slice(0, seconds ? 19 : 16).replace("T", " ")} UTC`;
  return (
    <time dateTime={iso} className="font-mono text-xs whitespace-nowrap">
      {text}
    </time>
  );
}

const activityTones: Record<string, BadgeTone> = {
  emergency: "error",
  module: "info",
  auth: "neutral",
  user: "warning",
  token: "neutral",
};

export function ActivityTypeBadge({ type }: { type: string }) {
  const prefix = type.split(".")[0] ?? "";
  return (
    <Badge tone={activityTones[prefix] ?? "neutral"} className="font-mono">
      {type}
    </Badge>
  );
}

export interface ActivityListItem {
  id: string;
  type: string;
  summary: string;
  actorLabel: string;
  moduleId: string | null;
  createdAt: string;
}

/**
 * Activity entries, newest first. With `moduleNames`, an entry about a module links to it (or
 * says the module was removed); without, no module links are shown.
 */
export function ActivityList({
  items,
  moduleNames,
  empty = "Nothing has happened yet.",
}: {
  items: ActivityListItem[];
  moduleNames?: Record<string, string>;
  empty?: string;
}) {
  if (items.length === 0) {
    return <p className="text-sm text-slate-600 dark:text-slate-400">{empty}</p>;
  }
  return (
    <ol className="divide-y divide-slate-100 dark:divide-slate-800">
      {items.map((item) => {
        const moduleName = item.moduleId ? moduleNames?.[item.moduleId] : undefined;
        return (
          <li key={item.id} className="py-2.5 first:pt-0 last:pb-0">
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <UtcTime iso={item.createdAt} />
              <ActivityTypeBadge type={item.type} />
            </div>
            <p className="mt-1 text-sm break-words">{item.summary}</p>
            <p className="mt-0.5 flex flex-wrap gap-x-3 text-xs text-slate-600 dark:text-slate-400">
              <span>
                by <span className="font-medium">{item.actorLabel}</span>
              </span>
              {item.moduleId && moduleNames ? (
                moduleName ? (
                  <Link
                    to={`/modules/${item.moduleId}`}
                    className="text-brand-600 underline dark:text-brand-100"
                  >
                    Module {moduleName}
                  </Link>
                ) : (
                  <span>module since removed</span>
                )
              ) : null}
            </p>
          </li>
        );
      })}
    </ol>
  );
}

/** A slug the slug rule accepts, from a module's name: "Global Workspace 2" -> "global-workspace-2". */
export function slugFromName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/[-_]{2,}/g, "-")
    .replace(/^[-_]+|[-_]+$/g, "")
    .slice(0, 64)
    .replace(/[-_]+$/, "");
}
