import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

// Signs in through next-auth's credentials callback: the sign-in form has its own tests.

test("admin membuat unit pelayanan dan akun operatornya, lalu melihat undangan menunggu", async ({
  page,
}, testInfo) => {
  // Both projects (desktop, phone) run against the same database: each makes its own unit and account.
  const tag = `${testInfo.project.name}-${Date.now().toString(36)}`;
  const unitName = `Puskesmas Uji ${tag}`;
  await signIn(page, "admin@kovablik.test");

  await page.goto("/admin/unit?q=Dinas+Kesehatan+Kabupaten+Malang");
  await page.getByRole("link", { name: "Dinas Kesehatan Kabupaten Malang" }).first().click();
  await page.getByRole("link", { name: "Tambah sub-unit" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tambah sub-unit Dinas Kesehatan Kabupaten Malang");
  await page.getByLabel("Nama unit").fill(unitName);
  await page.getByRole("button", { name: "Buat unit" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(unitName);
  await expect(page.getByText(`${unitName} berhasil dibuat.`)).toBeVisible();
  // Its place in the tree: Kabupaten Malang › Dinas Kesehatan Kabupaten Malang › the new unit.
  const trail = page.getByRole("navigation", { name: "Letak unit dalam pohon organisasi" });
  await expect(trail).toContainText("Kabupaten Malang");
  await expect(trail).toContainText("Dinas Kesehatan Kabupaten Malang");

  await page.goto("/admin/akun/baru");
  await expect(page.getByRole("radio", { name: /Operator unit/ })).toBeChecked();
  await page.getByRole("combobox", { name: "Unit operator" }).fill(tag);
  await page
    .getByRole("listbox")
    .getByRole("option", { name: new RegExp(unitName) })
    .click();
  await page.getByLabel("Nama lengkap").fill("Rina Operator Uji");
  await page.getByLabel("Email").fill(`Rina.${tag}@Kovablik.test`);
  await page.getByRole("button", { name: "Buat akun dan kirim undangan" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rina Operator Uji");
  await expect(page.getByText("Undangan menunggu", { exact: true })).toBeVisible();
  await expect(page.getByText(`rina.${tag}@kovablik.test`).first()).toBeVisible();
  await expect(page.getByText("Diundang").first()).toBeVisible();
  await expect(page.getByText(unitName).first()).toBeVisible();
  await expect(page.getByRole("button", { name: "Kirim ulang undangan" })).toBeVisible();
});
