import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordEmailIssue } from "@/lib/auth/password-policy";
import { recordSignInAttempt, signInLockedUntil } from "@/lib/auth/rate-limit";
import { lockedMessage } from "@/lib/auth/sign-in";
import { accountLink, findUsableToken, hashToken, issueAccountToken, TOKEN_LIFETIME_MS } from "@/lib/auth/tokens";
import { prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { deliverSoon } from "@/lib/notifications/deliver";

export const PASSWORD_RESET_TEMPLATE = "password-reset";
export const PASSWORD_CHANGED_TEMPLATE = "password-changed";
/** Reset e-mails one address may receive per hour; further requests are silently dropped. */
export const MAX_RESET_REQUESTS_PER_HOUR = 5;

function fieldError(field: string, message: string): DomainError {
  return new DomainError("INVALID", message, { [field]: [message] });
}

/* ---------------------------------------------------------------------------------------------- */
/* Changing one's own password                                                                    */
/* ---------------------------------------------------------------------------------------------- */

const WRONG_CURRENT_PASSWORD = "Kata sandi saat ini salah.";

/**
 * Checks the current password, stores the new one and bumps the session version, which ends the user's
 * sessions on every other device (the caller signs the current tab in again).
 */
export async function changeOwnPassword(
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  now = new Date(),
): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { id: actor.id },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");

  // A wrong current password counts as a failed sign-in, so an open session cannot be used to guess it
  // faster than the sign-in form allows.
  const keys = { email: user.email };
  const until = await signInLockedUntil(prisma, keys, now);
  if (until) throw new DomainError("RATE_LIMITED", lockedMessage(until, now));
  const valid = user.passwordHash ? await verifyPassword(input.currentPassword, user.passwordHash) : false;
  if (!valid) {
    await recordSignInAttempt(prisma, keys, false, now);
    throw fieldError("currentPassword", WRONG_CURRENT_PASSWORD);
  }

  const emailIssue = passwordEmailIssue(input.newPassword, user.email);
  if (emailIssue) throw fieldError("newPassword", emailIssue);

  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    // Guarded on the version read above: of two changes racing each other, only one wins.
    const updated = await tx.user.updateMany({
      where: { id: user.id, sessionVersion: user.sessionVersion },
      data: { passwordHash, passwordChangedAt: now, sessionVersion: { increment: 1 } },
    });
    if (updated.count !== 1) {
      throw new DomainError("CONFLICT", "Kata sandi baru saja diubah di tempat lain. Muat ulang halaman dan coba lagi.");
    }
    // Reset links asked for before the change must not undo it.
    await tx.accountToken.updateMany({
      where: { userId: user.id, kind: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: now },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "account.password_changed",
      entityType: "User",
      entityId: user.id,
      before: { sessionVersion: user.sessionVersion },
      after: { sessionVersion: user.sessionVersion + 1, passwordChangedAt: now },
    });
    await enqueueNotification(tx, {
      recipientEmail: user.email,
      recipientId: user.id,
      template: PASSWORD_CHANGED_TEMPLATE,
      subject: "Kata sandi akun KOVABLIK Anda telah diubah",
      body: passwordChangedBody(user.name, now),
    });
  });
  await recordSignInAttempt(prisma, keys, true, now);
  deliverSoon();
}

function passwordChangedBody(name: string, at: Date): string {
  return [
    `Yth. ${name},`,
    "",
    `Kata sandi akun Portal KOVABLIK Anda telah diubah pada ${formatDateTimeWIB(at)}. Semua sesi di perangkat lain telah diakhiri.`,
    "",
    "Jika bukan Anda yang mengubahnya, segera atur ulang kata sandi melalui tautan berikut dan hubungi sekretariat KOVABLIK:",
    accountLink("/lupa-kata-sandi"),
    "",
    "Salam,",
    "Sekretariat KOVABLIK — Biro Organisasi Setdaprov Jatim",
  ].join("\n");
}

/* ---------------------------------------------------------------------------------------------- */
/* Forgotten password                                                                             */
/* ---------------------------------------------------------------------------------------------- */

