import type { RubricCriterion } from "@/lib/judging/rubric-presets";
import { percentTotal } from "@/lib/judging/round-rules";

/** A frozen rubric, read-only: what the judges score with, each level's guidance included. */
export function RubricView({ criteria }: { criteria: RubricCriterion[] }) {
  if (criteria.length === 0) return <p className="text-sm text-slate-600">Rubrik babak ini kosong.</p>;
  return (
    <div className="space-y-3">
      <ol className="space-y-3">
        {criteria.map((c, i) => (
          <li key={i} className="rounded-xl border border-slate-200 bg-white p-4">
            <p className="flex flex-wrap items-baseline justify-between gap-2">
              <span className="font-semibold text-slate-900">
                {i + 1}. {c.name}
              </span>
              <span className="text-sm font-semibold text-brand-800">
                Bobot {c.weight} % · skala {c.scaleMin}–{c.scaleMax}
              </span>
            </p>
            {c.description && <p className="mt-1 text-sm text-slate-600">{c.description}</p>}
            {c.levels.length > 0 && (
              <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[9rem_1fr]">
                {c.levels.map((l) => (
                  <div key={l.min} className="contents">
                    <dt className="font-semibold text-slate-700">
                      {l.min}–{l.max} {l.label}
                    </dt>
                    <dd className="text-slate-600">{l.text}</dd>
                  </div>
                ))}
              </dl>
            )}
          </li>
        ))}
      </ol>
      <p className="text-sm text-slate-600">Jumlah bobot: {percentTotal(criteria.map((c) => c.weight))} %.</p>
    </div>
  );
}
