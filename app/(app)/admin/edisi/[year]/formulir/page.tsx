import type { Metadata } from "next";
import { AttachmentsEditor } from "@/components/editions/attachments-editor";
import { SectionsEditor } from "@/components/editions/sections-editor";
import { MB } from "@/lib/editions/schemas";
import { getEditionSetup } from "@/lib/editions/setup";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Edisi: formulir" };

export default async function EditionFormPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  await requirePagePermission("edition:manage", `/admin/edisi/${year}/formulir`);
  const e = await loadOr404(() => getEditionSetup(Number(year)));
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="bagian-judul">
        <h2 id="bagian-judul" className="text-xl font-bold text-brand-950">
          Bagian formulir usulan
        </h2>
        <p className="mb-4 mt-1 max-w-3xl text-sm text-slate-600">
          Bagian diisi unit dengan urutan seperti di sini. Bagian yang sudah dijawab tidak dihapus melainkan diarsipkan,
          sehingga jawaban yang ada tidak hilang.
        </p>
        <SectionsEditor
          editionId={e.id}
          archived={e._count.sections}
          sections={e.sections.map((s) => ({
            id: s.id,
            key: s.key,
            title: s.title,
            guidance: s.guidance,
            wordLimit: s.wordLimit,
            required: s.required,
            isPublic: s.isPublic,
            answers: s._count.answers,
          }))}
        />
      </section>
      <section aria-labelledby="lampiran-judul">
        <h2 id="lampiran-judul" className="text-xl font-bold text-brand-950">
          Lampiran
        </h2>
        <p className="mb-4 mt-1 max-w-3xl text-sm text-slate-600">
          Berkas yang diminta dari setiap usulan. Jenis berkas diperiksa dari isinya saat diunggah, bukan dari nama
          berkasnya.
        </p>
        <AttachmentsEditor
          editionId={e.id}
          items={e.attachmentRequirements.map((a) => ({
            id: a.id,
            kind: a.kind,
            label: a.label,
            required: a.required,
            allowedContentTypes: a.allowedContentTypes,
            maxSizeMb: Math.max(1, Math.round(a.maxBytes / MB)),
            maxFiles: a.maxFiles,
          }))}
        />
      </section>
    </div>
  );
}