/**
 * Sends a reset link to an active account. Says nothing to the caller either way: the answer must not
 * reveal whether an address has an account, so every outcome (unknown, inactive, over the hourly limit)
 * returns the same.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, status: true },
  });
  if (!user || user.status !== "ACTIVE") return;

  const sent = await prisma.$transaction(async (tx) => {
    const recent = await tx.notification.count({
      where: {
        recipientEmail: user.email,
        template: PASSWORD_RESET_TEMPLATE,
        createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) },
      },
    });
    if (recent >= MAX_RESET_REQUESTS_PER_HOUR) return false;
    const token = await issueAccountToken(tx, user.id, "PASSWORD_RESET", now);
    await enqueueNotification(tx, {
      recipientEmail: user.email,
      recipientId: user.id,
      template: PASSWORD_RESET_TEMPLATE,
      subject: "Atur ulang kata sandi akun KOVABLIK",
      body: resetBody(user.name, accountLink(`/atur-kata-sandi/${token}`), new Date(now.getTime() + TOKEN_LIFETIME_MS.PASSWORD_RESET)),
    });
    return true;
  });
  if (sent) deliverSoon();
}

function resetBody(name: string, link: string, expiresAt: Date): string {
  return [
    `Yth. ${name},`,
    "",
    "Kami menerima permintaan untuk mengatur ulang kata sandi akun Portal KOVABLIK Anda. Buka tautan berikut untuk membuat kata sandi baru:",
    "",
    link,
    "",
    `Tautan ini hanya dapat dipakai sekali dan berlaku sampai ${formatDateTimeWIB(expiresAt)}.`,
    "Jika Anda tidak meminta pengaturan ulang, abaikan email ini; kata sandi Anda tidak berubah.",
    "",
    "Salam,",
    "Sekretariat KOVABLIK — Biro Organisasi Setdaprov Jatim",
  ].join("\n");
}

/* ---------------------------------------------------------------------------------------------- */
/* Invitation and reset links                                                                     */
/* ---------------------------------------------------------------------------------------------- */

export type TokenStatus =
  | { state: "valid"; kind: "INVITATION" | "PASSWORD_RESET"; email: string; name: string }
  | { state: "used" | "expired" | "unknown"; kind: "INVITATION" | "PASSWORD_RESET" | null };

/** What the link page shows before the form: whose account, or why the link no longer works. */
export async function describeToken(token: string, now = new Date()): Promise<TokenStatus> {
  if (token.length < 16 || token.length > 200) return { state: "unknown", kind: null };
  const row = await prisma.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { kind: true, usedAt: true, expiresAt: true, user: { select: { email: true, name: true, status: true } } },
  });
  if (!row || row.user.status === "DISABLED") return { state: "unknown", kind: null };
  if (row.usedAt) return { state: "used", kind: row.kind };
  if (row.expiresAt <= now) return { state: "expired", kind: row.kind };
  if (row.kind === "PASSWORD_RESET" && row.user.status !== "ACTIVE") return { state: "unknown", kind: null };
  return { state: "valid", kind: row.kind, email: row.user.email, name: row.user.name };
}

const LINK_NOT_USABLE = "Tautan ini sudah tidak berlaku. Minta tautan baru untuk mengatur kata sandi.";

/**
 * Sets the password through an invitation or reset link. The link is the credential, so it works exactly
 * once: marking it used, storing the password and (for an invitation) activating the account happen in one
 * transaction, and the mark is conditional so two submissions at once cannot both pass.
 */
export async function setPasswordWithToken(
  input: { token: string; newPassword: string },
  now = new Date(),
): Promise<{ email: string; kind: "INVITATION" | "PASSWORD_RESET" }> {
  const row = await findUsableToken(prisma, input.token, now);
  const user = row
    ? await prisma.user.findUnique({ where: { id: row.userId }, select: { id: true, email: true, status: true, sessionVersion: true } })
    : null;
  if (!row || !user || user.status === "DISABLED" || (row.kind === "PASSWORD_RESET" && user.status !== "ACTIVE")) {
    throw new DomainError("INVALID", LINK_NOT_USABLE);
  }

  const emailIssue = passwordEmailIssue(input.newPassword, user.email);
  if (emailIssue) throw fieldError("newPassword", emailIssue);

  const passwordHash = await hashPassword(input.newPassword);
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.accountToken.updateMany({
      where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count !== 1) throw new DomainError("INVALID", LINK_NOT_USABLE);
    const activate = row.kind === "INVITATION" && user.status === "INVITED";
    const updated = await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash,
        passwordChangedAt: now,
        sessionVersion: { increment: 1 },
        ...(activate ? { status: "ACTIVE" as const } : {}),
      },
      select: { status: true, sessionVersion: true },
    });
    // Other outstanding reset links of the account would otherwise still replace this password.
    await tx.accountToken.updateMany({
      where: { userId: user.id, kind: "PASSWORD_RESET", usedAt: null },
      data: { usedAt: now },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "account.password_set",
      entityType: "User",
      entityId: user.id,
      before: { status: user.status, sessionVersion: user.sessionVersion },
      after: { status: updated.status, sessionVersion: updated.sessionVersion, via: row.kind, passwordChangedAt: now },
    });
  });
  // Whoever holds the mailbox has proven it: earlier failed sign-ins no longer lock the account out.
  await recordSignInAttempt(prisma, { email: user.email }, true, now);
  return { email: user.email, kind: row.kind };
}
