import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate, INVALID_CREDENTIALS_MESSAGE, lockedMessage } from "@/lib/auth/sign-in";
import { MAX_FAILURES_PER_ACCOUNT, SIGN_IN_WINDOW_MS } from "@/lib/auth/rate-limit";
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

  it("locks an account after 20 wrong passwords in a row, then lets the right password in after a while", async () => {
    const email = "operator.kepanjen@kovablik.test";
    const start = new Date("2027-01-10T02:00:00Z");
    const results = [];
    for (let i = 0; i < 20; i++) {
      results.push(await authenticate({ email, password: `salah-${i}` }, `10.1.0.${i}`, new Date(start.getTime() + i * 1000)));
    }
    expect(results.slice(0, MAX_FAILURES_PER_ACCOUNT).every((r) => !r.ok && r.reason === "invalid")).toBe(true);
    const locked = results.at(-1)!;
    expect(locked.ok === false && locked.reason).toBe("locked");

    // Even the right password is refused while locked, with a message that says how long to wait.
    const during = new Date(start.getTime() + 60_000);
    const refused = await authenticate({ email, password: DEMO_PASSWORD }, "10.2.0.1", during);
    expect(refused.ok).toBe(false);
    if (!refused.ok && refused.reason === "locked") {
      expect(lockedMessage(refused.until, during)).toMatch(/coba lagi dalam \d+ menit/);
    } else {
      throw new Error("expected a lock");
    }

    const later = new Date(start.getTime() + 20_000 + SIGN_IN_WINDOW_MS + 1000);
    expect((await authenticate({ email, password: DEMO_PASSWORD }, "10.2.0.1", later)).ok).toBe(true);
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
