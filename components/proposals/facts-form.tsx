"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useState } from "react";
import { Controller, useFieldArray, useForm, useWatch, type Path } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Field, Input, OptionSelect, Textarea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/actions/action";
import { idDateInputValue, isoToIdDate } from "@/lib/format/id-date-input";
import { saveFactsAction } from "@/lib/proposals/actions";
import {
  MAX_INNOVATORS,
  proposalFactsSchema,
  SDG_LABELS,
  type ProposalFacts,
  type ProposalFactsForm,
  type SaveOutcome,
} from "@/lib/proposals/schemas";
import { ConflictPanel } from "./conflict-panel";
import { InnovationPicker, type InnovationOption } from "./innovation-picker";
import { useReportSave } from "./save-board";
import { SaveStatus } from "./save-status";
import { storageKeyFor } from "./section-editor";
import { useAutosave } from "./use-autosave";
import { RestoredNotice } from "./restored-notice";

type Option = { id: string; name: string; description?: string | null };

export type FactsFormProps = {
  proposalId: string;
  enabled: boolean;
  facts: ProposalFacts;
  version: number;
  savedAt: string;
  groups: (Option & { kind: string })[];
  categories: Option[];
  replicated: InnovationOption | null;
};

const FIELD_LABELS: Record<keyof ProposalFacts, string> = {
  title: "Judul",
  implementationStartedOn: "Mulai diterapkan",
  groupId: "Kelompok",
  categoryId: "Kategori",
  sdgs: "TPB/SDGs",
  replicatedInnovationId: "Inovasi asal",
  innovators: "Inovator",
  videoUrl: "Tautan video",
  priorAwards: "Penghargaan sebelumnya",
};

