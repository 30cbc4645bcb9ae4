import { expect, test } from "@playwright/test";
import { E2E_WINNERS } from "./fixtures/nominations";
import { signIn } from "./helpers";

// Follow-ups of the 2025 award winners (tests/e2e/fixtures/nominations.ts): both reports are overdue. The admin
// lokal of Kabupaten Malang reports one; the secretariat's overdue list then no longer shows it.
const MALANG = E2E_WINNERS[2].title;

test("the unit reports an overdue follow-up and it leaves the secretariat's overdue list", async ({
  browser,
}, testInfo) => {
  test.skip(testInfo.project.name === "phone", "one report per run: the desktop project files it");
  test.slow(); // two people, two sign-ins
  const unit = await browser.newPage();
  await signIn(unit, "adminlokal.kabmalang@kovablik.test");
  await unit.goto("/unit/tindak-lanjut");
  await expect(unit.getByRole("heading", { level: 1, name: "Tindak lanjut inovasi" })).toBeVisible();
  const card = unit.getByRole("listitem").filter({ hasText: "Laporan 6 bulan" }).filter({ hasText: MALANG });
  await expect(card.getByText("Terlambat")).toBeVisible();
  await card.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(card.getByText("Pilih apakah inovasi masih berjalan.")).toBeVisible();
  await card.getByLabel("Ya, masih berjalan").check();
  await card.getByLabel("Penerima manfaat selama periode ini (orang)").fill("1250");
  await card.getByRole("button", { name: "Kirim laporan" }).click();
  await expect(card.getByText("Masih berjalan", { exact: true })).toBeVisible();
  await expect(card.getByText("1.250")).toBeVisible();
  await unit.screenshot({ path: "test-results/tindak-lanjut-unit.png", fullPage: true });

  const admin = await browser.newPage();
  await signIn(admin, "admin@kovablik.test");
  await admin.goto("/admin/tindak-lanjut");
  const list = admin.getByRole("main");
  await expect(list.getByText("Laporan 12 bulan").filter({ hasText: "2026" }).first()).toBeVisible();
  await expect(
    list.getByRole("listitem").filter({ hasText: MALANG }).filter({ hasText: "Laporan 6 bulan" }),
  ).toHaveCount(0);
  await admin.screenshot({ path: "test-results/tindak-lanjut-admin.png", fullPage: true });
});
