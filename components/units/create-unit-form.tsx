"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { refusalText } from "@/components/ui/server-errors";
import { Field, Input, Select } from "@/components/ui/field";
import { createUnitAction } from "@/lib/units/actions";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import {
  childKindsOf,
  createUnitSchema,
  isInstitutionKind,
  isRegionKind,
  isRootKind,
  PARENT_KINDS,
  regionFullName,
  type CreateUnitInput,
  type UnitOption,
} from "@/lib/units/schemas";
import { UnitPicker } from "./unit-picker";

const FIELDS = ["kind", "name", "regionCode", "parentId"] as const;

// Most new units are service units and agencies; the roots mostly exist already.
const FORM_KIND_ORDER: CreateUnitInput["kind"][] = [
  "SERVICE_UNIT",
  "REGIONAL_AGENCY",
  "PROVINCIAL_AGENCY",
  "KABUPATEN",
  "KOTA",
  "BUMD",
  "PROVINCE",
];

const KIND_HINT: Record<CreateUnitInput["kind"], string> = {
  PROVINCE: "Unit puncak pemerintah provinsi.",
  KABUPATEN: "Unit puncak sebuah kabupaten; menjadi instansi dengan admin lokal.",
  KOTA: "Unit puncak sebuah kota; menjadi instansi dengan admin lokal.",
  PROVINCIAL_AGENCY:
    "OPD provinsi (dinas, badan, biro) di bawah Provinsi Jawa Timur; menjadi instansi dengan admin lokal.",
  REGIONAL_AGENCY: "OPD kabupaten/kota (dinas, badan, kecamatan) di bawah sebuah kabupaten atau kota.",
  SERVICE_UNIT:
    "Unit pelayanan (UPT, puskesmas, sekolah, cabang) di bawah perangkat daerah, BUMD, atau unit pelayanan lain.",
  BUMD: "Badan usaha milik daerah; unit puncak dan instansi dengan admin lokal.",
};

export function CreateUnitForm({ parent }: { parent: (UnitOption & { kind: CreateUnitInput["kind"] }) | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const kinds = parent ? childKindsOf(parent.kind) : FORM_KIND_ORDER;
  const form = useForm<CreateUnitInput>({
    resolver: zodResolver(createUnitSchema),
    defaultValues: { kind: kinds[0] ?? "SERVICE_UNIT", name: "", regionCode: "", parentId: parent?.id ?? "" },
  });
  const { errors, isSubmitting } = form.formState;
  const kind = useWatch({ control: form.control, name: "kind" });
  const name = useWatch({ control: form.control, name: "name" });
  const region = isRegionKind(kind);
  const root = isRootKind(kind);
  const setParent = useCallback(
    (id: string) => form.setValue("parentId", id, { shouldValidate: form.formState.isSubmitted }),
    [form],
  );

  const onSubmit = form.handleSubmit(async (values) => {
    setError(null);
    const r = await createUnitAction({ ...values, parentId: root ? "" : values.parentId });
    if (!r.ok) {
      // A message already shown at its field is not repeated above the form.
      setError(refusalText(form.setError, r, FIELDS));
      return;
    }
    router.push(`/admin/unit/${r.data.id}?baru=1`);
  });

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {error && <Alert tone="error">{error}</Alert>}
      <Field id="unit-kind" label="Jenis unit" required hint={KIND_HINT[kind]} error={errors.kind?.message}>
        {(aria) => (
          <Select {...aria} {...form.register("kind", { onChange: () => form.setValue("parentId", "") })}>
            {kinds.map((k) => (
              <option key={k} value={k}>
                {UNIT_KIND_LABEL[k]}
              </option>
            ))}
          </Select>
        )}
      </Field>

      {!root && (
        <Field
          id="unit-parent"
          label="Unit induk"
          required
          hint={`Boleh: ${PARENT_KINDS[kind].map((k) => UNIT_KIND_LABEL[k]).join(", ")}.`}
          error={errors.parentId?.message}
        >
          {(aria) => (
            <UnitPicker
              {...aria}
              query={{ purpose: "parent", childKind: kind }}
              initial={parent && PARENT_KINDS[kind].includes(parent.kind) ? parent : null}
              onChange={setParent}
            />
          )}
        </Field>
      )}

      <Field
        id="unit-name"
        label={region ? `Nama ${kind === "KOTA" ? "kota" : "kabupaten"} (tanpa awalan)` : "Nama unit"}
        required
        hint={
          region
            ? name.trim()
              ? `Nama lengkap: ${regionFullName(kind, name)}`
              : `Misalnya "Malang"; awalan "${kind === "KOTA" ? "Kota" : "Kabupaten"}" ditambahkan otomatis.`
            : 'Nama lengkap dan resmi, misalnya "Puskesmas Kepanjen" atau "Dinas Kesehatan Kota Malang".'
        }
        error={errors.name?.message}
      >
        {(aria) => <Input {...aria} {...form.register("name")} autoComplete="off" />}
      </Field>

      {region && (
        <Field
          id="unit-region-code"
          label="Kode wilayah (Kemendagri)"
          required
          hint={kind === "KOTA" ? "Format 35.NN; kota mulai dari 35.71." : "Format 35.NN; kabupaten 35.01–35.70."}
          error={errors.regionCode?.message}
        >
          {(aria) => (
            <Input
              {...aria}
              {...form.register("regionCode")}
              inputMode="decimal"
              placeholder="35.NN"
              className="max-w-40"
              autoComplete="off"
            />
          )}
        </Field>
      )}

      {kind !== "PROVINCE" && (
        <p className="text-sm text-slate-600">
          {isInstitutionKind(kind)
            ? "Unit ini akan menjadi instansi: dapat memiliki admin lokal dan kuota usulan sendiri."
            : "Unit ini termasuk dalam instansi di atasnya (kuota dan admin lokal mengikuti instansi tersebut)."}
        </p>
      )}

      <div className="flex flex-wrap items-center gap-3 pt-1">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Menyimpan…" : "Buat unit"}
        </Button>
        <ButtonLink href={parent ? `/admin/unit/${parent.id}` : "/admin/unit"} variant="ghost">
          Batal
        </ButtonLink>
      </div>
    </form>
  );
}
