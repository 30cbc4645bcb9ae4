"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { Controller, useForm, type Control, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import {
  EditorFormActions,
  EditorItem,
  EditorList,
  useEditorList,
  useEditorSubmit,
  type SaveResult,
} from "@/components/editions/editor-shell";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Input, NumberInput, optionalNumber, Select } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import { formatDateTimeWIB } from "@/lib/format/date";
import {
  appointJudgeAction,
  inviteJudgeAction,
  removeAppointmentAction,
  updateAppointmentAction,
} from "@/lib/judging/actions";
import type { AppointmentList } from "@/lib/judging/appointments";
import {
  appointmentFieldsSchema,
  appointJudgeSchema,
  inviteJudgeSchema,
  type AppointmentFieldsInput,
  type InviteJudgeInput,
} from "@/lib/judging/schemas";

type Category = { id: string; name: string };

function CategoryChecks<T extends FieldValues>({
  idPrefix,
  control,
  name,
  categories,
  error,
}: {
  idPrefix: string;
  control: Control<T>;
  name: Path<T>;
  categories: Category[];
  error?: string;
}) {
  if (categories.length === 0) return <p className="text-sm text-slate-600">Edisi ini belum punya kategori.</p>;
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-semibold text-slate-800">Keahlian (kategori)</legend>
      <p className="text-sm text-slate-600">Penugasan otomatis mengutamakan usulan dari kategori ini.</p>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const value: string[] = Array.isArray(field.value) ? field.value : [];
          return (
            <div className="grid gap-1.5 sm:grid-cols-2">
              {categories.map((c) => (
                <label
                  key={c.id}
                  htmlFor={`${idPrefix}-${c.id}`}
                  className="flex items-start gap-2 text-sm text-slate-800"
                >
                  <input
                    id={`${idPrefix}-${c.id}`}
                    type="checkbox"
                    className="mt-0.5 size-5 shrink-0 accent-brand-700"
                    checked={value.includes(c.id)}
                    onChange={(e) =>
                      field.onChange(e.target.checked ? [...value, c.id] : value.filter((v) => v !== c.id))
                    }
                  />
                  <span>{c.name}</span>
                </label>
              ))}
            </div>
          );
        }}
      />
      {error && <p className="text-sm font-medium text-red-700">{error}</p>}
    </fieldset>
  );
}

/** The most entries this judge scores in the round; empty for no limit. */
function LoadCapField<T extends { loadCap: number | null }>({
  id,
  form: typed,
  narrow,
}: {
  id: string;
  form: UseFormReturn<T>;
  narrow?: boolean;
}) {
  // Every judge form holds `loadCap`; react-hook-form's types cannot say "at least this field".
  const form = typed as unknown as UseFormReturn<{ loadCap: number | null }>;
  return (
    <Field
      id={id}
      label="Batas beban"
      hint="Paling banyak usulan yang dinilai juri ini pada babak ini. Kosongkan bila tanpa batas."
      error={form.formState.errors.loadCap?.message}
    >
      {(aria) => (
        <NumberInput
          {...aria}
          min={0}
          className={narrow ? "sm:w-40" : undefined}
          {...form.register("loadCap", { setValueAs: optionalNumber })}
        />
      )}
    </Field>
  );
}

