import { expect, test, type Page } from "@playwright/test";
import { ACTION_LABEL, ENTITY_LABEL } from "../../lib/audit/labels";
import { TEMPLATE_LABEL } from "../../lib/notifications/labels";
import { fillSignIn, signIn } from "./helpers";

// Issue 9 item 6: admins read words, not codes. Every page of the audit log and the outbox, and a message,
// are read as a person sees them (visible text only) and searched for codes and raw JSON.

/** Addresses shown legitimately (mail recipients, links in a mail body, jatimprov.go.id) are not codes. */
function withoutAddresses(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+/g, " ")
    .replace(/\S+@\S+/g, " ")
    .replace(/\b[\w-]+(\.[\w-]+)*\.(go\.id|id|com|org|net|test)\b/g, " ");
}

const CODE_PATTERNS: [string, RegExp][] = [
  ["camelCase code with a dot (adminCheck.decide)", /\b[a-z]+[A-Z][A-Za-z]*\.[a-z]/],
  ["dotted code (proposal.attachment.upload)", /\b[a-z]+\.[a-z-]+\.[a-z_-]+\b/],
  ["snake_case code (auth.sign_in_failed)", /\b[a-z]+_[a-z_]+\b/],
  ["JSON object", /\{\s*"|"\s*:\s*["{[\d]/],
  ["environment variable", /\b[A-Z]+_[A-Z_]+\b/],
];
const STORED_CODES = [
  ...Object.keys(ACTION_LABEL),
  ...Object.keys(TEMPLATE_LABEL),
  ...Object.keys(ENTITY_LABEL).filter((k) => /[a-z][A-Z]/.test(k)),
];

async function expectPlainWords(page: Page) {
  const text = withoutAddresses(await page.locator("body").innerText());
  for (const [what, pattern] of CODE_PATTERNS) {
    expect(text.match(pattern)?.[0] ?? null, `${what} on ${page.url()}`).toBeNull();
  }
  const shown = STORED_CODES.filter((code) =>
    new RegExp(`(^|[^\\w.-])${code.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\w.-])`).test(text),
  );
  expect(shown, `stored codes on ${page.url()}`).toEqual([]);
}

/**
 * Every page of a paginated list, following "Berikutnya" until it is disabled. Its address is opened rather than
 * the link clicked: a click racing the page's hydration could land (the next page showed) while Playwright saw
 * the link detached and waited for a "Berikutnya" link the last page does not have. What is checked here is
 * each page's words, not the pagination.
 */
async function walkPages(page: Page, start: string, onPage: () => Promise<void>) {
  await page.goto(start);
  for (let n = 0; n < 200; n++) {
    await onPage();
    const next = page.getByRole("navigation", { name: "Halaman" }).locator('a[rel="next"]');
    if ((await next.count()) === 0) return;
    const href = await next.getAttribute("href");
    expect(href).toBeTruthy();
    await page.goto(href!);
  }
}

test("log audit dan kotak keluar berbicara dengan kata-kata, bukan kode atau JSON", async ({ page }) => {
  // Every page of the audit log: on phone it runs after the whole desktop suite has written its entries, and
  // on a loaded 2-core machine that walk alone took over 3 minutes.
  test.setTimeout(420_000);
  // Entries of several kinds: a failed sign-in, a successful one, a password-reset mail in the outbox.
  await page.goto("/masuk");
  await fillSignIn(page, "juri@kovablik.test", "bukan kata sandinya 123");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  await page.goto("/lupa-kata-sandi");
  await page.getByLabel("Email akun").fill("operator.kendalkerep@kovablik.test");
  await page.getByRole("button", { name: "Kirim tautan" }).click();
  await expect(page.getByRole("main").getByRole("status")).toContainText("tautan");

  await signIn(page, "admin@kovablik.test");

  const entryLinks: string[] = [];
  await walkPages(page, "/admin/audit", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Log audit" })).toBeVisible();
    await expectPlainWords(page);
    if (entryLinks.length === 0) {
      const hrefs = await page
        .locator('table a[href^="/admin/audit/"]')
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      entryLinks.push(...hrefs);
    }
  });
  expect(entryLinks.length).toBeGreaterThan(0);
  // The failed sign-in reads as words; its code is only in the title attribute.
  await page.goto("/admin/audit?kind=masuk");
  await expect(page.locator('span[title="auth.sign_in_failed"]:visible').first()).toHaveText("Gagal masuk");
  for (const href of entryLinks) {
    await page.goto(href);
    await expect(page.getByRole("heading", { level: 1, name: /Entri audit #\d+/ })).toBeVisible();
    await expectPlainWords(page);
  }

  let firstMessage: string | null = null;
  await walkPages(page, "/admin/kotak-keluar", async () => {
    await expect(page.getByRole("heading", { level: 1, name: "Kotak keluar" })).toBeVisible();
    await expectPlainWords(page);
    firstMessage ??= await page.locator('a[href^="/admin/kotak-keluar/"]').first().getAttribute("href");
  });
  expect(firstMessage).not.toBeNull();
  await page.goto(firstMessage!);
  await expect(page.getByText("Jenis pesan")).toBeVisible();
  await expectPlainWords(page);

  // The reset mail itself reads its kind in words. It is queued after the reset page answered
  // (runAfterResponse), so the outbox may not list it on the first look: look again until it is there.
  const resetMail = page.getByRole("link", { name: /Atur ulang kata sandi/ }).first();
  await expect(async () => {
    await page.goto("/admin/kotak-keluar?q=operator.kendalkerep");
    await expect(resetMail).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await resetMail.click();
  await expect(page.getByText("Atur ulang kata sandi", { exact: true })).toBeVisible();
  await expectPlainWords(page);
});
