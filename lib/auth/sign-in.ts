import "server-only";
import { signInSchema } from "@/lib/accounts/self-service-schemas";
import { prisma } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { recordSignInAttempt, signInLockedUntil } from "./rate-limit";

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

export function lockedMessage(until: Date, now = new Date()): string {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return `Terlalu banyak percobaan masuk yang gagal. Demi keamanan, coba lagi dalam ${minutes} menit.`;
}

export async function authenticate(input: unknown, ip: string | null, now = new Date()): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const keys = { email, ip };

  const until = await signInLockedUntil(prisma, keys, now);
  if (until) return { ok: false, reason: "locked", until };

  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, status: true, sessionVersion: true },
  });
  dummyHash ??= hashPassword("kovablik-dummy-password");
  const valid = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
  const ok = Boolean(user && user.passwordHash && valid && user.status === "ACTIVE");
  await recordSignInAttempt(prisma, keys, ok, now);
  if (!ok || !user) return { ok: false, reason: "invalid" };
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
