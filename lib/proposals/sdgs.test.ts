import { describe, expect, it } from "vitest";
import { formatSdgs, SDG_LABELS, sdgLabel } from "./sdgs";

describe("SDG names", () => {
  it("has all 17 goals, each with an Indonesian name", () => {
    expect(Object.keys(SDG_LABELS).map(Number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    expect(SDG_LABELS[1]).toBe("Tanpa Kemiskinan");
    expect(SDG_LABELS[17]).toBe("Kemitraan untuk Mencapai Tujuan");
  });

  it("shows a proposal's goals with their names, in goal order, once each", () => {
    expect(formatSdgs([4, 1, 4])).toBe("1. Tanpa Kemiskinan; 4. Pendidikan Berkualitas");
  });

  it("shows a dash when no goal is chosen and keeps an unknown number visible", () => {
    expect(formatSdgs([])).toBe("—");
    expect(sdgLabel(18)).toBe("TPB 18");
  });
});
