// The secretariat's CSV/XLSX export of the province overview (/admin/usulan): the list's filters, admins only,
// and a cell a unit typed cannot run as a formula in Excel.
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/admin/usulan/ekspor/route";
import { runAs } from "@/lib/auth/session";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
  for (const title of ['=HYPERLINK("http://jahat.test","klik")', "Ekspor Layanan Posyandu Digital"]) {
    await createProposal(db.prisma, { title, content: "bare", sdgs: [3] });
  }
});
afterAll(async () => {
  await db?.close();
});

const get = (who: string | null, query: string) =>
  runAs(who, () => GET(new Request(`http://localhost/api/admin/usulan/ekspor?${query}`)));

describe("province overview export", () => {
  it("gives the admin a CSV for Excel with the filtered rows and neutralised formulas", async () => {
    const res = await get("user-admin", "format=csv&q=ekspor");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toContain(".csv");
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await res.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\r\n");
    expect(lines[0]).toContain("Judul");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("Ekspor Layanan Posyandu Digital");
    expect(lines[1]).toContain("3. Kehidupan Sehat dan Sejahtera");

    const all = new TextDecoder("utf-8", { ignoreBOM: true }).decode(
      await (await get("user-admin", "format=csv&q=HYPERLINK")).arrayBuffer(),
    );
    expect(all).toContain(`"'=HYPERLINK(""http://jahat.test"",""klik"")"`);
    expect(all).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  it("gives an XLSX that opens with the same rows, formulas as text", async () => {
    const res = await get("user-admin", "format=xlsx&status=AT_UNITS");
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet("Usulan")!;
    const titles = sheet.getColumn(2).values.slice(2).map(String);
    expect(titles).toContain("Ekspor Layanan Posyandu Digital");
    expect(titles).toContain(`'=HYPERLINK("http://jahat.test","klik")`);
    expect(titles.some((t) => t.startsWith("="))).toBe(false);
  });

  it("refuses anyone but the secretariat", async () => {
    expect((await get(null, "format=csv")).status).toBe(401);
    for (const who of ["user-operator-kepanjen", "user-adminlokal-kabmalang"]) {
      expect((await get(who, "format=csv")).status).toBe(403);
    }
  });
});
