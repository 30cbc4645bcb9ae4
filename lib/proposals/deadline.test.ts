import { describe, expect, it } from "vitest";
import { registrationDeadline, windowOpen } from "./lifecycle";

const closes = new Date("2027-02-26T16:59:00Z");
const later = new Date("2027-03-05T16:59:00Z");
const earlier = new Date("2027-02-20T16:59:00Z");

describe("a proposal's effective registration deadline", () => {
  it("is the edition's deadline without an extension", () => {
    expect(registrationDeadline({ registrationClosesAt: closes, extensionUntil: null })).toEqual(closes);
  });

  it("is the extension when that is later than the edition's deadline", () => {
    expect(registrationDeadline({ registrationClosesAt: closes, extensionUntil: later })).toEqual(later);
  });

  it("stays the edition's deadline when the edition moved past an older extension", () => {
    expect(registrationDeadline({ registrationClosesAt: closes, extensionUntil: earlier })).toEqual(closes);
  });

  it("is none while the edition has no deadline, and the window stays open", () => {
    const facts = { registrationClosesAt: null, extensionUntil: later, correctionDeadline: null };
    expect(registrationDeadline(facts)).toBeNull();
    expect(windowOpen("registration", facts, new Date("2030-01-01T00:00:00Z"))).toBe(true);
  });

  it("is exactly when the server's check closes the window", () => {
    const facts = { registrationClosesAt: closes, extensionUntil: later, correctionDeadline: null };
    expect(windowOpen("registration", facts, later)).toBe(true);
    expect(windowOpen("registration", facts, new Date(later.getTime() + 1000))).toBe(false);
  });
});
