"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmActions, ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field, Input, NumberInput, Select, Textarea } from "@/components/ui/field";
import type { AdvancementPreview } from "@/lib/ranking/advancing";
import { advanceAction, previewAdvanceAction } from "@/lib/ranking/actions";
import { ADVANCE_RULE_LABEL, ADVANCE_RULES, type AdvanceInput } from "@/lib/ranking/schemas";
import { formatTotal } from "@/lib/judging/weighted-total";
import { AdvancementPreviewList } from "./advancement-preview";

type Rule = (typeof ADVANCE_RULES)[number];
type Balance = { by: "kind" | "region"; group: string; min: string; max: string };
type Candidate = { proposalId: string; rank: number; score: number; title: string };
type Groups = { kinds: { value: string; label: string }[]; regions: string[] };

const optional = (v: string) => (v.trim() === "" ? undefined : Number(v));

/**
 * Choosing who advances from a sealed round: the rule (top N, passing grade, or hand-picked on the ranking),
 * optional balance rules per kind of institution or region, a preview of who advances and every entry a
 * balance rule moved with its reason, and only then the confirmed "Tetapkan".
 */
export function AdvancementForm({
  roundId,
  defaultTopN,
  candidates,
  groups,
}: {
  roundId: string;
  defaultTopN: number | null;
  candidates: Candidate[];
  groups: Groups;
}) {
  const router = useRouter();
  const [rule, setRule] = useState<Rule>("TOP_N");
  const [topN, setTopN] = useState(defaultTopN ? String(defaultTopN) : "");
  const [passingGrade, setPassingGrade] = useState("");
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [balance, setBalance] = useState<Balance[]>([]);
  const [note, setNote] = useState("");
  const [preview, setPreview] = useState<AdvancementPreview | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [confirming, setConfirming] = useState(false);

  // Any change makes the preview stale: "Tetapkan" needs a preview of exactly what is recorded.
  const changed =
    <T,>(set: (v: T) => void) =>
    (v: T) => {
      set(v);
      setPreview(null);
    };
  const input = (): AdvanceInput => ({
    roundId,
    rule,
    topN: rule === "TOP_N" ? optional(topN) : undefined,
    passingGrade: rule === "PASSING_GRADE" ? optional(passingGrade) : undefined,
    picked: rule === "HAND_PICKED" ? [...picked] : [],
    balance: balance.map((b) => ({ by: b.by, group: b.group, min: optional(b.min), max: optional(b.max) })),
    note: note.trim() || undefined,
  });
  const run = async (action: typeof previewAdvanceAction | typeof advanceAction) => {
    setPending(true);
    setError(null);
    setErrors({});
    const r = await action(input());
    setPending(false);
    if (!r.ok) {
      setErrors(r.fieldErrors ?? {});
      setError(r.error);
      return null;
    }
    return r;
  };
  const showPreview = async () => {
    const r = await run(previewAdvanceAction);
    if (r) setPreview(r.data as AdvancementPreview);
  };
  const decide = async () => {
    const r = await run(advanceAction);
    setConfirming(false);
    if (!r) return;
    setPreview(null);
    router.refresh();
  };
  const fieldError = (key: string) => errors[key]?.[0];
  const setRow = (i: number, patch: Partial<Balance>) =>
    changed(setBalance)(balance.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  const groupOptions = (by: Balance["by"]) =>
    by === "kind" ? groups.kinds : groups.regions.map((r) => ({ value: r, label: r }));

  return (
    <form noValidate onSubmit={(e) => (e.preventDefault(), void showPreview())} className="space-y-4">
      <fieldset>
        <legend className="text-sm font-semibold text-slate-800">Cara menentukan yang lolos</legend>
        <div className="mt-1.5 grid gap-2 sm:grid-cols-3">
          {ADVANCE_RULES.map((r) => (
            <label
              key={r}
              className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white p-2.5 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
            >
              <input
                type="radio"
                name="aturan"
                value={r}
                checked={rule === r}
                onChange={() => changed(setRule)(r)}
                className="size-4 accent-brand-700"
              />
              {ADVANCE_RULE_LABEL[r]}
            </label>
          ))}
        </div>
      </fieldset>
      {rule === "TOP_N" && (
        <Field id="lolos-n" label="Jumlah yang lolos (N)" required error={fieldError("topN")}>
          {(aria) => <NumberInput {...aria} min={1} value={topN} onChange={(e) => changed(setTopN)(e.target.value)} />}
        </Field>
      )}
      {rule === "PASSING_GRADE" && (
        <Field id="lolos-batas" label="Nilai batas (0–100)" required error={fieldError("passingGrade")}>
          {(aria) => (
            <NumberInput
              {...aria}
              inputMode="decimal"
              step="0.01"
              min={0}
              max={100}
              value={passingGrade}
              onChange={(e) => changed(setPassingGrade)(e.target.value)}
            />
          )}
        </Field>
      )}
      {rule === "HAND_PICKED" && (
        <fieldset aria-describedby={fieldError("picked") ? "lolos-pilih-error" : undefined}>
          <legend className="text-sm font-semibold text-slate-800">
            Pilih usulan yang lolos ({picked.size} dipilih)
          </legend>
          <ul className="mt-1.5 max-h-96 divide-y divide-slate-100 overflow-y-auto rounded-lg border border-slate-200 bg-white">
            {candidates.map((c) => (
              <li key={c.proposalId}>
                <label className="flex items-start gap-3 p-2.5 text-sm">
                  <input
                    type="checkbox"
                    checked={picked.has(c.proposalId)}
                    onChange={(e) => {
                      const next = new Set(picked);
                      if (e.target.checked) next.add(c.proposalId);
                      else next.delete(c.proposalId);
                      changed(setPicked)(next);
                    }}
                    className="mt-0.5 size-4 shrink-0 accent-brand-700"
                  />
                  <span className="min-w-0 break-words">
                    <strong>#{c.rank}</strong> {c.title}{" "}
                    <span className="text-slate-600">({formatTotal(c.score)})</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {fieldError("picked") && (
            <p id="lolos-pilih-error" className="mt-1 text-sm font-medium text-red-700">
              {fieldError("picked")}
            </p>
          )}
        </fieldset>
      )}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">Aturan keseimbangan (opsional)</legend>
        <p className="text-sm text-slate-600">
          Paling sedikit atau paling banyak sekian usulan dari satu jenis instansi atau wilayah. Usulan yang digeser
          aturan ini dicatat beserta alasannya.
        </p>
        {balance.map((b, i) => (
          <div
            key={i}
            className="grid gap-2 rounded-lg border border-slate-200 p-3 sm:grid-cols-[8rem_1fr_6rem_6rem_auto]"
          >
            <Field id={`imbang-${i}-dasar`} label="Dasar">
              {(aria) => (
                <Select
                  {...aria}
                  value={b.by}
                  onChange={(e) => setRow(i, { by: e.target.value as Balance["by"], group: "" })}
                >
                  <option value="kind">Jenis instansi</option>
                  <option value="region">Wilayah</option>
                </Select>
              )}
            </Field>
            <Field
              id={`imbang-${i}-kelompok`}
              label="Kelompok"
              error={fieldError(`balance.${i}.group`) ?? fieldError(`balance.${i}`)}
            >
              {(aria) => (
                <Select {...aria} value={b.group} onChange={(e) => setRow(i, { group: e.target.value })}>
                  <option value="">Pilih…</option>
                  {groupOptions(b.by).map((g) => (
                    <option key={g.value} value={g.value}>
                      {g.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id={`imbang-${i}-min`} label="Paling sedikit" error={fieldError(`balance.${i}.min`)}>
              {(aria) => (
                <Input
                  {...aria}
                  type="number"
                  min={0}
                  value={b.min}
                  onChange={(e) => setRow(i, { min: e.target.value })}
                />
              )}
            </Field>
            <Field id={`imbang-${i}-max`} label="Paling banyak" error={fieldError(`balance.${i}.max`)}>
              {(aria) => (
                <Input
                  {...aria}
                  type="number"
                  min={0}
                  value={b.max}
                  onChange={(e) => setRow(i, { max: e.target.value })}
                />
              )}
            </Field>
            <Button
              variant="ghost"
              size="sm"
              className="self-end"
              onClick={() => changed(setBalance)(balance.filter((_, j) => j !== i))}
              aria-label={`Hapus aturan keseimbangan ${i + 1}`}
            >
              Hapus
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => changed(setBalance)([...balance, { by: "kind", group: "", min: "", max: "" }])}
        >
          Tambah aturan keseimbangan
        </Button>
      </fieldset>
      <Field id="lolos-catatan" label="Catatan keputusan" error={fieldError("note")}>
        {(aria) => (
          <Textarea {...aria} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        )}
      </Field>
      {error && !confirming && <Alert tone="error">{error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={preview ? "secondary" : "primary"} disabled={pending}>
          {pending && !confirming ? "Menghitung…" : "Lihat pratinjau"}
        </Button>
        {preview && (
          <Button onClick={() => setConfirming(true)} disabled={pending}>
            Tetapkan
          </Button>
        )}
      </div>
      {preview && <AdvancementPreviewList preview={preview} />}
      <ConfirmDialog
        open={confirming}
        onClose={() => setConfirming(false)}
        busy={pending}
        title="Tetapkan yang lolos?"
        footer={
          <ConfirmActions
            onCancel={() => setConfirming(false)}
            pending={pending}
            pendingLabel="Mencatat…"
            confirmLabel="Tetapkan"
            onConfirm={() => void decide()}
          />
        }
      >
        {preview && (
          <p>
            {preview.advanced.length} usulan lolos dan {preview.eliminated} tidak lolos
            {preview.adjustments.length ? `; ${preview.adjustments.length} digeser aturan keseimbangan` : ""}. Keputusan
            dicatat di log audit dan berlaku sampai babak berikutnya dibuka.
          </p>
        )}
        {error && confirming && <Alert tone="error">{error}</Alert>}
      </ConfirmDialog>
    </form>
  );
}
