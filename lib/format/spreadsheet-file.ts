import "server-only";
import ExcelJS from "exceljs";
import { contentDisposition } from "@/lib/http/responses";
import { neutraliseCell, toCsv } from "./spreadsheet-cell";

// Every table the portal hands out as a file (the province's proposal overview, a round's judging progress):
// CSV or XLSX from the same rows, each cell neutralised against formula injection, the header row first.

export type SpreadsheetFormat = "csv" | "xlsx";

export function spreadsheetFormat(value: string | null): SpreadsheetFormat {
  return value === "xlsx" ? "xlsx" : "csv";
}

export async function spreadsheetBody(
  rows: string[][],
  format: SpreadsheetFormat,
  sheetName: string,
): Promise<Uint8Array> {
  if (format === "csv") return new TextEncoder().encode(toCsv(rows));
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(sheetName);
  for (const r of rows) sheet.addRow(r.map(neutraliseCell));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  // The widest column is the one that holds titles; the counter stays narrow.
  const widest = rows[0]?.findIndex((h) => /judul|usulan/i.test(h)) ?? -1;
  sheet.columns.forEach((c, i) => {
    c.width = i === widest ? 50 : i === 0 ? 6 : 24;
  });
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The download response: private, never cached, named for what it holds. */
export async function spreadsheetResponse(
  rows: string[][],
  format: SpreadsheetFormat,
  fileBase: string,
  sheetName: string,
): Promise<Response> {
  const body = await spreadsheetBody(rows, format, sheetName);
  return new Response(new Uint8Array(body), {
    headers: {
      "content-type":
        format === "xlsx"
          ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          : "text/csv; charset=utf-8",
      "content-disposition": contentDisposition("attachment", `${fileBase}.${format}`),
      "cache-control": "private, no-store",
    },
  });
}
