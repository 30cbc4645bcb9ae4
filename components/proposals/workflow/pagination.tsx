import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";

/** Previous/next links that keep the list's filters. */
export function Pagination({ page, pageCount, params, basePath }: { page: number; pageCount: number; params: Record<string, string>; basePath: string }) {
  if (pageCount <= 1) return null;
  const href = (p: number) => {
    const qs = new URLSearchParams({ ...Object.fromEntries(Object.entries(params).filter(([, v]) => v)), page: String(p) });
    return `${basePath}?${qs.toString()}`;
  };
  return (
    <nav aria-label="Halaman" className="flex items-center justify-between gap-3">
      {page > 1 ? (
        <Link href={href(page - 1)} className={buttonStyles({ variant: "secondary", size: "sm" })}>
          ← Sebelumnya
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">
        Halaman {page} dari {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={buttonStyles({ variant: "secondary", size: "sm" })}>
          Berikutnya →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
