"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { addCategoryAction, moveCategoryAction, removeCategoryAction, updateCategoryAction } from "@/lib/editions/actions";
import { categoryFormSchema, type CategoryFormInput } from "@/lib/editions/schemas";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { refusal } from "@/components/ui/server-errors";
import { MoveButtons } from "./move-buttons";

export type CategoryItem = { id: string; name: string; description: string | null; proposals: number; appointments: number };

function CategoryForm({
  idPrefix,
  initial,
  submitLabel,
  onSave,
  onCancel,
}: {
  idPrefix: string;
  initial: CategoryFormInput;
  submitLabel: string;
  onSave: (values: CategoryFormInput) => Promise<{ ok: true; message?: string } | { ok: false; error: string; fieldErrors?: Record<string, string[]> }>;
  onCancel?: () => void;
}) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<CategoryFormInput>({ resolver: zodResolver(categoryFormSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await onSave(values);
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, ["name", "description"]));
      return;
    }
    form.reset(initial);
  });
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <Field id={`${idPrefix}-nama`} label="Nama kategori" required error={errors.name?.message}>
        {(aria) => <Input {...aria} {...form.register("name")} />}
      </Field>
      <Field id={`${idPrefix}-deskripsi`} label="Deskripsi" error={errors.description?.message}>
        {(aria) => <Textarea {...aria} rows={2} className="min-h-20" {...form.register("description")} />}
      </Field>
      <FeedbackAlert feedback={feedback} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" size="sm" disabled={isSubmitting}>
          {isSubmitting ? "Menyimpan…" : submitLabel}
        </Button>
        {onCancel && (
          <Button variant="ghost" size="sm" onClick={onCancel} disabled={isSubmitting}>
            Batal
          </Button>
        )}
      </div>
    </form>
  );
}

function usage(c: CategoryItem): string {
  if (c.proposals) return `Dipakai ${c.proposals} usulan`;
  if (c.appointments) return "Dipakai dalam penugasan juri";
  return "Belum dipakai";
}

export function CategoriesEditor({ editionId, categories }: { editionId: string; categories: CategoryItem[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);

  const move = async (id: string, direction: "up" | "down") => {
    setMoving(true);
    setFeedback(null);
    const r = await moveCategoryAction({ id, direction });
    setMoving(false);
    if (!r.ok) setFeedback({ tone: "error", text: r.error });
    else router.refresh();
  };

  return (
    <div className="space-y-4">
      <FeedbackAlert feedback={feedback} />
      {categories.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-slate-50 p-4 text-sm text-slate-600">
          Belum ada kategori. Tambahkan sekurang-kurangnya satu sebelum pendaftaran dibuka.
        </p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {categories.map((c, i) => (
            <li key={c.id} className="p-4">
              {editing === c.id ? (
                <CategoryForm
                  idPrefix={`kategori-${i + 1}`}
                  initial={{ name: c.name, description: c.description ?? "" }}
                  submitLabel="Simpan"
                  onCancel={() => setEditing(null)}
                  onSave={async (values) => {
                    const r = await updateCategoryAction({ categoryId: c.id, ...values });
                    if (r.ok) {
                      setEditing(null);
                      setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
                      router.refresh();
                    }
                    return r;
                  }}
                />
              ) : (
                <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
                  <div className="flex min-w-0 gap-3">
                    <span className="flex size-7 shrink-0 items-center justify-center rounded-full bg-brand-50 text-sm font-bold tabular-nums text-brand-800">
                      {i + 1}
                    </span>
                    <div className="min-w-0">
                      <p className="font-semibold text-slate-900">{c.name}</p>
                      {c.description && <p className="mt-0.5 text-sm text-slate-600">{c.description}</p>}
                      <p className="mt-1 text-xs text-slate-500">{usage(c)}</p>
                    </div>
                  </div>
                  <div className="flex shrink-0 flex-wrap items-center gap-1 pl-10 sm:pl-0">
                    <MoveButtons name={c.name} first={i === 0} last={i === categories.length - 1} disabled={moving} onMove={(d) => move(c.id, d)} />
                    <Button variant="secondary" size="sm" onClick={() => setEditing(c.id)}>
                      Ubah
                    </Button>
                    <ConfirmButton
                      triggerLabel="Hapus"
                      triggerVariant="ghost"
                      triggerSize="sm"
                      disabled={c.proposals > 0 || c.appointments > 0}
                      title={`Hapus kategori "${c.name}"?`}
                      confirmLabel="Ya, hapus"
                      onConfirm={async () => {
                        const r = await removeCategoryAction({ id: c.id });
                        if (!r.ok) return { ok: false, error: r.error };
                        setFeedback({ tone: "success", text: r.message ?? "Dihapus." });
                        router.refresh();
                        return { ok: true };
                      }}
                    >
                      <p>Kategori ini belum dipakai usulan mana pun dan akan dihapus dari edisi ini.</p>
                    </ConfirmButton>
                  </div>
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
        <h3 className="mb-3 text-base font-bold text-brand-950">Tambah kategori</h3>
        <CategoryForm
          idPrefix="kategori-baru"
          initial={{ name: "", description: "" }}
          submitLabel="Tambah kategori"
          onSave={async (values) => {
            const r = await addCategoryAction({ editionId, ...values });
            if (r.ok) {
              setFeedback({ tone: "success", text: r.message ?? "Ditambahkan." });
              router.refresh();
            }
            return r;
          }}
        />
      </div>
    </div>
  );
}
