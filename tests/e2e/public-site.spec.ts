import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import {
  ANNOUNCEMENTS,
  photoIdOf,
  PUBLISHED_ENTRIES,
  PUBLISHED_YEAR,
  UNPUBLISHED_ENTRIES,
  UNPUBLISHED_YEAR,
} from "./fixtures/public-site";
import { signInWithForm } from "./helpers";

// The public site as the public uses it (issue 12 item 3): a winner found through filters and search, its page;
// nothing unpublished reachable by guessing addresses; accessible (axe) and usable at 360 px; cached, and a
// publication reaches it at once.

const winner = PUBLISHED_ENTRIES.find((e) => e.award === "Terbaik 1")!;
const withheld = PUBLISHED_ENTRIES.find((e) => e.hidden)!;
const participant = PUBLISHED_ENTRIES.find((e) => e.tier === "PARTICIPANT")!;

test("a visitor finds a winner through the filters and search and opens its page", async ({ page }) => {
  await page.goto("/inovasi");
  await expect(page.getByRole("heading", { level: 1, name: "Finalis dan pemenang" })).toBeVisible();
  await page.getByLabel("Tahun").selectOption(String(PUBLISHED_YEAR));
  await page.getByLabel("Hasil").selectOption("pemenang");
  await page.getByLabel("Kabupaten/kota").selectOption("Kota Surabaya");
  await page.getByLabel("Cari judul, instansi, atau unit").fill("sapa warga");
  await expect(page.getByRole("status")).toHaveText("1 inovasi");
  // The address keeps the search, so it can be shared.
  await expect(page).toHaveURL(/tahun=2021.*hasil=pemenang/);
  await page.getByRole("link", { name: winner.title }).click();
  await expect(page).toHaveURL(`/inovasi/${winner.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(winner.title);
  await expect(page.getByText("Terbaik 1").first()).toBeVisible();
  await expect(page.getByText(`${winner.title}: warga dilayani lebih cepat`)).toBeVisible();
  await expect(page.getByRole("link", { name: "Tonton video inovasi" })).toHaveAttribute("href", /youtube/);
  // Its photo, which the edition publishes, is shown (loaded, not a broken image) and served as a public image.
  const photo = page.getByRole("img", { name: `${winner.title} — foto 1` });
  await photo.scrollIntoViewIfNeeded();
  await expect(photo).toHaveJSProperty("complete", true);
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(4);
  const file = await page.request.get(`/inovasi/${winner.id}/foto/${photoIdOf(winner.id)}`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/png");
  expect(file.headers()["cache-control"]).toBe("public, max-age=300");
  // The file's own policy (lib/proposals/served-file.ts), not the public pages': it runs nothing, loads nothing.
  expect(file.headers()["content-security-policy"]).toContain("sandbox");
  // Proper title, description and social preview.
  await expect(page).toHaveTitle(`${winner.title} · KOVABLIK`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /warga dilayani/);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /og\.png/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/inovasi/${winner.id}$`));

  // A filter that matches nothing says so.
  await page.goto("/inovasi?q=tidak-ada-yang-cocok");
  await expect(page.getByText("Tidak ada inovasi yang cocok")).toBeVisible();
  // The withheld entry and the non-finalist never appear.
  await page.goto("/inovasi");
  await expect(page.getByRole("link", { name: PUBLISHED_ENTRIES[2]!.title })).toBeVisible();
  await expect(page.getByText(withheld.title)).toHaveCount(0);
  await expect(page.getByText(participant.title)).toHaveCount(0);
  await expect(page.getByText(UNPUBLISHED_ENTRIES[0]!.title)).toHaveCount(0);
});

