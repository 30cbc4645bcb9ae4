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

/**
 * The readable part of a downloaded file's name: "Babak 1 — Évaluasi" → "babak-1-evaluasi". Lower case ASCII
 * letters, digits and single dashes, at most `max` characters; `fallback` when nothing is left.
 */
export function fileSlug(text: string, fallback = "berkas", max = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, max)
    .replace(/-+$/g, "");
  return slug || fallback;
}
