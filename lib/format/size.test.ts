import { describe, expect, it } from "vitest";
import { formatMegabytes } from "./size";

describe("formatMegabytes", () => {
  it("shows whole megabytes without decimals and fractions with a decimal comma", () => {
    expect(formatMegabytes(25 * 1024 * 1024)).toBe("25 MB");
    expect(formatMegabytes(1.5 * 1024 * 1024)).toBe("1,5 MB");
  });
});
