import { getFormProps, getInputProps, parse, useForm } from "@conform-to/react";
import {
  type ActionFunctionArgs,
  data,
  type HeadersFunction,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { safeRedirect } from "remix-utils/safe-redirect";
import {
  authenticatePassword,
  InvalidCredentialsError,
  requireAnonymous,
  startSession,
} from "#app/accounts/auth.server.ts";
import { parseLoginForm } from "#app/accounts/login-schema.server.ts";
import { admitSignIn } from "#app/accounts/sign-in-limits.server.ts";
import { countUsers, touchLogin } from "#app/accounts/users.server.ts";
import { recordActivity } from "#app/activity/activity.server.ts";
import { AuthCard } from "#app/components/auth-card.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { ErrorList, Field } from "#app/components/ui/input.tsx";
import { useIsPending } from "#app/utils/use-is-pending.ts";

/**
 * The browser's check of the form, with the messages of `loginSchema` (login-schema.server.ts,
 * which the action applies): written out here so the sign-in page does not ship zod (about
 * 50 KB gzip) for two fields.
 * The server's check stays the one that counts.
 */
type LoginFields = { email: string; password: string; redirectTo?: string };

function validateInBrowser(formData: FormData) {
  return parse<LoginFields, string[]>(formData, {
    resolve: (value: Record<string, unknown>) => {
      const error: Record<string, string[]> = {};
      const email = typeof value.email === "string" ? value.email.trim() : "";
      if (!email) error.email = ["Enter an e-mail address"];
      else if (email.length > 254) error.email = ["An e-mail address is at most 254 characters"];
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        error.email = ["Enter a valid e-mail address"];
      const password = typeof value.password === "string" ? value.password : "";
      if (!password || password.length > 256) error.password = ["Enter your password"];
      return Object.keys(error).length > 0 ? { error } : { value: value as LoginFields };
    },
  });
}

const constraint = {
  email: { required: true, maxLength: 254 },
  password: { required: true, maxLength: 256 },
};

export const meta: MetaFunction = () => [{ title: "Sign in · NEXUS" }];

/** Lets Retry-After from a rate-limited attempt reach the browser on a plain form post. */
export const headers: HeadersFunction = ({ actionHeaders }) => actionHeaders;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireAnonymous(request, context);
  if ((await countUsers(context.services.database.db)) === 0) throw redirect("/onboarding");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireAnonymous(request, context);
  const { services } = context;
  const db = services.database.db;
  const submission = parseLoginForm(await request.clone().formData());
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { email, redirectTo } = submission.value;

  const admission = await admitSignIn(services.rateLimiter, { email, address: context.clientIp });
  if (!admission.admitted) {
    const { retryAfter } = admission;
    return data(
      {
        result: submission.reply({
          formErrors: [`Too many sign-in attempts. Try again in ${retryAfter} seconds.`],
          hideFields: ["password"],
        }),
      },
      { status: 429, headers: { "Retry-After": String(retryAfter) } },
    );
  }

  let user: Awaited<ReturnType<typeof authenticatePassword>>;
  try {
    user = await authenticatePassword(request, services);
  } catch (error) {
    if (!(error instanceof InvalidCredentialsError)) throw error;
    await recordActivity(db, {
      type: "auth.login_failed",
      actor: { id: null, label: email, requestId: context.requestId, ip: context.clientIp },
      summary: `Failed sign-in for ${email}`,
    });
    return data(
      {
        result: submission.reply({
          formErrors: ["Invalid e-mail or password."],
          hideFields: ["password"],
        }),
      },
      { status: 400 },
    );
  }

  await admission.succeeded();
  await touchLogin(db, user.id);
  await recordActivity(db, {
    type: "auth.login",
    actor: { id: user.id, label: user.email, requestId: context.requestId, ip: context.clientIp },
    subject: { type: "user", id: user.id },
    summary: `${user.email} signed in`,
  });
  return redirect(safeRedirect(redirectTo, "/"), {
    headers: { "Set-Cookie": await startSession(request, services, user.id) },
  });
}

export default function Login() {
  const actionData = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const isPending = useIsPending();
  const [form, fields] = useForm<LoginFields>({
    id: "login",
    constraint,
    lastResult: actionData?.result,
    defaultValue: { redirectTo: searchParams.get("redirectTo") ?? "" },
    onValidate: ({ formData }) => validateInBrowser(formData),
    // Not onBlur: an error vanishing on blur moved the submit button away from the click.
    shouldRevalidate: "onInput",
  });
  return (
    <AuthCard title="Sign in" description="Use the account an admin created for you.">
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <Field
          label="E-mail"
          errors={fields.email.errors}
          inputProps={{
            ...getInputProps(fields.email, { type: "email" }),
            autoComplete: "username",
            autoFocus: true,
          }}
        />
        <Field
          label="Password"
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "current-password",
          }}
        />
        <input {...getInputProps(fields.redirectTo, { type: "hidden" })} />
        <ErrorList id={form.errorId} errors={form.errors} />
        <StatusButton type="submit" pending={isPending} className="w-full">
          Sign in
        </StatusButton>
      </Form>
    </AuthCard>
  );
}
