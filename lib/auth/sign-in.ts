import "server-only";
import { signInSchema } from "@/lib/accounts/self-service-schemas";
import { recordAuditNow } from "@/lib/audit/audit";
import { prisma } from "@/lib/db";
import { serialised } from "@/lib/db/serialised";
import { hashPassword, verifyPassword } from "./password";
import { claimSignInAttempt, recordSignInSuccess, settleAttempt } from "./rate-limit";
import { claimSignInLink } from "./tokens";

// The schema lives with the other account schemas, which import nothing server-side, so the sign-in form
// validates with the same rules.
export { signInSchema };

export type SignInResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; until: Date };

// Compared against when the account does not exist, so both cases take the same time.
let dummyHash: Promise<string> | undefined;

export const INVALID_CREDENTIALS_MESSAGE = "Email atau kata sandi salah.";
export const INVALID_LINK_MESSAGE = "Tautan masuk tidak valid, sudah dipakai, atau kedaluwarsa. Minta tautan baru.";

export function lockedMessage(until: Date, now = new Date()): string {
  const ms = until.getTime() - now.getTime();
  if (ms < 60_000) {
    const seconds = Math.max(1, Math.ceil(ms / 1000));
    return `Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam ${seconds} detik.`;
  }
  return `Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam ${Math.ceil(ms / 60_000)} menit.`;
}

type FailureReason = "password" | "unknown-account" | "inactive" | "link";

/** Every sign-in, good or bad, goes into the audit log; the address tried from is kept, the password never. */
async function auditSignIn(
  user: { id: string } | null,
  ip: string | null,
  outcome: { ok: true; via: "password" | "link" } | { ok: false; reason: FailureReason },
) {
  await recordAuditNow(prisma, {
    actorId: outcome.ok ? user!.id : null,
    action: outcome.ok ? "auth.sign_in" : "auth.sign_in_failed",
    entityType: "User",
    entityId: user?.id ?? null,
    after: outcome.ok ? { address: ip, via: outcome.via } : { address: ip, reason: outcome.reason },
  });
}

const userSelect = {
  id: true,
  email: true,
  name: true,
  passwordHash: true,
  status: true,
  sessionVersion: true,
} as const;

export async function authenticate(input: unknown, ip: string | null, now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  // One attempt per account at a time in this process (the password check is CPU-bound anyway); across
  // processes the claim's database lock decides.
  return serialised(`authenticate:${parsed.data.email}`, () =>
    attempt(parsed.data.email, parsed.data.password, ip, now),
  );
}

async function attempt(email: string, password: string, ip: string | null, now: Date): Promise<SignInResult> {
  const keys = { email, ip };

  const claim = await claimSignInAttempt(prisma, keys, now);
  // Refusals while locked are not audited one by one: the failure that reached the limit already is, and a
  // guesser hammering a lock must not be able to fill the log.
  if (!claim.ok) return { ok: false, reason: "locked", until: claim.until };
  const user = await prisma.user.findUnique({ where: { email }, select: userSelect });

  dummyHash ??= hashPassword("kovablik-dummy-password");
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  const ok = Boolean(user && user.passwordHash && valid && user.status === "ACTIVE");
  if (!ok || !user) {
    const reason = !user ? "unknown-account" : valid && user.passwordHash ? "inactive" : "password";
    await auditSignIn(user, ip, { ok: false, reason });
    return { ok: false, reason: "invalid" };
  }
  await settleAttempt(prisma, claim.rows);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await auditSignIn(user, ip, { ok: true, via: "password" });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

/**
 * Signs in with a one-time link from the mail ("masuk dengan tautan"). Whoever holds the mailbox is the
 * owner, so no sign-in counter stops it: this is how the owner gets in while a guesser is being slowed down.
 */
export async function authenticateWithLink(token: unknown, ip: string | null, now = new Date()): Promise<SignInResult> {
  const userId = typeof token === "string" ? await claimSignInLink(prisma, token, now) : null;
  const user = userId ? await prisma.user.findUnique({ where: { id: userId }, select: userSelect }) : null;
  if (!user || user.status !== "ACTIVE") {
    await auditSignIn(user, ip, { ok: false, reason: "link" });
    return { ok: false, reason: "invalid" };
  }
  await recordSignInSuccess(prisma, { email: user.email, ip }, now);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await auditSignIn(user, ip, { ok: true, via: "link" });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
