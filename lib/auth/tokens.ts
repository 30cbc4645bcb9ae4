import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

// Invitation and password-reset links carry a random token; only its sha256 is stored, so a database leak
// does not leak usable links.

export const TOKEN_LIFETIME_MS = {
  INVITATION: 7 * 24 * 60 * 60 * 1000,
  PASSWORD_RESET: 60 * 60 * 1000,
  SIGN_IN: 15 * 60 * 1000,
} as const;

export type AccountTokenKind = keyof typeof TOKEN_LIFETIME_MS;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Issues a new token (earlier unused ones of the same kind stop working) and returns it in clear. */
export async function issueAccountToken(
  tx: Prisma.TransactionClient,
  userId: string,
  kind: AccountTokenKind,
  now = new Date(),
): Promise<string> {
  await tx.accountToken.updateMany({ where: { userId, kind, usedAt: null }, data: { usedAt: now } });
  const token = randomBytes(32).toString("base64url");
  await tx.accountToken.create({
    data: { userId, kind, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[kind]) },
  });
  return token;
}

/** The valid, unused token row, or null when the link is unknown, used or expired. */
export async function findUsableToken(tx: Prisma.TransactionClient, token: string, now = new Date()) {
  const row = await tx.accountToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!row || row.usedAt || row.expiresAt <= now) return null;
  return row;
}

/**
 * Uses a sign-in link: marks it used (conditionally, so two clicks at once cannot both pass) and returns its
 * user's id, or null when the link is unknown, used, expired or of another kind.
 */
export async function claimSignInLink(db: Pick<PrismaClient, "accountToken">, token: string, now = new Date()) {
  if (token.length < 16 || token.length > 200) return null;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, kind: true, userId: true },
  });
  if (!row || row.kind !== "SIGN_IN") return null;
  const claimed = await db.accountToken.updateMany({
    where: { id: row.id, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return claimed.count === 1 ? row.userId : null;
}
