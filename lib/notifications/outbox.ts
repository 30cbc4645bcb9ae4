import "server-only";
import nodemailer from "nodemailer";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { assertPublicLinks, LOCAL_LINK_MESSAGE, localLinksAllowed, localLinksIn, mailLink } from "./public-url";
import { renderForDelivery, sealLink, SECRET_LINK_PLACEHOLDER } from "./secret-link";

// Mail goes into the outbox in the same transaction as the change that causes it and is sent afterwards,
// with retries: nothing is lost when the mail server is down. With no SMTP_URL configured, messages stay
// pending in the outbox, where admins can read them.

export type OutgoingMessage = {
  recipientEmail: string;
  recipientId?: string | null;
  template: string;
  subject: string;
  body: string;
  /**
   * A credential link (e.g. "/atur-kata-sandi/<token>"): the body must hold `SECRET_LINK_PLACEHOLDER` where
   * it goes. Stored sealed, filled in only at delivery (see secret-link.ts).
   */
  secretLinkPath?: string;
};

export async function enqueueNotification(tx: Prisma.TransactionClient, message: OutgoingMessage) {
  const { secretLinkPath, ...data } = message;
  if (secretLinkPath !== undefined && !data.body.includes(SECRET_LINK_PLACEHOLDER)) {
    throw new Error(`template ${data.template}: a secret link needs SECRET_LINK_PLACEHOLDER in the body`);
  }
  // Refused before it is stored: a mail its recipient cannot open must not wait in the outbox either.
  assertPublicLinks(
    secretLinkPath === undefined ? data.body : `${data.body}\n${mailLink(secretLinkPath)}`,
    `template ${data.template}`,
  );
  return tx.notification.create({
    data: {
      ...data,
      recipientId: data.recipientId ?? null,
      secret: secretLinkPath === undefined ? null : sealLink(secretLinkPath, data.recipientEmail),
    },
  });
}

export const MAX_ATTEMPTS = 8;

export const LINK_GONE_MESSAGE = "Tautan dalam pesan ini tidak dapat dibuka lagi; kirim tautan baru.";

/** Failures the portal itself words for admins; anything else is the mail server's own (English) reply. */
export const PORTAL_DELIVERY_ERRORS: readonly string[] = [LINK_GONE_MESSAGE, LOCAL_LINK_MESSAGE];

/** 1, 2, 4 … minutes between attempts, at most an hour. */
export function nextAttemptDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

export type Transport = { send: (m: { to: string; subject: string; text: string }) => Promise<void> };

export function transportFromEnv(): Transport | null {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  const mailer = nodemailer.createTransport(url);
  const from = process.env.MAIL_FROM ?? "KOVABLIK <no-reply@kovablik.jatimprov.go.id>";
  return { send: async (m) => void (await mailer.sendMail({ from, ...m })) };
}

const LEASE_MS = 10 * 60_000;

/**
 * Sends what is due. Safe on several servers at once: each batch is leased (its next attempt pushed past the
 * lease) in one statement with SKIP LOCKED, and mail is sent outside any transaction.
 */
export async function deliverPending(
  db: PrismaClient,
  transport: Transport | null = transportFromEnv(),
  options: { limit?: number; now?: Date } = {},
): Promise<{ sent: number; failed: number }> {
  if (!transport) return { sent: 0, failed: 0 };
  const now = options.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const claimed = await db.$queryRaw<
    { id: string; recipientEmail: string; subject: string; body: string; secret: string | null; attempts: number }[]
  >`
    UPDATE "Notification" SET "nextAttemptAt" = ${leaseUntil}
    WHERE "id" IN (
      SELECT "id" FROM "Notification" WHERE "state" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "createdAt" LIMIT ${options.limit ?? 50} FOR UPDATE SKIP LOCKED)
    RETURNING "id", "recipientEmail", "subject", "body", "secret", "attempts"`;
  let sent = 0;
  let failed = 0;
  for (const row of claimed) {
    const attempts = row.attempts + 1;
    let text: string;
    try {
      text = renderForDelivery(row.body, row.secret, row.recipientEmail);
    } catch {
      // NEXTAUTH_SECRET changed since the mail was queued, or the sealed link was tampered with: the link is
      // gone for good. A new one comes from resending the invitation or asking for a new reset.
      await db.notification.update({
        where: { id: row.id },
        data: { attempts, state: "FAILED", secret: null, lastError: LINK_GONE_MESSAGE },
      });
      failed++;
      continue;
    }
    // Queued before the public address was fixed (or on a trial server): not sent with a dead link.
    if (!localLinksAllowed() && localLinksIn(text).length) {
      console.error(
        `[mail] message ${row.id} not sent: its link points at this machine; set NEXTAUTH_URL to the public address.`,
      );
      await db.notification.update({
        where: { id: row.id },
        data: { attempts, state: "FAILED", lastError: LOCAL_LINK_MESSAGE },
      });
      failed++;
      continue;
    }
    try {
      await transport.send({ to: row.recipientEmail, subject: row.subject, text });
      // Sent: the link now lives only in the recipient's mailbox.
      await db.notification.update({
        where: { id: row.id },
        data: { state: "SENT", sentAt: new Date(), attempts, secret: null },
      });
      sent++;
    } catch (e) {
      console.error(`[outbox] message ${row.id}: attempt ${attempts} failed`, e);
      await db.notification.update({
        where: { id: row.id },
        data: {
          attempts,
          lastError: (e instanceof Error ? e.message : String(e)).slice(0, 500),
          state: attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(now.getTime() + nextAttemptDelayMs(attempts)),
        },
      });
      failed++;
    }
  }
  return { sent, failed };
}
