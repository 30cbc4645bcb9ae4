import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { AssignmentPreview } from "@/lib/judging/assignments";
import { CommitAssignmentButton } from "./assignment-controls";
import { ReleaseJudgeButton } from "./reason-button";
import { TableHead } from "@/components/ui/table";

const fmt = new Intl.NumberFormat("id-ID");

function Stat({ label, value, tone }: { label: string; value: string; tone?: "good" | "bad" }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <dt className="text-xs font-semibold uppercase tracking-wide text-slate-500">{label}</dt>
      <dd
        className={
          tone === "bad"
            ? "text-xl font-bold text-red-700"
            : tone === "good"
              ? "text-xl font-bold text-emerald-700"
              : "text-xl font-bold text-brand-950"
        }
      >
        {value}
      </dd>
    </div>
  );
}

/** What the automatic assignment would do now: coverage, loads per judge, and every entry left short, with why. */
export function AssignmentPreviewView({ p }: { p: AssignmentPreview }) {
  if (p.entryCount === 0 || p.judges.length === 0) {
    return (
      <EmptyState
        title={p.entryCount === 0 ? "Belum ada usulan pada babak ini" : "Belum ada juri pada babak ini"}
        description="Penugasan otomatis membutuhkan usulan yang masuk babak dan juri yang diangkat."
        headingLevel={3}
      />
    );
  }
  return (
    <div className="space-y-6">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat
          label="Usulan lengkap"
          value={`${fmt.format(p.covered)} / ${fmt.format(p.entryCount)}`}
          tone={p.covered === p.entryCount ? "good" : "bad"}
        />
        <Stat label="Penugasan baru" value={fmt.format(p.newCount)} />
        <Stat label="Selisih beban" value={fmt.format(p.spread)} tone={p.spread <= 1 ? "good" : "bad"} />
        <Stat label="Sesuai keahlian" value={fmt.format(p.expertMatches)} />
      </dl>
      <p className="text-sm text-slate-600">
        {p.perEntry} juri per usulan.{" "}
        {p.components <= 1
          ? "Semua juri saling terhubung lewat usulan yang sama, sehingga normalisasi nilai per juri bermakna."
          : `Juri terbagi dalam ${p.components} kelompok yang tidak berbagi usulan.`}
        {p.existingCount > 0 && ` ${fmt.format(p.existingCount)} penugasan yang sudah ada dipertahankan.`}
        {p.spread > 1 &&
          " Selisih beban lebih dari 1 tidak dapat dihindari: konflik atau batas beban membuat sebagian juri tidak bisa menerima usulan lagi (pembagian ini sudah yang paling rata)."}
      </p>
      {!p.closed && (
        <CommitAssignmentButton roundId={p.round.id} basis={p.basis} newCount={p.newCount} short={p.uncovered.length} />
      )}

      <section aria-labelledby="beban-juri">
        <h3 id="beban-juri" className="mb-2 font-bold text-brand-950">
          Beban per juri
        </h3>
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full min-w-[28rem] text-sm">
            <TableHead
              columns={[
                "Juri",
                { label: "Sudah", className: "px-3 py-2 text-right" },
                { label: "Sesudah", className: "px-3 py-2 text-right" },
                { label: "Batas", className: "px-3 py-2 text-right" },
                { label: <span className="sr-only">Tindakan</span>, className: "px-3 py-2" },
              ]}
              className="bg-slate-50 text-left text-slate-600"
              cell="px-3 py-2"
            />
            <tbody className="divide-y divide-slate-100">
              {p.judges.map((j) => (
                <tr key={j.id}>
                  <th scope="row" className="px-3 py-2 text-left font-semibold text-slate-800">
                    {j.name}
                    {j.loadCap === 0 && (
                      <Badge tone="warning" className="ml-2">
                        Mundur
                      </Badge>
                    )}
                  </th>
                  <td className="px-3 py-2 text-right tabular-nums">{fmt.format(j.existing)}</td>
                  <td className="px-3 py-2 text-right font-semibold tabular-nums">{fmt.format(j.total)}</td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {j.loadCap === null ? "—" : fmt.format(j.loadCap)}
                  </td>
                  <td className="px-3 py-2 text-right">
                    {!p.closed && j.loadCap !== 0 && (
                      <ReleaseJudgeButton roundId={p.round.id} judgeId={j.id} name={j.name} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="kurang-juri">
        <h3 id="kurang-juri" className="mb-2 font-bold text-brand-950">
          Usulan yang kurang juri
        </h3>
        {p.uncovered.length === 0 ? (
          <p className="text-sm text-emerald-700">Setiap usulan mendapat {p.perEntry} juri.</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-amber-200 bg-amber-50/40">
            {p.uncovered.map((u) => (
              <li key={u.proposalId} className="p-3 text-sm">
                <p className="font-semibold text-slate-800">{u.title}</p>
                <p className="text-slate-600">
                  {u.unitName} · {u.assigned} dari {p.perEntry} juri: {u.reason}.
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
