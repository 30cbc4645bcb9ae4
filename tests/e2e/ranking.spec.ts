import { expect, test } from "@playwright/test";
import { pageAs } from "./helpers";

// Issue 11: the secretariat opens a round's ranking from the round's tabs. In the scenario round 1 is open with
// three entries and no submitted sheet yet: the page says so, names the method, and offers the downloads.

test("admin membuka peringkat babak: metode, cakupan, dan unduhan", async ({ browser }, info) => {
  const admin = await pageAs(browser, "admin@kovablik.test");
  await admin.goto("/admin/penjurian");
  await admin.getByRole("link", { name: "Evaluasi Proposal (Desk Evaluation)", exact: true }).click();
  await admin.getByRole("navigation", { name: "Bagian babak" }).getByRole("link", { name: "Peringkat" }).click();
  await expect(admin.getByRole("heading", { name: "Peringkat", exact: true })).toBeVisible();
  await expect(admin.getByText(/0 dari 3 usulan sudah memiliki nilai/)).toBeVisible();
  await expect(admin.getByText("Belum ada lembar nilai terkirim.")).toBeVisible();
  const download = admin.waitForEvent("download");
  await admin.getByRole("link", { name: "Unduh peringkat (CSV)" }).click();
  expect((await download).suggestedFilename()).toMatch(/^peringkat-\d{4}-.+\.csv$/);
  await admin.screenshot({ path: info.outputPath("peringkat.png"), fullPage: true });
});
