import { describe, expect, it } from "vitest";
import { idDateInputValue, idDateToIso, isoToIdDate } from "./id-date-input";

describe("Indonesian date input", () => {
  it("reads day first, whatever separator", () => {
    expect(idDateToIso("15/01/2024")).toBe("2024-01-15");
    expect(idDateToIso("3-4-2024")).toBe("2024-04-03");
    expect(idDateToIso("3.4.2024")).toBe("2024-04-03");
  });

  it("refuses dates that do not exist or are not day/month/year", () => {
    expect(idDateToIso("31/02/2024")).toBeNull();
    expect(idDateToIso("01/13/2024")).toBeNull();
    expect(idDateToIso("2024-01-15")).toBeNull();
    expect(idDateToIso("15/01")).toBeNull();
  });

  it("shows a stored date as dd/mm/yyyy and keeps half-typed text", () => {
    expect(isoToIdDate("2024-01-15")).toBe("15/01/2024");
    expect(isoToIdDate("15/0")).toBe("15/0");
    expect(idDateInputValue("")).toBe("");
    expect(idDateInputValue("15/01/2024")).toBe("2024-01-15");
    expect(idDateInputValue("15/0")).toBe("15/0");
  });
});
