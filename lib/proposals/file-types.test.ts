import { describe, expect, it } from "vitest";
import { extensionAllowed, extensionList, extensionMatches, extensionMismatchMessage, extensionOf } from "./file-types";

describe("file name extensions", () => {
  it("reads the last extension, case-insensitively", () => {
    expect(extensionOf("Laporan.Final.PDF")).toBe("pdf");
    expect(extensionOf("berkas")).toBe("");
    expect(extensionOf(".pdf")).toBe("");
    expect(extensionOf("C:\\dokumen\\sk.pdf")).toBe("pdf");
  });

  it("accepts a name only when it matches the detected type", () => {
    expect(extensionMatches("sk.pdf", "application/pdf")).toBe(true);
    expect(extensionMatches("foto.JPG", "image/jpeg")).toBe(true);
    expect(extensionMatches("foto.jpeg", "image/png")).toBe(false);
    expect(extensionMatches("halaman.html", "application/pdf")).toBe(false);
    expect(extensionMatches("sk.pdf.html", "application/pdf")).toBe(false);
    expect(extensionAllowed("foto.png", ["image/jpeg", "image/png"])).toBe(true);
    expect(extensionAllowed("skrip.svg", ["image/jpeg", "image/png"])).toBe(false);
  });

  it("tells the user what to rename the file to", () => {
    expect(extensionList(["image/jpeg", "image/png"])).toBe(".jpg, .jpeg, .png");
    expect(extensionMismatchMessage("halaman.html", "application/pdf")).toBe(
      "Nama berkas berakhiran .html, padahal isinya PDF. Ganti nama berkas menjadi .pdf lalu unggah lagi.",
    );
  });
});
