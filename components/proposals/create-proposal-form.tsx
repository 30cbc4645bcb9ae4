"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useFlash } from "@/components/ui/flash";
import { Field, Input, Select } from "@/components/ui/field";
import { createProposalAction } from "@/lib/proposals/actions";
import { createProposalSchema, type CreateProposalInput } from "@/lib/proposals/schemas";

export function CreateProposalForm({ units }: { units: { id: string; name: string }[] }) {
  const router = useRouter();
  const flash = useFlash();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CreateProposalInput>({
    resolver: zodResolver(createProposalSchema),
    defaultValues: { title: "", unitId: units.length === 1 ? units[0]!.id : "" },
  });
  const { errors, isSubmitting, isSubmitSuccessful } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const r = await createProposalAction(values);
    if (!r.ok) {
      for (const f of ["title", "unitId"] as const) {
        const m = r.fieldErrors?.[f]?.[0];
        if (m) form.setError(f, { type: "server", message: m });
      }
      setError(r.error);
      throw new Error("refused"); // keeps isSubmitSuccessful false
    }
    flash.show(r.message ?? "Usulan dibuat.", `/usulan/${r.data.id}`);
    router.push(`/usulan/${r.data.id}`);
  });

  return (
    <form noValidate onSubmit={(e) => void onSubmit(e).catch(() => undefined)} className="space-y-5">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <Field
        id="usulan-judul"
        label="Judul inovasi"
        required
        hint="Nama inovasi sebagaimana dikenal (dapat diubah nanti)."
        error={errors.title?.message}
      >
        {(aria) => <Input {...aria} {...form.register("title")} maxLength={200} autoFocus />}
      </Field>
      {units.length > 1 ? (
        <Field id="usulan-unit" label="Unit pengusul" required error={errors.unitId?.message}>
          {(aria) => (
            <Select {...aria} {...form.register("unitId")}>
              <option value="">— Pilih unit —</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      ) : (
        <p className="text-sm text-slate-700">
          Unit pengusul: <strong>{units[0]?.name}</strong>
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={isSubmitting || isSubmitSuccessful}>
          {isSubmitting || isSubmitSuccessful ? "Membuat…" : "Buat usulan"}
        </Button>
        <ButtonLink href="/usulan" variant="ghost">
          Batal
        </ButtonLink>
      </div>
    </form>
  );
}
