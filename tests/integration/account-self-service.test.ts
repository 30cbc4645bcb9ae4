import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changePassword, requestPasswordReset, setPassword } from "@/lib/accounts/self-service-actions";
import { RESET_REQUESTED_MESSAGE } from "@/lib/accounts/self-service-schemas";
import { describeToken, MAX_RESET_REQUESTS_PER_HOUR } from "@/lib/accounts/self-service";
import { verifyAuditChain } from "@/lib/audit/audit";
import { hashPassword } from "@/lib/auth/password";
import { loadActor, runAs } from "@/lib/auth/session";
import { authenticate } from "@/lib/auth/sign-in";
import { issueAccountToken } from "@/lib/auth/tokens";
import { openLink, SECRET_LINK_PLACEHOLDER } from "@/lib/notifications/secret-link";
import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

const NEW_PASSWORD = "Sumber-Air-2027";

async function userState(id: string) {
  return db.prisma.user.findUniqueOrThrow({
    where: { id },
    select: { passwordHash: true, sessionVersion: true, status: true, passwordChangedAt: true },
  });
}

/**
 * The clear token of the most recent reset e-mail sent to `email`. Since issue 8 the stored body holds only a
 * placeholder; the link is sealed with the app's key (which the test holds) and filled in at delivery.
 */
