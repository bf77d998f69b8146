import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useRef, useState } from "react";
import { z } from "zod/v4";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { scopeSchema } from "#app/accounts/schemas.ts";
import {
  createToken,
  findToken,
  listTokens,
  revokeToken,
  toPublicToken,
} from "#app/accounts/tokens.server.ts";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button, StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { ConfirmForm } from "#app/components/ui/confirm-form.tsx";
import { ErrorList, Field, SelectField } from "#app/components/ui/input.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import { scopesFor } from "#app/utils/permissions.ts";
import { storableText, UNSTORABLE_TEXT_MESSAGE } from "#app/utils/text.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

const lifetimes = {
  "7": "7 days",
  "30": "30 days",
  "90": "90 days",
  "365": "1 year",
  never: "Never",
};

const CreateTokenSchema = z.object({
  intent: z.literal("create"),
  name: z
    .string({ error: "Give the token a name" })
    .trim()
    .min(1, "Give the token a name")
    .max(100)
    .refine(storableText, UNSTORABLE_TEXT_MESSAGE),
  scope: scopeSchema,
  lifetime: z.enum(Object.keys(lifetimes) as [keyof typeof lifetimes], {
    error: "Choose how long the token lives",
  }),
});

const RevokeSchema = z.object({ intent: z.literal("revoke"), tokenId: z.uuid() });

export const meta: MetaFunction = () => [{ title: "API tokens · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { items } = await listTokens(context.services.database.db, {
    userId: actor.user.id,
    limit: 100,
  });
  return { tokens: items.map(toPublicToken), scopes: scopesFor(actor.role) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context);
  const db = context.services.database.db;
  const formData = await request.formData();

  if (formData.get("intent") === "revoke") {
    const parsed = RevokeSchema.safeParse(Object.fromEntries(formData));
    const token = parsed.success ? await findToken(db, parsed.data.tokenId) : undefined;
    if (!token || token.userId !== actor.user.id) {
      return data({ create: null, newToken: null, revokeError: "No such token." }, { status: 404 });
    }
    await revokeToken(db, token, actingAs(actor, context));
    return redirectWithToast(request, context.services, "/settings/tokens", {
      tone: "success",
      title: `Revoked ${token.name}: it no longer signs anything in.`,
    });
  }

  const allowed = scopesFor(actor.role);
  const submission = parseWithZod(formData, {
    schema: CreateTokenSchema.refine((value) => allowed.includes(value.scope), {
      path: ["scope"],
      message: `Your role allows: ${allowed.join(", ")}`,
    }),
  });
  if (submission.status !== "success") {
    return data({ create: submission.reply(), newToken: null, revokeError: null }, { status: 400 });
  }
  const { name, scope, lifetime } = submission.value;
  const expiresAt =
    lifetime === "never" ? null : new Date(Date.now() + Number(lifetime) * 24 * 60 * 60 * 1000);
  const { token, row } = await createToken(
    db,
    { id: actor.user.id, email: actor.user.email, role: actor.role },
    { name, scope, expiresAt },
    actingAs(actor, context),
  );
  return {
    create: submission.reply({ resetForm: true }),
    newToken: { token, name: row.name, prefix: row.prefix },
    revokeError: null,
  };
}

/**
 * Copies through the Clipboard API where the browser offers it (HTTPS, localhost); on plain HTTP
 * it selects the token and asks the browser's copy command, and says so if that is refused too.
 */
