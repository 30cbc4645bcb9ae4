import { describe, expect, it } from "vitest";
import { DomainError, fieldError, found, isUniqueViolation } from "./errors";

describe("domain errors", () => {
  it("puts a field error's message on its field and on the form", () => {
    const e = fieldError("name", "Nama ini sudah dipakai.", "CONFLICT");
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toBe("Nama ini sudah dipakai.");
    expect(e.fieldErrors).toEqual({ name: ["Nama ini sudah dipakai."] });
    expect(fieldError("year", "Tahun tidak valid.").code).toBe("INVALID");
  });

  it("returns a found row and refuses a missing one with NOT_FOUND naming it", () => {
    expect(found({ id: "a" }, "Kelompok")).toEqual({ id: "a" });
    expect(() => found(null, "Kelompok")).toThrow("Kelompok tidak ditemukan.");
  });

  it("recognises Prisma's unique-constraint error by its code", () => {
    expect(isUniqueViolation({ code: "P2002" })).toBe(true);
    expect(isUniqueViolation(new Error("x"))).toBe(false);
  });
});