export function FactsForm(props: FactsFormProps) {
  const { proposalId, enabled, groups, categories } = props;
  const form = useForm<ProposalFactsForm, unknown, ProposalFacts>({
    resolver: zodResolver(proposalFactsSchema),
    defaultValues: props.facts,
    mode: "onChange",
  });
  const innovators = useFieldArray({ control: form.control, name: "innovators" });
  const [replicated, setReplicated] = useState<InnovationOption | null>(props.replicated);
  const { errors } = form.formState;
  const names = new Map([...groups, ...categories].map((o) => [o.id, o.name]));
  if (replicated) names.set(replicated.id, `${replicated.name} (${replicated.unitName})`);

  const autosave = useAutosave<ProposalFactsForm>({
    storageKey: storageKeyFor(proposalId, "fakta"),
    initialValue: props.facts,
    initialVersion: props.version,
    initialSavedAt: props.savedAt,
    enabled,
    getValue: () => form.getValues(),
    normalise: (v) => proposalFactsSchema.safeParse(v).data ?? v,
    applyValue: (v) => form.reset(v, { keepDefaultValues: true }),
    validate: (v) => {
      if (proposalFactsSchema.safeParse(v).success) return null;
      void form.trigger();
      return "periksa isian yang ditandai.";
    },
    save: (v, baseVersion) =>
      saveFactsAction({ proposalId, baseVersion, facts: proposalFactsSchema.parse(v) }) as Promise<
        ActionResult<SaveOutcome<ProposalFactsForm>>
      >,
    onRefused: (fieldErrors) => {
      for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
        const field = key.replace(/^facts\./, "") as Path<ProposalFactsForm>;
        if (messages[0]) form.setError(field, { type: "server", message: messages[0] });
      }
    },
  });
  useReportSave("fakta", autosave.state, autosave.savedAt, autosave.flush);

  const { changed } = autosave;
  const { subscribe } = form;
  useEffect(() => subscribe({ formState: { values: true }, callback: () => changed() }), [subscribe, changed]);

  const groupId = useWatch({ control: form.control, name: "groupId" });
  const isReplication = groups.find((g) => g.id === groupId)?.kind === "REPLIKASI";
  const blur = () => autosave.flush();

  return (
    <section
      aria-labelledby="fakta-judul"
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      onBlur={blur}
    >
      <div className="mb-4 flex flex-col gap-1 sm:flex-row sm:items-baseline sm:justify-between sm:gap-4">
        <h2 id="fakta-judul" className="text-lg font-bold text-brand-950">
          Data inovasi
        </h2>
        <SaveStatus
          state={autosave.state}
          savedAt={autosave.savedAt}
          message={autosave.state === "error" ? autosave.message : null}
          className="sm:text-right"
        />
      </div>
      <RestoredNotice autosave={autosave} what="Isian" className="mb-4" />
      {autosave.conflict ? (
        <div className="mb-4">
          <ConflictPanel
            savedBy={autosave.conflict.savedBy}
            savedAt={autosave.conflict.savedAt}
            mine={<FactsDiff a={form.getValues()} b={autosave.conflict.theirs} names={names} />}
            theirs={<FactsDiff a={autosave.conflict.theirs} b={form.getValues()} names={names} />}
            onKeepMine={autosave.keepMine}
            onTakeTheirs={autosave.takeTheirs}
          />
        </div>
      ) : null}
      <fieldset disabled={!enabled} className="grid gap-5 md:grid-cols-2">
        <Field
          id="fakta-judul-inovasi"
          label="Judul inovasi"
          required
          error={errors.title?.message}
          className="md:col-span-2"
        >
          {(aria) => <Input {...aria} {...form.register("title")} maxLength={200} />}
        </Field>
        <Field
          id="fakta-mulai"
          label="Mulai diterapkan"
          hint="Tulis hh/bb/tttt, mis. 15/01/2024: tanggal inovasi mulai dijalankan (syarat usia minimal inovasi dihitung dari sini)."
          error={errors.implementationStartedOn?.message}
        >
          {(aria) => (
            <Controller
              control={form.control}
              name="implementationStartedOn"
              render={({ field }) => (
                <Input
                  {...aria}
                  ref={field.ref}
                  name={field.name}
                  inputMode="numeric"
                  autoComplete="off"
                  placeholder="hh/bb/tttt"
                  maxLength={10}
                  value={isoToIdDate(field.value ?? "")}
                  onChange={(e) => field.onChange(idDateInputValue(e.target.value))}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </Field>
        <Field id="fakta-kelompok" label="Kelompok" error={errors.groupId?.message}>
          {(aria) => (
            <OptionSelect {...aria} placeholder="— Pilih kelompok —" options={groups} {...form.register("groupId")} />
          )}
        </Field>
        <Field id="fakta-kategori" label="Kategori" error={errors.categoryId?.message} className="md:col-span-2">
          {(aria) => (
            <OptionSelect
              {...aria}
              placeholder="— Pilih kategori —"
              options={categories}
              {...form.register("categoryId")}
            />
          )}
        </Field>
        {isReplication ? (
          <div className="md:col-span-2">
            <Controller
              control={form.control}
              name="replicatedInnovationId"
              render={({ field, fieldState }) => (
                <InnovationPicker
                  proposalId={proposalId}
                  value={replicated && replicated.id === field.value ? replicated : null}
                  error={fieldState.error?.message}
                  onChange={(o) => {
                    setReplicated(o);
                    field.onChange(o?.id ?? "");
                  }}
                />
              )}
            />
          </div>
        ) : null}
        <Controller
          control={form.control}
          name="sdgs"
          render={({ field }) => {
            const selected = new Set(field.value ?? []);
            return (
              <fieldset className="md:col-span-2">
                <legend className="text-sm font-semibold text-slate-800">TPB/SDGs yang didukung</legend>
                <p className="mb-2 text-sm text-slate-600">Pilih satu atau lebih tujuan (1–17).</p>
                <div className="flex flex-wrap gap-2">
                  {Object.entries(SDG_LABELS).map(([n, label]) => {
                    const num = Number(n);
                    const on = selected.has(num);
                    return (
                      <button
                        key={n}
                        type="button"
                        aria-pressed={on}
                        title={label}
                        onClick={() => {
                          const next = on ? [...selected].filter((x) => x !== num) : [...selected, num];
                          field.onChange(next.sort((a, b) => a - b));
                        }}
                        className={cn(
                          "min-h-9 rounded-full border px-3 text-sm font-semibold transition-colors disabled:opacity-60",
                          on
                            ? "border-brand-700 bg-brand-800 text-white"
                            : "border-slate-300 bg-white text-slate-700 hover:border-brand-400",
                        )}
                      >
                        <span className="tabular-nums">{num}</span>
                        <span className="sr-only sm:not-sr-only sm:ml-1">{label}</span>
                      </button>
                    );
                  })}
                </div>
              </fieldset>
            );
          }}
        />
        <fieldset className="space-y-3 md:col-span-2">
          <legend className="text-sm font-semibold text-slate-800">Inovator</legend>
          <p className="text-sm text-slate-600">Sesuai SK penetapan. NIP diisi untuk ASN (18 angka).</p>
          {innovators.fields.length === 0 ? <p className="text-sm text-slate-500">Belum ada inovator.</p> : null}
          <ol className="space-y-3">
            {innovators.fields.map((f, i) => (
              <li
                key={f.id}
                className="grid gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end"
              >
                <Field
                  id={`inovator-${i}-nama`}
                  label={`Nama inovator ${i + 1}`}
                  required
                  error={errors.innovators?.[i]?.name?.message}
                >
                  {(aria) => <Input {...aria} {...form.register(`innovators.${i}.name`)} />}
                </Field>
                <Field id={`inovator-${i}-nip`} label="NIP (opsional)" error={errors.innovators?.[i]?.nip?.message}>
                  {(aria) => (
                    <Input {...aria} inputMode="numeric" maxLength={18} {...form.register(`innovators.${i}.nip`)} />
                  )}
                </Field>
                <Field id={`inovator-${i}-jabatan`} label="Jabatan" error={errors.innovators?.[i]?.position?.message}>
                  {(aria) => <Input {...aria} {...form.register(`innovators.${i}.position`)} />}
                </Field>
                <Button
                  variant="ghost"
                  size="sm"
                  onClick={() => innovators.remove(i)}
                  aria-label={`Hapus inovator ${i + 1}`}
                >
                  Hapus
                </Button>
              </li>
            ))}
          </ol>
          {innovators.fields.length < MAX_INNOVATORS ? (
            <Button
              variant="secondary"
              size="sm"
              onClick={() => innovators.append({ name: "", nip: "", position: "" })}
            >
              Tambah inovator
            </Button>
          ) : null}
        </fieldset>
        <Field
          id="fakta-video"
          label="Tautan video"
          hint="Video profil inovasi, maks. 3 menit (YouTube atau Google Drive yang dapat diakses publik)."
          error={errors.videoUrl?.message}
          className="md:col-span-2"
        >
          {(aria) => (
            <Input {...aria} type="url" inputMode="url" placeholder="https://" {...form.register("videoUrl")} />
          )}
        </Field>
        <Field
          id="fakta-penghargaan"
          label="Penghargaan sebelumnya"
          hint="Penghargaan yang pernah diraih inovasi ini (nama, tingkat, tahun). Kosongkan jika belum ada."
          error={errors.priorAwards?.message}
          className="md:col-span-2"
        >
          {(aria) => <Textarea {...aria} rows={3} {...form.register("priorAwards")} />}
        </Field>
      </fieldset>
    </section>
  );
}

/** The fields of `a` that differ from `b`, for the conflict panel. */
function FactsDiff({ a, b, names }: { a: ProposalFactsForm; b: ProposalFactsForm; names: Map<string, string> }) {
  const keys = (Object.keys(FIELD_LABELS) as (keyof ProposalFacts)[]).filter(
    (k) => JSON.stringify(a[k] ?? "") !== JSON.stringify(b[k] ?? ""),
  );
  if (!keys.length) return <em>Sama.</em>;
  const show = (k: keyof ProposalFacts) => {
    const v = a[k];
    if (k === "innovators") return (a.innovators ?? []).map((i) => i.name).join(", ") || "—";
    if (Array.isArray(v)) return v.join(", ") || "—";
    const text = String(v ?? "");
    return names.get(text) ?? (text || "—");
  };
  return (
    <dl className="space-y-1">
      {keys.map((k) => (
        <div key={k}>
          <dt className="inline font-semibold">{FIELD_LABELS[k]}: </dt>
          <dd className="inline">{show(k)}</dd>
        </div>
      ))}
    </dl>
  );
}
