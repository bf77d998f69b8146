import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  useForm,
} from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod/v4";
import { actingAs, requireUser } from "#app/accounts/auth.server.ts";
import { pageRefusal } from "#app/api/page-errors.server.ts";
import { Badge } from "#app/components/ui/badge.tsx";
import { Button, StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { ErrorList, Field, inputClass, SelectField } from "#app/components/ui/input.tsx";
import {
  AgentNameTakenError,
  createAgent,
  deleteAgent,
  listAgents,
  toPublicAgent,
  updateAgent,
} from "#app/rooms/agents.server.ts";
import { agentInputSchema, agentTaskKinds } from "#app/rooms/schemas.ts";
import { can } from "#app/utils/permissions.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

export const meta: MetaFunction = () => [{ title: "Agents · NEXUS" }];

// The API's fields in a plain object: a form's fields the API does not know are ignored here.
const CreateAgentSchema = z.object({ ...agentInputSchema.shape, intent: z.literal("create") });
const DeleteAgentSchema = z.object({ intent: z.literal("delete"), agentId: z.uuid() });
const UpdateAgentSchema = z.object({
  intent: z.literal("update"),
  agentId: z.uuid(),
  persona: agentInputSchema.shape.persona,
  specialisation: z
    .string()
    .trim()
    .max(500, "specialisation is at most 500 characters")
    .default(""),
  taskKind: z.union([z.literal(""), agentInputSchema.shape.taskKind.unwrap()]).default(""),
  model: z.string().trim().max(200, "model is at most 200 characters").default(""),
});

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  return {
    agents: (await listAgents(context.services)).map(toPublicAgent),
    canManage: can(actor.role, "write"),
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const formData = await request.formData();
  if (formData.get("intent") === "update") {
    const parsed = UpdateAgentSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return data(
        { create: null, error: parsed.error.issues.map((i) => i.message).join("; ") },
        { status: 400 },
      );
    }
    const { agentId, persona, specialisation, taskKind, model } = parsed.data;
    try {
      await updateAgent(
        context.services,
        agentId,
        {
          persona,
          specialisation: specialisation || null,
          taskKind: taskKind || null,
          model: model || null,
        },
        actingAs(actor, context),
      );
    } catch (error) {
      if (pageRefusal(error)?.status === 404) {
        return data({ create: null, error: "No such agent." }, { status: 404 });
      }
      throw error;
    }
    return { create: null, error: null };
  }
  if (formData.get("intent") === "delete") {
    const parsed = DeleteAgentSchema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      return data({ create: null, error: "That agent is not valid." }, { status: 400 });
    }
    try {
      await deleteAgent(context.services, parsed.data.agentId, actingAs(actor, context));
    } catch (error) {
      if (pageRefusal(error)?.status === 404) {
        return data({ create: null, error: "No such agent." }, { status: 404 });
      }
      throw error;
    }
    return { create: null, error: null };
  }
  const submission = parseWithZod(formData, { schema: CreateAgentSchema });
  if (submission.status !== "success") {
    return data({ create: submission.reply(), error: null }, { status: 400 });
  }
  const { intent: _intent, ...input } = submission.value;
  try {
    await createAgent(context.services, input, actingAs(actor, context));
  } catch (error) {
    if (!(error instanceof AgentNameTakenError)) throw error;
    return data(
      { create: submission.reply({ fieldErrors: { name: [error.message] } }), error: null },
      { status: 409 },
    );
  }
  return { create: submission.reply({ resetForm: true }), error: null };
}

/** The kinds of work an agent may prefer, the same in the create and the edit form. */
function TaskKindOptions() {
  return (
    <>
      <option value="">text-generation (default)</option>
      {agentTaskKinds.map((kind) => (
        <option key={kind} value={kind}>
          {kind}
        </option>
      ))}
    </>
  );
}

