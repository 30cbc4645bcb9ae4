import { describe, expect, it } from "vitest";
import { fold, galleryOptions, matchesGallery, NO_FILTERS } from "./gallery-filter";
import { galleryItem } from "./gallery-item.fixture";

const item = galleryItem;

describe("the gallery's filters", () => {
  it("searches every word, ignoring case, accents and punctuation", () => {
    expect(fold("Kab. Malang — Puskesmas")).toBe("kab malang puskesmas");
    expect(matchesGallery(item({}), { ...NO_FILTERS, q: "sapa SURABAYA" })).toBe(true);
    expect(matchesGallery(item({}), { ...NO_FILTERS, q: "dinas kependudukan" })).toBe(true);
    expect(matchesGallery(item({}), { ...NO_FILTERS, q: "sapa malang" })).toBe(false);
  });

  it("combines year, group, category, kind, region and outcome", () => {
    const winner = item({});
    const finalist = item({ awards: [], region: null, institutionKind: "PROVINCIAL_AGENCY", year: 2022 });
    expect(matchesGallery(winner, { ...NO_FILTERS, year: "2021", outcome: "pemenang", kind: "KOTA" })).toBe(true);
    expect(matchesGallery(finalist, { ...NO_FILTERS, outcome: "pemenang" })).toBe(false);
    expect(matchesGallery(finalist, { ...NO_FILTERS, outcome: "finalis", year: "2022" })).toBe(true);
    expect(matchesGallery(finalist, { ...NO_FILTERS, region: "Kota Surabaya" })).toBe(false);
    expect(matchesGallery(winner, { ...NO_FILTERS, category: "Lain" })).toBe(false);
  });

  it("offers only the values that occur, newest year first, kinds by their label", () => {
    const o = galleryOptions([item({}), item({ year: 2023, region: null, institutionKind: "BUMD" })], {
      KOTA: "Pemerintah kota",
      BUMD: "BUMD",
    });
    expect(o.years.map((y) => y.value)).toEqual(["2023", "2021"]);
    expect(o.regions).toEqual([{ value: "Kota Surabaya", label: "Kota Surabaya" }]);
    expect(o.kinds).toEqual([
      { value: "BUMD", label: "BUMD" },
      { value: "KOTA", label: "Pemerintah kota" },
    ]);
  });
});
