"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { refusalText } from "@/components/ui/server-errors";
import { updateProfileAction } from "@/lib/accounts/actions";
import { updateProfileSchema, type UpdateProfileInput } from "@/lib/accounts/schemas";
import { PROFILE_FIELDS, ProfileFields } from "./profile-fields";

type Outcome = { tone: "success" | "error"; text: string } | null;

export function ProfileForm({ initial }: { initial: UpdateProfileInput }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const form = useForm<UpdateProfileInput>({ resolver: zodResolver(updateProfileSchema), defaultValues: initial });
  const { errors, isSubmitting, isDirty } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const r = await updateProfileAction(values);
    if (!r.ok) {
      const text = refusalText(form.setError, r, PROFILE_FIELDS);
      if (text) setOutcome({ tone: "error", text });
      return;
    }
    form.reset(values);
    setOutcome({ tone: "success", text: r.message ?? "Profil disimpan." });
    router.refresh();
  });
  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {outcome && <Alert tone={outcome.tone}>{outcome.text}</Alert>}
      <ProfileFields register={form.register} errors={errors} idPrefix="profil" />
      <Button type="submit" disabled={isSubmitting || !isDirty}>
        {isSubmitting ? "Menyimpan…" : "Simpan profil"}
      </Button>
    </form>
  );
}
