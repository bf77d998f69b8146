import { parseWithZod } from "@conform-to/zod/v4";
import {
  type ActionFunctionArgs,
  data,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { actingAs, redirectWithToast, requireUser } from "#app/accounts/auth.server.ts";
import { notFoundAsPage, pageId } from "#app/api/page-errors.server.ts";
import {
  editModuleFormSchema,
  ModuleForm,
  moduleFormDefaults,
  toModuleInput,
} from "#app/components/module-form.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { moduleFieldErrorReply } from "#app/modules/form.server.ts";
import {
  getModule,
  ModuleNotFoundError,
  moduleKinds,
  toPublicModule,
  updateModule,
  VersionConflictError,
} from "#app/modules/modules.server.ts";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: data ? `Edit ${data.module.name} · NEXUS` : "Edit module · NEXUS" },
];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  await requireUser(request, context, "write");
  const row = await getModule(context.services, pageId(params.id, "No such module.")).catch(
    notFoundAsPage,
  );
  return { module: toPublicModule(row), kinds: await moduleKinds(context.services) };
}

export async function action({ request, params, context }: ActionFunctionArgs) {
  const actor = await requireUser(request, context, "write");
  const { services } = context;
  const row = await getModule(services, pageId(params.id, "No such module.")).catch(notFoundAsPage);
  // Validate first, then call the service only with valid input. (Not inside a zod `.transform`:
  // a pipe still runs its transform after continuable issues such as a failed regex or `max`.)
  const submission = parseWithZod(await request.formData(), { schema: editModuleFormSchema });
  if (submission.status !== "success") {
    return data({ result: submission.reply() }, { status: 400 });
  }
  const { version, ...value } = submission.value;
  try {
    await updateModule(services, row.id, toModuleInput(value), version, actingAs(actor, context));
  } catch (error) {
    if (error instanceof ModuleNotFoundError) notFoundAsPage(error);
    if (error instanceof VersionConflictError) {
      const formErrors = [
        `Someone else changed this module while you were editing it (it is now at version ${error.currentVersion}; you started from version ${version}). Nothing was saved.`,
      ];
      return data({ result: submission.reply({ formErrors }) }, { status: 409 });
    }
    return moduleFieldErrorReply(submission, error);
  }
  return redirectWithToast(request, services, `/modules/${row.id}`, {
    tone: "success",
    title: `Saved ${value.name}`,
  });
}

export default function EditModule() {
  const { module, kinds } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <p className="text-sm">
          <Link to="/modules" className="text-brand-600 underline dark:text-brand-100">
            Modules
          </Link>{" "}
          <span aria-hidden="true">/</span>{" "}
          <Link
            to={`/modules/${module.id}`}
            className="text-brand-600 underline dark:text-brand-100"
          >
            {module.name}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">Edit {module.name}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Editing version {module.version}. If someone else saves first, you will be told and
          nothing is overwritten.
        </p>
      </div>
      <Card>
        <ModuleForm
          key={module.id}
          mode="edit"
          lastResult={actionData?.result}
          defaultValue={moduleFormDefaults(module)}
          kinds={kinds}
          cancelTo={`/modules/${module.id}`}
          formError={
            <p className="mt-2 text-sm">
              <a
                href={`/modules/${module.id}/edit`}
                className="font-medium text-red-800 underline dark:text-red-300"
              >
                Load the current values
              </a>{" "}
              (your changes here will be lost), or{" "}
              <a
                href={`/modules/${module.id}`}
                target="_blank"
                rel="noreferrer"
                className="font-medium text-red-800 underline dark:text-red-300"
              >
                open the module in a new tab
              </a>{" "}
              to compare.
            </p>
          }
        />
      </Card>
    </div>
  );
}
