import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { formatDateWIB, formatTimeWIB } from "@/lib/format/date";
import { fileSlug } from "@/lib/format/file-name";
import { roundSchedule } from "./queries";

// The schedule as a table file (CSV/XLSX through lib/format/spreadsheet-file.ts), one row per entry, in the
// order of the printed schedule: day, time, room.

export async function scheduleExportRows(actor: Actor, roundId: string) {
  const s = await roundSchedule(actor, roundId);
  if (s.kind === "PRESENTATION_INTERVIEW") {
    const v = s.view;
    const rows = [
      ["No", "Tanggal", "Mulai (WIB)", "Selesai (WIB)", "Menit", "Panel/ruang", "Juri panel", "Judul usulan", "Unit"],
      ...v.slots.map((slot, i) => [
        String(i + 1),
        formatDateWIB(slot.startsAt),
        formatTimeWIB(slot.startsAt),
        formatTimeWIB(new Date(slot.startsAt.getTime() + slot.minutes * 60_000)),
        String(slot.minutes),
        slot.room,
        v.panels
          .find((p) => p.id === slot.panelId)
          ?.judges.map((j) => j.name)
          .join("; ") ?? "",
        slot.title,
        slot.unitName,
      ]),
      ...v.unplaced.map((e) => ["", "", "", "", "", "Belum terjadwal", "", e.title, e.unitName]),
    ];
    return { fileBase: `jadwal-presentasi-${v.round.edition.year}-babak-${fileSlug(v.round.name, "babak", 40)}`, rows };
  }
  if (s.kind === "SITE_VISIT") {
    const v = s.view;
    const rows = [
      ["No", "Tanggal kunjungan", "Judul usulan", "Unit", "Juri", "Penilai", "Catatan"],
      ...v.entries.map((e, i) => [
        String(i + 1),
        e.visit ? formatDateWIB(new Date(`${e.visit.visitDate}T00:00:00Z`)) : "Belum dijadwalkan",
        e.title,
        e.unitName,
        e.visit?.judges.map((j) => j.name).join("; ") ?? "",
        e.visit?.evaluators.map((x) => `${x.name} (${x.role})`).join("; ") ?? "",
        e.visit?.note ?? "",
      ]),
    ];
    return { fileBase: `jadwal-kunjungan-${v.round.edition.year}-babak-${fileSlug(v.round.name, "babak", 40)}`, rows };
  }
  return { fileBase: "jadwal", rows: [["Babak evaluasi proposal tidak memiliki jadwal."]] };
}
