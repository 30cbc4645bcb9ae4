import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { mailLink } from "./public-url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { formatDeadlineWIB } from "@/lib/format/date";
import { enqueueNotification } from "./outbox";
import { calendarDaysLeft } from "@/lib/format/days-left";
import { mailLetter } from "./letter";

// Deadline reminders: many drafts never leave the unit or the admin lokal before registration closes. Each
// admin lokal with proposals waiting (for its review, or still at its units) and each operator with an unsent
// draft gets one mail — at most one per person per day (WIB), however often the button is pressed or the job
// runs, because the outbox itself is the record of what was already sent today.

const REMINDER_LOCK_KEY = 7270_0011;
export const UNIT_ADMIN_TEMPLATE = "proposal.reminder.unit-admin";
export const OPERATOR_TEMPLATE = "proposal.reminder.operator";
const MAX_LISTED = 15;

export type ReminderOutcome =
  | { status: "no-edition" }
  | { status: "closed"; closesAt: Date }
  | { status: "too-early"; daysLeft: number }
  | { status: "queued"; daysLeft: number; unitAdmins: number; operators: number; alreadyRemindedToday: number };

/** Midnight WIB of the day `now` falls on. */
export function startOfDayWIB(now: Date): Date {
  const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
  return new Date(`${day}T00:00:00+07:00`);
}

type Person = { id: string; email: string; name: string };
type Pending = { id: string; title: string; status: string; unitName: string; ancestors: string[] };

const listed = (items: Pending[]) => [
  ...items.slice(0, MAX_LISTED).map((p) => `- ${p.title} (${p.unitName})`),
  ...(items.length > MAX_LISTED ? [`- … dan ${items.length - MAX_LISTED} usulan lainnya`] : []),
];

/**
 * Queues the reminders. `withinDays` makes it a no-op while the deadline is further away (for a scheduled
 * job); the admin's button sends whenever registration is still open.
 */
