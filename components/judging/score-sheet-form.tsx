"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { ConflictPanel } from "@/components/proposals/conflict-panel";
import { SaveStatus } from "@/components/proposals/save-status";
import { useAutosave } from "@/components/proposals/use-autosave";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { inputStyles } from "@/components/ui/field";
import { useFlash } from "@/components/ui/flash";
import type { ActionResult } from "@/lib/actions/action";
import { formatDeadlineWIB } from "@/lib/format/date";
import { saveScoresAction, submitSheetAction } from "@/lib/judging/score-actions";
import {
  MAX_SCORE_COMMENT_CHARS,
  parseScoreText,
  scoreFormProblem,
  toScoreEntries,
  type ScoreFormValue,
} from "@/lib/judging/score-schemas";
import { formatTotal, weightedTotal } from "@/lib/judging/weighted-total";
import type { SaveOutcome } from "@/lib/proposals/schemas";

export type ScoreCriterion = {
  id: string;
  name: string;
  description: string | null;
  weight: number;
  scaleMin: number;
  scaleMax: number;
  /** Guidance per level of the scale, lowest first (may be empty). */
  levels: { min: number; max: number; label: string; text: string }[];
};

type Props = {
  roundId: string;
  proposalId: string;
  criteria: ScoreCriterion[];
  sheet: { state: "NONE" | "DRAFT" | "SUBMITTED"; version: number; savedAt: string | null; value: ScoreFormValue };
  /** Why the sheet cannot be changed now, or null. */
  readOnly: string | null;
  closesAt: Date | null;
};

const weightText = (w: number) => `${w.toLocaleString("id-ID", { maximumFractionDigits: 3 })}%`;

