import { describe, expect, it } from "vitest";
import { eligibilityFlags, monthsBetween, type EligibilityInput } from "./eligibility";
import { countWords, titleSimilarity } from "./text";

const base: EligibilityInput = {
  title: "Si Cantik: Layanan Cek Kesehatan Ibu Hamil Keliling",
  implementationStartedOn: new Date("2025-06-01"),
  referenceDate: new Date("2027-02-26"),
  minImplementationMonths: 12,
  otherTitles: [],
  previousWins: [],
  excludePreviousWinners: true,
  requiredAttachments: [{ kind: "SK_DECREE", label: "SK penetapan inovasi" }],
  attachmentKinds: ["SK_DECREE"],
  sections: [{ key: "ringkasan", title: "Ringkasan", required: true, wordLimit: 5, text: "Satu dua tiga." }],
};
const flag = (input: EligibilityInput, key: string) => eligibilityFlags(input).find((f) => f.key === key)!;

describe("word count", () => {
  it("counts Indonesian words, hyphenated reduplications once, and ignores punctuation", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("Layanan anak-anak, ibu hamil & lansia — 24 jam!")).toBe(7);
    expect(countWords("  banyak\n\nbaris\tdan   spasi ")).toBe(4);
  });
});

describe("eligibility flags", () => {
  it("flags an innovation younger than the edition's minimum", () => {
    expect(flag(base, "innovation_age").ok).toBe(true);
    const young = { ...base, implementationStartedOn: new Date("2026-06-15") };
    expect(flag(young, "innovation_age")).toMatchObject({ ok: false, note: expect.stringContaining("8 bulan") });
    expect(monthsBetween(new Date("2026-02-27"), new Date("2027-02-26"))).toBe(11);
    expect(monthsBetween(new Date("2026-02-26"), new Date("2027-02-26"))).toBe(12);
  });

  it("finds the same title and near-duplicates, not merely related ones", () => {
    expect(titleSimilarity("SI CANTIK - Layanan Cek Kesehatan Ibu Hamil Keliling", base.title)).toBe(1);
    const f = flag(
      {
        ...base,
        otherTitles: [
          { id: "a", title: "Layanan Cek Kesehatan Ibu Hamil Keliling (Si Cantik)", unitName: "Puskesmas Kendalkerep" },
          { id: "b", title: "Layanan Adminduk Keliling", unitName: "Dispendukcapil" },
        ],
      },
      "duplicate_title",
    );
    expect(f.ok).toBe(false);
    expect(f.note).toContain("Puskesmas Kendalkerep");
    expect(f.note).not.toContain("Dispendukcapil");
  });

  it("flags previous winners, missing required attachments, and empty or over-long sections", () => {
    expect(flag({ ...base, previousWins: [{ year: 2025, award: "Terbaik 1" }] }, "previous_winner").ok).toBe(false);
    expect(flag({ ...base, attachmentKinds: [] }, "attachments")).toMatchObject({
      ok: false,
      note: expect.stringContaining("SK"),
    });
    const long = { ...base, sections: [{ ...base.sections[0]!, text: "satu dua tiga empat lima enam" }] };
    expect(flag(long, "sections")).toMatchObject({ ok: false, note: expect.stringContaining("6 kata (batas 5)") });
    const empty = { ...base, sections: [{ ...base.sections[0]!, text: "   " }] };
    expect(flag(empty, "sections").ok).toBe(false);
    expect(flag(base, "sections").ok).toBe(true);
  });
});
