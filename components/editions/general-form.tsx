"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Field, Input, NumberInput, Select } from "@/components/ui/field";
import { updateEditionAction } from "@/lib/editions/actions";
import {
  EDITION_STATUS_LABEL,
  EDITION_STATUSES,
  updateEditionSchema,
  type UpdateEditionInput,
} from "@/lib/editions/schemas";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { refusal } from "@/components/ui/server-errors";
import { WibField } from "@/components/ui/wib-field";
import { useUnsavedWarning } from "./unsaved-warning";

export type GeneralFormValues = Omit<UpdateEditionInput, "rounds"> & {
  rounds: (UpdateEditionInput["rounds"][number] & { kindLabel: string })[];
};

const FIELDS = [
  "theme",
  "status",
  "registrationOpensAt",
  "registrationClosesAt",
  "announcementAt",
  "minImplementationMonths",
  "excludePreviousWinners",
  "topN",
  "defaultQuota",
];
const isField = (key: string) => FIELDS.includes(key) || /^rounds\.\d+\.(name|opensAt|closesAt)$/.test(key);

export function GeneralForm({ initial }: { initial: GeneralFormValues }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const { rounds, ...rest } = initial;
  const defaults: UpdateEditionInput = {
    ...rest,
    rounds: rounds.map(({ id, name, opensAt, closesAt }) => ({ id, name, opensAt, closesAt })),
  };
  const form = useForm<UpdateEditionInput>({ resolver: zodResolver(updateEditionSchema), defaultValues: defaults });
  const { errors, isSubmitting, isDirty } = form.formState;
  useUnsavedWarning(isDirty);

  const submit = async (values: UpdateEditionInput) => {
    setFeedback(null);
    const r = await updateEditionAction(values);
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, isField));
      return;
    }
    form.reset(values);
    setFeedback({ tone: "success", text: r.message ?? "Tersimpan." });
    router.refresh();
  };

  const onInvalid = () => setFeedback({ tone: "error", text: "Periksa kembali isian yang ditandai." });

  return (
    <form noValidate onSubmit={form.handleSubmit(submit, onInvalid)} className="flex flex-col gap-5">
      <Card as="section" aria-labelledby="umum-judul">
        <CardHeader>
          <CardTitle as="h2" id="umum-judul">
            Umum
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 md:grid-cols-[1fr_16rem]">
          <Field id="tema" label="Tema" required error={errors.theme?.message}>
            {(aria) => <Input {...aria} {...form.register("theme")} />}
          </Field>
          <Field
            id="status"
            label="Status"
            required
            error={errors.status?.message}
            hint="Unit hanya dapat mengisi usulan saat status “Pendaftaran dibuka”."
          >
            {(aria) => (
              <Select {...aria} {...form.register("status")}>
                {EDITION_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {EDITION_STATUS_LABEL[s]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </CardContent>
      </Card>

      <Card as="section" aria-labelledby="jadwal-judul">
        <CardHeader>
          <CardTitle as="h2" id="jadwal-judul">
            Jadwal
          </CardTitle>
          <CardDescription>
            Semua waktu diisi dan ditampilkan dalam WIB (UTC+7), di mana pun Anda membuka halaman ini.
          </CardDescription>
        </CardHeader>
        <CardContent className="grid gap-4 md:grid-cols-3">
          <WibField
            id="daftar-buka"
            label="Pendaftaran dibuka"
            name="registrationOpensAt"
            form={form}
            error={errors.registrationOpensAt?.message}
          />
          <WibField
            id="daftar-tutup"
            label="Pendaftaran ditutup"
            name="registrationClosesAt"
            form={form}
            error={errors.registrationClosesAt?.message}
          />
          <WibField
            id="pengumuman"
            label="Pengumuman"
            name="announcementAt"
            form={form}
            error={errors.announcementAt?.message}
          />
        </CardContent>
        <CardContent className="border-t border-slate-100 pt-5">
          <h3 className="text-base font-bold text-brand-950">Babak penilaian</h3>
          {rounds.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">Edisi ini belum memiliki babak penilaian.</p>
          ) : (
            <ol className="mt-3 flex flex-col gap-4">
              {rounds.map((r, i) => (
                <li key={r.id} className="rounded-lg border border-slate-200 p-4">
                  <p className="mb-3 text-xs font-semibold uppercase tracking-wide text-slate-500">
                    Babak {i + 1} · {r.kindLabel}
                  </p>
                  <div className="grid gap-4 md:grid-cols-2">
                    <Field
                      id={`babak-${i}-nama`}
                      label="Nama babak"
                      required
                      error={errors.rounds?.[i]?.name?.message}
                      className="md:col-span-2"
                    >
                      {(aria) => <Input {...aria} {...form.register(`rounds.${i}.name`)} />}
                    </Field>
                    <WibField
                      id={`babak-${i}-buka`}
                      label="Dibuka"
                      name={`rounds.${i}.opensAt`}
                      form={form}
                      error={errors.rounds?.[i]?.opensAt?.message}
                    />
                    <WibField
                      id={`babak-${i}-tutup`}
                      label="Ditutup"
                      name={`rounds.${i}.closesAt`}
                      form={form}
                      error={errors.rounds?.[i]?.closesAt?.message}
                    />
                  </div>
                </li>
              ))}
            </ol>
          )}
        </CardContent>
      </Card>

      <Card as="section" aria-labelledby="aturan-judul">
        <CardHeader>
          <CardTitle as="h2" id="aturan-judul">
            Aturan seleksi
          </CardTitle>
        </CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-3">
          <Field
            id="min-bulan"
            label="Minimal lama penerapan (bulan)"
            required
            error={errors.minImplementationMonths?.message}
            hint="Dihitung sampai pendaftaran ditutup."
          >
            {(aria) => (
              <NumberInput {...aria} min={0} {...form.register("minImplementationMonths", { valueAsNumber: true })} />
            )}
          </Field>
          <Field id="top-n" label="Jumlah Top N" required error={errors.topN?.message} hint="Misalnya 45 untuk Top 45.">
            {(aria) => <NumberInput {...aria} min={1} {...form.register("topN", { valueAsNumber: true })} />}
          </Field>
          <Field
            id="kuota-bawaan"
            label="Kuota bawaan per instansi"
            required
            error={errors.defaultQuota?.message}
            hint="Berlaku untuk instansi tanpa kuota khusus."
          >
            {(aria) => <NumberInput {...aria} min={0} {...form.register("defaultQuota", { valueAsNumber: true })} />}
          </Field>
          <div className="sm:col-span-3">
            <label className="flex items-start gap-3 text-sm text-slate-800">
              <input
                type="checkbox"
                className="mt-0.5 size-5 shrink-0 accent-brand-700"
                {...form.register("excludePreviousWinners")}
              />
              <span>
                <span className="font-semibold">Pemenang edisi sebelumnya tidak boleh ikut lagi</span>
                <span className="block text-slate-600">Seleksi administrasi menandai inovasi yang pernah menang.</span>
              </span>
            </label>
          </div>
        </CardContent>
      </Card>

      <div className="sticky bottom-0 z-10 -mx-4 flex flex-col gap-3 border-t border-slate-200 bg-slate-50/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-xl sm:border sm:px-5">
        <FeedbackAlert feedback={feedback} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Menyimpan…" : "Simpan perubahan"}
          </Button>
          {isDirty && !isSubmitting && (
            <span className="text-sm text-slate-600">Ada perubahan yang belum disimpan.</span>
          )}
        </div>
      </div>
    </form>
  );
}
