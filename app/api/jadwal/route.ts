import { timingSafeEqual } from "node:crypto";
import { writeCheckpoint } from "@/lib/audit/checkpoint";
import { getPrisma } from "@/lib/db";
import { runFollowUpJob } from "@/lib/follow-ups/follow-ups";
import { deliverPending } from "@/lib/notifications/outbox";
import { enqueueDeadlineReminders } from "@/lib/notifications/reminders";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { log, logError } from "@/lib/log";
import { loggedRoute } from "@/lib/log/route";

export const dynamic = "force-dynamic";

/** Deadline reminders start this many days before registration closes (at most one a day per person). */
const REMINDER_WINDOW_DAYS = 7;

function authorised(request: Request): boolean {
  const secret = process.env.KOVABLIK_CRON_SECRET;
  const given = request.headers.get("authorization")?.replace(/^Bearer\s+/i, "") ?? "";
  if (!secret || !given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Scheduled work, called by a scheduler (cron, or `npm start`'s launcher every hour) with
// `Authorization: Bearer $KOVABLIK_CRON_SECRET`: deadline reminders in the last week of registration, the
// follow-ups of published winners and their reminders (lib/follow-ups), and
// mail that is waiting in the outbox, and a checkpoint of the audit chain's head outside the database. No
// session: the secret is the credential.
async function handlePost(request: Request) {
  const refused = refuseCrossOrigin(request);
  if (refused) return refused;
  if (!authorised(request)) return Response.json({ ok: false, error: "Tidak berwenang." }, { status: 401 });
  try {
    const prisma = getPrisma();
    const reminders = await enqueueDeadlineReminders(prisma, { actorId: null, withinDays: REMINDER_WINDOW_DAYS });
    const followUps = await runFollowUpJob(prisma);
    const mail = await deliverPending(prisma);
    const checkpoint = await writeCheckpoint(prisma);
    if ("problem" in checkpoint)
      log("error", "audit checkpoint refused", { problem: checkpoint.problem, seq: String(checkpoint.brokenAtSeq) });
    const audit =
      "problem" in checkpoint ? { checkpoint: false, problem: checkpoint.problem } : { checkpoint: checkpoint.written };
    return Response.json({ ok: true, reminders, followUps, mail, audit });
  } catch (e) {
    logError("jadwal", e);
    return Response.json({ ok: false, error: "Tugas terjadwal gagal." }, { status: 500 });
  }
}

export const POST = loggedRoute("jadwal", handlePost);
