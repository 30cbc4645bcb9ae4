"use client";

import { useEffect, useId, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import { inputStyles } from "@/components/ui/field";
import { searchUnitOptionsAction } from "@/lib/units/actions";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import type { UnitOption, UnitPickerQuery } from "@/lib/units/schemas";

type UnitPickerProps = {
  id: string;
  /** What to search for; the server narrows it further to what the signed-in user may pick. */
  query: Omit<UnitPickerQuery, "q">;
  /** The unit already chosen (e.g. from the URL or the record being edited). */
  initial?: UnitOption | null;
  /** Controlled use (forms): the chosen id, reported on every change ("" when cleared). */
  onChange?: (unitId: string) => void;
  /** Uncontrolled use (GET filter forms): submitted as a hidden field of this name. */
  name?: string;
  placeholder?: string;
  disabled?: boolean;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
};

/**
 * A searchable list of units (there are too many for a <select>): type part of a name or a region code,
 * pick with the mouse or the arrow keys and Enter. Follows the WAI-ARIA combobox pattern.
 */
export function UnitPicker({
  id,
  query,
  initial = null,
  onChange,
  name,
  placeholder = "Ketik nama unit atau kode wilayah…",
  disabled,
  ...aria
}: UnitPickerProps) {
  const listId = useId();
  const [selected, setSelected] = useState<UnitOption | null>(initial);
  const [text, setText] = useState(initial?.name ?? "");
  const [options, setOptions] = useState<UnitOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "error">("idle");
  const request = useRef(0);
  const queryKey = JSON.stringify(query);
  const lastKey = useRef(queryKey);

  // A different kind of search (e.g. another unit kind chosen above) invalidates the current choice.
  useEffect(() => {
    if (lastKey.current === queryKey) return;
    lastKey.current = queryKey;
    setSelected(null);
    setText("");
    setOptions([]);
    onChange?.("");
  }, [queryKey, onChange]);

  const search = (q: string) => {
    const n = ++request.current;
    setStatus("loading");
    window.setTimeout(async () => {
      if (n !== request.current) return;
      const r = await searchUnitOptionsAction({ ...query, q }).catch(() => null);
      if (n !== request.current) return;
      if (!r || !r.ok) {
        setStatus("error");
        setOptions([]);
        return;
      }
      setOptions(r.data);
      setActive(r.data.length ? 0 : -1);
      setStatus("idle");
    }, 200);
  };

  const choose = (option: UnitOption) => {
    setSelected(option);
    setText(option.name);
    setOpen(false);
    onChange?.(option.id);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      if (!open) {
        setOpen(true);
        search(selected ? "" : text);
      } else setActive((i) => Math.min(options.length - 1, i + 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => Math.max(0, i - 1));
    } else if (e.key === "Enter") {
      if (open && options[active]) {
        e.preventDefault();
        choose(options[active]);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
      }
    }
  };

  const activeId = open && options[active] ? `${listId}-${active}` : undefined;

  return (
    <div className="relative">
      {name && <input type="hidden" name={name} value={selected?.id ?? ""} />}
      <div className="relative">
        <input
          id={id}
          type="text"
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeId}
          autoComplete="off"
          disabled={disabled}
          placeholder={placeholder}
          className={cn(inputStyles, "pr-10")}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            if (selected) {
              setSelected(null);
              onChange?.("");
            }
            setOpen(true);
            search(e.target.value);
          }}
          onFocus={() => {
            setOpen(true);
            // With a unit already chosen, show the alternatives rather than only itself.
            search(selected ? "" : text);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
          {...aria}
        />
        {selected && !disabled && (
          <button
            type="button"
            className="absolute inset-y-0 right-0 flex w-10 items-center justify-center rounded-r-lg text-slate-500 hover:text-slate-800"
            onClick={() => {
              setSelected(null);
              setText("");
              onChange?.("");
              document.getElementById(id)?.focus();
            }}
          >
            <span className="sr-only">Kosongkan pilihan unit</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
              <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
            </svg>
          </button>
        )}
      </div>
      {selected && (
        <p className="mt-1 text-xs text-slate-600">
          Terpilih: <span className="font-semibold text-slate-800">{selected.name}</span>
          {selected.context && selected.context !== UNIT_KIND_LABEL[selected.kind]
            ? ` · di bawah ${selected.context}`
            : ""}
        </p>
      )}
      <ul
        id={listId}
        role="listbox"
        aria-label="Pilihan unit"
        hidden={!open}
        className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-slate-200 bg-white py-1 text-sm shadow-lg"
      >
        {options.map((o, i) => (
          <li
            key={o.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            onMouseDown={(e) => e.preventDefault()}
            onMouseEnter={() => setActive(i)}
            onClick={() => choose(o)}
            className={cn("cursor-pointer px-3 py-2", i === active ? "bg-brand-50" : "")}
          >
            <span className="block font-medium text-slate-900">
              {o.name}
              {!o.active && <span className="ml-1 text-xs font-semibold text-red-700">(nonaktif)</span>}
            </span>
            <span className="block text-xs text-slate-600">
              {UNIT_KIND_LABEL[o.kind]}
              {o.context && o.context !== UNIT_KIND_LABEL[o.kind] ? ` · ${o.context}` : ""}
            </span>
          </li>
        ))}
        {options.length === 0 && (
          <li role="presentation" className="px-3 py-2 text-slate-600">
            {status === "loading"
              ? "Mencari…"
              : status === "error"
                ? "Gagal memuat daftar unit. Coba lagi."
                : "Tidak ada unit yang cocok."}
          </li>
        )}
      </ul>
    </div>
  );
}
