import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

// Form building blocks shared by every form: a label tied to its control, a hint, and an error message the
// control points at with aria-describedby, so screen readers read the error with the field.

export const inputStyles =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm " +
  "placeholder:text-slate-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 " +
  "disabled:bg-slate-100 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-red-600/20";

type FieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  children: (aria: { id: string; "aria-invalid": boolean; "aria-describedby"?: string }) => ReactNode;
  className?: string;
};

export function Field({ id, label, hint, error, required, children, className }: FieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
        {required ? (
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {children({ id, "aria-invalid": Boolean(error), "aria-describedby": describedBy || undefined })}
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function Input({ className, ...props }: ComponentProps<"input">) {
  return <input className={cn(inputStyles, className)} {...props} />;
}

export function Select({ className, ...props }: ComponentProps<"select">) {
  return <select className={cn(inputStyles, "pr-8", className)} {...props} />;
}

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return <textarea className={cn(inputStyles, "min-h-28", className)} {...props} />;
}

/** A number input's value for react-hook-form: "" → null (kept as "not set"), otherwise the number. */
export const optionalNumber = (v: unknown) => (v === "" || v === null || v === undefined ? null : Number(v));

/** A select of named records, with an empty first option that asks to choose ("Pilih juri…"). */
export function OptionSelect({
  placeholder,
  options,
  ...props
}: ComponentProps<"select"> & { placeholder: string; options: { id: string; name: string }[] }) {
  return (
    <Select {...props}>
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </Select>
  );
}

/** A number input; whole numbers by default (the numeric keypad on phones), `inputMode="decimal"` otherwise. */
export function NumberInput(props: ComponentProps<"input">) {
  return <Input type="number" inputMode="numeric" {...props} />;
}