test("nothing unpublished is reachable by guessing addresses, on any public route, in both languages", async ({
  request,
}) => {
  const hidden = [
    ...UNPUBLISHED_ENTRIES.map((e) => `/inovasi/${e.id}`),
    `/inovasi/${withheld.id}`,
    `/inovasi/${participant.id}`,
    // Photos: of an unpublished, withheld or non-finalist entry, and one entry's photo under another's address.
    ...[...UNPUBLISHED_ENTRIES, withheld, participant].map((e) => `/inovasi/${e.id}/foto/${photoIdOf(e.id)}`),
    `/inovasi/${winner.id}/foto/${photoIdOf(PUBLISHED_ENTRIES[2]!.id)}`,
    `/inovasi/${winner.id}/foto/tidak-ada`,
    `/edisi/${UNPUBLISHED_YEAR}`,
    `/pengumuman/${ANNOUNCEMENTS.draft.id}`,
    `/pengumuman/${ANNOUNCEMENTS.scheduled.id}`,
    "/inovasi/tidak-ada",
  ];
  for (const path of [...hidden, ...hidden.map((p) => `/en${p}`)]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(404);
    const body = await res.text();
    for (const secret of [...UNPUBLISHED_ENTRIES.map((e) => e.title), withheld.title, ANNOUNCEMENTS.draft.title]) {
      expect(body, `${path} mentions ${secret}`).not.toContain(secret);
    }
  }
  // The lists, the home page and the sitemap don't mention them either.
  for (const path of [
    "/",
    "/en",
    "/inovasi",
    "/en/inovasi",
    "/inovasi/data.json",
    "/edisi",
    "/pengumuman",
    "/sitemap.xml",
    `/edisi/${PUBLISHED_YEAR}`,
  ]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const body = await res.text();
    for (const secret of [
      ...UNPUBLISHED_ENTRIES.map((e) => e.title),
      ...UNPUBLISHED_ENTRIES.map((e) => e.id),
      withheld.title,
      participant.title,
      ANNOUNCEMENTS.draft.title,
      ANNOUNCEMENTS.scheduled.title,
      `/edisi/${UNPUBLISHED_YEAR}`,
    ]) {
      expect(body, `${path} mentions ${secret}`).not.toContain(secret);
    }
  }
  // The internal folder is not a second address.
  const internal = await request.get(`/publik/id/inovasi/${UNPUBLISHED_ENTRIES[0]!.id}`, { maxRedirects: 0 });
  expect(internal.status()).toBe(307);
});

test("the English version has its own fixed text and keeps the data as entered", async ({ page }) => {
  await page.goto(`/en/inovasi/${winner.id}`);
  await expect(page.locator('[lang="en"]').first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Back to finalists and winners" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(winner.title);
  await page.getByRole("link", { name: "ID", exact: true }).click();
  await expect(page).toHaveURL(`/inovasi/${winner.id}`);
  await expect(page.getByRole("link", { name: "Kembali ke finalis dan pemenang" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "id");
});

async function axe(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    `axe on ${path}`,
  ).toEqual([]);
}

test("public pages pass axe and fit a 360 px screen", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 360, height: 780 });
  for (const path of [
    "/",
    "/en",
    "/inovasi",
    "/en/inovasi",
    `/inovasi/${winner.id}`,
    "/pengumuman",
    `/pengumuman/${ANNOUNCEMENTS.published.id}`,
    "/edisi",
    `/edisi/${PUBLISHED_YEAR}`,
    "/inovasi/tidak-ada",
  ]) {
    await axe(page, path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal scroll on ${path}`).toBeLessThanOrEqual(0);
  }
  // The menu works on a phone.
  await page.goto("/");
  await page.getByRole("button", { name: "Menu" }).click();
  await page.getByRole("navigation", { name: "Navigasi utama" }).getByRole("link", { name: "Pengumuman" }).click();
  await expect(page).toHaveURL("/pengumuman");
  await expect(page.getByRole("link", { name: ANNOUNCEMENTS.published.title })).toBeVisible();
});

test("publishing reaches the cached pages at once: an announcement appears and disappears", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const title = `Pengumuman uji cache ${Date.now()}`;
  // Warm the cache first: the list is served from it.
  await page.goto("/pengumuman");
  await expect(page.getByText(title)).toHaveCount(0);
  const admin = await browser.newContext();
  try {
    const adminPage = await admin.newPage();
    await signInWithForm(adminPage, "admin@kovablik.test");
    await adminPage.goto("/admin/pengumuman");
    await adminPage.getByLabel("Judul").first().fill(title);
    await adminPage.getByLabel("Isi").first().fill("Pengumuman ini menguji bahwa halaman publik diperbarui seketika.");
    await adminPage.getByRole("button", { name: "Simpan sebagai draf" }).click();
    await expect(adminPage.getByText("Draf pengumuman disimpan.")).toBeVisible();
    // A draft stays private.
    await page.reload();
    await expect(page.getByText(title)).toHaveCount(0);
    const entry = adminPage.getByRole("listitem").filter({ hasText: title });
    await entry.getByRole("button", { name: "Terbitkan" }).click();
    await adminPage.getByRole("dialog").getByRole("button", { name: "Ya, terbitkan" }).click();
    await expect(entry.getByText("Pengumuman diterbitkan.")).toBeVisible();
    // Another app process may have served the page: it sees the new version within a second (decision 016).
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
    await entry.getByRole("button", { name: "Tarik dari publik" }).click();
    await adminPage.getByRole("dialog").getByRole("button", { name: "Ya, tarik" }).click();
    await expect(entry.getByText("Pengumuman ditarik dari halaman publik.")).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(page.getByText(title)).toHaveCount(0, { timeout: 1_000 });
    }).toPass({ timeout: 10_000 });
  } finally {
    await admin.close();
  }
});
