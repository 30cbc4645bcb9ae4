import { describe, expect, it } from "vitest";
import { countWords } from "./text";

describe("countWords", () => {
  it("counts a hyphenated word once, whichever hyphen is used", () => {
    expect(countWords("anak-anak")).toBe(1);
    expect(countWords("anak\u2011anak")).toBe(1); // non-breaking hyphen
    expect(countWords("anak\u2010anak")).toBe(1);
    expect(countWords("pela\u00ADyanan publik")).toBe(2); // soft hyphen, invisible on screen
  });

  it("counts decimal numbers, amounts and times as one word", () => {
    expect(countWords("naik 2,5 persen")).toBe(3);
    expect(countWords("biaya Rp1.500.000 per tahun")).toBe(4);
    expect(countWords("biaya Rp 1.500.000,50")).toBe(3);
    expect(countWords("pukul 23.59 WIB")).toBe(3);
    // Punctuation after a number still ends it.
    expect(countWords("sebanyak 25, lalu 30.")).toBe(4);
  });

  it("counts a URL or an e-mail address as one word", () => {
    expect(countWords("Lihat https://kovablik.jatimprov.go.id/usulan?tahun=2027&x=1 untuk rincian")).toBe(4);
    expect(countWords("situs www.jatimprov.go.id dan kovablik.jatimprov.go.id/berita")).toBe(4);
    expect(countWords("Kirim ke layanan.publik@jatimprov.go.id.")).toBe(3);
    expect(countWords("(email: humas@dinkes.malangkab.go.id)")).toBe(2);
    // Each kind alone in a text (the count skips the link search when none can be there).
    expect(countWords("Buka dinkes.malangkab.go.id/layanan sekarang")).toBe(3);
    expect(countWords("Buka WWW.Contoh.Org sekarang")).toBe(3);
    expect(countWords("Buka ftp://arsip sekarang")).toBe(3);
    expect(countWords("Akhir kalimat. Id berikutnya")).toBe(4);
  });

  it("counts NFD-accented words like their precomposed form", () => {
    const nfc = "café résumé naïve";
    const nfd = nfc.normalize("NFD");
    expect(nfd).not.toBe(nfc);
    expect(countWords(nfd)).toBe(3);
    expect(countWords(nfd)).toBe(countWords(nfc));
  });

  it("keeps the ordinary rules", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("Layanan anak-anak, ibu hamil & lansia — 24 jam!")).toBe(7);
    expect(countWords("  banyak\n\nbaris\tdan   spasi ")).toBe(4);
    expect(countWords("kata.Kalimat tanpa spasi")).toBe(4);
  });
});
