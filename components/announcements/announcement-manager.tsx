"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { FeedbackAlert, type Feedback } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { refusal } from "@/components/ui/server-errors";
import {
  removeAnnouncementAction,
  saveAnnouncementAction,
  setAnnouncementPublishedAction,
} from "@/lib/announcements/actions";
import { saveAnnouncementSchema, type SaveAnnouncementInput } from "@/lib/announcements/schemas";
import { formatDateTimeWIB } from "@/lib/format/date";

export type AnnouncementItem = {
  id: string;
  title: string;
  body: string;
  editionYear: number | null;
  publishedAt: string | null;
};

function AnnouncementForm({
  item,
  years,
  onDone,
}: {
  item: AnnouncementItem | null;
  years: number[];
  onDone: (message: string) => void;
}) {
  const [feedback, setFeedback] = useState<Feedback>(null);
  const form = useForm<SaveAnnouncementInput>({
    resolver: zodResolver(saveAnnouncementSchema),
    defaultValues: {
      id: item?.id ?? "",
      title: item?.title ?? "",
      body: item?.body ?? "",
      editionYear: item?.editionYear ? String(item.editionYear) : "",
    },
  });
  const { errors, isSubmitting } = form.formState;
  const key = item?.id ?? "baru";
  const submit = form.handleSubmit(async (values) => {
    setFeedback(null);
    const r = await saveAnnouncementAction(values);
    if (!r.ok) {
      setFeedback(refusal(form.setError, r, ["title", "body", "editionYear"]));
      return;
    }
    if (!item) form.reset({ id: "", title: "", body: "", editionYear: "" });
    onDone(r.message ?? "Tersimpan.");
  });
  return (
    <form noValidate onSubmit={submit} className="space-y-3">
      <Field id={`pengumuman-${key}-judul`} label="Judul" required error={errors.title?.message}>
        {(aria) => <Input {...aria} {...form.register("title")} />}
      </Field>
      <Field
        id={`pengumuman-${key}-isi`}
        label="Isi"
        required
        error={errors.body?.message}
        hint="Teks biasa; baris kosong memisahkan paragraf. Tampil apa adanya di halaman publik."
      >
        {(aria) => <Textarea {...aria} rows={6} {...form.register("body")} />}
      </Field>
      <Field id={`pengumuman-${key}-edisi`} label="Edisi" error={errors.editionYear?.message}>
        {(aria) => (
          <Select {...aria} {...form.register("editionYear")}>
            <option value="">Umum (tanpa edisi)</option>
            {years.map((y) => (
              <option key={y} value={y}>
                KOVABLIK {y}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <FeedbackAlert feedback={feedback} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Menyimpan…" : item ? "Simpan perubahan" : "Simpan sebagai draf"}
      </Button>
    </form>
  );
}

function AnnouncementEntry({ item, years }: { item: AnnouncementItem; years: number[] }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [feedback, setFeedback] = useState<Feedback>(null);
  const published = item.publishedAt !== null;
  const done = (text: string) => {
    setFeedback({ tone: "success", text });
    setEditing(false);
    router.refresh();
  };
  return (
    <li className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone={published ? "success" : "neutral"}>{published ? "Terbit" : "Draf"}</Badge>
        {item.editionYear ? <Badge tone="brand">{item.editionYear}</Badge> : null}
        {published ? <span className="text-sm text-slate-600">sejak {formatDateTimeWIB(item.publishedAt)}</span> : null}
      </div>
      <h3 className="mt-2 text-lg font-bold break-words text-brand-950">{item.title}</h3>
      {editing ? (
        <div className="mt-3">
          <AnnouncementForm item={item} years={years} onDone={done} />
        </div>
      ) : (
        <p className="mt-1 line-clamp-3 text-sm whitespace-pre-line text-slate-700">{item.body}</p>
      )}
      <FeedbackAlert feedback={feedback} className="mt-3" />
      <div className="mt-3 flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" onClick={() => setEditing((e) => !e)}>
          {editing ? "Batal ubah" : "Ubah"}
        </Button>
        <ConfirmButton
          triggerLabel={published ? "Tarik dari publik" : "Terbitkan"}
          triggerVariant={published ? "secondary" : "primary"}
          triggerSize="sm"
          tone={published ? "danger" : "primary"}
          title={published ? `Tarik "${item.title}" dari halaman publik?` : `Terbitkan "${item.title}"?`}
          confirmLabel={published ? "Ya, tarik" : "Ya, terbitkan"}
          onConfirm={async () => {
            const r = await setAnnouncementPublishedAction({ id: item.id, publish: !published });
            if (!r.ok) return { ok: false, error: r.error };
            done(r.message ?? "Tersimpan.");
            return { ok: true };
          }}
        >
          <p>
            {published
              ? "Pengumuman tidak lagi tampil di portal publik; Anda dapat menerbitkannya kembali."
              : "Pengumuman langsung tampil di portal publik untuk semua pengunjung."}
          </p>
        </ConfirmButton>
        <ConfirmButton
          triggerLabel="Hapus"
          triggerVariant="ghost"
          triggerSize="sm"
          title={`Hapus "${item.title}"?`}
          confirmLabel="Ya, hapus"
          onConfirm={async () => {
            const r = await removeAnnouncementAction({ id: item.id });
            if (!r.ok) return { ok: false, error: r.error };
            router.refresh();
            return { ok: true };
          }}
        >
          <p>Pengumuman dihapus permanen{published ? " dan hilang dari portal publik" : ""}.</p>
        </ConfirmButton>
      </div>
    </li>
  );
}

/** The secretariat's announcements: write a draft, publish or withdraw it, edit, remove. */
export function AnnouncementManager({ items, years }: { items: AnnouncementItem[]; years: number[] }) {
  const router = useRouter();
  const [feedback, setFeedback] = useState<Feedback>(null);
  return (
    <div className="flex flex-col gap-6">
      <section
        aria-labelledby="pengumuman-baru"
        className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
      >
        <h2 id="pengumuman-baru" className="mb-3 text-lg font-bold text-brand-950">
          Pengumuman baru
        </h2>
        <AnnouncementForm
          item={null}
          years={years}
          onDone={(text) => {
            setFeedback({ tone: "success", text });
            router.refresh();
          }}
        />
        <FeedbackAlert feedback={feedback} className="mt-3" />
      </section>
      <section aria-labelledby="daftar-pengumuman">
        <h2 id="daftar-pengumuman" className="mb-3 text-lg font-bold text-brand-950">
          Semua pengumuman
        </h2>
        {items.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            Belum ada pengumuman. Tulis yang pertama di atas; ia tersimpan sebagai draf sampai diterbitkan.
          </p>
        ) : (
          <ul className="flex flex-col gap-4">
            {items.map((item) => (
              <AnnouncementEntry key={item.id} item={item} years={years} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
