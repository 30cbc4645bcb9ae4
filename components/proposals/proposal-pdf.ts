import "server-only";
import { createPdf, PDF_NAVY as navy, pdfText } from "@/lib/format/pdf";
import { formatDateWIB } from "@/lib/format/date";
import { STATUS_LABEL } from "@/lib/proposals/lifecycle";
import { formatSdgs } from "@/lib/proposals/sdgs";
import type { ProposalPreview } from "@/lib/proposals/preview";

// The proposal as judges will read it, as a PDF (lib/format/pdf.ts gives the page, the safe text and footers).

export async function renderProposalPdf(p: ProposalPreview): Promise<Buffer> {
  const { doc, width, finish } = createPdf({ title: p.title, subject: `Usulan KOVABLIK ${p.editionYear}` });

  doc
    .font("Helvetica")
    .fontSize(9)
    .fillColor("#475569")
    .text(pdfText(`KOVABLIK ${p.editionYear} — Usulan inovasi pelayanan publik`));
  doc.moveDown(0.4);
  doc.font("Helvetica-Bold").fontSize(18).fillColor(navy).text(pdfText(p.title), { width });
  doc.moveDown(0.2);
  doc
    .font("Helvetica")
    .fontSize(10)
    .fillColor("#334155")
    .text(pdfText(`${p.unitName} · ${p.institutionName}`));
  doc.moveDown(0.8);

  const facts: [string, string][] = [
    ["Status", STATUS_LABEL[p.status]],
    ["Mulai diterapkan", p.implementationStartedOn ? formatDateWIB(p.implementationStartedOn) : "—"],
    ["Kelompok", p.groupName ?? "—"],
    ["Kategori", p.categoryName ?? "—"],
    ["TPB/SDGs", formatSdgs(p.sdgs)],
    ...(p.replicated ? ([["Inovasi asal", p.replicated]] as [string, string][]) : []),
    [
      "Inovator",
      p.innovators.length
        ? p.innovators
            .map((i) => [i.name, i.position, i.nip ? `NIP ${i.nip}` : null].filter(Boolean).join(", "))
            .join("\n")
        : "—",
    ],
    ["Video", p.videoUrl ?? "—"],
    ["Penghargaan sebelumnya", p.priorAwards ?? "—"],
  ];
  const labelWidth = 130;
  for (const [label, value] of facts) {
    const y = doc.y;
    doc
      .font("Helvetica-Bold")
      .fontSize(10)
      .fillColor("#0f172a")
      .text(pdfText(label), doc.page.margins.left, y, { width: labelWidth });
    const afterLabel = doc.y;
    doc.font("Helvetica").text(pdfText(value), doc.page.margins.left + labelWidth, y, { width: width - labelWidth });
    doc.y = Math.max(doc.y, afterLabel) + 4;
  }
  doc.x = doc.page.margins.left;

  p.sections.forEach((s, i) => {
    doc.moveDown(1);
    doc
      .font("Helvetica-Bold")
      .fontSize(13)
      .fillColor(navy)
      .text(pdfText(`${i + 1}. ${s.title}`), { width });
    doc
      .font("Helvetica")
      .fontSize(8.5)
      .fillColor("#64748b")
      .text(s.wordLimit ? `${s.wordCount} / ${s.wordLimit} kata` : `${s.wordCount} kata`);
    doc.moveDown(0.3);
    doc
      .font("Helvetica")
      .fontSize(10.5)
      .fillColor("#0f172a")
      .text(s.text.trim() ? pdfText(s.text) : "(belum diisi)", { width, align: "left", lineGap: 2 });
  });

  doc.moveDown(1);
  doc.font("Helvetica-Bold").fontSize(13).fillColor(navy).text("Lampiran", { width });
  doc.moveDown(0.3);
  doc.font("Helvetica").fontSize(10).fillColor("#0f172a");
  if (!p.attachments.length) doc.text("(belum ada lampiran)");
  for (const a of p.attachments) doc.text(pdfText(`• ${a.label}: ${a.fileName}`), { width });

  return finish();
}
