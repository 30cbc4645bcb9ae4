import { formatDateWIB } from "@/lib/format/date";
import type { Certificate } from "@/lib/results/certificates";

/** What a verified certificate says, and whether its result version is still the one in force. */
export function VerificationResult({ certificate: c }: { certificate: Certificate }) {
  return (
    <div className="space-y-4">
      <div
        role="status"
        className={
          c.inForce
            ? "rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-emerald-900"
            : "rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-amber-900"
        }
      >
        {c.inForce ? (
          <p>
            <strong>Sertifikat asli.</strong> Diterbitkan Portal KOVABLIK dan sesuai dengan hasil yang berlaku.
          </p>
        ) : (
          <p>
            <strong>Sertifikat asli, tetapi sudah digantikan.</strong> Hasil versi {c.version} yang menjadi dasar
            sertifikat ini telah dikoreksi (versi {c.currentVersion} berlaku sekarang); sertifikat ini tidak berlaku
            lagi.
          </p>
        )}
      </div>
      <dl className="grid gap-x-6 gap-y-3 text-base sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold text-slate-600">Kode</dt>
        <dd className="font-mono">{c.code}</dd>
        <dt className="font-semibold text-slate-600">Penghargaan</dt>
        <dd className="font-bold text-brand-950">{c.award}</dd>
        <dt className="font-semibold text-slate-600">Inovasi</dt>
        <dd>{c.title}</dd>
        <dt className="font-semibold text-slate-600">Instansi</dt>
        <dd>
          {c.institution}
          {c.unit !== c.institution ? ` — ${c.unit}` : ""}
        </dd>
        <dt className="font-semibold text-slate-600">Edisi</dt>
        <dd>
          KOVABLIK {c.year}: {c.theme}
        </dd>
        <dt className="font-semibold text-slate-600">Ditetapkan</dt>
        <dd>
          {formatDateWIB(c.confirmedAt)} (hasil versi {c.version})
        </dd>
      </dl>
    </div>
  );
}
