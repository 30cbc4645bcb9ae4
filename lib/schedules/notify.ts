import "server-only";
import type { Tx } from "@/lib/audit/audited-write";
import { formatDateWIB, formatTimeWIB } from "@/lib/format/date";
import { idsOfPath } from "@/lib/judging/conflict-rules";
import { enqueueNotification } from "@/lib/notifications/outbox";
import { mailLink } from "@/lib/notifications/public-url";

// When the secretariat publishes a schedule, the operators and admin lokal of each scheduled entry's unit get one
// mail each listing their entries' slots (or visit dates), so nobody has to keep checking the portal.

export const SCHEDULE_PUBLISHED_TEMPLATE = "schedule.published";

type Round = { id: string; name: string; kind: string };

async function scheduledLines(tx: Tx, round: Round) {
  if (round.kind === "SITE_VISIT") {
    const visits = await tx.siteVisit.findMany({
      where: { roundId: round.id },
      select: { visitDate: true, proposal: { select: { id: true, title: true, unit: { select: { path: true } } } } },
    });
    return visits.map((v) => ({
      proposal: v.proposal,
      line: `"${v.proposal.title}": kunjungan lapangan pada ${formatDateWIB(v.visitDate)}`,
    }));
  }
  const slots = await tx.presentationSlot.findMany({
    where: { roundId: round.id },
    orderBy: { startsAt: "asc" },
    select: {
      startsAt: true,
      minutes: true,
      room: true,
      proposal: { select: { id: true, title: true, unit: { select: { path: true } } } },
    },
  });
  return slots.map((s) => {
    const ends = formatTimeWIB(new Date(s.startsAt.getTime() + s.minutes * 60_000));
    const starts = formatTimeWIB(s.startsAt).replace(" WIB", "");
    return {
      proposal: s.proposal,
      line: `"${s.proposal.title}": ${formatDateWIB(s.startsAt)} pukul ${starts}–${ends}, ${s.room} (${s.minutes} menit presentasi dan wawancara)`,
    };
  });
}

/** One mail per active operator or admin lokal whose unit holds a scheduled entry (on the unit or above it). */
export async function notifyUnitsOfSchedule(tx: Tx, round: Round): Promise<number> {
  const items = await scheduledLines(tx, round);
  const unitIds = [...new Set(items.flatMap((i) => idsOfPath(i.proposal.unit.path)))];
  const memberships = await tx.membership.findMany({
    where: { unitId: { in: unitIds }, validTo: null, user: { status: "ACTIVE" } },
    select: { role: true, unit: { select: { path: true } }, user: { select: { id: true, name: true, email: true } } },
  });
  const perUser = new Map<string, { user: (typeof memberships)[number]["user"]; lines: Set<string> }>();
  for (const m of memberships) {
    for (const i of items.filter((x) => x.proposal.unit.path.startsWith(m.unit.path))) {
      const entry = perUser.get(m.user.id) ?? { user: m.user, lines: new Set<string>() };
      const path = m.role === "UNIT_ADMIN" ? `/unit/usulan/${i.proposal.id}` : `/usulan/${i.proposal.id}`;
      entry.lines.add(`- ${i.line}\n  ${mailLink(path)}`);
      perUser.set(m.user.id, entry);
    }
  }
  for (const { user, lines } of perUser.values()) {
    await enqueueNotification(tx, {
      recipientEmail: user.email,
      recipientId: user.id,
      template: SCHEDULE_PUBLISHED_TEMPLATE,
      subject: `Jadwal ${round.name} KOVABLIK telah diumumkan`,
      body: [
        `Yth. ${user.name},`,
        "",
        `Sekretariat KOVABLIK telah mengumumkan jadwal ${round.name}. Semua waktu dalam WIB:`,
        ...lines,
        "",
        "Jadwal terbaru selalu tampil di halaman usulan pada portal. Hubungi sekretariat bila berhalangan.",
      ].join("\n"),
    });
  }
  return perUser.size;
}
