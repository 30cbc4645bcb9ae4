import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { passwordEmailIssue } from "@/lib/auth/password-policy";
import { claimSignInAttempt, recordSignInSuccess, settleAttempt } from "@/lib/auth/rate-limit";
import { lockedMessage } from "@/lib/auth/sign-in";
import { findUsableToken, hashToken, issueAccountToken, TOKEN_LIFETIME_MS } from "@/lib/auth/tokens";
import { getPrisma, prisma, type Prisma } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import { mailLink } from "@/lib/notifications/public-url";
import { runAfterResponse } from "@/lib/http/after-response";
import { enqueueNotification, deliverPending } from "@/lib/notifications/outbox";
import { deliverSoon } from "@/lib/notifications/deliver";
import { SECRET_LINK_PLACEHOLDER } from "@/lib/notifications/secret-link";
import { mailLetter } from "@/lib/notifications/letter";

export const PASSWORD_RESET_TEMPLATE = "password-reset";
export const PASSWORD_CHANGED_TEMPLATE = "password-changed";
export const SIGN_IN_LINK_TEMPLATE = "sign-in-link";
/** Reset (and, separately, sign-in link) e-mails one address may receive per hour; more are silently dropped. */
export const MAX_RESET_REQUESTS_PER_HOUR = 5;

function fieldError(field: string, message: string): DomainError {
  return new DomainError("INVALID", message, { [field]: [message] });
}

/* ---------------------------------------------------------------------------------------------- */
/* Changing one's own password                                                                    */
/* ---------------------------------------------------------------------------------------------- */

const WRONG_CURRENT_PASSWORD = "Kata sandi saat ini salah.";

/** Marks the account's unused reset links as used, so none of them can replace a password set now. */
async function endResetLinks(tx: Prisma.TransactionClient, userId: string, now: Date) {
  await tx.accountToken.updateMany({
    where: { userId, kind: "PASSWORD_RESET", usedAt: null },
    data: { usedAt: now },
  });
}

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
  const keys = { email: user.email, ip: null };
  const claim = await claimSignInAttempt(prisma, keys, now);
  if (!claim.ok) throw new DomainError("RATE_LIMITED", lockedMessage(claim.until, now));
  const valid = user.passwordHash ? await verifyPassword(input.currentPassword, user.passwordHash) : false;
  // The claim already counts as a failure; only the right password turns it into a success.
  if (!valid) throw fieldError("currentPassword", WRONG_CURRENT_PASSWORD);
  await settleAttempt(prisma, claim.rows);

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
      throw new DomainError(
        "CONFLICT",
        "Kata sandi baru saja diubah di tempat lain. Muat ulang halaman dan coba lagi.",
      );
    }
    // Reset links asked for before the change must not undo it.
    await endResetLinks(tx, user.id, now);
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
  deliverSoon();
}

function passwordChangedBody(name: string, at: Date): string {
  return mailLetter(name, [
    `Kata sandi akun Portal KOVABLIK Anda telah diubah pada ${formatDateTimeWIB(at)}. Semua sesi di perangkat lain telah diakhiri.`,
    "",
    "Jika bukan Anda yang mengubahnya, segera atur ulang kata sandi melalui tautan berikut dan hubungi sekretariat KOVABLIK:",
    mailLink("/lupa-kata-sandi"),
  ]);
}

/* ---------------------------------------------------------------------------------------------- */
/* Forgotten password                                                                             */
/* ---------------------------------------------------------------------------------------------- */

/**
 * Sends a reset link to an active account. Says nothing to the caller either way: the answer must not
 * reveal whether an address has an account, so every outcome (unknown, inactive, over the hourly limit)
 * returns the same — and at the same time: the lookup and the mail are done after the response is sent.
 */
export async function requestPasswordReset(email: string, now = new Date()): Promise<void> {
  await runAfterResponse("password-reset", () => mailAccountLink("PASSWORD_RESET", email, now));
}

/** "Masuk dengan tautan": a one-time sign-in link, answered exactly like a reset request. */
export async function requestSignInLink(email: string, now = new Date()): Promise<void> {
  await runAfterResponse("sign-in-link", () => mailAccountLink("SIGN_IN", email, now));
}

