import { describe, expect, it } from "vitest";
import { packGallery, unpackGallery } from "./gallery-data";
import { galleryItem } from "./gallery-item.fixture";
import type { GalleryItem } from "./queries";

const item = (id: string, over: Partial<GalleryItem> = {}) =>
  galleryItem({ id, title: `Inovasi ${id}`, awards: [], ...over });

describe("the gallery's packed list", () => {
  it("comes back exactly as it went, names and nulls included", () => {
    const items = [
      item("a", { awards: ["Terbaik 1", "Replikasi Terbaik"] }),
      item("b", { region: null, group: null, category: null, institutionKind: "PROVINCE" }),
      item("c", { year: 2022, unit: "Puskesmas Kenjeran" }),
    ];
    const json = JSON.parse(JSON.stringify(packGallery(items))) as unknown;
    expect(unpackGallery(json)).toEqual(items);
  });

  it("sends a repeated name once, so 500 entries stay small", () => {
    const items = Array.from({ length: 500 }, (_, i) => item(`id-${i}`));
    const packed = JSON.stringify(packGallery(items));
    expect(packed.split("Dinas Kependudukan").length - 1).toBe(1);
    expect(packed.length).toBeLessThan(JSON.stringify(items).length / 3);
  });

  it("refuses what is not a packed list (an error page, another document)", () => {
    expect(() => unpackGallery({ ok: false, error: "x" })).toThrow();
    expect(() => unpackGallery(null)).toThrow();
  });
});
