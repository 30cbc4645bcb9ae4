import { expect, test } from "@playwright/test";
import { signInWithForm as signIn } from "./helpers";

const SECTION_HEADINGS = ["Dasbor Admin", "Dasbor Admin Lokal", "Dasbor Operator", "Dasbor Juri"] as const;

const ROLES = [
  {
    who: "admin Biro Organisasi",
    email: "admin@kovablik.test",
    heading: "Dasbor Admin",
    role: "Admin Biro Organisasi",
  },
  {
    who: "admin lokal Kabupaten Malang",
    email: "adminlokal.kabmalang@kovablik.test",
    heading: "Dasbor Admin Lokal",
    role: "Admin lokal",
  },
  {
    who: "operator Puskesmas Kepanjen",
    email: "operator.kepanjen@kovablik.test",
    heading: "Dasbor Operator",
    role: "Operator",
  },
  { who: "juri", email: "juri@kovablik.test", heading: "Dasbor Juri", role: "Juri" },
] as const;

for (const r of ROLES) {
  test(`${r.who} masuk dan melihat dasbor perannya saja`, async ({ page }) => {
    await signIn(page, r.email);
    await expect(page.getByRole("heading", { level: 1, name: "Dasbor" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: r.heading, exact: true })).toBeVisible();
    for (const other of SECTION_HEADINGS.filter((h) => h !== r.heading)) {
      await expect(page.getByRole("heading", { name: other, exact: true })).toHaveCount(0);
    }
    // The shell says who is signed in and in which role (sidebar on desktop, compact bar on phones).
    await expect(page.getByText(r.role).filter({ visible: true }).first()).toBeVisible();
  });
}

test("dasbor admin lokal Kabupaten Malang hanya menghitung wilayahnya", async ({ page }) => {
  await signIn(page, "adminlokal.kabmalang@kovablik.test");
  const card = page.getByRole("article", { name: "Kabupaten Malang" });
  await expect(card).toBeVisible();
  await expect(page.getByRole("article", { name: "Kota Malang" })).toHaveCount(0);
  await expect(card.getByText("Unit di bawahnya")).toBeVisible();
  await expect(card.getByRole("heading", { name: "Langkah berikutnya" })).toBeVisible();
  await expect(card.getByRole("link", { name: "Kelola akun operator" })).toBeVisible();
});

test("operator yang membuka halaman admin mendapat 403, bukan data", async ({ page }) => {
  await signIn(page, "operator.kepanjen@kovablik.test");

  const accounts = await page.goto("/admin/akun");
  expect(accounts?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
  await expect(page.getByText("Akun Anda tidak memiliki izin untuk membuka halaman ini.")).toBeVisible();
  // Nothing of the account list leaks: another region's admin lokal is nowhere on the page.
  await expect(page.getByText("adminlokal.kotamalang@kovablik.test")).toHaveCount(0);

  const audit = await page.goto("/admin/audit");
  expect(audit?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "Akses ditolak" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Verifikasi rantai" })).toHaveCount(0);
  await expect(page.getByRole("table")).toHaveCount(0);

  // The menu never offered those pages in the first place.
  await page.goto("/dasbor");
  await expect(page.getByRole("link", { name: "Log audit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Akun", exact: true })).toHaveCount(0);
});

test("admin membaca kotak keluar dan log audit; verifikasi rantai melaporkan hasilnya", async ({ page }) => {
  await signIn(page, "admin@kovablik.test");
  await page.goto("/admin/kotak-keluar");
  await expect(page.getByRole("heading", { level: 1, name: "Kotak keluar" })).toBeVisible();
  await expect(page.getByText("Pengiriman email belum diaktifkan oleh pengelola server.")).toBeVisible();

  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "Log audit" })).toBeVisible();
  await page.getByRole("button", { name: "Verifikasi rantai" }).click();
  await expect(page.getByText(/^Rantai utuh: \d+ entri\.$/)).toBeVisible();
});
