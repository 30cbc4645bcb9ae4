"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Badge } from "@/components/ui/badge";
import { Field, Input, NumberInput, Select } from "@/components/ui/field";
import {
  addAttachmentRequirementAction,
  removeAttachmentRequirementAction,
  updateAttachmentRequirementAction,
} from "@/lib/editions/actions";
import {
  ATTACHMENT_KIND_LABEL,
  ATTACHMENT_KINDS,
  attachmentFormSchema,
  CONTENT_TYPE_LABEL,
  CONTENT_TYPES,
  MAX_ATTACHMENT_MB,
  type AttachmentFormInput,
  type AttachmentKind,
  type ContentType,
} from "@/lib/editions/schemas";
import {
  EditorFormActions,
  EditorItem,
  EditorRowActions,
  EditorList,
  useEditorList,
  useEditorSubmit,
  type SaveResult,
} from "./editor-shell";

export type AttachmentItem = {
  id: string;
  kind: AttachmentKind;
  label: string;
  required: boolean;
  allowedContentTypes: string[];
  maxSizeMb: number;
  maxFiles: number;
};

const FIELDS = ["kind", "label", "required", "allowedContentTypes", "maxSizeMb", "maxFiles"];

function AttachmentForm({
  idPrefix,
  initial,
  takenKinds,
  submitLabel,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initial: AttachmentFormInput;
  takenKinds: AttachmentKind[];
  submitLabel: string;
  onSave: (values: AttachmentFormInput) => Promise<SaveResult>;
  onCancel?: () => void;
}) {
  const form = useForm<AttachmentFormInput>({ resolver: zodResolver(attachmentFormSchema), defaultValues: initial });
  const { feedback, submit } = useEditorSubmit(form, initial, onSave, FIELDS);
  const { errors, isSubmitting } = form.formState;
  const typesError = errors.allowedContentTypes?.message ?? errors.allowedContentTypes?.root?.message;
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={`${idPrefix}-jenis`} label="Jenis" required error={errors.kind?.message}>
          {(aria) => (
            <Select {...aria} {...form.register("kind")}>
              {ATTACHMENT_KINDS.map((k) => (
                <option key={k} value={k} disabled={takenKinds.includes(k)}>
                  {ATTACHMENT_KIND_LABEL[k]}
                  {takenKinds.includes(k) ? " (sudah ada)" : ""}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id={`${idPrefix}-label`} label="Label untuk unit" required error={errors.label?.message}>
          {(aria) => <Input {...aria} {...form.register("label")} />}
        </Field>
      </div>
      <fieldset aria-describedby={typesError ? `${idPrefix}-tipe-error` : undefined}>
        <legend className="mb-1.5 text-sm font-semibold text-slate-800">
          Jenis berkas yang diterima
          <span className="ml-0.5 text-red-700" aria-hidden="true">
            *
          </span>
        </legend>
        <div className="flex flex-wrap gap-4">
          {CONTENT_TYPES.map((t) => (
            <label key={t} className="flex items-center gap-2 text-sm text-slate-800">
              <input
                type="checkbox"
                value={t}
                className="size-5 accent-brand-700"
                {...form.register("allowedContentTypes")}
              />
              {CONTENT_TYPE_LABEL[t]}
            </label>
          ))}
        </div>
        {typesError && (
          <p id={`${idPrefix}-tipe-error`} className="mt-1.5 text-sm font-medium text-red-700">
            {typesError}
          </p>
        )}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <Field
          id={`${idPrefix}-ukuran`}
          label="Ukuran maks. per berkas (MB)"
          required
          error={errors.maxSizeMb?.message}
          hint={`Paling besar ${MAX_ATTACHMENT_MB} MB.`}
        >
          {(aria) => (
            <NumberInput
              {...aria}
              min={1}
              max={MAX_ATTACHMENT_MB}
              {...form.register("maxSizeMb", { valueAsNumber: true })}
            />
          )}
        </Field>
        <Field id={`${idPrefix}-jumlah`} label="Jumlah berkas maks." required error={errors.maxFiles?.message}>
          {(aria) => <NumberInput {...aria} min={1} {...form.register("maxFiles", { valueAsNumber: true })} />}
        </Field>
        <label className="flex items-center gap-2 self-end pb-3 text-sm text-slate-800">
          <input type="checkbox" className="size-5 accent-brand-700" {...form.register("required")} />
          Wajib dilampirkan
        </label>
      </div>
      <EditorFormActions feedback={feedback} submitLabel={submitLabel} pending={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

const typesText = (types: string[]) => types.map((t) => CONTENT_TYPE_LABEL[t as ContentType] ?? t).join(", ");

export function AttachmentsEditor({ editionId, items }: { editionId: string; items: AttachmentItem[] }) {
  const list = useEditorList();
  const taken = items.map((i) => i.kind);
  const free = ATTACHMENT_KINDS.filter((k) => !taken.includes(k));
  return (
    <EditorList
      feedback={list.feedback}
      count={items.length}
      empty="Belum ada ketentuan lampiran."
      addTitle="Tambah ketentuan lampiran"
      addForm={
        free.length > 0 && (
          <AttachmentForm
            key={free.join(",")}
            idPrefix="lampiran-baru"
            initial={{
              kind: free[0]!,
              label: "",
              required: false,
              allowedContentTypes: ["application/pdf"],
              maxSizeMb: 10,
              maxFiles: 1,
            }}
            takenKinds={taken}
            submitLabel="Tambah lampiran"
            onSave={(values) => list.addRow(addAttachmentRequirementAction({ editionId, ...values }))}
          />
        )
      }
    >
      {items.map((a) => (
        <EditorItem
          key={a.id}
          form={
            list.editing === a.id ? (
              <AttachmentForm
                idPrefix={`lampiran-${a.kind.toLowerCase()}`}
                initial={{
                  kind: a.kind,
                  label: a.label,
                  required: a.required,
                  allowedContentTypes: a.allowedContentTypes.filter((t): t is ContentType =>
                    (CONTENT_TYPES as readonly string[]).includes(t),
                  ),
                  maxSizeMb: a.maxSizeMb,
                  maxFiles: a.maxFiles,
                }}
                takenKinds={taken.filter((k) => k !== a.kind)}
                submitLabel="Simpan"
                onCancel={() => list.setEditing(null)}
                onSave={(values) => list.saveRow(updateAttachmentRequirementAction({ requirementId: a.id, ...values }))}
              />
            ) : undefined
          }
          summary={
            <>
              <p className="font-semibold text-slate-900">{a.label}</p>
              <p className="mt-1 flex flex-wrap items-center gap-1.5">
                <Badge tone="neutral">{ATTACHMENT_KIND_LABEL[a.kind]}</Badge>
                <Badge tone={a.required ? "brand" : "neutral"}>{a.required ? "Wajib" : "Opsional"}</Badge>
              </p>
              <p className="mt-1.5 text-sm text-slate-600">
                {typesText(a.allowedContentTypes)} · maks. {a.maxSizeMb} MB per berkas · {a.maxFiles} berkas
              </p>
            </>
          }
          actions={
            <EditorRowActions
              onEdit={() => list.setEditing(a.id)}
              remove={{
                title: `Hapus ketentuan "${a.label}"?`,
                onConfirm: list.removeRow(() => removeAttachmentRequirementAction({ id: a.id })),
              }}
            >
              <p>
                Unit tidak lagi diminta melampirkan berkas ini. Berkas yang sudah diunggah tetap tersimpan pada
                usulannya.
              </p>
            </EditorRowActions>
          }
        />
      ))}
    </EditorList>
  );
}
