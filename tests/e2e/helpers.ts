import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed-data";

// The one way the e2e specs sign in and out. Demo accounts only (seeded into the e2e database), with the
// seed's password constant so a changed demo password changes here too.

/** Types into the sign-in form and presses "Masuk" (the form's own tests use this to try wrong passwords). */
export async function fillSignIn(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.locator("#masuk-sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** Through the real sign-in form, as a person would; ends on the dashboard. */
export async function signInWithForm(page: Page, email: string) {
  await page.goto("/masuk");
  await fillSignIn(page, email);
  // Generous: the first sign-in after a fresh start can be slow on a busy machine.
  await expect(page).toHaveURL(/\/dasbor$/, { timeout: 20_000 });
}

/**
 * Signs in by posting to next-auth's credentials callback, for specs about something else: faster, and the
 * session cookie lands in the page's context.
 */
export async function signIn(page: Page, email: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.ok()).toBe(true);
}

/** Desktop shows "Keluar" in the header; phones keep it in the menu panel. */
export async function signOut(page: Page) {
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu", exact: true });
  if (await menu.isVisible()) await menu.click();
  // Only the copy on screen is in the accessibility tree: the other one is display:none.
  await page.getByRole("banner").getByRole("button", { name: "Keluar" }).click();
}

/** A one-pixel PNG and a minimal PDF: enough for the upload's content sniffing. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
export const TINY_PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

/** The plenary confirms result version `version` at /admin/hasil (already open) with a minutes PDF. */
export async function confirmResultWithMinutes(admin: Page, version: number, fileName: string) {
  await admin
    .getByLabel("Berita acara rapat pleno (PDF)")
    .setInputFiles({ name: fileName, mimeType: "application/pdf", buffer: TINY_PDF });
  await admin.getByRole("button", { name: `Konfirmasi hasil versi ${version}` }).click();
  await admin.getByRole("dialog").getByRole("button", { name: "Konfirmasi", exact: true }).click();
  await expect(admin.getByRole("link", { name: `Unduh berita acara versi ${version}` })).toBeVisible();
}

/** Uploads one file to a proposal through the same API the attachment panel uses. */
export async function uploadAttachment(
  page: Page,
  proposalId: string,
  kind: "SK_DECREE" | "PHOTO" | "SUPPORTING_DOCUMENT",
  fileName: string,
) {
  const png = kind === "PHOTO";
  const res = await page.request.post(`/api/usulan/${proposalId}/lampiran?jenis=${kind}`, {
    data: png ? TINY_PNG : TINY_PDF,
    headers: { "content-type": png ? "image/png" : "application/pdf", "x-file-name": fileName },
  });
  expect(res.ok()).toBe(true);
}

/**
 * Fills a fresh draft on its edit page as an operator would (every section, the start date) and uploads the
 * edition's required files, so it may leave the unit (lib/proposals/completeness.ts); ends on the reloaded page.
 */
export async function completeDraft(page: Page, proposalId: string) {
  const sections = page.locator("section[data-section] textarea");
  const count = await sections.count();
  for (let i = 0; i < count; i++) {
    await sections.nth(i).fill(`Uraian bagian ${i + 1}: layanan dijalankan bersama warga dan terukur hasilnya.`);
  }
  await page.locator("#fakta-mulai").fill("15/01/2024");
  await page.locator("#fakta-mulai").blur();
  await expect(page.getByText(/Menyimpan…|Belum tersimpan/)).toHaveCount(0, { timeout: 20_000 });
  await uploadAttachment(page, proposalId, "SK_DECREE", "SK Inovasi.pdf");
  await uploadAttachment(page, proposalId, "PHOTO", "Foto kegiatan.png");
  await page.reload();
}

/** A proposal's edit page, not the "new proposal" form. */
export const EDIT_PAGE = /\/usulan\/(?!baru$)[^/]+$/;

/** A second person in the same test: their own browser context (own cookies), signed in, in WIB. */
export async function pageAs(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ locale: "id-ID", timezoneId: "Asia/Jakarta" });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Creates a draft through the "Buat usulan" form; returns its id, on its edit page. */
export async function createDraft(page: Page, title: string): Promise<string> {
  await page.goto("/usulan/baru");
  await page.getByLabel("Judul inovasi").fill(title);
  await page.getByRole("button", { name: "Buat usulan" }).click();
  await page.waitForURL(EDIT_PAGE);
  return new URL(page.url()).pathname.split("/").pop() ?? "";
}
