import type { Metadata } from "next";
import { CategoriesEditor } from "@/components/editions/categories-editor";
import { GroupsEditor } from "@/components/editions/groups-editor";
import { getEditionSetup } from "@/lib/editions/setup";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "Edisi: kelompok dan kategori" };

export default async function EditionGroupsPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  await requirePagePermission("edition:manage", `/admin/edisi/${year}/kelompok`);
  const e = await loadOr404(() => getEditionSetup(Number(year)));
  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="kelompok-judul">
        <h2 id="kelompok-judul" className="text-xl font-bold text-brand-950">
          Kelompok
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Setiap usulan masuk satu kelompok: umum, replikasi, atau khusus.
        </p>
        <GroupsEditor
          editionId={e.id}
          groups={e.groups.map((g) => ({
            id: g.id,
            kind: g.kind,
            name: g.name,
            description: g.description,
            proposals: g._count.proposals,
          }))}
        />
      </section>
      <section aria-labelledby="kategori-judul">
        <h2 id="kategori-judul" className="text-xl font-bold text-brand-950">
          Kategori
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">
          Urutan di sini adalah urutan pilihan kategori pada formulir usulan.
        </p>
        <CategoriesEditor
          editionId={e.id}
          categories={e.categories.map((c) => ({
            id: c.id,
            name: c.name,
            description: c.description,
            proposals: c._count.proposals,
            appointments: c._count.appointments,
          }))}
        />
      </section>
    </div>
  );
}
