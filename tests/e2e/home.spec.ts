import { expect, test } from "@playwright/test";

test("beranda tampil dalam bahasa Indonesia dan menampilkan edisi dari basis data", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("KOVABLIK");
  // The seeded edition, read from the database.
  await expect(page.getByText("Edisi 2027").first()).toBeVisible();
  await expect(
    page.getByText("Inovasi Pelayanan Publik yang Inklusif, Adaptif, dan Berkelanjutan").first(),
  ).toBeVisible();
  await expect(page.getByText("Evaluasi Proposal (Desk Evaluation)").first()).toBeVisible();
  await expect(page.getByRole("link", { name: /masuk/i }).first()).toBeVisible();
});

test("halaman yang tidak ada memberi pesan 404 berbahasa Indonesia", async ({ page }) => {
  const response = await page.goto("/tidak-ada-halaman-ini");
  expect(response?.status()).toBe(404);
  await expect(page.getByText(/tidak ditemukan/i).first()).toBeVisible();
});
