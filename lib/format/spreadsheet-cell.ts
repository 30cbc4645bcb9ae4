/**
 * Excel, LibreOffice and Google Sheets run a cell that starts with = + - @ (and, after trimming, tab or CR)
 * as a formula, so a proposal title like "=HYPERLINK(...)" typed by any operator would run on the
 * secretariat's machine. Prefixing an apostrophe makes it plain text; the visible value stays readable.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised, quoted when it holds a separator, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "number" ? String(value) : neutraliseCell(value);
  return /[";,\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file for Excel: UTF-8 BOM (so Excel reads the Indonesian text right), CRLF line ends. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return "\uFEFF" + rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
