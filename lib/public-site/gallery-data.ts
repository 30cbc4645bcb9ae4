// The gallery's whole published list as one compact JSON document (decision 016, "The gallery"): the cached
// page carries only the first page of cards; the browser fetches this list (itself cached) to filter, search and
// page through everything. Repeated names (institution, unit, region, group, category, kind, award) are sent once
// in a table and referred to by position, so 500 entries are a few tens of KB. Pure: packed on the server,
// unpacked in the browser, tested beside it.
import type { GalleryItem } from "./queries";

/** [id, year, title, institution, kind, unit, region, group, category, awards]; names as `names` indices, -1 = none. */
type PackedItem = [string, number, string, number, number, number, number, number, number, number[]];

export type PackedGallery = { names: string[]; items: PackedItem[] };

export function packGallery(items: GalleryItem[]): PackedGallery {
  const names: string[] = [];
  const index = new Map<string, number>();
  const ref = (name: string | null): number => {
    if (name === null) return -1;
    let i = index.get(name);
    if (i === undefined) {
      i = names.push(name) - 1;
      index.set(name, i);
    }
    return i;
  };
  return {
    names,
    items: items.map((i) => [
      i.id,
      i.year,
      i.title,
      ref(i.institution),
      ref(i.institutionKind),
      ref(i.unit),
      ref(i.region),
      ref(i.group),
      ref(i.category),
      i.awards.map(ref),
    ]),
  };
}

/** The list back from `packGallery`'s JSON; throws on anything else (a failed or foreign response). */
export function unpackGallery(data: unknown): GalleryItem[] {
  const { names, items } = (data ?? {}) as Partial<PackedGallery>;
  if (!Array.isArray(names) || !Array.isArray(items)) throw new Error("not a packed gallery");
  const name = (i: number): string | null => (i >= 0 && i < names.length ? names[i]! : null);
  return items.map(([id, year, title, institution, kind, unit, region, group, category, awards]) => ({
    id,
    year,
    title,
    institution: name(institution) ?? "",
    institutionKind: name(kind) ?? "",
    unit: name(unit) ?? "",
    region: name(region),
    group: name(group),
    category: name(category),
    awards: awards.map(name).filter((a): a is string => a !== null),
  }));
}
