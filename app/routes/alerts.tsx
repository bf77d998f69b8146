import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import {
  AlertChannelNotFoundError,
  createChannel,
  deleteChannel,
  listChannels,
  rotateSigningSecret,
  smtpMissing,
  toPublicChannel,
} from "#app/alerts/channels.server.ts";
import {
  channelFormSchemas,
  deleteFormSchema,
  isChannelKind,
  rotateFormSchema,
  testFormSchema,
  toNewChannel,
} from "#app/alerts/forms.ts";
import { listDeliveries, testChannel } from "#app/alerts/outbox.server.ts";
import type { AlertChannelKind, TestResult } from "#app/alerts/schemas.ts";
import { pageRefusal } from "#app/api/page-errors.server.ts";
import { ChannelCard } from "#app/components/alerts/channel-card.tsx";
import { ChannelForm } from "#app/components/alerts/channel-form.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { ErrorList } from "#app/components/ui/input.tsx";
import { can } from "#app/utils/permissions.ts";

export const meta: MetaFunction = () => [{ title: "Alerts · NEXUS" }];

/** How many attempts each channel's log shows here; the API pages through all of them. */
const LOG_ROWS = 10;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const db = context.services.database.db;
  const requested = new URL(request.url).searchParams.get("kind");
  const kind: AlertChannelKind = isChannelKind(requested) ? requested : "webhook";
  const { items } = await listChannels(db, { limit: 100 });
  const channels = await Promise.all(
    items.map(async (row) => ({
      channel: toPublicChannel(row),
      deliveries: (await listDeliveries(db, row.id, { limit: LOG_ROWS })).items,
    })),
  );
  return {
    channels,
    kind,
    canWrite: can(actor.role, "write"),
    smtpConfigured: !smtpMissing(context.services.config),
  };
}

type ActionAnswer = {
  create: SubmissionResult<string[]> | null;
  secret: { channelName: string; secret: string; rotated: boolean } | null;
  test: { channelId: string; result: TestResult } | null;
  error: string | null;
};

const answer = (fields: Partial<ActionAnswer>, status = 200) =>
  data<ActionAnswer>(
    { create: null, secret: null, test: null, error: null, ...fields },
    { status },
  );

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const { services } = context;
  const formData = await request.formData();
  const intent = formData.get("intent");
  const fields = Object.fromEntries(formData);

  if (intent === "test" || intent === "delete" || intent === "rotate") {
    const schema =
      intent === "test"
        ? testFormSchema
        : intent === "delete"
          ? deleteFormSchema
          : rotateFormSchema;
    const parsed = schema.safeParse(fields);
    if (!parsed.success) return answer({ error: "No such alert channel." }, 404);
    const { channelId } = parsed.data;
    try {
      if (intent === "test") {
        const result = await testChannel(
          services,
          channelId,
          { label: actor.user.email },
          { instanceId: services.instanceId },
        );
        return answer({ test: { channelId, result } });
      }
      if (intent === "rotate") {
        const { channel, secret } = await rotateSigningSecret(
          services,
          channelId,
          actingAs(actor, context),
        );
        return answer({ secret: { channelName: channel.name, secret, rotated: true } });
      }
      const deleted = await deleteChannel(services, channelId, actingAs(actor, context));
      return redirectWithToast(request, services, "/alerts", {
        tone: "success",
        title: `Deleted the channel ${deleted.name}`,
      });
    } catch (error) {
      if (error instanceof AlertChannelNotFoundError) {
        return answer({ error: error.message }, 404);
      }
      const refused = pageRefusal(error);
      if (refused) return answer({ error: refused.message }, refused.status);
      throw error;
    }
  }

  const kind = formData.get("kind");
  if (!isChannelKind(kind)) return answer({ error: "Choose a kind of channel." }, 400);
  const submission = parseWithZod(formData, { schema: channelFormSchemas[kind] });
  if (submission.status !== "success") {
    return answer({ create: submission.reply() }, 400);
  }
  try {
    const { channel, secret } = await createChannel(
      services,
      toNewChannel(submission.value),
      actingAs(actor, context),
    );
    if (secret) {
      return answer({
        create: submission.reply({ resetForm: true }),
        secret: { channelName: channel.name, secret, rotated: false },
      });
    }
    return redirectWithToast(request, services, `/alerts?kind=${kind}`, {
      tone: "success",
      title: `Added the ${kind} channel ${channel.name}`,
    });
  } catch (error) {
    const refused = pageRefusal(error);
    if (!refused) throw error;
    return answer({ create: submission.reply({ formErrors: [refused.message] }) }, refused.status);
  }
}

function SecretNotice({ secret }: { secret: NonNullable<ActionAnswer["secret"]> }) {
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-600 bg-emerald-50 p-3 dark:bg-emerald-950/40"
    >
      <p className="text-sm font-medium">
        {secret.rotated
          ? `The new signing secret of “${secret.channelName}”; the old one no longer signs anything.`
          : `“${secret.channelName}” is added. Its signing secret:`}{" "}
        Copy it now: it will not be shown again.
      </p>
      <code
        data-testid="signing-secret"
        className="mt-2 block rounded bg-white px-2 py-1 font-mono text-sm break-all dark:bg-slate-900"
      >
        {secret.secret}
      </code>
      <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
        Every request carries <code>X-Nexus-Signature-256: sha256=&lt;hex&gt;</code>, the
        HMAC-SHA256 of the raw body keyed with this secret. Compute it over the bytes you received
        and compare in constant time before trusting the request.
      </p>
    </div>
  );
}

export default function Alerts() {
  const { channels, kind, canWrite, smtpConfigured } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Alerts</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Where NEXUS tells people that something broke: webhooks, Slack, Discord, ntfy and e-mail.
          Each notification is kept until it is delivered, retried for up to a day.
        </p>
      </div>
      {actionData?.secret ? <SecretNotice secret={actionData.secret} /> : null}
      {actionData?.error ? (
        <div role="alert">
          <ErrorList errors={[actionData.error]} />
        </div>
      ) : null}
      {canWrite ? (
        <Card>
          <CardHeader title="Add a channel" />
          <ChannelForm
            key={kind}
            kind={kind}
            lastResult={actionData?.create}
            smtpConfigured={smtpConfigured}
          />
        </Card>
      ) : null}
      <section aria-labelledby="channels-heading" className="space-y-3">
        <h2 id="channels-heading" className="text-lg font-semibold">
          Channels
        </h2>
        {channels.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No channels yet.</p>
        ) : (
          channels.map(({ channel, deliveries }) => (
            <ChannelCard
              key={channel.id}
              channel={channel}
              deliveries={deliveries}
              canWrite={canWrite}
              testResult={
                actionData?.test?.channelId === channel.id ? actionData.test.result : null
              }
            />
          ))
        )}
      </section>
    </div>
  );
}
