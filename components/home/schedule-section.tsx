import type { BadgeTone } from "@/components/ui/badge";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { EmptyState } from "@/components/ui/empty-state";
import type { HomeEdition } from "@/lib/editions/queries";
import { timelineOf, windowState } from "@/lib/editions/phase";
import { DateRange } from "./date-time";
import { CalendarIcon } from "./icons";

const stateLabel = {
  done: { text: "Selesai", tone: "neutral" },
  current: { text: "Berlangsung", tone: "success" },
  upcoming: { text: "Akan datang", tone: "info" },
  unknown: { text: "Menyusul", tone: "neutral" },
} as const satisfies Record<string, { text: string; tone: BadgeTone }>;

export function ScheduleSection({ edition, now }: { edition: HomeEdition; now: Date }) {
  return (
    <section
      id="jadwal"
      aria-labelledby="judul-jadwal"
      className="scroll-mt-4 border-y border-slate-200 bg-slate-50 py-16 sm:py-20"
    >
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Jadwal</p>
        <h2 id="judul-jadwal" className="mt-2 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">
          {edition ? `Tahapan kompetisi ${edition.year}` : "Tahapan edisi berikutnya"}
        </h2>
        {edition ? (
          <div className="mt-10 grid gap-8 lg:grid-cols-[1.6fr_1fr]">
            <Card>
              <CardContent>
                <p className="text-sm text-slate-600">Semua waktu dalam Waktu Indonesia Barat (WIB).</p>
                <ol className="mt-6">
                  {timelineOf(edition).map((entry, index, all) => {
                    const state = windowState(entry.start, entry.end, now);
                    const last = index === all.length - 1;
                    return (
                      <li key={`${index}-${entry.label}`} className="relative flex gap-4 pb-7 last:pb-0">
                        {!last && (
                          <span
                            aria-hidden="true"
                            className="absolute top-7 bottom-0 left-[0.9375rem] w-0.5 bg-slate-200"
                          />
                        )}
                        <span
                          aria-hidden="true"
                          className={cn(
                            "relative z-10 flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-bold ring-4 ring-white",
                            state === "current" && "bg-gold-400 text-brand-950",
                            state === "done" && "bg-brand-800 text-white",
                            (state === "upcoming" || state === "unknown") &&
                              "border-2 border-brand-300 bg-white text-brand-800",
                          )}
                        >
                          {index + 1}
                        </span>
                        <div className="min-w-0 pt-0.5">
                          <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                            <h3 className="font-bold text-brand-950">{entry.label}</h3>
                            <Badge tone={stateLabel[state].tone}>{stateLabel[state].text}</Badge>
                          </div>
                          <p className="mt-1 text-sm leading-relaxed text-slate-700">
                            <DateRange start={entry.start} end={entry.end} single={entry.single} />
                          </p>
                        </div>
                      </li>
                    );
                  })}
                </ol>
              </CardContent>
            </Card>
            <div className="flex flex-col gap-6">
              <TagList title="Kelompok" items={edition.groups} tone="brand" />
              <TagList title="Kategori" items={edition.categories} tone="accent" />
            </div>
          </div>
        ) : (
          <EmptyState
            className="mt-8 bg-white"
            headingLevel={3}
            title="Jadwal belum tersedia"
            description={
              <p>
                Tahapan pendaftaran, seleksi administrasi, penilaian, dan pengumuman akan ditampilkan di sini bersama
                waktu resminya (WIB) setelah edisi baru diumumkan.
              </p>
            }
            icon={<CalendarIcon />}
          />
        )}
      </div>
    </section>
  );
}

function TagList({ title, items, tone }: { title: string; items: { name: string }[]; tone: BadgeTone }) {
  return (
    <Card>
      <CardContent>
        <h3 className="font-bold text-brand-950">{title}</h3>
        {items.length > 0 ? (
          <ul className="mt-3 flex flex-wrap gap-2">
            {items.map((item) => (
              <li key={item.name}>
                <Badge tone={tone} className="px-3 py-1 text-sm font-medium">
                  {item.name}
                </Badge>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-sm text-slate-600">Belum ditetapkan.</p>
        )}
      </CardContent>
    </Card>
  );
}
