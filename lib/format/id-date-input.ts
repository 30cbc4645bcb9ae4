// "Mulai diterapkan" is typed as dd/mm/yyyy whatever the browser's language: a native date input shows
// mm/dd/yyyy on an English-language browser, and 03/04 then means a different month to an Indonesian reader.

const ID_DATE_RE = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/;
const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "15/1/2024" → "2024-01-15"; null when it is not a real calendar date. */
export function idDateToIso(text: string): string | null {
  const m = ID_DATE_RE.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${m[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** "2024-01-15" → "15/01/2024"; anything else (half-typed text) is shown as it is. */
export function isoToIdDate(value: string): string {
  const m = ISO_RE.exec(value);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : value;
}

/** What the form keeps for the typed text: "" when empty, ISO when complete, else the text (the schema refuses it). */
export function idDateInputValue(text: string): string {
  if (!text.trim()) return "";
  return idDateToIso(text) ?? text;
}