const LINK_MAIL = {
  PASSWORD_RESET: {
    template: PASSWORD_RESET_TEMPLATE,
    subject: "Atur ulang kata sandi akun KOVABLIK",
    path: (token: string) => `/atur-kata-sandi/${token}`,
    body: (name: string, expiresAt: Date) => resetBody(name, expiresAt),
  },
  SIGN_IN: {
    template: SIGN_IN_LINK_TEMPLATE,
    subject: "Tautan masuk ke Portal KOVABLIK",
    path: (token: string) => `/masuk/tautan/${token}`,
    body: (name: string, expiresAt: Date) => signInLinkBody(name, expiresAt),
  },
} as const;

/** The work behind both requests, run after the response. Every outcome but "mail it" ends silently. */
export async function mailAccountLink(kind: "PASSWORD_RESET" | "SIGN_IN", email: string, now = new Date()) {
  const mail = LINK_MAIL[kind];
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, status: true },
  });
  if (!user || user.status !== "ACTIVE") return;

  const sent = await prisma.$transaction(async (tx) => {
    const recent = await tx.notification.count({
      where: {
        recipientEmail: user.email,
        template: mail.template,
        createdAt: { gt: new Date(now.getTime() - 60 * 60 * 1000) },
      },
    });
    if (recent >= MAX_RESET_REQUESTS_PER_HOUR) return false;
    const token = await issueAccountToken(tx, user.id, kind, now);
    await enqueueNotification(tx, {
      recipientEmail: user.email,
      recipientId: user.id,
      template: mail.template,
      subject: mail.subject,
      body: mail.body(user.name, new Date(now.getTime() + TOKEN_LIFETIME_MS[kind])),
      secretLinkPath: mail.path(token),
    });
    return true;
  });
  // Already after the response: send right away rather than through another `after`.
  if (sent) await deliverPending(getPrisma()).catch((e: unknown) => console.error("[outbox]", e));
}

function signInLinkBody(name: string, expiresAt: Date): string {
  return mailLetter(name, [
    "Kami menerima permintaan untuk masuk ke Portal KOVABLIK dengan tautan. Buka tautan berikut untuk masuk tanpa kata sandi:",
    "",
    SECRET_LINK_PLACEHOLDER,
    "",
    `Tautan ini hanya dapat dipakai sekali dan berlaku sampai ${formatDateTimeWIB(expiresAt)}.`,
    "Jika Anda tidak memintanya, abaikan email ini. Jika Anda juga melihat peringatan terlalu banyak percobaan masuk, seseorang mungkin sedang menebak kata sandi Anda: gantilah kata sandi setelah masuk.",
  ]);
}

function resetBody(name: string, expiresAt: Date): string {
  return mailLetter(name, [
    "Kami menerima permintaan untuk mengatur ulang kata sandi akun Portal KOVABLIK Anda. Buka tautan berikut untuk membuat kata sandi baru:",
    "",
    SECRET_LINK_PLACEHOLDER,
    "",
    `Tautan ini hanya dapat dipakai sekali dan berlaku sampai ${formatDateTimeWIB(expiresAt)}.`,
    "Jika Anda tidak meminta pengaturan ulang, abaikan email ini; kata sandi Anda tidak berubah.",
  ]);
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
  // A sign-in link is not a password link: at /atur-kata-sandi it is unknown.
  if (!row || row.kind === "SIGN_IN" || row.user.status === "DISABLED") return { state: "unknown", kind: null };
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
    ? await prisma.user.findUnique({
        where: { id: row.userId },
        select: { id: true, email: true, status: true, sessionVersion: true },
      })
    : null;
  if (
    !row ||
    !user ||
    row.kind === "SIGN_IN" ||
    user.status === "DISABLED" ||
    (row.kind === "PASSWORD_RESET" && user.status !== "ACTIVE")
  ) {
    throw new DomainError("INVALID", LINK_NOT_USABLE);
  }
  const kind = row.kind;

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
    await endResetLinks(tx, user.id, now);
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
  await recordSignInSuccess(prisma, { email: user.email }, now);
  return { email: user.email, kind };
}
