import { expect, test } from "@playwright/test";
import { pageAs } from "./helpers";

// Issue 11: the secretariat opens a round's ranking from the round's tabs. In the scenario round 1 is open with
// three entries (the judge's spec may have submitted a sheet by then): the page gives the coverage, the judges'
// statistics and the downloads.

test("admin membuka peringkat babak: metode, cakupan, dan unduhan", async ({ browser }, info) => {
  const admin = await pageAs(browser, "admin@kovablik.test");
  await admin.goto("/admin/penjurian");
  await admin.getByRole("link", { name: "Evaluasi Proposal (Desk Evaluation)", exact: true }).click();
  await admin.getByRole("navigation", { name: "Bagian babak" }).getByRole("link", { name: "Peringkat" }).click();
  await expect(admin.getByRole("heading", { name: "Peringkat", exact: true })).toBeVisible();
  await expect(admin.getByText(/[0-3] dari 3 usulan sudah memiliki nilai/)).toBeVisible();
  await expect(admin.getByRole("heading", { name: "Statistik juri" })).toBeVisible();
  await expect(admin.getByRole("link", { name: "Layanan Adminduk Keliling Surabaya" })).toBeVisible();
  const download = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Unduh peringkat (CSV)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^peringkat-\d{4}-.+\.csv$/);
  await admin.screenshot({ path: info.outputPath("peringkat.png"), fullPage: true });
});
