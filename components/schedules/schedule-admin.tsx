import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/card";
import { formatDateTimeWIB } from "@/lib/format/date";
import type { RoundSchedule } from "@/lib/schedules/queries";
import { PanelsEditor } from "./panels-editor";
import { PresentationSchedule } from "./presentation-schedule";
import { ClearButton, FillButton, PublishButton, RegenerateButton } from "./schedule-controls";
import { ScheduleSettingsForm } from "./settings-form";
import { SiteVisitList } from "./site-visit-list";

const fmt = new Intl.NumberFormat("id-ID");

function Downloads({ roundId }: { roundId: string }) {
  const link = buttonStyles({ variant: "secondary", size: "sm" });
  return (
    <div className="flex flex-wrap gap-2">
      <Link href={`/admin/penjurian/${roundId}/jadwal/cetak`} className={link}>
        Versi cetak
      </Link>
      <a href={`/api/admin/penjurian/${roundId}/jadwal?format=xlsx`} className={link}>
        Unduh Excel
      </a>
      <a href={`/api/admin/penjurian/${roundId}/jadwal?format=csv`} className={link}>
        Unduh CSV
      </a>
    </div>
  );
}

function PublishState({ publishedAt }: { publishedAt: Date | null }) {
  return publishedAt ? (
    <Alert tone="success">
      Diumumkan kepada unit sejak {formatDateTimeWIB(publishedAt)}. Perubahan jadwal langsung terlihat oleh operator dan
      admin lokal usulan yang bersangkutan.
    </Alert>
  ) : (
    <Alert tone="info">Belum diumumkan: unit belum melihat jadwal apa pun.</Alert>
  );
}

/** The secretariat's schedule screen of a round: presentation slots and panels, or site visits. */
export function ScheduleAdmin({ schedule }: { schedule: RoundSchedule }) {
  if (schedule.kind === "DESK_EVALUATION")
    return (
      <Alert tone="info">
        Babak evaluasi proposal dinilai dari berkas; jadwal hanya ada untuk babak presentasi dan kunjungan lapangan.
      </Alert>
    );
  const v = schedule.view;
  const changeable = v.round.state !== "CLOSED" && v.round.state !== "SEALED";
  const closed = !changeable && <Alert tone="info">Babak ini sudah ditutup; jadwalnya tidak dapat diubah lagi.</Alert>;

  if (schedule.kind === "SITE_VISIT") {
    const sv = schedule.view;
    const planned = sv.entries.filter((e) => e.visit).length;
    return (
      <div className="space-y-6">
        {closed}
        <SectionCard
          id="kunjungan"
          title="Kunjungan lapangan"
          description={`${fmt.format(planned)} dari ${fmt.format(sv.entries.length)} usulan sudah dijadwalkan. Setiap kunjungan: tanggal, minimal satu juri babak ini tanpa konflik dengan usulan, dan minimal satu penilai.`}
          contentClassName="space-y-4"
        >
          <PublishState publishedAt={sv.publishedAt} />
          <div className="flex flex-wrap gap-2">
            {changeable && <PublishButton roundId={sv.round.id} published={!!sv.publishedAt} count={planned} />}
          </div>
          <Downloads roundId={sv.round.id} />
          <SiteVisitList v={sv} changeable={changeable} />
        </SectionCard>
      </div>
    );
  }

  const pv = schedule.view;
  return (
    <div className="space-y-6">
      {closed}
      <SectionCard
        id="pengaturan-slot"
        title="Slot dan hari"
        description={`Satu slot = presentasi + wawancara (${fmt.format(pv.minutes || pv.settings.presentationMinutes + pv.settings.interviewMinutes)} menit), lalu jeda. ${fmt.format(pv.times.length)} slot per panel.`}
      >
        {pv.slots.length > 0 && changeable && (
          <Alert tone="info" className="mb-4">
            Jadwal sudah berisi usulan; kosongkan jadwal dulu untuk mengubah menit atau hari.
          </Alert>
        )}
        <ScheduleSettingsForm roundId={pv.round.id} initial={pv.settings} locked={!changeable || pv.slots.length > 0} />
      </SectionCard>
      <SectionCard
        id="panel"
        title="Panel (ruang) dan jurinya"
        description="Panel berjalan bersamaan, masing-masing di ruangnya. Usulan hanya ditempatkan di panel yang tidak memuat juri yang berkonflik dengannya."
      >
        {changeable ? (
          <PanelsEditor roundId={pv.round.id} panels={pv.panels} judges={pv.judges} />
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {pv.panels.map((p) => (
              <li key={p.id}>
                {p.name}: {p.judges.map((j) => j.name).join(", ")}
              </li>
            ))}
          </ul>
        )}
      </SectionCard>
      <SectionCard
        id="jadwal-presentasi"
        title="Jadwal presentasi"
        description={`${fmt.format(pv.slots.length)} dari ${fmt.format(pv.entryCount)} usulan terjadwal. Pengisian otomatis menyeimbangkan panel dan memakai slot paling awal; usulan yang sudah terjadwal tidak dipindahkan.`}
        contentClassName="space-y-4"
      >
        <PublishState publishedAt={pv.publishedAt} />
        {changeable && (
          <div className="flex flex-wrap items-start gap-2">
            <FillButton roundId={pv.round.id} unplaced={pv.unplaced.length} />
            <RegenerateButton roundId={pv.round.id} placed={pv.slots.length} published={!!pv.publishedAt} />
            <ClearButton roundId={pv.round.id} placed={pv.slots.length} published={!!pv.publishedAt} />
            <PublishButton roundId={pv.round.id} published={!!pv.publishedAt} count={pv.slots.length} />
          </div>
        )}
        <Downloads roundId={pv.round.id} />
        <PresentationSchedule v={pv} changeable={changeable} />
      </SectionCard>
    </div>
  );
}
