import { describe, expect, it } from "vitest";
import { fileSlug } from "./file-name";

describe("fileSlug", () => {
  it("keeps letters and digits, one dash between words, accents dropped", () => {
    expect(fileSlug("Babak 1 — Évaluasi Proposal (Desk)")).toBe("babak-1-evaluasi-proposal-desk");
  });
  it("cuts long names without a trailing dash and falls back when nothing is left", () => {
    expect(fileSlug("abc def", "x", 4)).toBe("abc");
    expect(fileSlug("=+@!", "babak")).toBe("babak");
  });
});
