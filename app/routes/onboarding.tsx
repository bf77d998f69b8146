import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
  redirect,
} from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { z } from "zod/v4";
import { startSession } from "#app/accounts/auth.server.ts";
import { strongPasswordSchema } from "#app/accounts/password-rules.server.ts";
import { emailSchema, nameSchema, newPasswordSchema } from "#app/accounts/schemas.ts";
import { countUsers, createFirstAdmin, touchLogin } from "#app/accounts/users.server.ts";
import { AuthCard } from "#app/components/auth-card.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { ErrorList, Field } from "#app/components/ui/input.tsx";
import { useIsPending } from "#app/utils/use-is-pending.ts";

/** The browser checks the password's shape; the action passes the server's full check. */
const onboardingSchema = (password = newPasswordSchema) =>
  z
    .object({
      name: nameSchema,
      email: emailSchema,
      password,
      confirmPassword: z.string({ error: "Repeat the password" }),
    })
    .refine((value) => value.password === value.confirmPassword, {
      path: ["confirmPassword"],
      message: "The passwords do not match",
    });
const OnboardingSchema = onboardingSchema();

export const meta: MetaFunction = () => [{ title: "Set up NEXUS" }];

/** Exists only until the first account does. */
async function requireFreshInstall(context: LoaderFunctionArgs["context"]) {
  if ((await countUsers(context.services.database.db)) > 0) {
    throw new Response("NEXUS is already set up.", { status: 404 });
  }
}

export async function loader({ context }: LoaderFunctionArgs) {
  await requireFreshInstall(context);
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireFreshInstall(context);
  const submission = await parseWithZod(await request.formData(), {
    schema: onboardingSchema(strongPasswordSchema),
    async: true,
  });
  if (submission.status !== "success") {
    return data(
      { result: submission.reply({ hideFields: ["password", "confirmPassword"] }) },
      { status: 400 },
    );
  }
  const { name, email, password } = submission.value;
  const user = await createFirstAdmin(
    context.services.database.db,
    { name, email, password },
    { requestId: context.requestId, ip: context.clientIp },
  );
  // Someone else finished onboarding first: this person signs in like everyone else.
  if (!user) throw redirect("/login");
  // The admin is signed in from here on: that is their first sign-in.
  await touchLogin(context.services.database.db, user.id);
  return redirect("/", {
    headers: { "Set-Cookie": await startSession(request, context.services, user.id) },
  });
}

export default function Onboarding() {
  const actionData = useActionData<typeof action>();
  const isPending = useIsPending();
  const [form, fields] = useForm({
    id: "onboarding",
    constraint: getZodConstraint(OnboardingSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: OnboardingSchema }),
    // Not onBlur: an error vanishing on blur moved the submit button away from the click.
    shouldRevalidate: "onInput",
  });
  return (
    <AuthCard
      title="Set up NEXUS"
      description="Create the first account. It will be an admin, able to add everyone else."
    >
      <Form method="post" className="space-y-4" {...getFormProps(form)}>
        <Field
          label="Name"
          errors={fields.name.errors}
          inputProps={{ ...getInputProps(fields.name, { type: "text" }), autoComplete: "name" }}
        />
        <Field
          label="E-mail"
          errors={fields.email.errors}
          inputProps={{
            ...getInputProps(fields.email, { type: "email" }),
            autoComplete: "username",
          }}
        />
        <Field
          label="Password"
          hint="At least 12 characters."
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <Field
          label="Repeat the password"
          errors={fields.confirmPassword.errors}
          inputProps={{
            ...getInputProps(fields.confirmPassword, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <ErrorList id={form.errorId} errors={form.errors} />
        <StatusButton type="submit" pending={isPending} className="w-full">
          Create the admin account
        </StatusButton>
      </Form>
    </AuthCard>
  );
}
