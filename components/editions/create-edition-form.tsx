"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field, Input, NumberInput, Select } from "@/components/ui/field";
import { createEditionAction } from "@/lib/editions/actions";
import { createEditionSchema, MAX_YEAR, MIN_YEAR } from "@/lib/editions/schemas";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { refusal } from "@/components/ui/server-errors";

type Option = { id: string; year: number; theme: string };

export function CreateEditionForm({ copyOptions, suggestedYear }: { copyOptions: Option[]; suggestedYear: number }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm({
    resolver: zodResolver(createEditionSchema),
    defaultValues: { year: suggestedYear, theme: "", copyFromEditionId: copyOptions[0]?.id ?? "" },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await createEditionAction(values);
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, ["year", "theme", "copyFromEditionId"]));
      return;
    }
    router.push(`/admin/edisi/${r.data.year}`);
  });

  return (
    <form noValidate onSubmit={onSubmit} className="space-y-4">
      <FeedbackAlert feedback={feedback} />
      <div className="grid gap-4 sm:grid-cols-[10rem_1fr]">
        <Field id="edisi-tahun" label="Tahun" required error={errors.year?.message}>
          {(aria) => (
            <NumberInput {...aria} min={MIN_YEAR} max={MAX_YEAR} {...form.register("year", { valueAsNumber: true })} />
          )}
        </Field>
        <Field id="edisi-tema" label="Tema" required error={errors.theme?.message}>
          {(aria) => (
            <Input
              {...aria}
              placeholder="Misalnya: Inovasi Pelayanan Publik yang Inklusif"
              {...form.register("theme")}
            />
          )}
        </Field>
      </div>
      <Field
        id="edisi-salin"
        label="Salin pengaturan dari"
        hint="Kelompok, kategori, bagian formulir, ketentuan lampiran, dan babak penilaian beserta kriterianya ikut disalin. Jadwal tidak ikut disalin."
        error={errors.copyFromEditionId?.message}
      >
        {(aria) => (
          <Select {...aria} {...form.register("copyFromEditionId")}>
            {copyOptions.map((o) => (
              <option key={o.id} value={o.id}>
                Edisi {o.year} — {o.theme}
              </option>
            ))}
            <option value="">Jangan salin: mulai dari awal</option>
          </Select>
        )}
      </Field>
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Membuat…" : "Buat edisi"}
      </Button>
    </form>
  );
}