export async function enqueueDeadlineReminders(
  db: PrismaClient,
  options: { actorId: string | null; now?: Date; withinDays?: number },
): Promise<ReminderOutcome> {
  const now = options.now ?? new Date();
  const edition = await db.edition.findFirst({
    where: { status: { not: "DRAFT" }, registrationClosesAt: { not: null } },
    orderBy: { year: "desc" },
    select: { id: true, year: true, registrationClosesAt: true },
  });
  if (!edition?.registrationClosesAt) return { status: "no-edition" };
  const closesAt = edition.registrationClosesAt;
  if (now >= closesAt) return { status: "closed", closesAt };
  const daysLeft = calendarDaysLeft(closesAt, now);
  if (options.withinDays !== undefined && daysLeft > options.withinDays) return { status: "too-early", daysLeft };

  return db.$transaction(
    async (tx) => {
      // Two presses at once must not both find "nothing sent today yet".
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${REMINDER_LOCK_KEY}::int, 0)`;
      const since = startOfDayWIB(now);
      const proposals = await tx.proposal.findMany({
        where: { editionId: edition.id, status: { in: ["DRAFT", "RETURNED_TO_UNIT", "WITH_UNIT_ADMIN"] } },
        select: { id: true, title: true, status: true, unit: { select: { name: true, path: true } } },
        orderBy: { title: "asc" },
      });
      const pending: Pending[] = proposals.map((p) => ({
        id: p.id,
        title: p.title,
        status: p.status,
        unitName: p.unit.name,
        ancestors: p.unit.path.split("/").filter(Boolean),
      }));
      const unitIds = [...new Set(pending.flatMap((p) => p.ancestors))];
      const memberships = await tx.membership.findMany({
        where: {
          unitId: { in: unitIds },
          validFrom: { lte: now },
          OR: [{ validTo: null }, { validTo: { gt: now } }],
          user: { status: "ACTIVE" },
        },
        select: { role: true, unitId: true, user: { select: { id: true, email: true, name: true } } },
      });
      const byRole = (role: "UNIT_ADMIN" | "OPERATOR") => {
        const map = new Map<string, { person: Person; items: Pending[] }>();
        for (const p of pending) {
          for (const m of memberships) {
            if (m.role !== role || !p.ancestors.includes(m.unitId)) continue;
            const entry = map.get(m.user.id) ?? { person: m.user, items: [] };
            if (!entry.items.includes(p)) entry.items.push(p);
            map.set(m.user.id, entry);
          }
        }
        return map;
      };
      const already = new Set(
        (
          await tx.notification.findMany({
            where: { template: { in: [UNIT_ADMIN_TEMPLATE, OPERATOR_TEMPLATE] }, createdAt: { gte: since } },
            select: { template: true, recipientId: true },
          })
        ).map((n) => `${n.template}:${n.recipientId}`),
      );
      const deadline = formatDeadlineWIB(closesAt);
      const when = daysLeft === 0 ? "hari ini" : `${daysLeft} hari lagi`;
      let unitAdmins = 0;
      let operators = 0;
      let alreadyRemindedToday = 0;

      for (const { person, items } of byRole("UNIT_ADMIN").values()) {
        if (already.has(`${UNIT_ADMIN_TEMPLATE}:${person.id}`)) {
          alreadyRemindedToday++;
          continue;
        }
        const waiting = items.filter((p) => p.status === "WITH_UNIT_ADMIN");
        const atUnits = items.filter((p) => p.status !== "WITH_UNIT_ADMIN");
        await enqueueNotification(tx, {
          recipientEmail: person.email,
          recipientId: person.id,
          template: UNIT_ADMIN_TEMPLATE,
          subject: `Pengingat: pendaftaran KOVABLIK ${edition.year} ditutup ${when}`,
          body: mailLetter(person.name, [
            `Pendaftaran KOVABLIK ${edition.year} ditutup ${deadline} (${when}). Usulan yang belum Anda kirim ke provinsi sebelum waktu itu tidak dapat diikutkan.`,
            ...(waiting.length ? ["", `${waiting.length} usulan menunggu pemeriksaan Anda:`, ...listed(waiting)] : []),
            ...(atUnits.length ? ["", `${atUnits.length} usulan masih berupa draf di unit:`, ...listed(atUnits)] : []),
            "",
            "Periksa dan kirim usulan:",
            mailLink("/unit/usulan"),
          ]),
        });
        unitAdmins++;
      }
      for (const { person, items } of byRole("OPERATOR").values()) {
        const drafts = items.filter((p) => p.status !== "WITH_UNIT_ADMIN");
        if (!drafts.length) continue;
        if (already.has(`${OPERATOR_TEMPLATE}:${person.id}`)) {
          alreadyRemindedToday++;
          continue;
        }
        await enqueueNotification(tx, {
          recipientEmail: person.email,
          recipientId: person.id,
          template: OPERATOR_TEMPLATE,
          subject: `Pengingat: draf usulan KOVABLIK ${edition.year} belum dikirim`,
          body: mailLetter(person.name, [
            `Pendaftaran KOVABLIK ${edition.year} ditutup ${deadline} (${when}). Draf berikut belum dikirim ke admin lokal; admin lokal masih perlu memeriksanya sebelum mengirim ke provinsi, jadi jangan menunggu hari terakhir:`,
            ...listed(drafts),
            "",
            "Lengkapi dan kirim draf:",
            mailLink("/usulan"),
          ]),
        });
        operators++;
      }
      await recordAudit(tx, {
        actorId: options.actorId,
        action: "proposal.reminders",
        entityType: "Edition",
        entityId: edition.id,
        after: { daysLeft, unitAdmins, operators, alreadyRemindedToday },
      });
      return { status: "queued" as const, daysLeft, unitAdmins, operators, alreadyRemindedToday };
    },
    { timeout: 60_000 },
  );
}
