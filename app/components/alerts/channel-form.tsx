import { getFormProps, getInputProps, type SubmissionResult, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { Form, Link } from "@remix-run/react";
import type { z } from "zod/v4";
import { channelFormSchemas, kindLabels } from "#app/alerts/forms.ts";
import type { AlertChannelKind } from "#app/alerts/schemas.ts";
import { StatusButton } from "#app/components/ui/button.tsx";
import { ErrorList, Field } from "#app/components/ui/input.tsx";
import { cn } from "#app/utils/cn.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

const kinds = Object.keys(kindLabels) as AlertChannelKind[];

const urlHints: Record<"webhook" | "slack" | "discord", string> = {
  webhook:
    "NEXUS POSTs JSON here, signed with a secret you get once the channel is added (X-Nexus-Signature-256).",
  slack: "An incoming webhook URL (https://hooks.slack.com/services/…). It is kept encrypted.",
  discord:
    "A channel webhook URL (https://discord.com/api/webhooks/…), from the channel's Integrations. It is kept encrypted.",
};

/**
 * Which kind of channel to add: links, so the choice works without JavaScript and the form
 * below has only the fields of that kind.
 */
function KindPicker({ kind }: { kind: AlertChannelKind }) {
  return (
    <nav aria-label="Kind of channel" className="mb-4 flex flex-wrap gap-2">
      {kinds.map((option) => (
        <Link
          key={option}
          to={`?kind=${option}`}
          preventScrollReset
          aria-current={option === kind ? "page" : undefined}
          className={cn(
            "rounded-full border px-3 py-1 text-sm",
            option === kind
              ? "border-brand-600 bg-brand-600 text-white"
              : "border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-700 dark:text-slate-200 dark:hover:bg-slate-800",
          )}
        >
          {kindLabels[option]}
        </Link>
      ))}
    </nav>
  );
}

/** The form that adds a channel of `kind`, checked in the browser and again by the action. */
export function ChannelForm({
  kind,
  lastResult,
  smtpConfigured,
}: {
  kind: AlertChannelKind;
  lastResult?: SubmissionResult<string[]> | null;
  smtpConfigured: boolean;
}) {
  // One form component for five schemas: the fields are looked up by name.
  const schema = channelFormSchemas[kind] as unknown as z.ZodType<Record<string, unknown>>;
  const isPending = useIsPending();
  const [form, fields] = useForm<Record<string, unknown>>({
    id: `create-${kind}-channel`,
    constraint: getZodConstraint(schema),
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldRevalidate: "onInput",
  });
  const field = (name: string) => fields[name]!;
  const disabled = kind === "email" && !smtpConfigured;
  return (
    <>
      <KindPicker kind={kind} />
      <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="kind" value={kind} />
        <Field
          label="Name"
          hint="Who it reaches, e.g. “On-call phone” or “#ops”."
          errors={field("name").errors}
          inputProps={getInputProps(field("name"), { type: "text" })}
        />
        {kind === "webhook" || kind === "slack" || kind === "discord" ? (
          <Field
            label="URL"
            hint={urlHints[kind]}
            errors={field("url").errors}
            inputProps={{
              ...getInputProps(field("url"), { type: "url" }),
              placeholder: "https://",
              autoComplete: "off",
            }}
          />
        ) : null}
        {kind === "ntfy" ? (
          <>
            <Field
              label="Server"
              hint="Leave empty for https://ntfy.sh, or give your own server."
              errors={field("server").errors}
              inputProps={{
                ...getInputProps(field("server"), { type: "url" }),
                placeholder: "https://ntfy.sh",
              }}
            />
            <Field
              label="Topic"
              hint="On a public server the topic is the password: pick one nobody guesses. It is kept encrypted."
              errors={field("topic").errors}
              inputProps={{
                ...getInputProps(field("topic"), { type: "text" }),
                autoComplete: "off",
              }}
            />
            <Field
              label="Access token (optional)"
              hint="For a server or topic that asks for one (tk_…). Kept encrypted."
              errors={field("token").errors}
              inputProps={{
                ...getInputProps(field("token"), { type: "password" }),
                autoComplete: "off",
              }}
            />
          </>
        ) : null}
        {kind === "email" ? (
          <Field
            label="Send to"
            hint={
              smtpConfigured
                ? "E-mail addresses, separated by commas."
                : "E-mail needs SMTP_URL and SMTP_FROM set on the server; ask whoever runs NEXUS."
            }
            errors={field("to").errors}
            inputProps={{
              ...getInputProps(field("to"), { type: "text" }),
              placeholder: "ops@example.com, oncall@example.com",
              disabled,
            }}
          />
        ) : null}
        <div className="sm:col-span-2">
          <ErrorList id={form.errorId} errors={form.errors} />
        </div>
        <div className="sm:col-span-2">
          <StatusButton type="submit" pending={isPending} disabled={disabled}>
            Add {kindLabels[kind]} channel
          </StatusButton>
        </div>
      </Form>
    </>
  );
}
