import type { GalleryItem } from "./queries";

/** One published innovation as the gallery holds it, for the gallery's tests: a Surabaya winner of 2021. */
export const galleryItem = (over: Partial<GalleryItem> = {}): GalleryItem => ({
  id: "x",
  year: 2021,
  title: "Sapa Warga Surabaya 24 Jam",
  institution: "Kota Surabaya",
  institutionKind: "KOTA",
  unit: "Dinas Kependudukan",
  region: "Kota Surabaya",
  group: "Kelompok Umum",
  category: "Pelayanan Publik yang Inklusif",
  awards: ["Terbaik 1"],
  ...over,
});