async function tokenFromLatestResetMail(email: string): Promise<string> {
  const mail = await db.prisma.notification.findFirstOrThrow({
    where: { recipientEmail: email, template: "password-reset" },
    orderBy: { createdAt: "desc" },
  });
  const match = openLink(mail.secret!, mail.recipientEmail).match(/\/atur-kata-sandi\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no link in the sealed secret of ${mail.id}`);
  return match[1]!;
}

describe("changing one's own password", () => {
  const userId = "user-operator-kendalkerep";
  const email = "operator.kendalkerep@kovablik.test";

  it("refuses a wrong current password and changes nothing", async () => {
    const before = await userState(userId);
    const result = await runAs(userId, () =>
      changePassword({ currentPassword: "bukan-sandinya-1", newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.currentPassword).toEqual(["Kata sandi saat ini salah."]);
    expect(await userState(userId)).toEqual(before);
    expect((await authenticate({ email, password: DEMO_PASSWORD }, null)).ok).toBe(true);
  });

  it.each([
    ["too short", "Abc12345", "newPassword", /minimal 10 karakter/],
    ["no digit", "hanyahurufsaja", "newPassword", /satu angka/],
    ["no letter", "1234567890123", "newPassword", /satu huruf/],
    ["a common password", "Password123", "newPassword", /terlalu umum/],
    ["the e-mail's local part", "x-Operator.Kendalkerep-9", "newPassword", /alamat email/],
  ])("refuses a new password that is %s, on the field", async (_case, newPassword, field, message) => {
    const before = await userState(userId);
    const result = await runAs(userId, () =>
      changePassword({ currentPassword: DEMO_PASSWORD, newPassword, confirmPassword: newPassword }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors?.[field]?.join(" ")).toMatch(message);
    expect(await userState(userId)).toEqual(before);
  });

  it("refuses a confirmation that does not match", async () => {
    const result = await runAs(userId, () =>
      changePassword({
        currentPassword: DEMO_PASSWORD,
        newPassword: NEW_PASSWORD,
        confirmPassword: `${NEW_PASSWORD}x`,
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.confirmPassword?.[0]).toMatch(/tidak sama/);
  });

  it("refuses someone who is not signed in", async () => {
    const result = await runAs(null, () =>
      changePassword({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("stores the new password and ends the sessions signed in with the old one", async () => {
    const before = await userState(userId);
    expect(await loadActor(userId, before.sessionVersion)).not.toBeNull();

    const result = await runAs(userId, () =>
      changePassword({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result.ok).toBe(true);

    const after = await userState(userId);
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(after.passwordChangedAt).not.toBeNull();
    expect(await loadActor(userId, before.sessionVersion)).toBeNull();
    expect(await loadActor(userId, after.sessionVersion)).not.toBeNull();
    expect((await authenticate({ email, password: DEMO_PASSWORD }, null)).ok).toBe(false);
    expect((await authenticate({ email, password: NEW_PASSWORD }, null)).ok).toBe(true);

    const audit = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "account.password_changed", entityId: userId },
    });
    expect(audit.actorId).toBe(userId);
    const recorded = JSON.stringify([audit.before, audit.after]);
    expect(recorded).not.toContain(after.passwordHash!);
    expect(recorded).not.toContain(NEW_PASSWORD);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true });

    // The owner is told, in case it was not them.
    const notice = await db.prisma.notification.findFirst({
      where: { recipientEmail: email, template: "password-changed" },
    });
    expect(notice?.body).toContain("telah diubah");
  });
});

describe("forgotten password", () => {
  const email = "adminlokal.kotamalang@kovablik.test";

  it("answers an unknown e-mail exactly like a known one, but mails only the known one", async () => {
    const unknown = await runAs(null, () => requestPasswordReset({ email: "tidak.terdaftar@kovablik.test" }));
    const known = await runAs(null, () => requestPasswordReset({ email: "  AdminLokal.KotaMalang@kovablik.test " }));
    expect(unknown).toEqual({ ok: true, data: null, message: RESET_REQUESTED_MESSAGE });
    expect(known).toEqual(unknown);

    expect(await db.prisma.notification.count({ where: { recipientEmail: "tidak.terdaftar@kovablik.test" } })).toBe(0);
    const mails = await db.prisma.notification.findMany({
      where: { recipientEmail: email, template: "password-reset" },
    });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.state).toBe("PENDING");
    // Changed by issue 8: no usable link at rest. The body holds a placeholder, the link is sealed.
    expect(mails[0]!.body).toContain(SECRET_LINK_PLACEHOLDER);
    expect(mails[0]!.body).not.toMatch(/\/atur-kata-sandi\//);
    expect(openLink(mails[0]!.secret!, email)).toMatch(/^\/atur-kata-sandi\/[A-Za-z0-9_-]{20,}$/);
  });

  it("sets the password through the link once; the second use is refused", async () => {
    const token = await tokenFromLatestResetMail(email);
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await describeToken(token)).toMatchObject({ state: "valid", kind: "PASSWORD_RESET", email });

    const first = await runAs(null, () =>
      setPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(first.ok).toBe(true);
    expect((await authenticate({ email, password: NEW_PASSWORD }, null)).ok).toBe(true);
    expect(await loadActor(user.id, user.sessionVersion)).toBeNull();

    const again = "Bukan-Lagi-2028";
    const second = await runAs(null, () => setPassword({ token, newPassword: again, confirmPassword: again }));
    expect(second.ok).toBe(false);
    if (!second.ok) expect(second.error).toMatch(/tidak berlaku/);
    expect((await authenticate({ email, password: again }, null)).ok).toBe(false);
    expect(await describeToken(token)).toMatchObject({ state: "used" });

    expect(await db.prisma.auditEntry.count({ where: { action: "account.password_set", entityId: user.id } })).toBe(1);
  });

  it("refuses an expired link", async () => {
    const userId = "user-juri";
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    const token = await db.prisma.$transaction((tx) => issueAccountToken(tx, userId, "PASSWORD_RESET", twoHoursAgo));
    const before = await userState(userId);
    expect(await describeToken(token)).toMatchObject({ state: "expired", kind: "PASSWORD_RESET" });

    const result = await runAs(null, () =>
      setPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result.ok).toBe(false);
    expect(await userState(userId)).toEqual(before);
  });

  it("refuses a password against the policy through the link, and the link stays usable", async () => {
    const userId = "user-adminlokal-kabmalang";
    const token = await db.prisma.$transaction((tx) => issueAccountToken(tx, userId, "PASSWORD_RESET"));
    const weak = "adminlokal.kabmalang2027";
    const result = await runAs(null, () => setPassword({ token, newPassword: weak, confirmPassword: weak }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.newPassword?.[0]).toMatch(/alamat email/);
    expect(await describeToken(token)).toMatchObject({ state: "valid" });
  });

  it(`sends at most ${MAX_RESET_REQUESTS_PER_HOUR} reset e-mails an hour to one address, answering the same`, async () => {
    const target = "operator.kepanjen@kovablik.test";
    const results = [];
    for (let i = 0; i < MAX_RESET_REQUESTS_PER_HOUR + 2; i++) {
      results.push(await runAs(null, () => requestPasswordReset({ email: target })));
    }
    expect(new Set(results.map((r) => JSON.stringify(r))).size).toBe(1);
    expect(await db.prisma.notification.count({ where: { recipientEmail: target, template: "password-reset" } })).toBe(
      MAX_RESET_REQUESTS_PER_HOUR,
    );
    // Only the newest link works: each request replaces the one before.
    const newest = await tokenFromLatestResetMail(target);
    expect(await describeToken(newest)).toMatchObject({ state: "valid" });
  });

  it("sends nothing to an account that is not active", async () => {
    await db.prisma.user.create({
      data: {
        id: "user-nonaktif",
        email: "nonaktif@kovablik.test",
        name: "Akun Nonaktif",
        status: "DISABLED",
        passwordHash: await hashPassword(DEMO_PASSWORD),
      },
    });
    const result = await runAs(null, () => requestPasswordReset({ email: "nonaktif@kovablik.test" }));
    expect(result).toEqual({ ok: true, data: null, message: RESET_REQUESTED_MESSAGE });
    expect(await db.prisma.notification.count({ where: { recipientEmail: "nonaktif@kovablik.test" } })).toBe(0);
  });
});

describe("invitation link", () => {
  it("activates an invited user with the password they choose", async () => {
    const user = await db.prisma.user.create({
      data: { id: "user-undangan", email: "undangan.baru@kovablik.test", name: "Operator Undangan" },
    });
    expect(user.status).toBe("INVITED");
    const token = await db.prisma.$transaction((tx) => issueAccountToken(tx, user.id, "INVITATION"));
    expect(await describeToken(token)).toMatchObject({ state: "valid", kind: "INVITATION", name: "Operator Undangan" });

    const result = await runAs(null, () =>
      setPassword({ token, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
    );
    expect(result.ok).toBe(true);

    const after = await userState(user.id);
    expect(after.status).toBe("ACTIVE");
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect((await authenticate({ email: user.email, password: NEW_PASSWORD }, null)).ok).toBe(true);

    const audit = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "account.password_set", entityId: user.id },
    });
    expect(audit.before).toMatchObject({ status: "INVITED" });
    expect(audit.after).toMatchObject({ status: "ACTIVE", via: "INVITATION" });
    expect(JSON.stringify(audit.after)).not.toContain(after.passwordHash!);

    // A reset request cannot be used on a not-yet-activated account instead of the invitation.
    const other = await db.prisma.user.create({ data: { email: "belum.aktif@kovablik.test", name: "Belum Aktif" } });
    await runAs(null, () => requestPasswordReset({ email: other.email }));
    expect(await db.prisma.notification.count({ where: { recipientEmail: other.email } })).toBe(0);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true });
  });
});