function AppointmentForm({
  idPrefix,
  initial,
  categories,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initial: AppointmentFieldsInput;
  categories: Category[];
  onSave: (v: AppointmentFieldsInput) => Promise<SaveResult>;
  onCancel: () => void;
}) {
  const form = useForm<AppointmentFieldsInput>({
    resolver: zodResolver(appointmentFieldsSchema),
    defaultValues: initial,
  });
  const { feedback, submit } = useEditorSubmit(form, initial, onSave, ["loadCap", "categoryIds"]);
  const { errors, isSubmitting } = form.formState;
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <LoadCapField id={`${idPrefix}-beban`} form={form} narrow />
      <CategoryChecks
        idPrefix={`${idPrefix}-kat`}
        control={form.control}
        name="categoryIds"
        categories={categories}
        error={errors.categoryIds?.message}
      />
      <EditorFormActions feedback={feedback} submitLabel="Simpan" pending={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

function AppointExistingForm({
  roundId,
  data,
  onDone,
}: {
  roundId: string;
  data: AppointmentList;
  onDone: (message?: string) => void;
}) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const initial = { roundId, userId: "", loadCap: null, categoryIds: [] as string[] };
  const form = useForm({ resolver: zodResolver(appointJudgeSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  if (data.candidates.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        Semua akun juri sudah diangkat pada babak ini. Undang juri baru lewat email di bawah.
      </p>
    );
  }
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await appointJudgeAction(values);
    if (!r.ok) return setFeedback(refusal(form.setError, r, ["userId", "loadCap", "categoryIds"]));
    form.reset(initial);
    onDone(r.message);
  });
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <Field id="angkat-juri" label="Akun juri" required error={errors.userId?.message}>
        {(aria) => (
          <Select {...aria} {...form.register("userId")}>
            <option value="">Pilih juri…</option>
            {data.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} — {c.affiliation ?? c.email}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <LoadCapField id="angkat-beban" form={form} narrow />
      <CategoryChecks
        idPrefix="angkat-kat"
        control={form.control}
        name="categoryIds"
        categories={data.categories}
        error={errors.categoryIds?.message}
      />
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" size="sm" disabled={isSubmitting}>
        {isSubmitting ? "Mengangkat…" : "Angkat sebagai juri"}
      </Button>
    </form>
  );
}

function InviteJudgeForm({
  roundId,
  categories,
  onDone,
}: {
  roundId: string;
  categories: Category[];
  onDone: (message?: string) => void;
}) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const initial: InviteJudgeInput = { roundId, name: "", email: "", affiliation: "", loadCap: null, categoryIds: [] };
  const form = useForm<InviteJudgeInput>({ resolver: zodResolver(inviteJudgeSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await inviteJudgeAction(values);
    if (!r.ok)
      return setFeedback(refusal(form.setError, r, ["name", "email", "affiliation", "loadCap", "categoryIds"]));
    form.reset(initial);
    onDone(r.message);
  });
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="undang-nama" label="Nama lengkap dan gelar" required error={errors.name?.message}>
          {(aria) => <Input {...aria} autoComplete="off" {...form.register("name")} />}
        </Field>
        <Field id="undang-email" label="Email" required error={errors.email?.message}>
          {(aria) => <Input {...aria} type="email" autoComplete="off" {...form.register("email")} />}
        </Field>
        <Field
          id="undang-afiliasi"
          label="Afiliasi"
          hint="Misalnya universitas atau lembaga."
          error={errors.affiliation?.message}
        >
          {(aria) => <Input {...aria} {...form.register("affiliation")} />}
        </Field>
        <LoadCapField id="undang-beban" form={form} />
      </div>
      <CategoryChecks
        idPrefix="undang-kat"
        control={form.control}
        name="categoryIds"
        categories={categories}
        error={errors.categoryIds?.message}
      />
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" size="sm" disabled={isSubmitting}>
        {isSubmitting ? "Mengirim…" : "Kirim undangan dan angkat"}
      </Button>
    </form>
  );
}

/** The round's judges: each with load cap, expertise and declaration; appoint an account or invite by e-mail. */
export function JudgesPanel({ data }: { data: AppointmentList }) {
  const list = useEditorList();
  const categoryName = new Map(data.categories.map((c) => [c.id, c.name]));
  return (
    <EditorList
      feedback={list.feedback}
      count={data.appointments.length}
      empty="Belum ada juri pada babak ini. Angkat akun juri yang sudah ada atau undang juri baru lewat email."
      addTitle={data.closed ? undefined : "Angkat juri yang sudah punya akun"}
      addForm={
        data.closed ? undefined : (
          <AppointExistingForm roundId={data.roundId} data={data} onDone={(m) => list.saved(m)} />
        )
      }
      note={
        data.closed ? undefined : (
          <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
            <h3 className="mb-1 text-base font-bold text-brand-950">Undang juri baru</h3>
            <p className="mb-3 text-sm text-slate-600">
              Akun juri dibuat dan tautan untuk membuat kata sandi dikirim lewat email (kotak keluar).
            </p>
            <InviteJudgeForm roundId={data.roundId} categories={data.categories} onDone={(m) => list.saved(m)} />
          </div>
        )
      }
    >
      {data.appointments.map((a, i) => (
        <EditorItem
          key={a.id}
          form={
            list.editing === a.id ? (
              <AppointmentForm
                idPrefix={`juri-${i + 1}`}
                initial={{ loadCap: a.loadCap, categoryIds: a.categoryIds }}
                categories={data.categories}
                onCancel={() => list.setEditing(null)}
                onSave={(v) => list.saveRow(updateAppointmentAction({ appointmentId: a.id, ...v }))}
              />
            ) : undefined
          }
          summary={
            <>
              <p className="flex flex-wrap items-center gap-2 font-semibold text-slate-900">
                {a.judge.name}
                {a.judge.status === "INVITED" && <Badge tone="info">Diundang</Badge>}
                {a.judge.status === "DISABLED" && <Badge tone="danger">Nonaktif</Badge>}
              </p>
              <p className="text-sm text-slate-600">
                {[a.judge.affiliation, a.judge.email].filter(Boolean).join(" · ")}
              </p>
              <p className="mt-1 text-sm text-slate-700">
                {a.assigned} usulan ditugaskan · batas beban {a.loadCap ?? "tanpa batas"}
              </p>
              <p className="text-sm text-slate-700">
                Keahlian:{" "}
                {a.categoryIds.length ? a.categoryIds.map((id) => categoryName.get(id)).join(", ") : "belum ditetapkan"}
              </p>
              <p className="mt-1 text-xs text-slate-500">
                {a.declarationSignedAt
                  ? `Pernyataan bebas konflik ditandatangani ${formatDateTimeWIB(a.declarationSignedAt)}`
                  : "Pernyataan bebas konflik belum ditandatangani"}
              </p>
            </>
          }
          actions={
            data.closed ? null : (
              <>
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => list.setEditing(a.id)}
                  aria-label={`Ubah ${a.judge.name}`}
                >
                  Ubah
                </Button>
                <ConfirmButton
                  triggerLabel="Berhentikan"
                  triggerVariant="ghost"
                  triggerSize="sm"
                  disabled={a.assigned > 0}
                  title={`Berhentikan ${a.judge.name} dari babak ini?`}
                  confirmLabel="Ya, berhentikan"
                  onConfirm={list.removeRow(
                    () => removeAppointmentAction({ appointmentId: a.id }),
                    "Juri diberhentikan.",
                  )}
                >
                  <p>Akunnya tetap ada; hanya penunjukannya pada babak ini yang dihapus.</p>
                </ConfirmButton>
              </>
            )
          }
        />
      ))}
    </EditorList>
  );
}