/** The rubric beside the proposal: a score and a note per criterion, the live total, autosave, and submit. */
export function ScoreSheetForm({ roundId, proposalId, criteria, sheet, readOnly, closesAt }: Props) {
  const router = useRouter();
  const flash = useFlash();
  const [form, setForm] = useState<ScoreFormValue>(sheet.value);
  const formRef = useRef(form);
  // The version the server holds for what this tab shows: what submit names, so a sheet changed elsewhere
  // since is refused rather than locked unseen.
  const versionRef = useRef(sheet.version);
  const order = useMemo(() => criteria.map((c) => c.id), [criteria]);
  const editable = readOnly === null;

  const autosave = useAutosave<ScoreFormValue>({
    storageKey: `kovablik:nilai:${roundId}:${proposalId}`,
    initialValue: sheet.value,
    initialVersion: sheet.version,
    initialSavedAt: sheet.savedAt,
    enabled: editable,
    getValue: () => formRef.current,
    applyValue: (v) => {
      formRef.current = v;
      setForm(v);
    },
    normalise: (v) => toScoreEntries(v, order),
    validate: (v) => scoreFormProblem(v, criteria),
    save: async (v, baseVersion) => {
      const r = (await saveScoresAction({
        roundId,
        proposalId,
        baseVersion,
        scores: toScoreEntries(v, order),
      })) as ActionResult<SaveOutcome<ScoreFormValue>>;
      if (r.ok) versionRef.current = r.data.saved ? r.data.version : r.data.conflict.version;
      return r;
    },
  });

  const update = (criterionId: string, patch: Partial<{ value: string; comment: string }>) => {
    const current = formRef.current[criterionId] ?? { value: "", comment: "" };
    const next = { ...formRef.current, [criterionId]: { ...current, ...patch } };
    formRef.current = next;
    setForm(next);
    autosave.changed();
  };

  const values = Object.fromEntries(criteria.map((c) => [c.id, parseScoreText(form[c.id]?.value ?? "")]));
  const total = weightedTotal(
    criteria,
    Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v !== null && Number.isNaN(v) ? null : v])),
  );
  const problem = scoreFormProblem(form, criteria);
  const settled = autosave.state === "saved" || autosave.state === "idle";
  const notReady = !total.complete
    ? `Nilai semua kriteria terlebih dahulu (${total.scored} dari ${total.of} sudah dinilai).`
    : problem
      ? problem
      : !settled
        ? "Tunggu sampai nilai tersimpan."
        : null;

  return (
    <section
      aria-labelledby="lembar-nilai"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="lembar-nilai" className="text-lg font-bold text-brand-950">
          Lembar nilai
        </h2>
        {editable ? <SaveStatus state={autosave.state} savedAt={autosave.savedAt} message={autosave.message} /> : null}
      </div>
      {readOnly ? <Alert tone={sheet.state === "SUBMITTED" ? "success" : "warning"}>{readOnly}</Alert> : null}
      {editable && closesAt ? (
        <p className="text-sm text-slate-700">
          Kirim sebelum <strong>{formatDeadlineWIB(closesAt)}</strong>. Nilai tersimpan otomatis saat Anda berhenti
          mengetik.
        </p>
      ) : null}
      {autosave.restored ? (
        <Alert tone="info">
          Nilai yang belum sempat tersimpan di perangkat ini dipulihkan.{" "}
          <button type="button" className="font-semibold underline" onClick={autosave.dismissRestored}>
            Tutup
          </button>
        </Alert>
      ) : null}
      {autosave.conflict ? (
        <ConflictPanel
          savedBy={autosave.conflict.savedBy}
          savedAt={autosave.conflict.savedAt}
          mine={<ValuesText criteria={criteria} value={autosave.conflict.mine} />}
          theirs={<ValuesText criteria={criteria} value={autosave.conflict.theirs} />}
          onKeepMine={autosave.keepMine}
          onTakeTheirs={autosave.takeTheirs}
        />
      ) : null}

      <p className="text-xs text-slate-600">
        Panduan penilaian: keterangan tiap kriteria, rentang nilainya dan panduan tiap tingkat. Angka desimal boleh
        memakai koma (mis. 7,5).
      </p>
      <ol className="space-y-4">
        {criteria.map((c, i) => {
          const v = form[c.id] ?? { value: "", comment: "" };
          const parsed = values[c.id];
          const invalid =
            parsed !== null &&
            parsed !== undefined &&
            (Number.isNaN(parsed) || parsed < c.scaleMin || parsed > c.scaleMax);
          return (
            <li key={c.id} className="rounded-lg border border-slate-200 p-3">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <h3 className="font-semibold text-slate-900">
                  {i + 1}. {c.name}
                </h3>
                <span className="text-sm text-slate-600">
                  Bobot {weightText(c.weight)} · skala {c.scaleMin}–{c.scaleMax}
                </span>
              </div>
              {c.description ? <p className="mt-1 text-sm text-slate-700">{c.description}</p> : null}
              {c.levels.length > 0 && (
                <dl className="mt-2 grid gap-1 rounded-md bg-slate-50 p-2 text-xs text-slate-700 sm:grid-cols-2">
                  {c.levels.map((l) => (
                    <div key={`${l.min}-${l.max}`}>
                      <dt className="inline font-semibold text-slate-900">
                        {l.min}–{l.max} {l.label}:
                      </dt>{" "}
                      <dd className="inline">{l.text}</dd>
                    </div>
                  ))}
                </dl>
              )}
              <div className="mt-2 grid grid-cols-[6rem_minmax(0,1fr)] gap-2">
                <div>
                  <label htmlFor={`nilai-${c.id}`} className="block text-sm font-semibold text-slate-800">
                    Nilai
                  </label>
                  <input
                    id={`nilai-${c.id}`}
                    inputMode="decimal"
                    autoComplete="off"
                    className={inputStyles}
                    value={v.value}
                    disabled={!editable}
                    aria-invalid={invalid}
                    aria-describedby={`skala-${c.id}`}
                    onChange={(e) => update(c.id, { value: e.target.value })}
                    onBlur={() => autosave.flush()}
                  />
                  <p
                    id={`skala-${c.id}`}
                    className={invalid ? "mt-1 text-xs text-red-700" : "mt-1 text-xs text-slate-500"}
                  >
                    {c.scaleMin} sampai {c.scaleMax}
                  </p>
                </div>
                <div>
                  <label htmlFor={`catatan-${c.id}`} className="block text-sm font-semibold text-slate-800">
                    Catatan <span className="font-normal text-slate-500">(opsional)</span>
                  </label>
                  <textarea
                    id={`catatan-${c.id}`}
                    rows={2}
                    maxLength={MAX_SCORE_COMMENT_CHARS}
                    className={inputStyles}
                    value={v.comment}
                    disabled={!editable}
                    onChange={(e) => update(c.id, { comment: e.target.value })}
                    onBlur={() => autosave.flush()}
                  />
                </div>
              </div>
            </li>
          );
        })}
      </ol>

      <div className="sticky bottom-0 -mx-4 -mb-4 space-y-3 rounded-b-xl border-t border-slate-200 bg-slate-50 p-4">
        <p className="text-sm text-slate-700" aria-live="polite">
          Nilai total {total.complete ? "" : "sementara "}
          <strong className="text-xl text-brand-950">{formatTotal(total.total)}</strong> dari 100
          {total.complete ? "" : ` · ${total.scored} dari ${total.of} kriteria dinilai`}
        </p>
        {editable ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button variant="secondary" size="sm" onClick={() => autosave.flush()}>
              Simpan
            </Button>
            <ConfirmButton
              triggerLabel="Kirim lembar nilai"
              triggerVariant="primary"
              title="Kirim lembar nilai?"
              confirmLabel="Ya, kirim"
              pendingLabel="Mengirim…"
              tone="primary"
              disabled={notReady !== null}
              onConfirm={async () => {
                const r = await submitSheetAction({ roundId, proposalId, version: versionRef.current });
                if (!r.ok) return { ok: false, error: r.error };
                flash.show(r.message ?? "Lembar nilai terkirim.");
                router.refresh();
                return { ok: true };
              }}
            >
              <p>
                Nilai total <strong>{formatTotal(total.total)}</strong>. Setelah dikirim, lembar nilai terkunci dan
                hanya sekretariat yang dapat membukanya kembali.
              </p>
            </ConfirmButton>
            {notReady ? <p className="text-sm text-slate-600">{notReady}</p> : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

function ValuesText({ criteria, value }: { criteria: ScoreCriterion[]; value: ScoreFormValue }) {
  return (
    <ul>
      {criteria.map((c) => (
        <li key={c.id}>
          {c.name}: {value[c.id]?.value || "—"}
          {value[c.id]?.comment ? ` — ${value[c.id]!.comment}` : ""}
        </li>
      ))}
    </ul>
  );
}
