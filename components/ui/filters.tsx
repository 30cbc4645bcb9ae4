import type { ReactNode } from "react";
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