function copyToken(token: string, element: HTMLElement | null): Promise<"copied" | "selected"> {
  if (window.isSecureContext && navigator.clipboard) {
    return navigator.clipboard.writeText(token).then(() => "copied" as const);
  }
  const selection = window.getSelection();
  if (element && selection) {
    const range = document.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  // Deprecated, but the only copy a page on plain HTTP may ask for.
  return Promise.resolve(document.execCommand("copy") ? "copied" : "selected");
}

function NewToken({ token, name }: { token: string; name: string }) {
  const [copied, setCopied] = useState<"copied" | "selected" | null>(null);
  const codeRef = useRef<HTMLElement>(null);
  return (
    <div
      role="status"
      className="rounded-md border border-emerald-600 bg-emerald-50 p-3 dark:bg-emerald-950/40"
    >
      <p className="text-sm font-medium">
        Your new token “{name}”. Copy it now: it will not be shown again.
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <code
          ref={codeRef}
          data-testid="new-token"
          className="rounded bg-white px-2 py-1 font-mono text-sm break-all dark:bg-slate-900"
        >
          {token}
        </code>
        <Button
          size="sm"
          variant="secondary"
          onClick={() =>
            void copyToken(token, codeRef.current)
              .then(setCopied)
              .catch(() => setCopied("selected"))
          }
        >
          {copied === "copied" ? "Copied" : "Copy"}
        </Button>
        {copied === "selected" ? (
          <span className="text-xs">Selected: press Ctrl+C (⌘C) to copy.</span>
        ) : null}
      </div>
      <p className="mt-2 text-xs text-slate-700 dark:text-slate-300">
        Use it as <code>Authorization: Bearer {token.slice(0, 15)}…</code>
      </p>
    </div>
  );
}

function status(token: { revokedAt: string | null; expiresAt: string | null }) {
  if (token.revokedAt) return { tone: "error" as const, label: "revoked" };
  if (token.expiresAt && new Date(token.expiresAt) <= new Date())
    return { tone: "warning" as const, label: "expired" };
  return { tone: "ok" as const, label: "active" };
}

const day = (iso: string | null, fallback: string) => (iso ? iso.slice(0, 10) : fallback);

export default function Tokens() {
  const { tokens, scopes } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const isPending = useIsPending();
  const [form, fields] = useForm({
    id: "create-token",
    constraint: getZodConstraint(CreateTokenSchema),
    lastResult: actionData?.create,
    defaultValue: { scope: "read", lifetime: "90" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateTokenSchema }),
    // Not onBlur: an error vanishing on blur moved the submit button away from the click.
    shouldRevalidate: "onInput",
  });
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Tokens let scripts use the JSON API as you, with at most the scope you choose.
        </p>
      </div>
      {actionData?.newToken ? (
        <NewToken token={actionData.newToken.token} name={actionData.newToken.name} />
      ) : null}
      <Card>
        <CardHeader title="Create a token" />
        <Form method="post" className="grid gap-4 sm:grid-cols-3" {...getFormProps(form)}>
          <input type="hidden" name="intent" value="create" />
          <Field
            label="Name"
            hint="What will use it, e.g. “nightly export”."
            errors={fields.name.errors}
            inputProps={getInputProps(fields.name, { type: "text" })}
          />
          <SelectField
            label="Scope"
            errors={fields.scope.errors}
            selectProps={getSelectProps(fields.scope)}
          >
            {scopes.map((scope) => (
              <option key={scope} value={scope}>
                {scope}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Expires after"
            errors={fields.lifetime.errors}
            selectProps={getSelectProps(fields.lifetime)}
          >
            {Object.entries(lifetimes).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </SelectField>
          <ErrorList id={form.errorId} errors={form.errors} />
          <div className="sm:col-span-3">
            <StatusButton type="submit" pending={isPending}>
              Create token
            </StatusButton>
          </div>
        </Form>
      </Card>
      <Card>
        <CardHeader title="Your tokens" />
        <ErrorList errors={actionData?.revokeError ? [actionData.revokeError] : null} />
        {tokens.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No tokens yet.</p>
        ) : (
          <Table>
            <THead>
              <tr>
                <Th>Name</Th>
                <Th>Prefix</Th>
                <Th>Scope</Th>
                <Th>Status</Th>
                <Th>Created</Th>
                <Th>Expires</Th>
                <Th>Last used</Th>
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              </tr>
            </THead>
            <tbody>
              {tokens.map((token) => {
                const s = status(token);
                return (
                  <tr key={token.id}>
                    <Td>{token.name}</Td>
                    <Td className="font-mono text-xs">{token.prefix}</Td>
                    <Td>{token.scope}</Td>
                    <Td>
                      <Badge tone={s.tone}>{s.label}</Badge>
                    </Td>
                    <Td className="font-mono text-xs whitespace-nowrap">
                      {day(token.createdAt, "")}
                    </Td>
                    <Td className="font-mono text-xs whitespace-nowrap">
                      {day(token.expiresAt, "never")}
                    </Td>
                    <Td className="font-mono text-xs whitespace-nowrap">
                      {day(token.lastUsedAt, "never")}
                    </Td>
                    <Td>
                      {s.label === "active" ? (
                        <ConfirmForm
                          fields={
                            <>
                              <input type="hidden" name="intent" value="revoke" />
                              <input type="hidden" name="tokenId" value={token.id} />
                            </>
                          }
                          title={`Revoke ${token.name}?`}
                          consequences={`Scripts using ${token.name} are refused from now on (401), on every instance. This cannot be undone: make a new token to grant access again.`}
                          confirmLabel="Yes, revoke it"
                        >
                          <Button type="submit" size="sm" variant="danger">
                            Revoke<span className="sr-only"> {token.name}</span>
                          </Button>
                        </ConfirmForm>
                      ) : null}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
