import type { ReactNode } from "react";

/** The header look of the portal's data tables (lists of accounts, units, editions, audit entries). */
export const TABLE_HEAD = "bg-slate-50 text-xs font-semibold uppercase tracking-wide text-slate-600";

/** A column heading: its text, or the text with the header cell's own classes. false/null/undefined: no column. */
export type Column = ReactNode | { label: ReactNode; className: string };

const isSpec = (c: Column): c is { label: ReactNode; className: string } =>
  typeof c === "object" && c !== null && "label" in c && "className" in c;

/** A table's header row, one `th scope="col"` per column; `cell` is every header cell's classes by default. */
export function TableHead({
  columns,
  className = TABLE_HEAD,
  cell = "px-4 py-3",
}: {
  columns: Column[];
  className?: string;
  cell?: string;
}) {
  return (
    <thead className={className}>
      <tr>
        {columns.map((c, i) =>
          c === false || c === null || c === undefined ? null : (
            <th key={i} scope="col" className={isSpec(c) ? c.className : cell}>
              {isSpec(c) ? c.label : c}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/**
 * A list as a table on wide screens and as cards on phones, so nothing scrolls sideways. `rows` are the
 * table's `<tr>`s, `cards` the phone list's `<li>`s; `caption` names both for screen readers.
 */
export function TableOrCards({
  caption,
  columns,
  tableClassName,
  rows,
  cards,
}: {
  caption: string;
  columns: Column[];
  tableClassName: string;
  rows: ReactNode;
  cards: ReactNode;
}) {
  return (
    <>
      <div className="hidden overflow-hidden rounded-xl border border-slate-200 bg-white shadow-sm md:block">
        <table className={tableClassName}>
          <caption className="sr-only">{caption}</caption>
          <TableHead columns={columns} />
          <tbody className="divide-y divide-slate-100">{rows}</tbody>
        </table>
      </div>
      <ul className="flex flex-col gap-3 md:hidden" aria-label={caption}>
        {cards}
      </ul>
    </>
  );
}
