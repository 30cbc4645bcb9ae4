import { describe, expect, it } from "vitest";
import { REGIONS } from "@/lib/units/names";
import { cartogramCells, CARTOGRAM_COLUMNS, CARTOGRAM_ROWS, shadeLegend, shadeLevel, TILES } from "./cartogram";

describe("the East Java cartogram", () => {
  it("has one cell for each of the 38 kabupaten/kota, none overlapping, all inside the grid", () => {
    expect(TILES).toHaveLength(38);
    const cells = cartogramCells(new Map());
    expect(new Set(cells.map((c) => c.code))).toEqual(new Set(REGIONS.map((r) => r.code)));
    expect(new Set(TILES.map((t) => `${t.row}:${t.col}`)).size).toBe(38);
    for (const t of TILES) {
      expect(t.row).toBeLessThan(CARTOGRAM_ROWS);
      expect(t.col).toBeLessThan(CARTOGRAM_COLUMNS);
    }
  });

  it("keeps Kabupaten and Kota of the same name apart", () => {
    const cells = cartogramCells(
      new Map([
        ["35.07", 4],
        ["35.73", 1],
      ]),
    );
    expect(cells.find((c) => c.name === "Kabupaten Malang")).toMatchObject({ value: 4, level: 4, abbr: "MLG" });
    expect(cells.find((c) => c.name === "Kota Malang")).toMatchObject({ value: 1, level: 1, abbr: "K·ML" });
  });

  it("shades in four steps up to the largest count", () => {
    expect([0, 1, 3, 5, 8].map((v) => shadeLevel(v, 8))).toEqual([0, 1, 2, 3, 4]);
    expect(shadeLevel(3, 0)).toBe(0);
  });

  it("has a legend that says which counts each shade covers", () => {
    expect(shadeLegend(2)).toEqual([
      { level: 0, text: "0" },
      { level: 2, text: "1" },
      { level: 4, text: "2" },
    ]);
    expect(shadeLegend(8).map((l) => l.text)).toEqual(["0", "1–2", "3–4", "5–6", "7–8"]);
    for (const max of [1, 2, 3, 5, 8, 13])
      for (let v = 1; v <= max; v++) {
        const l = shadeLegend(max).find((x) => x.level === shadeLevel(v, max))!;
        const [lo, hi = lo] = l.text.split("–").map(Number);
        expect(v >= lo! && v <= hi!).toBe(true);
      }
  });
});
