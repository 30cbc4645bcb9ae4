// The demo accounts' password is published in the README: on a real server such an account is an open door.
// Shared by the launcher, `npm run db:seed` and the server's start-up check (instrumentation.ts), so it must
// not import server-only.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { isEmbedded } from "@/lib/db/config";
import { DEMO_PASSWORD, DEMO_USERS } from "@/prisma/seed-data";
import { verifyPassword } from "./password";

export const DEMO_EMAIL_DOMAIN = "@kovablik.test";

/** Demo data belongs on the embedded demo database, or on a throwaway server database that says so. */
export function demoAccountsAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return isEmbedded() || env.KOVABLIK_ALLOW_DEMO === "1";
}

/** E-mails of active accounts that still sign in with the published demo password. */
export async function activeDemoAccounts(prisma: PrismaClient): Promise<string[]> {
  const candidates = await prisma.user.findMany({
    where: {
      status: "ACTIVE",
      passwordHash: { not: null },
      OR: [
        { id: { in: DEMO_USERS.map((u) => u.id) } },
        { email: { in: DEMO_USERS.map((u) => u.email) } },
        { email: { endsWith: DEMO_EMAIL_DOMAIN } },
      ],
    },
    select: { email: true, passwordHash: true },
    orderBy: { email: "asc" },
  });
  // The seed gives every demo account the same hash: check each distinct hash once (bcrypt is slow on purpose).
  const verdict = new Map<string, Promise<boolean>>();
  const found: string[] = [];
  for (const c of candidates) {
    if (!verdict.has(c.passwordHash!)) verdict.set(c.passwordHash!, verifyPassword(DEMO_PASSWORD, c.passwordHash!));
    if (await verdict.get(c.passwordHash!)) found.push(c.email);
  }
  return found;
}

export class DemoAccountsActiveError extends Error {}

/** Refuses a production start on a server database while a demo account with the published password is active. */
export async function assertNoDemoAccounts(prisma: PrismaClient, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (demoAccountsAllowed(env)) return;
  const emails = await activeDemoAccounts(prisma);
  if (!emails.length) return;
  throw new DemoAccountsActiveError(
    `Portal tidak dijalankan: akun demo dengan kata sandi yang tercantum di README masih aktif di basis data ` +
      `server ini (${emails.join(", ")}); siapa pun bisa masuk dengannya. Nonaktifkan dengan ` +
      `\`npm run db:seed -- --disable-demo\` (buat dulu admin sungguhan dengan \`npm run db:seed -- --admin ` +
      `email@instansi.go.id "Nama"\` bila perlu). Hanya untuk basis data uji yang dibuang setelahnya: set ` +
      `KOVABLIK_ALLOW_DEMO=1.`,
  );
}
