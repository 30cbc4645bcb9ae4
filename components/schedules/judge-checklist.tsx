import type { ReactNode } from "react";

type Judge = { id: string; name: string };

/**
 * The round's judges as checkboxes (a panel's seats, a site-visit team): `disabledNote` gives, per judge, why
 * they cannot be chosen here (seated on another panel, in conflict) or null.
 */
export function JudgeChecklist({
  legend,
  error,
  judges,
  chosen,
  setChosen,
  disabledNote,
}: {
  legend: string;
  error?: string;
  judges: Judge[];
  chosen: string[];
  setChosen: (update: (c: string[]) => string[]) => void;
  disabledNote: (judgeId: string) => ReactNode | null;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-semibold text-slate-800">{legend}</legend>
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
      {judges.length === 0 ? (
        <p className="text-sm text-slate-600">Belum ada juri yang diangkat pada babak ini.</p>
      ) : (
        <ul className="mt-1 grid gap-1 sm:grid-cols-2">
          {judges.map((j) => {
            const note = disabledNote(j.id);
            return (
              <li key={j.id}>
                <label className="flex min-h-10 items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    className="size-4"
                    checked={chosen.includes(j.id)}
                    disabled={note !== null}
                    onChange={(e) => setChosen((c) => (e.target.checked ? [...c, j.id] : c.filter((x) => x !== j.id)))}
                  />
                  <span>
                    {j.name}
                    {note}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
