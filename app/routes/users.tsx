import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod/v4";
import { actingAs, requireUser } from "#app/accounts/auth.server.ts";
import { strongPasswordSchema } from "#app/accounts/password-rules.server.ts";
import { emailSchema, nameSchema, newPasswordSchema, roleSchema } from "#app/accounts/schemas.ts";
import {
  createUser,
  EmailTakenError,
  LastAdminError,
  listUsers,
  toPublicUser,
  updateUser,
} from "#app/accounts/users.server.ts";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button, StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { ErrorList, Field, Select, SelectField } from "#app/components/ui/input.tsx";
import { Table, Td, THead, Th } from "#app/components/ui/table.tsx";
import { roles } from "#app/utils/permissions.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

/** The browser checks the password's shape; the action passes the server's full check. */
const createUserSchema = (password = newPasswordSchema) =>
  z.object({
    intent: z.literal("create"),
    name: nameSchema,
    email: emailSchema,
    password,
    role: roleSchema,
  });
const CreateUserSchema = createUserSchema();

const ChangeSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("set-role"), userId: z.uuid(), role: roleSchema }),
  z.object({
    intent: z.literal("set-disabled"),
    userId: z.uuid(),
    disabled: z.enum(["true", "false"]).transform((v) => v === "true"),
  }),
]);

export const meta: MetaFunction = () => [{ title: "Users · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context, "users:manage");
  const { items } = await listUsers(context.services.database.db, { limit: 100 });
  return { users: items.map(toPublicUser), me: actor.user.id };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "users:manage");
  const db = context.services.database.db;
  const formData = await request.formData();

  if (formData.get("intent") === "create") {
    // Validate first; only valid input reaches the service (a transform would run even when a
    // field check had failed, and create the account anyway).
    const submission = await parseWithZod(formData, {
      schema: createUserSchema(strongPasswordSchema),
      async: true,
    });
    if (submission.status !== "success") {
      return data(
        { create: submission.reply({ hideFields: ["password"] }), change: null },
        { status: 400 },
      );
    }
    try {
      await createUser(db, submission.value, actingAs(actor, context));
    } catch (error) {
      if (!(error instanceof EmailTakenError)) throw error;
      return data(
        {
          create: submission.reply({
            fieldErrors: { email: ["Someone already has this e-mail"] },
            hideFields: ["password"],
          }),
          change: null,
        },
        { status: 409 },
      );
    }
    return {
      create: submission.reply({ resetForm: true }),
      change: null,
      created: submission.value.email,
    };
  }

  const parsed = ChangeSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    return data({ create: null, change: { error: "That change is not valid." } }, { status: 400 });
  }
  const change = parsed.data;
  try {
    const updated = await updateUser(
      db,
      change.userId,
      change.intent === "set-role" ? { role: change.role } : { disabled: change.disabled },
      actingAs(actor, context),
    );
    if (!updated)
      return data({ create: null, change: { error: "No such user." } }, { status: 404 });
  } catch (error) {
    if (!(error instanceof LastAdminError)) throw error;
    return data({ create: null, change: { error: error.message } }, { status: 409 });
  }
  return { create: null, change: { error: null } };
}

function CreateUserForm() {
  const actionData = useActionData<typeof action>();
  const isPending = useIsPending();
  const [form, fields] = useForm({
    id: "create-user",
    constraint: getZodConstraint(CreateUserSchema),
    lastResult: actionData?.create,
    defaultValue: { role: "viewer" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateUserSchema }),
    // Not onBlur: an error vanishing on blur moved the submit button away from the click.
    shouldRevalidate: "onInput",
  });
  return (
    <Card>
      <CardHeader title="Add a person" description="They sign in with this e-mail and password." />
      <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="create" />
        <Field
          label="Name"
          errors={fields.name.errors}
          inputProps={getInputProps(fields.name, { type: "text" })}
        />
        <Field
          label="E-mail"
          errors={fields.email.errors}
          inputProps={{ ...getInputProps(fields.email, { type: "email" }), autoComplete: "off" }}
        />
        <Field
          label="Initial password"
          hint="At least 12 characters; they can be asked to change it."
          errors={fields.password.errors}
          inputProps={{
            ...getInputProps(fields.password, { type: "password" }),
            autoComplete: "new-password",
          }}
        />
        <SelectField
          label="Role"
          errors={fields.role.errors}
          selectProps={getSelectProps(fields.role)}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </SelectField>
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="sm:col-span-2">
          <StatusButton
            type="submit"
            pending={isPending && actionData?.create !== undefined}
            disabled={isPending}
          >
            Add person
          </StatusButton>
          {actionData && "created" in actionData ? (
            <p role="status" className="mt-2 text-sm text-emerald-700 dark:text-emerald-400">
              Added {actionData.created}.
            </p>
          ) : null}
        </div>
      </Form>
    </Card>
  );
}

export default function Users() {
  const { users, me } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const busyUser = navigation.formData?.get("userId");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Users</h1>
      <CreateUserForm />
      <Card>
        <CardHeader
          title="Everyone"
          description={`${users.length} account${users.length === 1 ? "" : "s"}`}
        />
        <ErrorList errors={actionData?.change?.error ? [actionData.change.error] : null} />
        <Table>
          <THead>
            <tr>
              <Th>Name</Th>
              <Th>E-mail</Th>
              <Th>Role</Th>
              <Th>Status</Th>
              <Th>Last sign-in</Th>
            </tr>
          </THead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} aria-busy={busyUser === user.id}>
                <Td>
                  {user.name}
                  {user.id === me ? (
                    <span className="text-slate-600 dark:text-slate-400"> (you)</span>
                  ) : null}
                </Td>
                <Td className="font-mono text-xs">{user.email}</Td>
                <Td>
                  <Form method="post" className="flex items-center gap-2">
                    <input type="hidden" name="intent" value="set-role" />
                    <input type="hidden" name="userId" value={user.id} />
                    <label className="sr-only" htmlFor={`role-${user.id}`}>
                      Role of {user.name}
                    </label>
                    <Select
                      id={`role-${user.id}`}
                      name="role"
                      defaultValue={user.role}
                      className="w-32 py-1"
                    >
                      {roles.map((role) => (
                        <option key={role} value={role}>
                          {role}
                        </option>
                      ))}
                    </Select>
                    <Button type="submit" size="sm" variant="secondary">
                      Save<span className="sr-only"> role of {user.name}</span>
                    </Button>
                  </Form>
                </Td>
                <Td>
                  <Form method="post" className="flex items-center gap-2">
                    <input type="hidden" name="intent" value="set-disabled" />
                    <input type="hidden" name="userId" value={user.id} />
                    <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
                    <Badge tone={user.disabled ? "error" : "ok"}>
                      {user.disabled ? "disabled" : "active"}
                    </Badge>
                    <Button type="submit" size="sm" variant="ghost">
                      {user.disabled ? "Enable" : "Disable"}
                      <span className="sr-only"> {user.name}</span>
                    </Button>
                  </Form>
                </Td>
                <Td className="font-mono text-xs whitespace-nowrap">
                  {user.lastLoginAt
                    ? new Date(user.lastLoginAt).toISOString().slice(0, 16).replace("T", " ")
                    : "never"}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
