import { describe, expect, it } from "vitest";
import { csvField, neutraliseCell, toCsv } from "./spreadsheet-cell";

describe("spreadsheet cells", () => {
  it("turns every formula start into plain text", () => {
    for (const bad of ["=1+1", "+62812", "-2", "@SUM(A1)", "\tx", "\rx"]) {
      expect(neutraliseCell(bad)).toBe(`'${bad}`);
    }
  });

  it("leaves ordinary text alone", () => {
    expect(neutraliseCell("Inovasi Desa")).toBe("Inovasi Desa");
    expect(neutraliseCell("a=b")).toBe("a=b");
  });

  it("quotes separators and quotes, and keeps numbers as numbers", () => {
    expect(csvField('Judul, "satu"')).toBe('"Judul, ""satu"""');
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
  });

  it("writes a CSV Excel opens as UTF-8", () => {
    expect(
      toCsv([
        ["Judul", "Unit"],
        ["=cmd", "Dinas"],
      ]),
    ).toBe("\uFEFFJudul,Unit\r\n'=cmd,Dinas\r\n");
  });
});
