import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ObjectionCard } from "@/components/results/objection-card";
import { ObjectionForm } from "@/components/results/objection-form";
import { Alert } from "@/components/ui/alert";
import { SectionCard } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { formatDateTimeWIB } from "@/lib/format/date";
import { EVIDENCE_MAX_BYTES } from "@/lib/results/objections";
import { unitObjectionView } from "@/lib/results/results-queries";

export const metadata: Metadata = { title: "Sanggahan finalis" };

export default async function UnitObjectionsPage() {
  const actor = await requirePagePermission("objection:lodge", "/sanggahan");
  const view = await unitObjectionView(actor);
  return (
    <>
      <PageHeader
        title="Sanggahan finalis"
        description="Setelah finalis diumumkan, setiap unit dapat menyanggah finalis selama masa sanggah, dengan alasan dan bukti. Sekretariat memutuskan setiap sanggahan; keputusannya tampil di sini dan dikirim lewat e-mail."
      />
      <div className="space-y-6">
        {view.year === null ? (
          <EmptyState
            title="Belum ada finalis yang diumumkan"
            description="Formulir sanggahan tersedia di sini begitu finalis diumumkan."
          />
        ) : (
          <SectionCard
            id="finalis"
            title={`Finalis edisi ${view.year}`}
            description={`Masa sanggah: ${formatDateTimeWIB(view.opensAt)} – ${formatDateTimeWIB(view.closesAt)}.`}
          >
            {view.open ? (
              <Alert tone="info" className="mb-4">
                Masa sanggah sedang berjalan sampai {formatDateTimeWIB(view.closesAt)}.
              </Alert>
            ) : (
              <Alert tone="warning" className="mb-4">
                Masa sanggah sudah berakhir atau belum dibuka; sanggahan tidak dapat diajukan sekarang.
              </Alert>
            )}
            <ul className="mb-6 divide-y divide-slate-100 text-sm">
              {view.finalists.map((f) => (
                <li key={f.id} className="py-2">
                  <span className="font-semibold text-slate-900">{f.title}</span>{" "}
                  <span className="text-slate-600">— {f.institution}</span>
                </li>
              ))}
            </ul>
            {view.open && <ObjectionForm finalists={view.finalists} units={view.units} maxBytes={EVIDENCE_MAX_BYTES} />}
          </SectionCard>
        )}
        <SectionCard id="sanggahan-saya" title="Sanggahan saya">
          {view.mine.length === 0 ? (
            <p className="text-sm text-slate-600">Anda belum mengajukan sanggahan.</p>
          ) : (
            <ul className="space-y-4">
              {view.mine.map((o) => (
                <ObjectionCard key={o.id} o={o} />
              ))}
            </ul>
          )}
        </SectionCard>
      </div>
    </>
  );
}
