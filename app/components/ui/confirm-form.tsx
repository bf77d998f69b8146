import { Form } from "@remix-run/react";
import { type ReactNode, useState } from "react";
import { Button } from "./button.tsx";
import { Dialog } from "./dialog.tsx";

/**
 * A form for a destructive action that asks first. With JavaScript, submitting it opens a dialog
 * that says what will happen, and only the dialog's own button posts; without JavaScript the
 * form posts directly, so the page must say the consequences beside the button.
 */
export function ConfirmForm({
  fields,
  title,
  consequences,
  confirmLabel,
  children,
  className,
}: {
  /** The hidden inputs both forms post (intent, ids, version). */
  fields: ReactNode;
  /** The dialog's question ("Revoke deploy-bot?"). */
  title: string;
  consequences: ReactNode;
  /** The dialog's confirming button ("Yes, revoke it"). */
  confirmLabel: string;
  /** The button that starts it. */
  children: ReactNode;
  className?: string;
}) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Form
        method="post"
        className={className}
        onSubmit={(event) => {
          // Runs only once hydrated: then the dialog asks first, and its own form posts.
          event.preventDefault();
          setConfirming(true);
        }}
      >
        {fields}
        {children}
      </Form>
      <Dialog open={confirming} onClose={() => setConfirming(false)} title={title}>
        <div className="text-sm text-slate-700 dark:text-slate-300">{consequences}</div>
        <Form
          method="post"
          className="mt-4 flex flex-wrap justify-end gap-2"
          onSubmit={() => setConfirming(false)}
        >
          {fields}
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            Cancel
          </Button>
          <Button type="submit" variant="danger">
            {confirmLabel}
          </Button>
        </Form>
      </Dialog>
    </>
  );
}
