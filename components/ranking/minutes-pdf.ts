import "server-only";
import { createPdf, PDF_NAVY as navy, pdfText } from "@/lib/format/pdf";
import { formatDateTimeWIB } from "@/lib/format/date";
import { ROUND_KIND_LABEL } from "@/lib/judging/schemas";
import { formatTotal } from "@/lib/judging/weighted-total";
import { balanceGroupLabel, type BalanceRule } from "@/lib/ranking/advancement";
import type { MinutesData } from "@/lib/ranking/minutes";
import { ADVANCE_RULE_LABEL, CONSOLIDATION_LABEL } from "@/lib/ranking/schemas";

// The minutes (berita acara) of a sealed round as a PDF: what lib/ranking/minutes.ts gathers, in the order a
// plenary reads it, ending with the fingerprint and signature lines.

export async function renderMinutesPdf(m: MinutesData): Promise<Buffer> {
  const title = `Berita Acara Penilaian ${m.round.name}`;
  const { doc, width, finish } = createPdf({ title, subject: `KOVABLIK ${m.round.edition.year}` });
  const heading = (text: string) => {
    doc.moveDown(0.8);
    doc
      .font("Helvetica-Bold")
      .fontSize(12)
      .fillColor(navy)
      .text(pdfText(text), doc.page.margins.left, doc.y, { width });
    doc.moveDown(0.2);
    doc.font("Helvetica").fontSize(9.5).fillColor("#0f172a");
  };
  const line = (text: string) => doc.text(pdfText(text), { width });

  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#475569")
    .text(pdfText(`KOVABLIK ${m.round.edition.year} — Biro Organisasi Setdaprov Jawa Timur`));
  doc.moveDown(0.3);
  doc.font("Helvetica-Bold").fontSize(16).fillColor(navy).text(pdfText(title), { width });
  doc.font("Helvetica").fontSize(10).fillColor("#334155");
  line(`${ROUND_KIND_LABEL[m.round.kind]} · bobot dalam nilai akhir ${formatTotal(m.round.share)} %`);
  line(`Disegel ${formatDateTimeWIB(m.round.sealedAt)} oleh ${m.sealed.by}`);

  heading("1. Rubrik");
  for (const c of m.criteria) line(`• ${c.name} — bobot ${formatTotal(c.weight)} %, skala ${c.scaleMin}–${c.scaleMax}`);

  heading("2. Juri dan cakupan");
  line(
    `${m.counts.entries} usulan, ${m.counts.judges} juri, ${m.counts.sheets} dari ${m.counts.assigned} lembar nilai terkirim.`,
  );
  line(
    m.method === "Z_SCORE"
      ? "Normalisasi: skor-z per juri, dikembalikan ke skala 0–100."
      : `Normalisasi: tidak dipakai (nilai mentah).${m.warning ? ` ${m.warning}` : ""}`,
  );
  for (const j of m.judges)
    line(
      `• ${j.name}: ${j.sheets} lembar, rata-rata ${formatTotal(j.mean)}, sebaran ${formatTotal(j.spread)}${j.harshness === null ? "" : `, selisih terhadap panel ${formatTotal(j.harshness)}`}`,
    );

  heading("3. Peringkat");
  const [, ...rows] = m.table;
  doc.fontSize(8.5);
  for (const r of rows) {
    const [rank, judul, , instansi, raw, norm, used, sheets, , tie, state] = r;
    line(`${rank}. ${judul} — ${instansi}`);
    doc.fillColor("#475569");
    line(
      `    mentah ${raw || "—"} · ternormalisasi ${norm || "—"} · dipakai ${used || "—"} · ${sheets} lembar · ${state}${tie ? ` · ${tie}` : ""}`,
    );
    doc.fillColor("#0f172a");
  }
  doc.fontSize(9.5);

  heading("4. Keputusan kelolosan");
  const a = m.advancement;
  if (!a) line("Belum ditetapkan saat berita acara ini dicetak.");
  else {
    const param =
      a.rule === "TOP_N"
        ? ` (N = ${a.topN})`
        : a.rule === "PASSING_GRADE"
          ? ` (nilai batas ${formatTotal(a.passingGrade!.toNumber())})`
          : "";
    line(`${ADVANCE_RULE_LABEL[a.rule]}${param}, ditetapkan ${formatDateTimeWIB(a.decidedAt)}.`);
    for (const b of a.balance as BalanceRule[])
      line(
        `• Keseimbangan ${balanceGroupLabel(b)}: ${b.min !== undefined ? `paling sedikit ${b.min}` : ""}${b.min !== undefined && b.max !== undefined ? ", " : ""}${b.max !== undefined ? `paling banyak ${b.max}` : ""}`,
      );
    for (const adj of a.adjustments as { moved: string; reason: string }[])
      line(`• ${adj.moved === "in" ? "Masuk" : "Keluar"}: ${adj.reason}`);
    if (a.note) line(`Catatan: ${a.note}`);
  }

  heading("5. Catatan konsolidasi");
  if (!m.notes.length) line("Tidak ada usulan dengan perbedaan nilai juri di atas ambang.");
  for (const n of m.notes)
    line(`• ${n.title} (selisih ${formatTotal(n.spread)} poin) — ${CONSOLIDATION_LABEL[n.outcome]}: ${n.note}`);

  heading("6. Koreksi nilai setelah penilaian ditutup");
  if (!m.changes.length) line("Tidak ada.");
  for (const c of m.changes)
    line(
      `• ${formatDateTimeWIB(c.at)} — ${c.title}, ${c.criterion}: ${c.oldValue ?? "—"} → ${c.newValue} oleh ${c.by}. Alasan: ${c.reason}`,
    );

  heading("7. Sidik jari nilai");
  doc.font("Courier").fontSize(8.5);
  line(`Saat disegel: ${m.sealed.fingerprint ?? "—"}`);
  line(`Saat dicetak: ${m.currentFingerprint}`);
  doc.font("Helvetica").fontSize(9.5);
  line(
    m.sealed.fingerprint === m.currentFingerprint
      ? "Sama: nilai tidak berubah sejak disegel. Sidik jari ini juga tercatat di log audit."
      : "Berbeda: nilai dikoreksi setelah disegel (lihat bagian 6); setiap koreksi tercatat di log audit.",
  );

  doc.moveDown(2);
  const y = doc.y;
  const col = width / 2;
  doc.text("Ketua Tim Penilai", doc.page.margins.left, y, { width: col, align: "center" });
  doc.text("Sekretariat KOVABLIK", doc.page.margins.left + col, y, { width: col, align: "center" });
  doc.moveDown(4);
  const y2 = doc.y;
  doc.text("(.............................................)", doc.page.margins.left, y2, {
    width: col,
    align: "center",
  });
  doc.text("(.............................................)", doc.page.margins.left + col, y2, {
    width: col,
    align: "center",
  });
  return finish();
}
