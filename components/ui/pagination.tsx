import Link from "next/link";
import { cn } from "@/components/ui/cn";
import { pageHref, shownRange } from "@/lib/pagination";

type PaginationProps = {
  page: number;
  pageCount: number;
  total: number;
  pageSize: number;
  /** The list's path, e.g. "/admin/audit". */
  basePath: string;
  /** The current filters, kept on every page link (empty values are dropped). */
  params?: Record<string, string | undefined>;
};

const numberFormat = new Intl.NumberFormat("id-ID");

const linkClass =
  "inline-flex min-h-10 items-center rounded-lg border border-slate-300 bg-white px-3 text-sm font-semibold text-brand-900 hover:bg-brand-50";

/** "Menampilkan 21–40 dari 137" with previous/next links; the page lives in `?page=` so it can be shared. */
export function Pagination({ page, pageCount, total, pageSize, basePath, params = {} }: PaginationProps) {
  const shown = shownRange(page, total, pageSize);
  if (!shown) return null;
  const { first, last } = shown;
  return (
    <nav aria-label="Halaman" className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
      <p>
        Menampilkan {numberFormat.format(first)}–{numberFormat.format(last)} dari {numberFormat.format(total)}
      </p>
      {pageCount > 1 && (
        <div className="flex items-center gap-2">
          {page > 1 ? (
            <Link href={pageHref(basePath, params, page - 1)} className={linkClass} rel="prev">
              ‹ Sebelumnya
            </Link>
          ) : (
            <span aria-disabled="true" className={cn(linkClass, "pointer-events-none opacity-50")}>
              ‹ Sebelumnya
            </span>
          )}
          <span className="px-1 tabular-nums">
            {page} / {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={pageHref(basePath, params, page + 1)} className={linkClass} rel="next">
              Berikutnya ›
            </Link>
          ) : (
            <span aria-disabled="true" className={cn(linkClass, "pointer-events-none opacity-50")}>
              Berikutnya ›
            </span>
          )}
        </div>
      )}
    </nav>
  );
}
