"use server";

import { z } from "zod";
import { defineAction, okWith } from "@/lib/actions/action";
import { recordAudit } from "@/lib/audit/audit";
import { getPrisma, prisma } from "@/lib/db";
import { DomainError, notFound } from "@/lib/errors";
import { deliverSoon } from "./deliver";
import { deliverPending, transportFromEnv } from "./outbox";
import { SECRET_LINK_PLACEHOLDER } from "./secret-link";

export type DeliveryReport = { smtpConfigured: boolean; sent: number; failed: number };

/** Sends every message that is due now, instead of waiting for the next change to trigger delivery. */
export const deliverNow = defineAction({
  name: "notifications.deliver-now",
  schema: z.object({}),
  permission: "notification:manage",
  handler: async ({ actor }) => {
    const transport = transportFromEnv();
    const report: DeliveryReport = transport
      ? { smtpConfigured: true, ...(await deliverPending(getPrisma(), transport)) }
      : { smtpConfigured: false, sent: 0, failed: 0 };
    await prisma.$transaction((tx) =>
      recordAudit(tx, { actorId: actor.id, action: "outbox.deliverNow", entityType: "Notification", after: report }),
    );
    if (!report.smtpConfigured) {
      return okWith(
        report,
        "Pengiriman email belum diaktifkan oleh pengelola server: tidak ada pesan yang dikirim; semua pesan tetap menunggu di kotak keluar.",
      );
    }
    if (report.sent === 0 && report.failed === 0)
      return okWith(report, "Tidak ada pesan yang jatuh tempo untuk dikirim.");
    return okWith(report, `${report.sent} pesan terkirim, ${report.failed} gagal.`);
  },
});

/** Puts a message that gave up back in the queue. Its attempt count is kept, so the history stays honest. */
export const retry = defineAction({
  name: "notifications.retry",
  schema: z.object({ id: z.string().min(1).max(100) }),
  permission: "notification:manage",
  handler: async ({ actor, input }) => {
    await prisma.$transaction(async (tx) => {
      const message = await tx.notification.findUnique({
        where: { id: input.id },
        select: { state: true, attempts: true, lastError: true, body: true, secret: true },
      });
      if (!message) throw notFound("Pesan");
      // Its sealed link is gone (key changed): sending it again would deliver a mail without the link.
      if (message.body.includes(SECRET_LINK_PLACEHOLDER) && !message.secret) {
        throw new DomainError(
          "CONFLICT",
          "Tautan dalam pesan ini sudah tidak dapat dikirim. Kirim ulang undangan dari halaman akun, atau minta penerima meminta tautan baru.",
        );
      }
      // Conditional update: two admins pressing the button at once requeue it only once.
      const { count } = await tx.notification.updateMany({
        where: { id: input.id, state: "FAILED" },
        data: { state: "PENDING", nextAttemptAt: new Date() },
      });
      if (count === 0) throw new DomainError("CONFLICT", "Hanya pesan berstatus Gagal yang dapat dicoba kirim ulang.");
      await recordAudit(tx, {
        actorId: actor.id,
        action: "outbox.retry",
        entityType: "Notification",
        entityId: input.id,
        before: { state: message.state, attempts: message.attempts, lastError: message.lastError },
        after: { state: "PENDING", attempts: message.attempts },
      });
    });
    deliverSoon();
    return okWith(null, "Pesan dikembalikan ke antrean dan akan dicoba kirim lagi.");
  },
});
