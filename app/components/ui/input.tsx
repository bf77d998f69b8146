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

/** A select styled like Input; SelectField adds the label, hint and errors. */
export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(
  function Select({ className, ...props }, ref) {
    return <select ref={ref} className={cn(inputClass, "pr-8", className)} {...props} />;
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

/**
 * The label, hint and errors around one control, with the ids that tie them together: the label
 * names the control, and `aria-describedby` points at the hint and the errors.
 */
function FieldShell({
  label,
  errors,
  hint,
  className,
  id,
  control,
}: FieldShellProps & {
  id: string | undefined;
  control: (wiring: {
    id: string;
    "aria-invalid"?: true;
    "aria-describedby"?: string;
  }) => ReactNode;
}) {
  const invalid = Boolean(errors?.length);
  const ids = useFieldIds(id, invalid, Boolean(hint));
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={ids.fieldId} className="block text-sm font-medium">
        {label}
      </label>
      {control({
        id: ids.fieldId,
        "aria-invalid": invalid || undefined,
        "aria-describedby": ids.describedBy,
      })}
      {hint ? (
        <p id={ids.hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <ErrorList id={ids.errorId} errors={errors} />
    </div>
  );
}

/** A labelled input with its hint and errors wired up for assistive technology. */
export function Field({
  inputProps,
  ...shell
}: FieldShellProps & { inputProps: InputHTMLAttributes<HTMLInputElement> }) {
  return (
    <FieldShell
      {...shell}
      id={inputProps.id}
      control={(wiring) => <Input {...inputProps} {...wiring} />}
    />
  );
}

/**
 * A labelled select, like Field: every form's drop-down, with conform's `getSelectProps(field)`
 * or plain props (`value` and `onChange`) as `selectProps`, and the options as children.
 */
export function SelectField({
  selectProps,
  children,
  ...shell
}: FieldShellProps & {
  selectProps: SelectHTMLAttributes<HTMLSelectElement>;
  children: ReactNode;
}) {
  return (
    <FieldShell
      {...shell}
      id={selectProps.id}
      control={(wiring) => (
        <Select {...selectProps} {...wiring}>
          {children}
        </Select>
      )}
    />
  );
}
