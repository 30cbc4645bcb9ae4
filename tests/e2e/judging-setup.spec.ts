import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// The secretariat adds a round from the KOVABLIK desk preset and appoints a judge; the judge signs the round's
// no-conflict declaration and only then sees the round's entries. Each project (desktop, phone) adds its own
// round, one after the other in the edition's timeline.

test("admin menyusun babak dari preset dan mengangkat juri; juri menandatangani pernyataan", async ({ page }, info) => {
  const phone = info.project.name === "phone";
  const roundName = `Kunjungan Lapangan ${phone ? "B" : "A"}`;
  const [opens, closes] = phone ? ["2027-05-17T08:00", "2027-05-28T16:00"] : ["2027-05-03T08:00", "2027-05-14T16:00"];

  await signIn(page, "admin@kovablik.test");
  await page.goto("/admin/penjurian");
  await expect(page.getByRole("heading", { level: 1, name: "Penjurian edisi 2027" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Evaluasi Proposal (Desk Evaluation)", exact: true })).toBeVisible();

  await page.getByLabel("Nama babak").fill(roundName);
  await page.getByLabel("Jenis babak").selectOption({ label: "Kunjungan lapangan" });
  await page.getByLabel("Dibuka (WIB)").fill(opens);
  await page.getByLabel("Ditutup (WIB)").fill(closes);
  await page.getByLabel("Bobot dalam nilai akhir (%)").fill("0");
  await expect(page.getByLabel("Rubrik awal")).toHaveValue("KOVABLIK_DESK");
  await page.getByRole("button", { name: "Tambah babak" }).click();

  // The round's page: the desk rubric, weighted by proposal section, ready to edit.
  await expect(page.getByRole("heading", { level: 1, name: roundName })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { name: "Kriteria 7" })).toBeVisible();
  await expect(page.getByLabel("Nama kriteria").nth(3)).toHaveValue("Signifikansi");
  await expect(page.getByLabel("Bobot (%)").nth(3)).toHaveValue("30");
  await expect(page.getByRole("status").filter({ hasText: "Jumlah bobot" })).toContainText("100 %");
  await expect(page.getByText("Angkat sekurang-kurangnya satu juri.")).toBeVisible();

  await page.getByRole("navigation", { name: "Bagian babak" }).getByRole("link", { name: "Juri", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Juri babak ini" })).toBeVisible();
  const appoint = page.locator("form").filter({ has: page.getByLabel("Akun juri") });
  await appoint.getByLabel("Akun juri").selectOption({ label: "Dr. Ratna Wulandari, M.Si. — Universitas Airlangga" });
  await appoint.getByLabel("Batas beban").fill("10");
  await appoint.getByLabel("Pelayanan Publik yang Inklusif").check();
  await appoint.getByRole("button", { name: "Angkat sebagai juri" }).click();
  await expect(
    page.getByText("Dr. Ratna Wulandari, M.Si. diangkat sebagai juri babak ini dan diberi tahu lewat email."),
  ).toBeVisible();
  await expect(page.getByText("Keahlian: Pelayanan Publik yang Inklusif")).toBeVisible();
  await expect(page.getByText("Pernyataan bebas konflik belum ditandatangani")).toBeVisible();

  // The judge: the round is listed; nothing of it shows before the declaration.
  await page.context().clearCookies();
  await signIn(page, "juri@kovablik.test");
  await page.goto("/juri");
  await page.getByRole("link", { name: roundName, exact: true }).click();
  await expect(page.getByRole("heading", { name: "Pernyataan bebas konflik kepentingan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Usulan yang ditugaskan kepada saya" })).toHaveCount(0);
  await page.getByRole("button", { name: "Tanda tangani pernyataan" }).click();
  await expect(page.getByText("Centang pernyataan untuk menandatanganinya.")).toBeVisible();
  await page.getByLabel("Saya telah membaca dan menyetujui pernyataan di atas.").check();
  await page.getByRole("button", { name: "Tanda tangani pernyataan" }).click();
  await expect(page.getByText(/Pernyataan bebas konflik kepentingan ditandatangani \d/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Usulan yang ditugaskan kepada saya" })).toBeVisible();
  await expect(page.getByText("Belum ada usulan")).toBeVisible();
});
