"use client";

import { useEffect, useMemo, useState } from "react";
import { unpackGallery } from "@/lib/public-site/gallery-data";
import {
  GALLERY_PAGE_SIZE,
  matchesGallery,
  NO_FILTERS,
  type GalleryFilters,
  type GalleryOption,
  type GalleryOptions,
} from "@/lib/public-site/gallery-filter";
import { dictionary } from "@/lib/public-site/i18n";
import type { GalleryItem } from "@/lib/public-site/queries";
import type { PublicLocale } from "@/lib/public-site/routes";
import { InnovationCard } from "./innovation-card";

const KEYS = ["q", "tahun", "kelompok", "kategori", "jenis", "wilayah", "hasil"] as const;
const FIELD: Record<(typeof KEYS)[number], keyof GalleryFilters> = {
  q: "q",
  tahun: "year",
  kelompok: "group",
  kategori: "category",
  jenis: "kind",
  wilayah: "region",
  hasil: "outcome",
};
/** The whole published list, packed; one address for both languages (the data is as entered). */
const DATA_URL = "/inovasi/data.json";

function fromSearch(search: string): GalleryFilters {
  const params = new URLSearchParams(search);
  const f = { ...NO_FILTERS };
  for (const key of KEYS) f[FIELD[key]] = params.get(key) ?? "";
  return f;
}

function toSearch(f: GalleryFilters, page: number): string {
  const params = new URLSearchParams();
  for (const key of KEYS) if (f[FIELD[key]]) params.set(key, f[FIELD[key]]);
  if (page > 1) params.set("halaman", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

const selectClass =
  "mt-1 block min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm text-slate-900 focus:border-brand-600 focus:ring-2 focus:ring-brand-600/30 focus:outline-none";
const pageButtonClass =
  "inline-flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold text-brand-900 disabled:opacity-50";

/**
 * The finalists and winners gallery. The cached page brings the first page of cards and the filters' choices;
 * the whole list comes once from /inovasi/data.json (cached too) when the visitor first uses the filters or the
 * pages. Filtering, search and pages happen here in the browser, so no query ever reaches the server (decision
 * 016). The address keeps the filters (?tahun=2026&q=…), so a search can be shared.
 */
export function Gallery({
  firstPage,
  total,
  options,
  locale,
}: {
  firstPage: GalleryItem[];
  total: number;
  options: GalleryOptions;
  locale: PublicLocale;
}) {
  const t = dictionary(locale);
  const g = t.gallery;
  const [filters, setFilters] = useState<GalleryFilters>(NO_FILTERS);
  const [page, setPage] = useState(1);
  const [all, setAll] = useState<GalleryItem[] | null>(null);
  const [failed, setFailed] = useState(false);
  // The whole list is fetched only for a visitor who uses the filters or the pages (or arrives with them in the
  // address); one who just looks at the first page never downloads it.
  const [wanted, setWanted] = useState(false);
  const want = () => setWanted(true);

  useEffect(() => {
    // The cached HTML is the unfiltered first page; the address's filters apply once the script runs.
    const params = new URLSearchParams(window.location.search);
    const fromAddress = fromSearch(window.location.search);
    const pageFromAddress = Math.max(1, Number(params.get("halaman")) || 1);
    setFilters(fromAddress);
    setPage(pageFromAddress);
    if (pageFromAddress > 1 || Object.values(fromAddress).some(Boolean)) setWanted(true);
  }, []);

  useEffect(() => {
    if (!wanted || all) return;
    if (total <= firstPage.length) {
      setAll(firstPage);
      return;
    }
    let live = true;
    fetch(DATA_URL)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((data: unknown) => live && setAll(unpackGallery(data)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [wanted, all, firstPage, total]);

  const active = Object.values(filters).some(Boolean);
  // Until the whole list is here, the first page is all we can show, and only while nothing narrows it.
  const shown = useMemo(() => (all ? all.filter((i) => matchesGallery(i, filters)) : null), [all, filters]);
  const waiting = !shown && (active || page > 1);
  const count = shown ? shown.length : total;
  const pageCount = Math.max(1, Math.ceil(count / GALLERY_PAGE_SIZE));
  const current = Math.min(page, pageCount);
  const slice = shown ? shown.slice((current - 1) * GALLERY_PAGE_SIZE, current * GALLERY_PAGE_SIZE) : firstPage;

  const update = (next: GalleryFilters, nextPage = 1) => {
    want();
    setFilters(next);
    setPage(nextPage);
    window.history.replaceState(null, "", `${window.location.pathname}${toSearch(next, nextPage)}`);
  };
  const set = (field: keyof GalleryFilters) => (value: string) => update({ ...filters, [field]: value });

  const select = (id: string, label: string, field: keyof GalleryFilters, values: GalleryOption[]) => (
    <div>
      <label htmlFor={id} className="text-sm font-semibold text-slate-800">
        {label}
      </label>
      <select id={id} value={filters[field]} onChange={(e) => set(field)(e.target.value)} className={selectClass}>
        <option value="">{g.all}</option>
        {values.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );

  if (total === 0) {
    return (
      <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">
        {g.nothingPublished}
      </p>
    );
  }

  return (
    <div className="flex flex-col gap-6">
      <form
        role="search"
        aria-label={g.filters}
        onSubmit={(e) => e.preventDefault()}
        onFocus={want}
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
      >
        <label htmlFor="galeri-cari" className="text-sm font-semibold text-slate-800">
          {g.search}
        </label>
        <input
          id="galeri-cari"
          type="search"
          value={filters.q}
          onChange={(e) => set("q")(e.target.value)}
          className={selectClass}
          autoComplete="off"
        />
        <div className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {select("galeri-tahun", g.year, "year", options.years)}
          {select("galeri-hasil", g.outcome, "outcome", [
            { value: "pemenang", label: g.winners },
            { value: "finalis", label: g.finalists },
          ])}
          {select("galeri-kelompok", g.group, "group", options.groups)}
          {select("galeri-kategori", g.category, "category", options.categories)}
          {select("galeri-jenis", g.kind, "kind", options.kinds)}
          {select("galeri-wilayah", g.region, "region", options.regions)}
        </div>
        {active ? (
          <button
            type="button"
            onClick={() => update(NO_FILTERS)}
            className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-800 underline underline-offset-2 hover:text-brand-950"
          >
            {g.clear}
          </button>
        ) : null}
      </form>

      <p role="status" className="text-sm font-semibold text-slate-700">
        {failed && waiting ? "" : waiting ? g.loading : g.count(count)}
      </p>
      {failed && waiting ? (
        <p role="alert" className="rounded-xl border border-red-200 bg-red-50 p-4 text-red-800">
          {g.loadFailed}
        </p>
      ) : waiting ? null : count === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">{g.empty}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {slice.map((item) => (
            <InnovationCard key={item.id} item={item} locale={locale} t={t} />
          ))}
        </ul>
      )}
      {pageCount > 1 ? (
        <nav aria-label={g.page} onFocus={want} className="flex flex-wrap items-center justify-between gap-3">
          <button
            type="button"
            disabled={current <= 1}
            onClick={() => update(filters, current - 1)}
            className={pageButtonClass}
          >
            {g.previous}
          </button>
          <span className="text-sm text-slate-700">
            {g.page} {current} / {pageCount}
          </span>
          <button
            type="button"
            disabled={current >= pageCount}
            onClick={() => update(filters, current + 1)}
            className={pageButtonClass}
          >
            {g.next}
          </button>
        </nav>
      ) : null}
    </div>
  );
}
