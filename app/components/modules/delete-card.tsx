import { StatusButton } from "#app/components/ui/button.tsx";
import { Card } from "#app/components/ui/card.tsx";
import { ConfirmForm } from "#app/components/ui/confirm-form.tsx";
import { ErrorList } from "#app/components/ui/input.tsx";
import { useIsPending } from "#app/utils/use-is-pending.ts";

/**
 * Delete, with the consequences in plain sight. With JavaScript the button first asks in a
 * dialog; without, the form posts directly (the text beside the button says what it does).
 */
export function DeleteCard({
  module,
  deleteError,
}: {
  module: { name: string; slug: string; version: number };
  /** Why the last delete was refused (the action's answer), if it was. */
  deleteError?: string;
}) {
  const isPending = useIsPending();
  const hidden = (
    <>
      <input type="hidden" name="intent" value="delete" />
      <input type="hidden" name="version" value={module.version} />
    </>
  );
  const consequences = `This removes ${module.name} (${module.slug}) from the registry, with its status history and its probe records. The activity log keeps what happened. It cannot be undone.`;
  return (
    <Card aria-labelledby="delete-heading" className="border-red-200 dark:border-red-900/60">
      <h2 id="delete-heading" className="text-base font-semibold">
        Delete this module
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{consequences}</p>
      {deleteError ? (
        <div role="alert" className="mt-3">
          <ErrorList errors={[deleteError]} />
        </div>
      ) : null}
      <ConfirmForm
        className="mt-3"
        fields={hidden}
        title={`Delete ${module.name}?`}
        consequences={consequences}
        confirmLabel="Yes, delete it"
      >
        <StatusButton type="submit" variant="danger" pending={isPending}>
          Delete {module.name}
        </StatusButton>
      </ConfirmForm>
    </Card>
  );
}