function CreateAgentForm() {
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const [form, fields] = useForm({
    id: "create-agent",
    constraint: getZodConstraint(CreateAgentSchema),
    lastResult: actionData?.create,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateAgentSchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <Card>
      <CardHeader
        title="Define an agent"
        description="People address it in a room as @Name; it answers in the persona you give it."
      />
      <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
        <input type="hidden" name="intent" value="create" />
        <Field
          label="Name"
          hint="A letter, then letters, digits, _ or -."
          errors={fields.name.errors}
          inputProps={getInputProps(fields.name, { type: "text" })}
        />
        <Field
          label="Specialisation"
          errors={fields.specialisation.errors}
          inputProps={getInputProps(fields.specialisation, { type: "text" })}
        />
        <div className="space-y-1 sm:col-span-2">
          <label htmlFor={fields.persona.id} className="block text-sm font-medium">
            Persona (system prompt)
          </label>
          <textarea {...getTextareaProps(fields.persona)} rows={4} className={inputClass} />
          <ErrorList id={fields.persona.errorId} errors={fields.persona.errors} />
        </div>
        <SelectField
          label="Preferred kind of work"
          errors={fields.taskKind.errors}
          selectProps={getSelectProps(fields.taskKind)}
        >
          <TaskKindOptions />
        </SelectField>
        <Field
          label="Model"
          hint="Optional: use this model instead of letting SAGE choose."
          errors={fields.model.errors}
          inputProps={getInputProps(fields.model, { type: "text" })}
        />
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="sm:col-span-2">
          <StatusButton type="submit" pending={pending}>
            Define agent
          </StatusButton>
        </div>
      </Form>
    </Card>
  );
}

export default function Agents() {
  const { agents, canManage } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Agents</h1>
      {canManage ? <CreateAgentForm /> : null}
      <Card>
        <CardHeader title="Every agent" description={`${agents.length} defined`} />
        <ErrorList errors={actionData?.error ? [actionData.error] : null} />
        {agents.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No agents yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {agents.map((agent) => (
              <li key={agent.id} className="space-y-1 py-3">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">@{agent.name}</span>
                  <Badge tone="neutral">{agent.taskKind ?? "text-generation"}</Badge>
                  {agent.model ? <Badge tone="info">{agent.model}</Badge> : null}
                  {agent.specialisation ? (
                    <span className="text-sm text-slate-600 dark:text-slate-400">
                      {agent.specialisation}
                    </span>
                  ) : null}
                  {canManage ? (
                    <Form method="post" className="ml-auto">
                      <input type="hidden" name="intent" value="delete" />
                      <input type="hidden" name="agentId" value={agent.id} />
                      <Button type="submit" size="sm" variant="ghost">
                        Delete<span className="sr-only"> {agent.name}</span>
                      </Button>
                    </Form>
                  ) : null}
                </div>
                <p className="line-clamp-3 whitespace-pre-wrap text-sm">{agent.persona}</p>
                {canManage ? (
                  <details className="text-sm">
                    <summary className="cursor-pointer text-brand-600 dark:text-brand-100">
                      Edit<span className="sr-only"> {agent.name}</span>
                    </summary>
                    <Form method="post" className="mt-2 grid gap-2 sm:grid-cols-2">
                      <input type="hidden" name="intent" value="update" />
                      <input type="hidden" name="agentId" value={agent.id} />
                      <label className="space-y-1 sm:col-span-2">
                        <span className="block font-medium">Persona</span>
                        <textarea
                          name="persona"
                          rows={4}
                          required
                          defaultValue={agent.persona}
                          className={inputClass}
                        />
                      </label>
                      <label className="space-y-1">
                        <span className="block font-medium">Specialisation</span>
                        <input
                          name="specialisation"
                          defaultValue={agent.specialisation ?? ""}
                          className={inputClass}
                        />
                      </label>
                      <SelectField
                        label="Preferred kind of work"
                        selectProps={{ name: "taskKind", defaultValue: agent.taskKind ?? "" }}
                      >
                        <TaskKindOptions />
                      </SelectField>
                      <label className="space-y-1">
                        <span className="block font-medium">Model</span>
                        <input
                          name="model"
                          defaultValue={agent.model ?? ""}
                          className={inputClass}
                        />
                      </label>
                      <div className="sm:col-span-2">
                        <Button type="submit" size="sm">
                          Save<span className="sr-only"> {agent.name}</span>
                        </Button>
                      </div>
                    </Form>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
