import { describe, expect, it } from "vitest";
import { formatFileSize, formatMegabytes } from "./size";

describe("formatMegabytes", () => {
  it("shows whole megabytes without decimals and fractions with a decimal comma", () => {
    expect(formatMegabytes(25 * 1024 * 1024)).toBe("25 MB");
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe("1,5 MB");
  });
});

describe("formatFileSize", () => {
  it("shows small files in whole kilobytes, never zero, and larger ones in megabytes", () => {
    expect(formatFileSize(10)).toBe("1 KB");
    expect(formatFileSize(300 * 1024)).toBe("300 KB");
    expect(formatFileSize(2.5 * 1024 * 1024)).toBe("2,5 MB");
  });
});
