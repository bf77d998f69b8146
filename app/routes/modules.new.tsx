import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import {
  createModuleFormSchema,
  ModuleForm,
  moduleFormDefaults,
  toModuleInput,
} from "#app/components/module-form.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { moduleFieldErrorReply } from "#app/modules/form.server.ts";
import { createModule, moduleKinds } from "#app/modules/modules.server.ts";

export const meta: MetaFunction = () => [{ title: "Register a module · NEXUS" }];

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "write");
  return { kinds: await moduleKinds(context.services) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const { services } = context;
  // Validate first, then call the service only with valid input. (Not inside a zod `.transform`:
  // a pipe still runs its transform after continuable issues such as a failed regex or `max`.)
  const submission = parseWithZod(await request.formData(), { schema: createModuleFormSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  let created: Awaited<ReturnType<typeof createModule>>;
  try {
    created = await createModule(
      services,
      toModuleInput(submission.value),
      actingAs(actor, context),
    );
  } catch (error) {
    return moduleFieldErrorReply(submission, error);
  }
  return redirectWithToast(request, services, `/modules/${created.id}`, {
    tone: "success",
    title: `Registered ${created.name}`,
  });
}

export default function NewModule() {
  const { kinds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link to="/modules" className="text-brand-600 underline dark:text-brand-100">
            Modules
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Register a module</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          A component of the AI system for NEXUS to keep an eye on.
        </p>
      </div>
      <Card>
        <ModuleForm
          mode="create"
          lastResult={actionData?.result}
          defaultValue={moduleFormDefaults()}
          kinds={kinds}
          cancelTo="/modules"
        />
      </Card>
    </div>
  );
}
