import Link from "next/link";
import { PrintButton } from "@/components/proposals/print-button";
import { buttonStyles } from "@/components/ui/button";
import { formatDateWIB, formatTimeWIB } from "@/lib/format/date";
import type { RoundSchedule } from "@/lib/schedules/queries";
import { byDay } from "./presentation-schedule";

const cell = "border border-slate-300 px-2 py-1 text-left align-top";

/** The schedule as paper: day by day, one table per room (presentation) or one table of visits. */
export function SchedulePrint({ schedule }: { schedule: RoundSchedule }) {
  const round = schedule.kind === "DESK_EVALUATION" ? schedule.round : schedule.view.round;
  return (
    <div>
      <div className="mb-4 flex flex-wrap gap-2 print:hidden">
        <Link
          href={`/admin/penjurian/${round.id}/jadwal`}
          className={buttonStyles({ variant: "secondary", size: "sm" })}
        >
          Kembali ke jadwal
        </Link>
        <PrintButton />
      </div>
      <article className="schedule-print rounded-xl border border-slate-200 bg-white p-4 text-sm sm:p-8 print:border-0 print:p-0">
        <header className="mb-4">
          <p className="text-xs uppercase tracking-wide text-slate-600">KOVABLIK {round.edition.year}</p>
          <h1 className="text-xl font-bold text-slate-900">Jadwal {round.name}</h1>
          <p className="text-slate-600">Semua waktu dalam WIB.</p>
        </header>
        {schedule.kind === "PRESENTATION_INTERVIEW" &&
          (schedule.view.slots.length === 0 ? (
            <p>Jadwal masih kosong.</p>
          ) : (
            byDay(schedule.view.slots).map(([day, slots]) => (
              <section key={day} className="mb-6 break-inside-avoid-page">
                <h2 className="mb-2 text-lg font-bold text-slate-900">{day}</h2>
                {schedule.view.panels
                  .filter((p) => slots.some((s) => s.panelId === p.id))
                  .map((p) => (
                    <div key={p.id} className="mb-4 break-inside-avoid">
                      <h3 className="font-semibold">{p.name}</h3>
                      <p className="mb-1 text-xs text-slate-600">Juri: {p.judges.map((j) => j.name).join(", ")}</p>
                      <div className="overflow-x-auto">
                        <table className="w-full border-collapse">
                          <thead>
                            <tr>
                              <th className={cell}>Waktu</th>
                              <th className={cell}>Usulan</th>
                              <th className={cell}>Unit</th>
                            </tr>
                          </thead>
                          <tbody>
                            {slots
                              .filter((s) => s.panelId === p.id)
                              .map((s) => (
                                <tr key={s.proposalId}>
                                  <td className={`${cell} whitespace-nowrap`}>
                                    {formatTimeWIB(s.startsAt).replace(" WIB", "")}–
                                    {formatTimeWIB(new Date(s.startsAt.getTime() + s.minutes * 60_000)).replace(
                                      " WIB",
                                      "",
                                    )}
                                  </td>
                                  <td className={cell}>{s.title}</td>
                                  <td className={cell}>{s.unitName}</td>
                                </tr>
                              ))}
                          </tbody>
                        </table>
                      </div>
                    </div>
                  ))}
              </section>
            ))
          ))}
        {schedule.kind === "SITE_VISIT" && (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse">
              <thead>
                <tr>
                  <th className={cell}>Tanggal</th>
                  <th className={cell}>Usulan</th>
                  <th className={cell}>Unit</th>
                  <th className={cell}>Tim</th>
                </tr>
              </thead>
              <tbody>
                {schedule.view.entries
                  .filter((e) => e.visit)
                  .map((e) => (
                    <tr key={e.proposalId}>
                      <td className={`${cell} whitespace-nowrap`}>
                        {formatDateWIB(new Date(`${e.visit!.visitDate}T00:00:00Z`))}
                      </td>
                      <td className={cell}>{e.title}</td>
                      <td className={cell}>{e.unitName}</td>
                      <td className={cell}>
                        {[
                          ...e.visit!.judges.map((j) => `${j.name} (juri)`),
                          ...e.visit!.evaluators.map((x) => `${x.name} (${x.role})`),
                        ].join(", ")}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        )}
        {schedule.kind === "DESK_EVALUATION" && <p>Babak evaluasi proposal tidak memiliki jadwal.</p>}
      </article>
    </div>
  );
}
