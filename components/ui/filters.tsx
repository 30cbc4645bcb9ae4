import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { cn } from "./cn";
import { Select } from "./field";

// The parts of the list screens' search forms (plain GET forms: a filtered list is a shareable URL).

/** One labelled control of a search form. */
export function FilterField({
  id,
  label,
  className,
  children,
}: {
  id: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("space-y-1.5", className)}>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-800">
        {label}
      </label>
      {children}
    </div>
  );
}

export type FilterOption = { value: string; label: string };

type FilterSelectProps = {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  /** The first option, which filters nothing (its value is ""). */
  allLabel: string;
  options: readonly FilterOption[];
  className?: string;
};

/** A labelled select whose first option means "no filter". */
export function FilterSelect({ id, name, label, defaultValue, allLabel, options, className }: FilterSelectProps) {
  return (
    <FilterField id={id} label={label} className={className}>
      <Select id={id} name={name} defaultValue={defaultValue}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FilterField>
  );
}

/** The options of a label map, in the order of its keys list. */
export function optionsOf<K extends string>(keys: readonly K[], labels: Record<K, string>): FilterOption[] {
  return keys.map((value) => ({ value, label: labels[value] }));
}

/** The search form's submit button, and while a filter is on, a link back to the unfiltered list. */
export function FilterActions({
  submitLabel,
  clearHref,
  active,
  className,
}: {
  submitLabel: string;
  clearHref: string;
  active: boolean;
  className?: string;
}) {
  return (
    <div className={cn("flex items-end gap-2", className)}>
      <Button type="submit" className="flex-1 sm:flex-none">
        {submitLabel}
      </Button>
      {active && (
        <Link
          href={clearHref}
          className="inline-flex min-h-11 items-center whitespace-nowrap rounded-lg px-3 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        >
          Hapus saringan
        </Link>
      )}
    </div>
  );
}
