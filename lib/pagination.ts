// The one page maths every paged list uses: how many pages a total makes, which page a request lands on
// (a page past the end shows the last one), and what to skip and take from the database for it. The
// `Pagination` component in components/ui renders what `pageSlice` returns.

/** Rows per page of every admin list (units, accounts, quotas, proposals, audit, outbox). */
export const PAGE_SIZE = 20;

/** The page count of `total` rows: at least one page, so an empty list still reads "1 / 1". */
export function pageCount(total: number, size: number = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

export type PageSlice = { page: number; pageCount: number; skip: number; take: number };

/** The requested page clamped to 1…pageCount, with the database window (`skip`/`take`) for it. */
export function pageSlice(total: number, requestedPage: number, size: number = PAGE_SIZE): PageSlice {
  const count = pageCount(total, size);
  const page = Math.min(Math.max(1, Math.floor(requestedPage) || 1), count);
  return { page, pageCount: count, skip: (page - 1) * size, take: size };
}

/** A page of a list as services return it. */
export type Page<T> = { items: T[]; total: number; page: number; pageCount: number };

/** The rows a page shows, 1-based, for "Menampilkan 21–40 dari 137"; null for an empty list. */
export function shownRange(
  page: number,
  total: number,
  size: number = PAGE_SIZE,
): { first: number; last: number } | null {
  if (total <= 0) return null;
  return { first: (page - 1) * size + 1, last: Math.min(total, page * size) };
}

/** A list page's link: the current filters (empty ones dropped) and `?page=` only past the first page. */
export function pageHref(basePath: string, params: Record<string, string | undefined>, page: number): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  if (page > 1) search.set("page", String(page));
  const qs = search.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}
