"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, useWatch } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Field, Input, NumberInput, optionalNumber, Textarea } from "@/components/ui/field";
import { addSectionAction, moveSectionAction, removeSectionAction, updateSectionAction } from "@/lib/editions/actions";
import { sectionFormSchema, sectionKeyFrom, type SectionFormInput } from "@/lib/editions/schemas";
import {
  EditorFormActions,
  EditorItem,
  EditorRowActions,
  EditorList,
  useEditorList,
  useEditorSubmit,
  type SaveResult,
} from "./editor-shell";

export type SectionItem = {
  id: string;
  key: string;
  title: string;
  guidance: string | null;
  wordLimit: number | null;
  required: boolean;
  isPublic: boolean;
  answers: number;
};

const FIELDS = ["title", "guidance", "wordLimit", "required", "isPublic"];

function KeyPreview({
  control,
  existingKey,
}: {
  control: ReturnType<typeof useForm<SectionFormInput>>["control"];
  existingKey?: string;
}) {
  const title = useWatch({ control, name: "title" });
  const key = existingKey ?? (title?.trim() ? sectionKeyFrom(title) : "");
  if (!key) return null;
  return (
    <p className="text-xs text-slate-600">
      Kunci: <code className="rounded bg-slate-100 px-1 py-0.5 text-slate-800">{key}</code>
      {existingKey ? " (tetap, walau judul diubah)" : " (dibuat dari judul, tidak berubah setelah disimpan)"}
    </p>
  );
}

function SectionForm({
  idPrefix,
  initial,
  existingKey,
  answers = 0,
  submitLabel,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initial: SectionFormInput;
  existingKey?: string;
  answers?: number;
  submitLabel: string;
  onSave: (values: SectionFormInput) => Promise<SaveResult>;
  onCancel?: () => void;
}) {
  const form = useForm<SectionFormInput>({ resolver: zodResolver(sectionFormSchema), defaultValues: initial });
  const { feedback, submit } = useEditorSubmit(form, initial, onSave, FIELDS);
  const { errors, isSubmitting } = form.formState;
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <div className="space-y-1">
        <Field id={`${idPrefix}-judul`} label="Judul bagian" required error={errors.title?.message}>
          {(aria) => <Input {...aria} {...form.register("title")} />}
        </Field>
        <KeyPreview control={form.control} existingKey={existingKey} />
      </div>
      <Field
        id={`${idPrefix}-panduan`}
        label="Panduan pengisian"
        error={errors.guidance?.message}
        hint="Ditampilkan di bawah judul bagian pada formulir usulan."
      >
        {(aria) => <Textarea {...aria} rows={3} className="min-h-20" {...form.register("guidance")} />}
      </Field>
      <Field
        id={`${idPrefix}-batas`}
        label="Batas kata"
        error={errors.wordLimit?.message}
        hint={
          answers > 0
            ? `Sudah ada ${answers} jawaban. Jawaban yang melebihi batas baru tidak dipotong; jawaban itu ditandai pada seleksi administrasi.`
            : "Kosongkan bila tanpa batas."
        }
      >
        {(aria) => (
          <NumberInput
            {...aria}
            min={1}
            className="sm:w-48"
            {...form.register("wordLimit", { setValueAs: optionalNumber })}
          />
        )}
      </Field>
      <div className="flex flex-col gap-2 sm:flex-row sm:gap-6">
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-5 accent-brand-700" {...form.register("required")} />
          Wajib diisi
        </label>
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" className="size-5 accent-brand-700" {...form.register("isPublic")} />
          Tampil di halaman publik
        </label>
      </div>
      <EditorFormActions feedback={feedback} submitLabel={submitLabel} pending={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

export function SectionsEditor({
  editionId,
  sections,
  archived,
}: {
  editionId: string;
  sections: SectionItem[];
  archived: number;
}) {
  const list = useEditorList();
  return (
    <EditorList
      ordered
      feedback={list.feedback}
      count={sections.length}
      empty="Formulir belum memiliki bagian."
      note={
        archived > 0 && (
          <p className="text-sm text-slate-600">
            {archived} bagian diarsipkan: tidak tampil di formulir, jawabannya tetap tersimpan.
          </p>
        )
      }
      addTitle="Tambah bagian"
      addForm={
        <SectionForm
          idPrefix="bagian-baru"
          initial={{ title: "", guidance: "", wordLimit: null, required: true, isPublic: false }}
          submitLabel="Tambah bagian"
          onSave={(values) => list.addRow(addSectionAction({ editionId, ...values }))}
        />
      }
    >
      {sections.map((s, i) => (
        <EditorItem
          key={s.id}
          number={i + 1}
          form={
            list.editing === s.id ? (
              <SectionForm
                idPrefix={`bagian-${i + 1}`}
                existingKey={s.key}
                answers={s.answers}
                initial={{
                  title: s.title,
                  guidance: s.guidance ?? "",
                  wordLimit: s.wordLimit,
                  required: s.required,
                  isPublic: s.isPublic,
                }}
                submitLabel="Simpan"
                onCancel={() => list.setEditing(null)}
                onSave={(values) => list.saveRow(updateSectionAction({ sectionId: s.id, ...values }))}
              />
            ) : undefined
          }
          summary={
            <>
              <p className="font-semibold text-slate-900">{s.title}</p>
              <p className="mt-1 flex flex-wrap items-center gap-1.5">
                <Badge tone={s.required ? "brand" : "neutral"}>{s.required ? "Wajib" : "Opsional"}</Badge>
                <Badge tone="neutral">{s.wordLimit ? `Maks. ${s.wordLimit} kata` : "Tanpa batas kata"}</Badge>
                {s.isPublic && <Badge tone="info">Publik</Badge>}
                <code className="text-xs text-slate-500">{s.key}</code>
              </p>
              {s.guidance && <p className="mt-1.5 text-sm text-slate-600">{s.guidance}</p>}
              {s.answers > 0 && <p className="mt-1 text-xs text-slate-500">Sudah dijawab pada {s.answers} usulan</p>}
            </>
          }
          actions={
            <EditorRowActions
              move={{
                name: s.title,
                first: i === 0,
                last: i === sections.length - 1,
                disabled: list.moving,
                onMove: (direction) => list.move(() => moveSectionAction({ id: s.id, direction })),
              }}
              onEdit={() => list.setEditing(s.id)}
              remove={{
                label: s.answers ? "Arsipkan" : "Hapus",
                title: s.answers ? `Arsipkan bagian "${s.title}"?` : `Hapus bagian "${s.title}"?`,
                confirmLabel: s.answers ? "Ya, arsipkan" : "Ya, hapus",
                onConfirm: list.removeRow(() => removeSectionAction({ id: s.id })),
              }}
            >
              {s.answers ? (
                <p>
                  Bagian ini sudah dijawab pada {s.answers} usulan. Bagian akan diarsipkan: tidak tampil lagi di
                  formulir, tetapi jawaban yang sudah ada tetap tersimpan dan dapat dibaca.
                </p>
              ) : (
                <p>Belum ada usulan yang mengisi bagian ini. Bagian akan dihapus dari formulir.</p>
              )}
            </EditorRowActions>
          }
        />
      ))}
    </EditorList>
  );
}
