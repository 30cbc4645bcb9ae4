"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SectionCard } from "@/components/ui/card";
import { Field, Textarea } from "@/components/ui/field";
import { updatePublicEntryAction, updatePublicSettingsAction } from "@/lib/public-site/actions";
import {
  PUBLIC_PROPOSAL_FIELD_LABELS,
  PUBLIC_PROPOSAL_FIELDS,
  type PublicProposalField,
} from "@/lib/public-site/fields";
import type { PublicSettingsScreen } from "@/lib/public-site/publication-settings";

const checkbox = "size-5 rounded border-slate-400 text-brand-700 focus:ring-brand-600";

function SettingsForm({ screen }: { screen: PublicSettingsScreen }) {
  const router = useRouter();
  const [statistics, setStatistics] = useState(screen.statisticsPublished);
  const [fields, setFields] = useState<PublicProposalField[]>(
    screen.publicProposalFields.filter((f): f is PublicProposalField =>
      (PUBLIC_PROPOSAL_FIELDS as readonly string[]).includes(f),
    ),
  );
  const [pending, setPending] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const save = async () => {
    setPending(true);
    setFeedback(null);
    const r = await updatePublicSettingsAction({
      editionId: screen.edition.id,
      statisticsPublished: statistics,
      publicProposalFields: fields,
    });
    setPending(false);
    setFeedback(r.ok ? { tone: "success", text: r.message ?? "Tersimpan." } : { tone: "error", text: r.error });
    if (r.ok) router.refresh();
  };
  return (
    <SectionCard
      id="pengaturan-publik"
      title="Yang tampil di portal publik"
      description="Finalis dan pemenang diumumkan dari halaman hasil. Di sini: statistik edisi, dan isian usulan apa yang tampil di halaman tiap inovasi selain judul, instansi, kelompok, kategori, dan ringkasan publik."
    >
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-800">Halaman inovasi menampilkan</legend>
        {PUBLIC_PROPOSAL_FIELDS.map((f) => (
          <label key={f} className="flex min-h-11 items-center gap-3 text-slate-800">
            <input
              type="checkbox"
              className={checkbox}
              checked={fields.includes(f)}
              onChange={(e) => setFields((now) => (e.target.checked ? [...now, f] : now.filter((x) => x !== f)))}
            />
            {PUBLIC_PROPOSAL_FIELD_LABELS[f]}
          </label>
        ))}
      </fieldset>
      <label className="mt-4 flex min-h-11 items-center gap-3 font-semibold text-slate-800">
        <input
          type="checkbox"
          className={checkbox}
          checked={statistics}
          onChange={(e) => setStatistics(e.target.checked)}
        />
        Terbitkan statistik edisi ini
      </label>
      <FeedbackAlert feedback={feedback} className="mt-3" />
      <Button className="mt-3" onClick={save} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan pengaturan"}
      </Button>
    </SectionCard>
  );
}

function EntryForm({ entry }: { entry: PublicSettingsScreen["entries"][number] }) {
  const router = useRouter();
  const [summary, setSummary] = useState(entry.publicSummary);
  const [hidden, setHidden] = useState(entry.publicHidden);
  const [pending, setPending] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const id = `ringkasan-${entry.proposalId}`;
  const save = async () => {
    setPending(true);
    setFeedback(null);
    const r = await updatePublicEntryAction({
      proposalId: entry.proposalId,
      publicSummary: summary,
      publicHidden: hidden,
    });
    setPending(false);
    setFeedback(r.ok ? { tone: "success", text: r.message ?? "Tersimpan." } : { tone: "error", text: r.error });
    if (r.ok) router.refresh();
  };
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        {entry.publicHidden ? <Badge tone="warning">Disembunyikan dari publik</Badge> : null}
      </div>
      <h3 className="mt-1 font-bold break-words text-brand-950">{entry.title}</h3>
      <p className="text-sm text-slate-600">{entry.institution}</p>
      <Field id={id} label="Ringkasan publik" hint="Teks biasa, maksimal 2.000 karakter." className="mt-3">
        {(aria) => (
          <Textarea {...aria} rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={2000} />
        )}
      </Field>
      <label className="mt-2 flex min-h-11 items-center gap-3 text-slate-800">
        <input type="checkbox" className={checkbox} checked={hidden} onChange={(e) => setHidden(e.target.checked)} />
        Sembunyikan usulan ini dari portal publik
      </label>
      <FeedbackAlert feedback={feedback} className="mt-2" />
      <Button size="sm" className="mt-2" onClick={save} disabled={pending}>
        {pending ? "Menyimpan…" : "Simpan"}
      </Button>
    </li>
  );
}

/** An edition's public settings and its finalists' public summaries (admin). */
export function PublicSettings({ screen }: { screen: PublicSettingsScreen }) {
  return (
    <div className="flex flex-col gap-6">
      <SettingsForm screen={screen} />
      <SectionCard
        id="entri-publik"
        title="Ringkasan publik finalis"
        description={
          screen.finalistsVisible
            ? "Finalis edisi ini sudah diumumkan: perubahan langsung tampil di portal publik."
            : "Finalis edisi ini belum diumumkan; siapkan ringkasannya di sini lebih dulu."
        }
      >
        {screen.entries.length === 0 ? (
          <p className="text-slate-700">Belum ada hasil dengan finalis untuk edisi ini.</p>
        ) : (
          <ul className="flex flex-col gap-4">
            {screen.entries.map((e) => (
              <EntryForm key={e.proposalId} entry={e} />
            ))}
          </ul>
        )}
      </SectionCard>
    </div>
  );
}
