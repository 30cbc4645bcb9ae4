import { EmptyState } from "@/components/ui/empty-state";

/** The judge's open entries of a round (the scoring desk links each of them once it exists). */
export function OwnRoundEntries({
  entries,
  anonymised,
}: {
  entries: { id: string; title: string; unitName: string | null }[];
  anonymised: boolean;
}) {
  if (entries.length === 0) {
    return (
      <EmptyState
        headingLevel={3}
        title="Belum ada usulan"
        description="Sekretariat belum menugaskan usulan kepada Anda pada babak ini. Anda akan diberi tahu lewat email."
      />
    );
  }
  return (
    <>
      {anonymised && (
        <p className="mb-2 text-sm text-slate-600">Babak ini anonim: nama unit pengusul tidak ditampilkan.</p>
      )}
      <ol className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {entries.map((e) => (
          <li key={e.id} className="p-3">
            <p className="font-semibold text-slate-900">{e.title}</p>
            {e.unitName && <p className="text-sm text-slate-600">{e.unitName}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
