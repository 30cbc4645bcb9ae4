// Word counts and title comparison, shared by the browser (live counters) and the server (the limits that
// count). Pure functions: no server-only imports.

/** Words as a reader counts them: runs of letters or digits, hyphenated and apostrophised words count once. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

const STOPWORDS = new Set(["dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "the", "of", "and"]);

/** A title reduced to what identifies it: lower case, no punctuation, no filler words. */
export function titleTokens(title: string): string[] {
  return (title.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (t) => !STOPWORDS.has(t),
  );
}

/** Jaccard similarity of two titles' token sets, 0–1. */
export function titleSimilarity(a: string, b: string): number {
  const sa = new Set(titleTokens(a));
  const sb = new Set(titleTokens(b));
  if (!sa.size || !sb.size) return 0;
  let shared = 0;
  for (const t of sa) if (sb.has(t)) shared++;
  return shared / (sa.size + sb.size - shared);
}

export const NEAR_DUPLICATE_THRESHOLD = 0.75;
