import { Alert } from "@/components/ui/alert";
import { formatTotal } from "@/lib/judging/weighted-total";
import type { AdvancementPreview } from "@/lib/ranking/advancing";

const score = (v: number | null) => (v === null ? "—" : formatTotal(v));

/** Entries a balance rule moved in or out, each with its reason: in the preview and in the recorded decision. */
export function AdjustmentList({
  adjustments,
}: {
  adjustments: { proposalId: string; title: string; moved: "in" | "out"; reason: string }[];
}) {
  if (adjustments.length === 0)
    return <p className="text-sm text-slate-600">Tidak ada usulan yang digeser aturan keseimbangan.</p>;
  return (
    <ul className="space-y-2 text-sm">
      {adjustments.map((a) => (
        <li key={a.proposalId} className="rounded-lg border border-slate-200 p-2.5">
          <span
            className={
              a.moved === "in"
                ? "mr-2 rounded bg-emerald-100 px-1.5 py-0.5 text-xs font-semibold text-emerald-900"
                : "mr-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-semibold text-red-900"
            }
          >
            {a.moved === "in" ? "Masuk" : "Keluar"}
          </span>
          <strong className="break-words">{a.title}</strong>
          <span className="mt-1 block text-slate-700">{a.reason}</span>
        </li>
      ))}
    </ul>
  );
}

/** The preview before "Tetapkan": who advances, who a balance rule moved, and any minimum that could not be met. */
export function AdvancementPreviewList({ preview }: { preview: AdvancementPreview }) {
  return (
    <section
      aria-labelledby="pratinjau-lolos"
      className="space-y-3 rounded-xl border border-brand-200 bg-brand-50/40 p-4"
    >
      <h3 id="pratinjau-lolos" className="text-sm font-bold text-brand-950">
        Pratinjau: {preview.advanced.length} usulan lolos, {preview.eliminated} tidak lolos
      </h3>
      {preview.unmet.map((u) => (
        <Alert key={u} tone="warning">
          {u}
        </Alert>
      ))}
      <ol className="max-h-72 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 bg-white text-sm">
        {preview.advanced.map((e) => (
          <li key={e.proposalId} className="flex gap-2 p-2">
            <span className="w-10 shrink-0 font-semibold">#{e.rank ?? "—"}</span>
            <span className="min-w-0 flex-1 break-words">
              {e.title}
              <span className="block text-xs text-slate-600">{e.institutionName}</span>
            </span>
            <span className="shrink-0 tabular-nums">{score(e.score)}</span>
          </li>
        ))}
      </ol>
      <h4 className="text-sm font-semibold text-slate-800">Digeser aturan keseimbangan</h4>
      <AdjustmentList adjustments={preview.adjustments} />
    </section>
  );
}
