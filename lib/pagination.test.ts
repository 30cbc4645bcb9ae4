import { describe, expect, it } from "vitest";
import { pageCount, pageHref, pageSlice, PAGE_SIZE, shownRange } from "./pagination";

describe("page maths", () => {
  it("counts at least one page, and a partial last page as a page", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
    expect(pageCount(41, 10)).toBe(5);
  });

  it("keeps a page past the end on the last page, and a page below one on the first", () => {
    expect(pageSlice(45, 9)).toEqual({ page: 3, pageCount: 3, skip: 40, take: PAGE_SIZE });
    expect(pageSlice(45, 0).page).toBe(1);
    expect(pageSlice(45, -3).page).toBe(1);
    expect(pageSlice(0, 4)).toEqual({ page: 1, pageCount: 1, skip: 0, take: PAGE_SIZE });
  });

  it("skips the rows of the pages before the requested one", () => {
    expect(pageSlice(100, 2, 25)).toEqual({ page: 2, pageCount: 4, skip: 25, take: 25 });
  });

  it("names the rows a page shows, the last page cut at the total", () => {
    expect(shownRange(2, 137)).toEqual({ first: 21, last: 40 });
    expect(shownRange(7, 137)).toEqual({ first: 121, last: 137 });
    expect(shownRange(1, 0)).toBeNull();
  });

  it("links a page keeping the filters, without ?page= for the first", () => {
    expect(pageHref("/admin/audit", { q: "unit", actor: "" }, 1)).toBe("/admin/audit?q=unit");
    expect(pageHref("/admin/audit", { q: "unit" }, 3)).toBe("/admin/audit?q=unit&page=3");
    expect(pageHref("/usulan", {}, 1)).toBe("/usulan");
  });
});
