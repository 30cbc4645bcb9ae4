import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, INVALID_CREDENTIALS_MESSAGE, lockedMessage } from "@/lib/auth/sign-in";
import { FREE_FAILURES, MAX_FAILURES_PER_PAIR, pairDelayMs, SIGN_IN_WINDOW_MS } from "@/lib/auth/rate-limit";
import { loadActor } from "@/lib/auth/session";
import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

describe("sign-in", () => {
  it("accepts the right password, case-insensitively on the e-mail", async () => {
    const r = await authenticate({ email: "  Admin@KOVABLIK.test ", password: DEMO_PASSWORD }, "10.0.0.1");
    expect(r.ok).toBe(true);
  });

  it("answers an unknown e-mail exactly like a wrong password", async () => {
    const unknown = await authenticate({ email: "tidak.ada@kovablik.test", password: "apa saja" }, "10.0.0.2");
    const wrong = await authenticate({ email: "juri@kovablik.test", password: "salah-sekali" }, "10.0.0.2");
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
    expect(INVALID_CREDENTIALS_MESSAGE).toBe("Email atau kata sandi salah.");
  });

  // Changed on purpose by issue 8: wrong passwords no longer lock the account for everyone. They slow and then
  // stop the guesser's (account, address) pair; the owner at another address still gets in.
  it("stops a guesser at one address after the pair's limit, while the owner signs in from another", async () => {
    const email = "operator.kepanjen@kovablik.test";
    const start = new Date("2027-01-10T02:00:00Z");
    let t = start.getTime();
    const results = [];
    for (let i = 0; i < MAX_FAILURES_PER_PAIR; i++) {
      // Each attempt waits out the growing delay (2 s, 4 s … after the first few), so every one is checked.
      t += pairDelayMs(i) + 1000;
      results.push(await authenticate({ email, password: `salah-${i}` }, "10.1.0.1", new Date(t)));
    }
    expect(results.every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    t += 1000;
    const locked = await authenticate({ email, password: "salah-lagi" }, "10.1.0.1", new Date(t));
    expect(locked.ok === false && locked.reason).toBe("locked");

    // Even the right password is refused at the guesser's address, with a message that says how long to wait…
    const during = new Date(t + 1000);
    const refused = await authenticate({ email, password: DEMO_PASSWORD }, "10.1.0.1", during);
    if (!refused.ok && refused.reason === "locked") {
      expect(lockedMessage(refused.until, during)).toMatch(/coba lagi dalam \d+ menit/);
    } else {
      throw new Error("expected a lock");
    }
    // …while the owner at the office signs in at the same moment.
    expect((await authenticate({ email, password: DEMO_PASSWORD }, "10.2.0.1", during)).ok).toBe(true);

    const later = new Date(t + SIGN_IN_WINDOW_MS + 1000);
    expect((await authenticate({ email, password: DEMO_PASSWORD }, "10.1.0.1", later)).ok).toBe(true);
  });

  it("makes a guesser wait longer after each failure", async () => {
    const email = "adminlokal.kotamalang@kovablik.test";
    const at = new Date("2027-01-11T02:00:00Z");
    for (let i = 0; i < FREE_FAILURES; i++) {
      expect(await authenticate({ email, password: `salah-${i}` }, "10.4.0.1", at)).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const slowed = await authenticate({ email, password: DEMO_PASSWORD }, "10.4.0.1", at);
    expect(slowed.ok === false && slowed.reason).toBe("locked");
    if (!slowed.ok && slowed.reason === "locked") {
      expect(lockedMessage(slowed.until, at)).toMatch(/coba lagi dalam \d+ detik/);
    }
    const afterDelay = new Date(at.getTime() + pairDelayMs(FREE_FAILURES) + 1);
    expect((await authenticate({ email, password: DEMO_PASSWORD }, "10.4.0.1", afterDelay)).ok).toBe(true);
  });

  it("refuses a disabled account and ends its sessions at once", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "juri@kovablik.test" } });
    expect(await loadActor(user.id, user.sessionVersion)).not.toBeNull();
    await db.prisma.user.update({ where: { id: user.id }, data: { status: "DISABLED" } });
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();
    expect((await authenticate({ email: user.email, password: DEMO_PASSWORD }, "10.3.0.1")).ok).toBe(false);
  });

  it("drops a role as soon as its membership ends", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "adminlokal.kabmalang@kovablik.test" } });
    expect((await loadActor(user.id))?.roles).toContain("UNIT_ADMIN");
    await db.prisma.membership.updateMany({ where: { userId: user.id }, data: { validTo: new Date(Date.now() + 1) } });
    await new Promise((r) => setTimeout(r, 5));
    expect((await loadActor(user.id))?.roles ?? []).not.toContain("UNIT_ADMIN");
  });
});
