import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInWithForm } from "./helpers";

// An operator drafts a proposal; the tab dies mid-sentence. Everything up to the last autosave is on the
// server, and what was typed after it comes back from the browser's local copy.

/** The edit page of a proposal, not /usulan/baru. */
const EDIT_PAGE = /\/usulan\/(?!baru$)[^/]+$/;
const EMAIL = "operator.kepanjen@kovablik.test";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "desktop only: one pass is enough for the save logic");
});

const signIn = (page: Page) => signInWithForm(page, EMAIL);

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await signIn(page);
  return page;
}

const summary = (page: Page) => page.getByRole("textbox", { name: /Ringkasan inovasi/ });
const summaryStatus = (page: Page) => page.locator('[data-section="ringkasan"]').getByRole("status").first();

test("nothing typed is lost when the tab is closed abruptly", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page);

  await page.goto("/usulan");
  await page.getByRole("link", { name: "Buat usulan baru" }).first().click();
  const title = `Antar Obat Lansia Uji ${Date.now()}`;
  await page.getByLabel("Judul inovasi").fill(title);
  await page.getByRole("button", { name: "Buat usulan" }).click();
  await page.waitForURL(EDIT_PAGE);
  const url = page.url();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  const saved = Array.from({ length: 120 }, (_, i) => `kata${i}`).join(" ");
  const box = summary(page);
  await box.fill(saved);
  await box.pressSequentially(" lansia terlayani", { delay: 20 });
  await expect(summaryStatus(page)).toContainText("Tersimpan pukul", { timeout: 20_000 });
  await expect(page.getByText("122 / 200 kata")).toBeVisible();

  // More typing, and the tab is gone before the autosave delay passes.
  const unsaved = " dan keluarga pendamping";
  await box.pressSequentially(unsaved, { delay: 10 });
  await expect(summaryStatus(page)).toContainText("Belum tersimpan");
  await page.close();

  // Another device (no local copy): the server has everything up to the last autosave, and says so.
  const other = await freshPage(browser);
  await other.goto(url);
  await expect(summary(other)).toHaveValue(`${saved} lansia terlayani`);
  await expect(summaryStatus(other)).toContainText("Tersimpan pukul");
  await other.context().close();

  // The same browser: the words typed after the last autosave come back from the local copy and are saved.
  const again = await page.context().newPage();
  await again.goto(url);
  await expect(summary(again)).toHaveValue(`${saved} lansia terlayani${unsaved}`);
  await expect(again.getByText(/dipulihkan dari perangkat ini/)).toBeVisible();
  await expect(summaryStatus(again)).toContainText("Tersimpan pukul", { timeout: 20_000 });

  const check = await freshPage(browser);
  await check.goto(url);
  await expect(summary(check)).toHaveValue(`${saved} lansia terlayani${unsaved}`);
  await check.context().close();
});

test("a section over its word limit is not sent, and the text stays on screen", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  await page.goto("/usulan");
  await page.getByRole("link", { name: "Buat usulan baru" }).first().click();
  await page.getByLabel("Judul inovasi").fill(`Batas Kata Uji ${Date.now()}`);
  await page.getByRole("button", { name: "Buat usulan" }).click();
  await page.waitForURL(EDIT_PAGE);
  const tooLong = Array.from({ length: 205 }, (_, i) => `w${i}`).join(" ");
  await summary(page).fill(tooLong);
  await expect(page.getByText(/205 \/ 200 kata/)).toBeVisible();
  await expect(summaryStatus(page)).toContainText("melebihi batas 200 kata");
  await page.reload();
  // Not on the server, but still in this browser.
  await expect(summary(page)).toHaveValue(tooLong);
});

test("two tabs editing the same section: the later save is told and the user chooses", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await page.goto("/usulan/baru");
  await page.getByLabel("Judul inovasi").fill(`Konflik Uji ${Date.now()}`);
  await page.getByRole("button", { name: "Buat usulan" }).click();
  await page.waitForURL(EDIT_PAGE);
  const url = page.url();
  await summary(page).fill("Versi awal.");
  await expect(summaryStatus(page)).toContainText("Tersimpan pukul", { timeout: 20_000 });

  const other = await freshPage(browser);
  await other.goto(url);
  await expect(summary(other)).toHaveValue("Versi awal.");

  await summary(page).fill("Versi awal. Tambahan dari tab pertama.");
  await expect(summaryStatus(page)).toContainText("Tersimpan pukul", { timeout: 20_000 });

  await summary(other).fill("Versi awal. Tambahan dari tab kedua.");
  const panel = other.getByRole("alert").filter({ hasText: "Pilih versi yang dipakai" });
  await expect(panel).toBeVisible({ timeout: 20_000 });
  await expect(panel).toContainText("Tambahan dari tab pertama.");
  await expect(panel).toContainText("Tambahan dari tab kedua.");
  await panel.getByRole("button", { name: "Pakai versi saya" }).click();
  await expect(summaryStatus(other)).toContainText("Tersimpan pukul", { timeout: 20_000 });
  await other.context().close();

  await page.reload();
  await expect(summary(page)).toHaveValue("Versi awal. Tambahan dari tab kedua.");
});

test("offline: saving fails visibly, is retried, and goes through once back online", async ({ page, context }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await page.goto("/usulan/baru");
  await page.getByLabel("Judul inovasi").fill(`Luring Uji ${Date.now()}`);
  await page.getByRole("button", { name: "Buat usulan" }).click();
  await page.waitForURL(EDIT_PAGE);

  await context.setOffline(true);
  await summary(page).fill("Ditulis saat sinyal hilang.");
  await expect(summaryStatus(page)).toContainText("Gagal menyimpan — mencoba lagi", { timeout: 20_000 });
  await expect(page.getByTestId("status-halaman")).toContainText("Gagal menyimpan — mencoba lagi");
  await context.setOffline(false);
  await expect(summaryStatus(page)).toContainText("Tersimpan pukul", { timeout: 40_000 });
  await page.reload();
  await expect(summary(page)).toHaveValue("Ditulis saat sinyal hilang.");
});
