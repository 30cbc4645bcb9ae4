// Word counts and title comparison, shared by the browser (live counters) and the server (the limits that
// count). Pure functions: no server-only imports.

// A link or an address is one word however many dots and slashes it has: with a scheme or "www.", a bare
// host name under a common top-level domain (with an optional path), or an e-mail address.
const LINK_OR_EMAIL =
  /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bwww\.)[^\s<>"]+|[^\s<>"@()]+@[^\s<>"@()]+\.[^\s<>"@()]+|\b(?:[\p{L}\p{N}-]+\.)+(?:id|com|net|org|info|gov|edu|io|co)\b(?:\/[^\s<>"]*)?/giu;

// What every match of LINK_OR_EMAIL contains ("://", "www.", "@", or a "." before one of its domains): text
// without any of these (nearly every autosave) skips that costlier search, with the same count.
const MAY_HOLD_LINK = /:\/\/|www\.|@|\.(?:id|com|net|org|info|gov|edu|io|co)\b/iu;

// A word: letters, digits and combining marks, joined across an apostrophe, a hyphen (also U+2010, the
// non-breaking U+2011 and the invisible soft hyphen U+00AD), or a '.', ',' or ':' between two digits, so that
// "anak-anak", "2,5", "Rp1.500.000" and "23.59" are one word each.
const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’\-\u2010\u2011\u00AD]|(?<=\p{N})[.,:](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Words as a reader counts them. The one counter for the live count in the browser and the limit the server
 * enforces. Text is NFC-normalised first, so an accent typed as a separate combining mark (NFD, as some
 * Mac and mobile keyboards produce) counts the same as the precomposed letter.
 */
export function countWords(text: string): number {
  let links = 0;
  const normalised = text.normalize("NFC");
  const rest = !MAY_HOLD_LINK.test(normalised)
    ? normalised
    : normalised.replace(LINK_OR_EMAIL, () => {
        links++;
        return " ";
      });
  return links + (rest.match(WORD)?.length ?? 0);
}

const STOPWORDS = new Set(["dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "the", "of", "and"]);

/** A title reduced to what identifies it: lower case, no punctuation, no filler words. */
export function titleTokens(title: string): string[] {
  return (
    title
      .toLowerCase()
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter((t) => !STOPWORDS.has(t));
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
