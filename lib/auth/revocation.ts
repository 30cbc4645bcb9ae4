import "server-only";
import { recordAuditNow } from "@/lib/audit/audit";
import { prisma } from "@/lib/db";

// Signing out lists the session's id as revoked; `loadActor` refuses listed ids, so a copy of the cookie
// stops working at once instead of living on until the JWT expires. A session lasts at most
// SESSION_LIFETIME_SECONDS from sign-in, so a row can go after that.
export const SESSION_LIFETIME_SECONDS = 8 * 60 * 60;

type SessionClaims = Record<string, unknown> | null | undefined;

export function sessionEnd(sat: number): Date {
  return new Date((sat + SESSION_LIFETIME_SECONDS) * 1000);
}

export async function revokeSession(token: SessionClaims, now = new Date()): Promise<void> {
  if (!token || typeof token.sid !== "string" || typeof token.uid !== "string") return;
  const sat = typeof token.sat === "number" ? token.sat : Math.floor(now.getTime() / 1000);
  const user = await prisma.user.findUnique({ where: { id: token.uid }, select: { id: true } });
  if (!user) return;
  await prisma.revokedSession.upsert({
    where: { sid: token.sid },
    create: { sid: token.sid, userId: user.id, expiresAt: sessionEnd(sat), revokedAt: now },
    update: {},
  });
  // Old rows are useless once their session would have ended anyway.
  await prisma.revokedSession.deleteMany({ where: { expiresAt: { lt: now } } });
  await recordAuditNow(prisma, { actorId: user.id, action: "auth.sign_out", entityType: "User", entityId: user.id });
}
