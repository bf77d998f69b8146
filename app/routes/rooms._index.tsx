import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod/v4";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { Badge } from "#app/components/ui/badge.tsx";
import { StatusButton } from "#app/components/ui/button.tsx";
import { Card, CardHeader } from "#app/components/ui/card.tsx";
import { ErrorList, Field } from "#app/components/ui/input.tsx";
import { createRoom, listRooms } from "#app/rooms/rooms.server.ts";
import { roomInputSchema } from "#app/rooms/schemas.ts";
import { can } from "#app/utils/permissions.ts";
import { useIsPending } from "#app/utils/use-is-pending.ts";

export const meta: MetaFunction = () => [{ title: "Rooms · NEXUS" }];

/** The API's fields in a plain object: a form's fields the API does not know are ignored here. */
const CreateRoomSchema = z.object(roomInputSchema.shape);

export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = await requireUser(request, context);
  const { items } = await listRooms(context.services, actor.user.id, { limit: 100 });
  return { rooms: items, canCreate: can(actor.role, "write") };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const submission = parseWithZod(await request.formData(), { schema: CreateRoomSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const room = await createRoom(context.services, submission.value, actingAs(actor, context));
  return redirectWithToast(request, context.services, `/rooms/${room.id}`, {
    tone: "success",
    title: `Opened ${room.name}`,
  });
}

function CreateRoomForm() {
  const actionData = useActionData<typeof action>();
  const pending = useIsPending();
  const [form, fields] = useForm({
    id: "create-room",
    constraint: getZodConstraint(CreateRoomSchema),
    lastResult: actionData?.result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: CreateRoomSchema }),
    shouldRevalidate: "onInput",
  });
  return (
    <Card>
      <CardHeader
        title="Open a room"
        description="People and AI agents work on one topic together, live."
      />
      <Form method="post" className="grid gap-4 sm:grid-cols-2" {...getFormProps(form)}>
        <Field
          label="Name"
          errors={fields.name.errors}
          inputProps={getInputProps(fields.name, { type: "text" })}
        />
        <Field
          label="Topic"
          errors={fields.topic.errors}
          inputProps={getInputProps(fields.topic, { type: "text" })}
        />
        <ErrorList id={form.errorId} errors={form.errors} />
        <div className="sm:col-span-2">
          <StatusButton type="submit" pending={pending}>
            Open room
          </StatusButton>
        </div>
      </Form>
    </Card>
  );
}

export default function Rooms() {
  const { rooms, canCreate } = useLoaderData<typeof loader>();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Rooms</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Collaboration rooms you are a member of.{" "}
          <Link to="/agents" className="text-brand-600 underline dark:text-brand-100">
            Agents
          </Link>{" "}
          can be added to any room.
        </p>
      </div>
      {canCreate ? <CreateRoomForm /> : null}
      <Card>
        <CardHeader
          title="Your rooms"
          description={`${rooms.length} room${rooms.length === 1 ? "" : "s"}`}
        />
        {rooms.length === 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            No rooms yet. {canCreate ? "Open one above." : "Ask an operator to invite you."}
          </p>
        ) : (
          <ul className="divide-y divide-slate-200 dark:divide-slate-800">
            {rooms.map((room) => (
              <li key={room.id} className="flex items-center justify-between gap-3 py-2">
                <div>
                  <Link
                    to={`/rooms/${room.id}`}
                    className="font-medium text-brand-600 underline dark:text-brand-100"
                  >
                    {room.name}
                  </Link>
                  {room.topic ? (
                    <p className="text-sm text-slate-600 dark:text-slate-400">{room.topic}</p>
                  ) : null}
                </div>
                <Badge tone={room.myRole === "owner" ? "info" : "neutral"}>{room.myRole}</Badge>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
