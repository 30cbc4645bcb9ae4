import { EmptyState } from "@/components/ui/empty-state";
import { formatDateWIB, formatTimeWIB } from "@/lib/format/date";
import type { PresentationView } from "@/lib/schedules/queries";
import { MoveEntryForm } from "./schedule-controls";

const timeRange = (startsAt: Date, minutes: number) =>
  `${formatTimeWIB(startsAt).replace(" WIB", "")}–${formatTimeWIB(new Date(startsAt.getTime() + minutes * 60_000))}`;

/** Slots grouped by WIB day, in time order. */
export function byDay<T extends { startsAt: Date }>(slots: T[]): [string, T[]][] {
  const days = new Map<string, T[]>();
  for (const s of slots) {
    const key = formatDateWIB(s.startsAt);
    days.set(key, [...(days.get(key) ?? []), s]);
  }
  return [...days];
}

/** Where an entry may go: every slot of a panel without a conflicted judge; an occupied one means a swap. */
function moveOptions(v: PresentationView, entry: { proposalId: string; blockedJudgeIds: string[] }, placed: boolean) {
  const holder = new Map(v.slots.map((s) => [`${s.panelId}|${s.startsAt.getTime()}`, s]));
  const homePanelId = v.slots.find((s) => s.proposalId === entry.proposalId)?.panelId;
  const homeJudges = v.panels.find((p) => p.id === homePanelId)?.judgeIds ?? [];
  return v.panels
    .filter((p) => p.judges.length && !p.judgeIds.some((j) => entry.blockedJudgeIds.includes(j)))
    .flatMap((p) =>
      v.times.flatMap((t) => {
        const other = holder.get(`${p.id}|${t.at.getTime()}`);
        if (other?.proposalId === entry.proposalId) return [];
        // An entry without a slot can only take a free one (a swap would leave the other without a place), and a
        // swap must suit the other entry too: no judge of the moving entry's panel may conflict with it.
        if (other && (!placed || homeJudges.some((j) => other.blockedJudgeIds.includes(j)))) return [];
        const label = `${p.name} · ${formatDateWIB(t.at)} ${timeRange(t.at, v.minutes)}${other ? ` (tukar dengan "${other.title}")` : ""}`;
        return [{ value: `${p.id}|${t.input}`, label }];
      }),
    );
}

export function PresentationSchedule({ v, changeable }: { v: PresentationView; changeable: boolean }) {
  return (
    <div className="space-y-6">
      {v.unplaced.length > 0 && (
        <section aria-labelledby="belum-terjadwal" className="rounded-lg border border-gold-300 bg-gold-50 p-4">
          <h3 id="belum-terjadwal" className="font-semibold text-gold-900">
            Belum terjadwal ({v.unplaced.length})
          </h3>
          <ul className="mt-2 space-y-3">
            {v.unplaced.map((e) => (
              <li key={e.proposalId} className="text-sm">
                <p className="font-medium text-slate-900">{e.title}</p>
                <p className="text-slate-600">{e.unitName}</p>
                {e.reason && <p className="text-gold-900">{e.reason}</p>}
                {changeable && (
                  <MoveEntryForm
                    roundId={v.round.id}
                    proposalId={e.proposalId}
                    title={e.title}
                    options={moveOptions(v, e, false)}
                  />
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {v.slots.length === 0 ? (
        <EmptyState
          headingLevel={3}
          title="Jadwal masih kosong"
          description="Atur menit dan hari, tambahkan panel dengan jurinya, lalu tekan “Isi jadwal otomatis”."
        />
      ) : (
        byDay(v.slots).map(([day, slots]) => (
          <section key={day} aria-label={day} className="space-y-3">
            <h3 className="text-base font-bold text-brand-900">{day}</h3>
            <div className="grid gap-4 lg:grid-cols-2">
              {v.panels
                .filter((p) => slots.some((s) => s.panelId === p.id))
                .map((p) => (
                  <div
                    key={p.id}
                    role="group"
                    aria-label={`${p.name}, ${day}`}
                    className="rounded-lg border border-slate-200 bg-white"
                  >
                    <div className="border-b border-slate-200 px-3 py-2">
                      <p className="font-semibold text-slate-900">{p.name}</p>
                      <p className="text-xs text-slate-600">
                        {p.judges.map((j) => j.name).join(", ") || "Belum ada juri"}
                      </p>
                    </div>
                    <ol className="divide-y divide-slate-100">
                      {slots
                        .filter((s) => s.panelId === p.id)
                        .map((s) => (
                          <li key={s.proposalId} className="px-3 py-2 text-sm" data-slot={s.proposalId}>
                            <p>
                              <span className="font-mono font-semibold text-brand-900">
                                {timeRange(s.startsAt, s.minutes)}
                              </span>{" "}
                              <span className="text-slate-900">{s.title}</span>
                            </p>
                            <p className="text-slate-600">{s.unitName}</p>
                            {changeable && (
                              <MoveEntryForm
                                roundId={v.round.id}
                                proposalId={s.proposalId}
                                title={s.title}
                                options={moveOptions(v, s, true)}
                              />
                            )}
                          </li>
                        ))}
                    </ol>
                  </div>
                ))}
            </div>
          </section>
        ))
      )}
    </div>
  );
}
