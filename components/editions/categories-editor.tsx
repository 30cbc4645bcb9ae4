"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { Field, Input, Textarea } from "@/components/ui/field";
import {
  addCategoryAction,
  moveCategoryAction,
  removeCategoryAction,
  updateCategoryAction,
} from "@/lib/editions/actions";
import { categoryFormSchema, type CategoryFormInput } from "@/lib/editions/schemas";
import {
  EditorFormActions,
  EditorItem,
  EditorRowActions,
  EditorList,
  useEditorList,
  useEditorSubmit,
  type SaveResult,
} from "./editor-shell";

export type CategoryItem = {
  id: string;
  name: string;
  description: string | null;
  proposals: number;
  appointments: number;
};

type CategoryFormProps = {
  idPrefix: string;
  initial: CategoryFormInput;
  submitLabel: string;
  onSave: (values: CategoryFormInput) => Promise<SaveResult>;
  onCancel?: () => void;
};

function CategoryForm({ idPrefix, initial, submitLabel, onSave, onCancel }: CategoryFormProps) {
  const form = useForm<CategoryFormInput>({ resolver: zodResolver(categoryFormSchema), defaultValues: initial });
  const { feedback, submit } = useEditorSubmit(form, initial, onSave, ["name", "description"]);
  const { errors, isSubmitting } = form.formState;
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <Field id={`${idPrefix}-nama`} label="Nama kategori" required error={errors.name?.message}>
        {(aria) => <Input {...aria} {...form.register("name")} />}
      </Field>
      <Field id={`${idPrefix}-deskripsi`} label="Deskripsi" error={errors.description?.message}>
        {(aria) => <Textarea {...aria} rows={2} className="min-h-20" {...form.register("description")} />}
      </Field>
      <EditorFormActions feedback={feedback} submitLabel={submitLabel} pending={isSubmitting} onCancel={onCancel} />
    </form>
  );
}

function usage(c: CategoryItem): string {
  if (c.proposals) return `Dipakai ${c.proposals} usulan`;
  if (c.appointments) return "Dipakai dalam penugasan juri";
  return "Belum dipakai";
}

export function CategoriesEditor({ editionId, categories }: { editionId: string; categories: CategoryItem[] }) {
  const list = useEditorList();
  return (
    <EditorList
      ordered
      feedback={list.feedback}
      count={categories.length}
      empty="Belum ada kategori. Tambahkan sekurang-kurangnya satu sebelum pendaftaran dibuka."
      addTitle="Tambah kategori"
      addForm={
        <CategoryForm
          idPrefix="kategori-baru"
          initial={{ name: "", description: "" }}
          submitLabel="Tambah kategori"
          onSave={(values) => list.addRow(addCategoryAction({ editionId, ...values }), "Ditambahkan.")}
        />
      }
    >
      {categories.map((c, i) => (
        <EditorItem
          key={c.id}
          number={i + 1}
          form={
            list.editing === c.id ? (
              <CategoryForm
                idPrefix={`kategori-${i + 1}`}
                initial={{ name: c.name, description: c.description ?? "" }}
                submitLabel="Simpan"
                onCancel={() => list.setEditing(null)}
                onSave={(values) => list.saveRow(updateCategoryAction({ categoryId: c.id, ...values }))}
              />
            ) : undefined
          }
          summary={
            <>
              <p className="font-semibold text-slate-900">{c.name}</p>
              {c.description && <p className="mt-0.5 text-sm text-slate-600">{c.description}</p>}
              <p className="mt-1 text-xs text-slate-500">{usage(c)}</p>
            </>
          }
          actions={
            <EditorRowActions
              move={{
                name: c.name,
                first: i === 0,
                last: i === categories.length - 1,
                disabled: list.moving,
                onMove: (direction) => list.move(() => moveCategoryAction({ id: c.id, direction })),
              }}
              onEdit={() => list.setEditing(c.id)}
              remove={{
                disabled: c.proposals > 0 || c.appointments > 0,
                title: `Hapus kategori "${c.name}"?`,
                onConfirm: list.removeRow(() => removeCategoryAction({ id: c.id }), "Dihapus."),
              }}
            >
              <p>Kategori ini belum dipakai usulan mana pun dan akan dihapus dari edisi ini.</p>
            </EditorRowActions>
          }
        />
      ))}
    </EditorList>
  );
}
