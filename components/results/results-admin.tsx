import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { SectionCard } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTimeWIB } from "@/lib/format/date";
import { MINUTES_MAX_BYTES } from "@/lib/results/confirmation-limits";
import type { ResultsAdminView } from "@/lib/results/results-queries";
import { AwardForm, RemoveAwardButton } from "./award-editor";
import { ConfirmResultForm } from "./confirm-form";
import { AnnounceForm, AssembleButton, CorrectionForm, PublishWinnersButton } from "./draft-actions";
import { ResultLines } from "./results-lines";
import { ResultsHistory } from "./results-history";

/** The secretariat's results screen, in the order the work is done: draft, awards, announcement, plenary, publication. */
export function ResultsAdmin({ view }: { view: ResultsAdminView }) {
  const { edition, newest, publication: pub, objections } = view;
  const draft = newest?.draft ? newest : null;
  const inForce = view.versions.find((v) => v.inForce) ?? null;
  const objectionLink = `/admin/hasil/sanggahan?tahun=${edition.year}`;
  return (
    <div className="space-y-6">
      {view.unsealed.length > 0 && (
        <Alert tone="warning">
          Hasil disusun dari babak yang sudah disegel. Belum disegel: {view.unsealed.join(", ")}.
        </Alert>
      )}

      <SectionCard
        id="draf"
        title={draft ? `Draf hasil versi ${draft.version}` : newest ? "Hasil terkonfirmasi" : "Susun hasil"}
        description={
          draft
            ? "Draf dapat disusun ulang dari peringkat akhir kapan saja sebelum dikonfirmasi; penghargaan khusus tetap bila usulannya tetap ada. Usulan dengan sanggahan yang diterima dikeluarkan dari Top N."
            : newest
              ? `Versi ${newest.version} sudah dikonfirmasi dan dibekukan. Perubahan hanya lewat koreksi (di bawah).`
              : `Draf pertama disusun dari peringkat akhir edisi (gabungan babak sesuai bobotnya): Top ${edition.topN}, peringkat 1–3 sebagai penghargaan, dan rumus setiap nilai.`
        }
      >
        {!newest || draft ? (
          <AssembleButton year={edition.year} rebuild={!!draft} />
        ) : (
          <p className="text-sm text-slate-700">
            Berlaku: versi {inForce?.version}, dikonfirmasi {formatDateTimeWIB(inForce?.confirmedAt ?? null)}.
          </p>
        )}
      </SectionCard>

      {newest && (
        <SectionCard
          id="finalis"
          title={`Top ${edition.topN} (finalis) versi ${newest.version}`}
          description={`${view.finalists.length} usulan masuk Top N; ${view.participants.length} usulan lain di bawahnya.`}
        >
          <ResultLines caption={`Top ${edition.topN} hasil versi ${newest.version}`} lines={view.finalists} />
          {view.participants.length > 0 && (
            <details className="mt-4">
              <summary className="cursor-pointer text-sm font-semibold text-brand-800">
                Lihat {view.participants.length} usulan di luar Top N
              </summary>
              <div className="mt-3">
                <ResultLines caption="Usulan di luar Top N" lines={view.participants} />
              </div>
            </details>
          )}
        </SectionCard>
      )}

      {newest && (
        <SectionCard
          id="penghargaan"
          title="Penghargaan"
          description="Peringkat 1–3 diberikan saat draf disusun; penghargaan khusus (mis. Replikasi Terbaik, Outstanding Achievement) ditambahkan di sini. Setiap penghargaan memiliki kode sertifikat sendiri."
        >
          {view.awards.length === 0 ? (
            <p className="text-sm text-slate-600">Belum ada penghargaan.</p>
          ) : (
            <ul className="divide-y divide-slate-100 text-sm">
              {view.awards.map((a) => (
                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span>
                    <strong>{a.name}</strong> — {a.title} <span className="text-slate-600">({a.institution})</span>
                  </span>
                  {draft && <RemoveAwardButton awardId={a.id} name={a.name} title={a.title} />}
                </li>
              ))}
            </ul>
          )}
          {draft && (
            <div className="mt-4 border-t border-slate-100 pt-4">
              <AwardForm resultId={draft.id} entries={[...view.finalists, ...view.participants]} />
            </div>
          )}
        </SectionCard>
      )}

      {newest && (
        <SectionCard
          id="sanggahan"
          title="Pengumuman finalis dan masa sanggah"
          description="Finalis diumumkan di situs publik bersama masa sanggah; selama masa itu setiap unit dapat menyanggah finalis dengan alasan dan bukti."
        >
          {pub.finalistsPublishedAt ? (
            <div className="space-y-2 text-sm text-slate-700">
              <p>
                Finalis diumumkan {formatDateTimeWIB(pub.finalistsPublishedAt)}. Masa sanggah{" "}
                {formatDateTimeWIB(pub.objectionOpensAt)} – {formatDateTimeWIB(pub.objectionClosesAt)}{" "}
                <strong>{pub.windowOpen ? "(sedang berjalan)" : "(sudah berakhir)"}</strong>.
              </p>
              <p>
                Sanggahan: {objections.pending} menunggu keputusan, {objections.upheld} diterima, {objections.rejected}{" "}
                ditolak.{" "}
                <Link href={objectionLink} className="font-semibold text-brand-800 underline underline-offset-2">
                  Lihat dan putuskan sanggahan
                </Link>
              </p>
            </div>
          ) : draft ? (
            <AnnounceForm year={edition.year} />
          ) : (
            <p className="text-sm text-slate-700">
              Finalis versi ini tidak diumumkan terpisah: hasilnya sudah dikonfirmasi tanpa masa sanggah.
            </p>
          )}
        </SectionCard>
      )}

      {draft && (
        <SectionCard
          id="konfirmasi"
          title="Konfirmasi pleno"
          description="Hasil dikonfirmasi dalam rapat pleno: yang mengonfirmasi, waktunya, dan berita acara tercatat. Konfirmasi ditolak selama masa sanggah berjalan atau masih ada sanggahan yang belum diputuskan."
        >
          {view.blockers.length > 0 ? (
            <Alert tone="warning">
              <p className="font-semibold">Belum dapat dikonfirmasi:</p>
              <ul className="mt-1 list-disc pl-5">
                {view.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            </Alert>
          ) : (
            <ConfirmResultForm resultId={draft.id} version={draft.version} maxBytes={MINUTES_MAX_BYTES} />
          )}
        </SectionCard>
      )}

      {inForce && (
        <SectionCard
          id="pemenang"
          title="Pengumuman pemenang"
          description="Mengumumkan pemenang menampilkan peringkat, penghargaan, dan nilai akhir versi yang berlaku di situs publik, dan menerbitkan sertifikat."
        >
          {pub.winnersPublishedAt ? (
            <p className="text-sm text-slate-700">
              Pemenang diumumkan {formatDateTimeWIB(pub.winnersPublishedAt)}. Koreksi yang dikonfirmasi sesudahnya
              langsung menggantikan yang tampil.
            </p>
          ) : (
            <PublishWinnersButton year={edition.year} version={inForce.version} />
          )}
        </SectionCard>
      )}

      {inForce && !draft && newest?.id === inForce.id && (
        <SectionCard id="koreksi" title="Koreksi hasil">
          <CorrectionForm resultId={inForce.id} version={inForce.version} />
        </SectionCard>
      )}

      <SectionCard id="riwayat" title="Riwayat versi">
        {view.versions.length === 0 ? (
          <EmptyState title="Belum ada versi hasil" headingLevel={3} description="Susun draf dari peringkat akhir." />
        ) : (
          <ResultsHistory versions={view.versions} />
        )}
      </SectionCard>
    </div>
  );
}
