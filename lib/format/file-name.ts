/**
 * An uploaded file's name as we keep it: the last path segment only, without control characters or quotes (it
 * goes into a Content-Disposition header), at most its last 200 characters; `fallback` when nothing is left.
 */
export function cleanFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const clean = base
    .replace(/[\u0000-\u001f\u007f"]/g, "")
    .trim()
    .slice(-200);
  return clean || fallback;
}
