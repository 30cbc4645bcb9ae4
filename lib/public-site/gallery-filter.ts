// The gallery's filter and search rule (pure; runs in the browser over the cached list). Tested beside it.
import type { GalleryItem } from "./queries";

/** Cards per page: the cached page renders the first page; the browser the rest (decision 016). */
export const GALLERY_PAGE_SIZE = 24;

export type GalleryFilters = {
  q: string;
  year: string;
  group: string;
  category: string;
  kind: string;
  region: string;
  /** "pemenang" | "finalis" | "" */
  outcome: string;
};

export const NO_FILTERS: GalleryFilters = {
  q: "",
  year: "",
  group: "",
  category: "",
  kind: "",
  region: "",
  outcome: "",
};

/** Lower case, accents and punctuation folded to spaces: "Kab. Malang" matches "kab malang". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export function matchesGallery(item: GalleryItem, f: GalleryFilters): boolean {
  if (f.year && String(item.year) !== f.year) return false;
  if (f.group && item.group !== f.group) return false;
  if (f.category && item.category !== f.category) return false;
  if (f.kind && item.institutionKind !== f.kind) return false;
  if (f.region && item.region !== f.region) return false;
  if (f.outcome === "pemenang" && item.awards.length === 0) return false;
  if (f.outcome === "finalis" && item.awards.length > 0) return false;
  const words = fold(f.q).split(" ").filter(Boolean);
  if (words.length) {
    const haystack = fold([item.title, item.institution, item.unit, item.region ?? "", ...item.awards].join(" "));
    if (!words.every((w) => haystack.includes(w))) return false;
  }
  return true;
}

export type GalleryOption = { value: string; label: string };

/** The choices each filter offers: only values that occur, sorted. */
export function galleryOptions(items: GalleryItem[], kindLabels: Record<string, string>) {
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, "id"));
  const asOptions = (values: string[], label = (v: string) => v): GalleryOption[] =>
    values.map((v) => ({ value: v, label: label(v) }));
  return {
    years: asOptions([...new Set(items.map((i) => String(i.year)))].sort().reverse()),
    groups: asOptions(distinct(items.map((i) => i.group))),
    categories: asOptions(distinct(items.map((i) => i.category))),
    kinds: asOptions(distinct(items.map((i) => i.institutionKind)), (k) => kindLabels[k] ?? k),
    regions: asOptions(distinct(items.map((i) => i.region))),
  };
}

export type GalleryOptions = ReturnType<typeof galleryOptions>;
