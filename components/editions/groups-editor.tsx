"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field, Input, Textarea } from "@/components/ui/field";
import { addGroupAction, removeGroupAction, updateGroupAction } from "@/lib/editions/actions";
import {
  GROUP_KIND_LABEL,
  GROUP_KINDS,
  updateGroupSchema,
  type GroupKind,
  type UpdateGroupInput,
} from "@/lib/editions/schemas";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { refusal } from "@/components/ui/server-errors";

export type GroupItem = { id: string; kind: GroupKind; name: string; description: string | null; proposals: number };

function GroupForm({ group }: { group: GroupItem }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<UpdateGroupInput>({
    resolver: zodResolver(updateGroupSchema),
    defaultValues: { groupId: group.id, name: group.name, description: group.description ?? "" },
  });
  const { errors, isSubmitting, isDirty } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await updateGroupAction(values);
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, ["name", "description"]));
      return;
    }
    form.reset(values);
    setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
    router.refresh();
  });

  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="mb-3 flex flex-wrap items-center gap-2">
        <Badge tone="brand">{GROUP_KIND_LABEL[group.kind]}</Badge>
        <span className="text-sm text-slate-600">
          {group.proposals ? `Dipakai ${group.proposals} usulan` : "Belum dipakai usulan"}
        </span>
      </div>
      <form noValidate onSubmit={submit} className="space-y-3">
        <Field id={`kelompok-${group.kind}-nama`} label="Nama" required error={errors.name?.message}>
          {(aria) => <Input {...aria} {...form.register("name")} />}
        </Field>
        <Field
          id={`kelompok-${group.kind}-deskripsi`}
          label="Deskripsi"
          error={errors.description?.message}
          hint="Ditampilkan kepada unit saat memilih kelompok."
        >
          {(aria) => <Textarea {...aria} rows={2} className="min-h-20" {...form.register("description")} />}
        </Field>
        <FeedbackAlert feedback={feedback} />
        <div className="flex flex-wrap items-center gap-2">
          <Button type="submit" size="sm" disabled={isSubmitting || !isDirty}>
            {isSubmitting ? "Menyimpan…" : "Simpan"}
          </Button>
          <ConfirmButton
            triggerLabel="Hapus kelompok"
            triggerVariant="ghost"
            triggerSize="sm"
            disabled={group.proposals > 0}
            title={`Hapus ${group.name}?`}
            confirmLabel="Ya, hapus"
            onConfirm={async () => {
              const r = await removeGroupAction({ groupId: group.id });
              if (!r.ok) return { ok: false, error: r.error };
              router.refresh();
              return { ok: true };
            }}
          >
            <p>Unit tidak dapat lagi memilih kelompok ini pada edisi ini. Anda dapat menambahkannya kembali nanti.</p>
          </ConfirmButton>
        </div>
        {group.proposals > 0 && (
          <p className="text-xs text-slate-600">
            Kelompok yang sudah dipakai usulan tidak dapat dihapus; nama dan deskripsinya tetap dapat diubah.
          </p>
        )}
      </form>
    </li>
  );
}

export function GroupsEditor({ editionId, groups }: { editionId: string; groups: GroupItem[] }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, setPending] = useState<GroupKind | null>(null);
  const missing = GROUP_KINDS.filter((k) => !groups.some((g) => g.kind === k));
  const add = async (kind: GroupKind) => {
    setPending(kind);
    setFeedback(null);
    const r = await addGroupAction({ editionId, kind });
    setPending(null);
    setFeedback(r.ok ? { tone: "success", text: r.message ?? "Ditambahkan." } : { tone: "error", text: r.error });
    if (r.ok) router.refresh();
  };
  return (
    <div className="space-y-4">
      <ul className="grid gap-4 lg:grid-cols-3">
        {groups.map((g) => (
          <GroupForm key={g.id} group={g} />
        ))}
      </ul>
      {missing.length > 0 && (
        <div className="flex flex-wrap items-center gap-2">
          {missing.map((k) => (
            <Button key={k} variant="secondary" size="sm" disabled={pending !== null} onClick={() => add(k)}>
              {pending === k ? "Menambahkan…" : `Tambah kelompok ${GROUP_KIND_LABEL[k]}`}
            </Button>
          ))}
        </div>
      )}
      <FeedbackAlert feedback={feedback} />
    </div>
  );
}
