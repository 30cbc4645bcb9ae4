import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { assertCanEdit, planTransition, windowOpen, type DeadlineFacts } from "./lifecycle";

const closes = new Date("2027-02-26T16:59:00Z"); // 23.59 WIB
const open: DeadlineFacts = { registrationClosesAt: closes, extensionUntil: null, correctionDeadline: null };
const before = new Date("2027-02-26T16:58:59Z");
const after = new Date("2027-02-26T17:00:00Z");

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof DomainError ? e.code : "other";
  }
  return undefined;
}

describe("proposal lifecycle", () => {
  it("takes a draft from the operator to the admin lokal and on to the province", () => {
    expect(planTransition("sendToUnitAdmin", "DRAFT", ["OPERATOR"], open, before)).toEqual({
      from: "DRAFT",
      to: "WITH_UNIT_ADMIN",
    });
    expect(planTransition("submitToProvince", "WITH_UNIT_ADMIN", ["UNIT_ADMIN"], open, before).to).toBe("SUBMITTED");
  });

  it("lets only the admin lokal submit to the province", () => {
    expect(codeOf(() => planTransition("submitToProvince", "WITH_UNIT_ADMIN", ["OPERATOR"], open, before))).toBe(
      "FORBIDDEN",
    );
  });

  it("refuses submission one minute after the deadline unless this proposal has an extension", () => {
    expect(codeOf(() => planTransition("submitToProvince", "WITH_UNIT_ADMIN", ["UNIT_ADMIN"], open, after))).toBe(
      "DEADLINE",
    );
    const extended = { ...open, extensionUntil: new Date("2027-03-01T16:59:00Z") };
    expect(planTransition("submitToProvince", "WITH_UNIT_ADMIN", ["UNIT_ADMIN"], extended, after).to).toBe("SUBMITTED");
  });

  it("requires a reason to return, fail or ask for correction", () => {
    expect(codeOf(() => planTransition("returnToUnit", "WITH_UNIT_ADMIN", ["UNIT_ADMIN"], open, before, "  "))).toBe(
      "INVALID",
    );
    expect(planTransition("fail", "SUBMITTED", ["ADMIN"], open, after, "Inovasi belum berjalan satu tahun").to).toBe(
      "FAILED",
    );
  });

  it("refuses a transition from the wrong status", () => {
    expect(codeOf(() => planTransition("pass", "DRAFT", ["ADMIN"], open, before))).toBe("CONFLICT");
  });

  it("allows edits during a correction window only until its deadline", () => {
    const facts = { ...open, correctionDeadline: new Date("2027-03-10T16:59:00Z") };
    expect(() =>
      assertCanEdit("RETURNED_FOR_CORRECTION", ["OPERATOR"], facts, new Date("2027-03-10T16:00:00Z")),
    ).not.toThrow();
    expect(
      codeOf(() => assertCanEdit("RETURNED_FOR_CORRECTION", ["OPERATOR"], facts, new Date("2027-03-10T17:00:00Z"))),
    ).toBe("DEADLINE");
  });

  it("freezes a submitted proposal and lets an operator edit a draft only before the deadline", () => {
    expect(codeOf(() => assertCanEdit("SUBMITTED", ["UNIT_ADMIN"], open, before))).toBe("CONFLICT");
    expect(() => assertCanEdit("DRAFT", ["OPERATOR"], open, before)).not.toThrow();
    expect(codeOf(() => assertCanEdit("DRAFT", ["OPERATOR"], open, after))).toBe("DEADLINE");
    expect(codeOf(() => assertCanEdit("WITH_UNIT_ADMIN", ["OPERATOR"], open, before))).toBe("FORBIDDEN");
  });

  it("treats an edition without a closing date as open", () => {
    expect(
      windowOpen("registration", { registrationClosesAt: null, extensionUntil: null, correctionDeadline: null }, after),
    ).toBe(true);
  });
});
