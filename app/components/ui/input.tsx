import {
  forwardRef,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  useId,
} from "react";
import { cn } from "#app/utils/cn.ts";

export const inputClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:border-brand-500 aria-[invalid=true]:border-red-600 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400";

export const Input = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(
  function Input({ className, ...props }, ref) {
    return <input ref={ref} className={cn(inputClass, className)} {...props} />;
  },
);

/** Errors for a field or a whole form, announced to screen readers. */
export function ErrorList({ id, errors }: { id?: string; errors?: string[] | null }) {
  const shown = errors?.filter(Boolean);
  if (!shown?.length) return null;
  return (
    <ul id={id} className="space-y-0.5 text-sm text-red-700 dark:text-red-400" aria-live="polite">
      {shown.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

function useFieldIds(id: string | undefined, hasErrors: boolean, hasHint: boolean) {
  const fallback = useId();
  const fieldId = id ?? fallback;
  const errorId = `${fieldId}-error`;
  const hintId = `${fieldId}-hint`;
  const describedBy = [hasErrors ? errorId : null, hasHint ? hintId : null]
    .filter(Boolean)
    .join(" ");
  return { fieldId, errorId, hintId, describedBy: describedBy || undefined };
}

interface FieldShellProps {
  label: ReactNode;
  errors?: string[] | null;
  hint?: ReactNode;
  className?: string;
}

/** A labelled input with its hint and errors wired up for assistive technology. */
export function Field({
  label,
  errors,
  hint,
  className,
  inputProps,
}: FieldShellProps & { inputProps: InputHTMLAttributes<HTMLInputElement> }) {
  const invalid = Boolean(errors?.length);
  const ids = useFieldIds(inputProps.id, invalid, Boolean(hint));
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={ids.fieldId} className="block text-sm font-medium">
        {label}
      </label>
      <Input
        {...inputProps}
        id={ids.fieldId}
        aria-invalid={invalid || undefined}
        aria-describedby={ids.describedBy}
      />
      {hint ? (
        <p id={ids.hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <ErrorList id={ids.errorId} errors={errors} />
    </div>
  );
}

/** A labelled select, like Field. */
export function SelectField({
  label,
  errors,
  hint,
  className,
  selectProps,
  children,
}: FieldShellProps & {
  selectProps: SelectHTMLAttributes<HTMLSelectElement>;
  children: ReactNode;
}) {
  const invalid = Boolean(errors?.length);
  const ids = useFieldIds(selectProps.id, invalid, Boolean(hint));
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={ids.fieldId} className="block text-sm font-medium">
        {label}
      </label>
      <select
        {...selectProps}
        id={ids.fieldId}
        className={cn(inputClass, "pr-8", selectProps.className)}
        aria-invalid={invalid || undefined}
        aria-describedby={ids.describedBy}
      >
        {children}
      </select>
      {hint ? (
        <p id={ids.hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <ErrorList id={ids.errorId} errors={errors} />
    </div>
  );
}
