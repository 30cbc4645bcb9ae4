import "server-only";
import QRCode from "qrcode";
import { authorize, scopePrefixes, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { formatDateWIB } from "@/lib/format/date";
import { createPdf, pdfText, PDF_NAVY } from "@/lib/format/pdf";
import { publicBaseUrl } from "@/lib/notifications/public-url";
import { editionVisibility, publicEditionYears } from "@/lib/public-site/visibility";
import { normaliseCertificateCode } from "./certificate-code";

// Certificates (issue 12 item 4): one per award and one per Top N line of a confirmed result version. A
// certificate is issued — downloadable by its unit, verifiable by anyone holding the code — once its version is
// confirmed and the edition's winners are public (lib/public-site/visibility.ts decides that, never this file).
// A version a correction replaced still verifies, marked as no longer in force. Everything else — a draft, an
// unpublished edition, an altered code — answers the same "not found", so a code reveals nothing else.

export type Certificate = {
  code: string;
  /** "Terbaik 1", "Outstanding Achievement", … or "Top 45" for a finalist's certificate. */
  award: string;
  kind: "award" | "finalist";
  title: string;
  institution: string;
  unit: string;
  year: number;
  theme: string;
  confirmedAt: Date;
  version: number;
  inForce: boolean;
  /** The version in force now, when this one was replaced. */
  currentVersion: number | null;
  proposalId: string;
  unitPath: string;
};

const recordSelect = {
  proposal: {
    select: {
      id: true,
      title: true,
      institution: { select: { name: true } },
      unit: { select: { name: true, path: true } },
    },
  },
  result: {
    select: {
      id: true,
      version: true,
      confirmedAt: true,
      edition: { select: { year: true, theme: true, topN: true } },
    },
  },
} as const;

/** The certificate behind a code, if it is issued; null for anything else (same answer for every failure). */
export async function issuedCertificate(input: string, now = new Date()): Promise<Certificate | null> {
  const code = normaliseCertificateCode(input);
  if (!code) return null;
  const award = await prisma.award.findUnique({
    where: { certificateCode: code },
    select: { name: true, ...recordSelect },
  });
  const line = award
    ? null
    : await prisma.resultLine.findUnique({ where: { certificateCode: code }, select: recordSelect });
  const row = award ?? line;
  if (!row?.result.confirmedAt) return null;
  const v = await editionVisibility(row.result.edition.year, now);
  if (!v?.winnersVisible || v.resultVersion === null || row.result.version > v.resultVersion) return null;
  return {
    code,
    award: award ? award.name : `Top ${row.result.edition.topN}`,
    kind: award ? "award" : "finalist",
    title: row.proposal.title,
    institution: row.proposal.institution.name,
    unit: row.proposal.unit.name,
    year: row.result.edition.year,
    theme: row.result.edition.theme,
    confirmedAt: row.result.confirmedAt,
    version: row.result.version,
    inForce: row.result.id === v.resultId,
    currentVersion: row.result.id === v.resultId ? null : v.resultVersion,
    proposalId: row.proposal.id,
    unitPath: row.proposal.unit.path,
  };
}

export function verificationUrl(code: string): string {
  return `${publicBaseUrl().replace(/\/$/, "")}/verifikasi/${code}`;
}

/** The certificate PDF, for the secretariat and the entry's own unit (and the units above it). */
export async function certificatePdf(actor: Actor, code: string): Promise<{ pdf: Buffer; fileName: string }> {
  const c = await issuedCertificate(code);
  if (!c) throw notFound("Sertifikat");
  authorize(actor, "certificate:download", { unitPath: c.unitPath });
  const url = verificationUrl(c.code);
  const qr = await QRCode.toBuffer(url, { type: "png", margin: 1, width: 360, errorCorrectionLevel: "M" });
  const { doc, width, finish } = createPdf({ title: `Sertifikat KOVABLIK ${c.year}`, subject: c.title });
  const left = doc.page.margins.left;
  doc
    .rect(left - 20, 36, width + 40, doc.page.height - 110)
    .lineWidth(3)
    .strokeColor(PDF_NAVY)
    .stroke();
  doc.moveDown(3);
  doc.font("Helvetica").fontSize(11).fillColor("#475569");
  doc.text(pdfText("PEMERINTAH PROVINSI JAWA TIMUR — BIRO ORGANISASI SETDAPROV"), { align: "center" });
  doc.moveDown(1.5);
  doc.font("Helvetica-Bold").fontSize(30).fillColor(PDF_NAVY).text("SERTIFIKAT", { align: "center" });
  doc.font("Helvetica").fontSize(12).fillColor("#334155");
  doc.text(pdfText(`Kompetisi Inovasi Pelayanan Publik (KOVABLIK) Tahun ${c.year}`), { align: "center" });
  doc.moveDown(2);
  doc.fontSize(12).text("diberikan kepada", { align: "center" });
  doc.moveDown(0.6);
  doc.font("Helvetica-Bold").fontSize(20).fillColor(PDF_NAVY).text(pdfText(c.institution), { align: "center" });
  doc.font("Helvetica").fontSize(12).fillColor("#334155").text(pdfText(c.unit), { align: "center" });
  doc.moveDown(1.2);
  doc.text("atas inovasi", { align: "center" });
  doc.moveDown(0.4);
  doc
    .font("Helvetica-Bold")
    .fontSize(16)
    .fillColor("#0f172a")
    .text(pdfText(`"${c.title}"`), { align: "center" });
  doc.moveDown(1.2);
  doc.font("Helvetica").fontSize(12).fillColor("#334155").text("sebagai", { align: "center" });
  doc.moveDown(0.4);
  doc.font("Helvetica-Bold").fontSize(22).fillColor("#a16207").text(pdfText(c.award), { align: "center" });
  doc.moveDown(0.6);
  doc.font("Helvetica").fontSize(11).fillColor("#334155");
  doc.text(pdfText(`Tema: ${c.theme}`), { align: "center" });
  doc.text(pdfText(`Ditetapkan dalam rapat pleno, ${formatDateWIB(c.confirmedAt)}`), { align: "center" });
  const qrSize = 110;
  const y = doc.page.height - 110 - qrSize - 30;
  doc.image(qr, left, y, { width: qrSize });
  doc.font("Helvetica").fontSize(9).fillColor("#475569");
  doc.text("Kode verifikasi", left + qrSize + 16, y + 14);
  doc
    .font("Courier-Bold")
    .fontSize(16)
    .fillColor("#0f172a")
    .text(c.code, left + qrSize + 16, y + 28);
  doc.font("Helvetica").fontSize(9).fillColor("#475569");
  doc.text(pdfText(`Periksa keaslian sertifikat ini di ${url}`), left + qrSize + 16, y + 52, {
    width: width - qrSize - 16,
  });
  return { pdf: await finish(), fileName: `sertifikat-kovablik-${c.year}-${c.code}.pdf` };
}

export type UnitCertificate = Pick<Certificate, "code" | "award" | "kind" | "title" | "year" | "institution">;

/** The certificates in force of the entries in the actor's units, newest edition first. */
export async function unitCertificates(actor: Actor, now = new Date()): Promise<UnitCertificate[]> {
  authorize(actor, "certificate:list-own");
  const prefixes = [...scopePrefixes(actor, "UNIT_ADMIN"), ...scopePrefixes(actor, "OPERATOR")];
  if (prefixes.length === 0) return [];
  const inScope = { unit: { OR: prefixes.map((p) => ({ path: { startsWith: p } })) } };
  const select = { id: true, title: true, institution: { select: { name: true } } } as const;
  const out: UnitCertificate[] = [];
  for (const year of await publicEditionYears(now)) {
    const v = await editionVisibility(year, now);
    if (!v?.winnersVisible || !v.resultId) continue;
    const topN = (await prisma.edition.findUnique({ where: { year }, select: { topN: true } }))?.topN ?? 0;
    const [awards, lines] = await Promise.all([
      prisma.award.findMany({
        where: { resultId: v.resultId, proposal: inScope },
        orderBy: { order: "asc" },
        select: { name: true, certificateCode: true, proposal: { select } },
      }),
      prisma.resultLine.findMany({
        where: { resultId: v.resultId, certificateCode: { not: null }, proposal: inScope },
        orderBy: { rank: "asc" },
        select: { certificateCode: true, proposal: { select } },
      }),
    ]);
    const row = (p: { title: string; institution: { name: string } }) => ({
      title: p.title,
      institution: p.institution.name,
      year,
    });
    for (const a of awards) out.push({ code: a.certificateCode, award: a.name, kind: "award", ...row(a.proposal) });
    for (const l of lines)
      out.push({ code: l.certificateCode!, award: `Top ${topN}`, kind: "finalist", ...row(l.proposal) });
  }
  return out;
}
