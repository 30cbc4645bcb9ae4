import "server-only";
import PDFDocument from "pdfkit";
import { formatDateTimeWIB } from "@/lib/format/date";

// What every PDF the portal writes shares (the proposal, a round's minutes): A4 with the same margins, text
// made safe for pdfkit's built-in Helvetica (no font files from the network; it knows only Windows-1252, so
// anything else is replaced), and a footer on every page with the print time and "Halaman i dari n".

const WINANSI_EXTRA = "‘’“”–—…•€™ŠšŽžŒœŸƒˆ˜‚„†‡‰‹›";

export function pdfText(s: string): string {
  return s
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[^\n\t\x20-\x7e\xa0-\xff]/g, (c) => (WINANSI_EXTRA.includes(c) ? c : "?"));
}

export const PDF_NAVY = "#0b2a4a";

export function createPdf(info: { title: string; subject: string }) {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: 56, bottom: 64, left: 60, right: 60 },
    bufferPages: true,
    info: { Title: pdfText(info.title), Subject: pdfText(info.subject), Creator: "Portal KOVABLIK" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;

  /** Footers on every page, then the finished file. */
  const finish = (printedAt = new Date()) => {
    const range = doc.bufferedPageRange();
    const printed = `Dicetak ${formatDateTimeWIB(printedAt)}`;
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const bottom = doc.page.height - 40;
      doc.page.margins.bottom = 0;
      doc.font("Helvetica").fontSize(8).fillColor("#64748b");
      doc.text(pdfText(printed), doc.page.margins.left, bottom, { width, align: "left", lineBreak: false });
      doc.text(`Halaman ${i - range.start + 1} dari ${range.count}`, doc.page.margins.left, bottom, {
        width,
        align: "right",
        lineBreak: false,
      });
    }
    doc.end();
    return done;
  };
  return { doc, width, finish };
}
