import { describe, expect, it } from "vitest";
import { isPublicFilePath, isPublicPath, publicHref, publicPhotoHref } from "./routes";

describe("which addresses are the cached public site", () => {
  it("covers the sections in both languages and nothing of the portal", () => {
    for (const p of ["/", "/en", "/en/", "/inovasi", "/inovasi/abc", "/en/edisi/2021", "/pengumuman/x"]) {
      expect(isPublicPath(p), p).toBe(true);
    }
    for (const p of ["/masuk", "/dasbor", "/admin/pengumuman", "/tanya-jawab", "/inovasiku", "/en/admin", "/api/x"]) {
      expect(isPublicPath(p), p).toBe(false);
    }
  });

  it("builds the English address of a page", () => {
    expect(publicHref("en", "/")).toBe("/en");
    expect(publicHref("en", "/inovasi/x")).toBe("/en/inovasi/x");
    expect(publicHref("id", "/inovasi/x")).toBe("/inovasi/x");
  });

  it("tells an entry's photo from the pages", () => {
    expect(isPublicFilePath(publicPhotoHref("abc", "f1"))).toBe(true);
    expect(isPublicFilePath("/en/inovasi/abc/foto/f1")).toBe(true);
    for (const p of [
      "/inovasi/abc",
      "/inovasi/abc/foto",
      "/inovasi/foto/x",
      "/usulan/abc/foto/f1",
      "/inovasi/a/foto/b/c",
    ]) {
      expect(isPublicFilePath(p), p).toBe(false);
    }
  });
});
