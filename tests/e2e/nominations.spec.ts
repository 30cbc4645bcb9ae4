import { unzipSync } from "fflate";
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { E2E_PAST_YEAR, E2E_WINNERS } from "./fixtures/nominations";
import { signIn } from "./helpers";

// KIPP: the secretariat nominates a winner of the published 2025 edition (tests/e2e/fixtures/nominations.ts),
// downloads its dossier and records a national outcome; the public statistics show the charts and the map.

test("the secretariat nominates a winner to KIPP and downloads its dossier", async ({ page }, testInfo) => {
  await signIn(page, "admin@kovablik.test");
  await page.goto(`/admin/kipp?tahun=${E2E_PAST_YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: `Nominasi KIPP ${E2E_PAST_YEAR}` })).toBeVisible();
  // Each project nominates its own winner, so the phone run after the desktop one starts from a fresh card.
  const winner = E2E_WINNERS[testInfo.project.name === "phone" ? 1 : 0];
  const slug = winner.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: winner.title }) });
  await expect(card.getByText("Usia penerapan inovasi")).toBeVisible();
  await card.getByLabel("Nomor registrasi SiNoVik (boleh diisi nanti)").fill("SNV-2025-0001");
  await card.getByRole("button", { name: "Nominasikan ke KIPP" }).click();
  await expect(card.getByText("SiNoVik SNV-2025-0001")).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    card.getByRole("link", { name: "Unduh berkas (ZIP)" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`dosier-kipp-2025-${slug}.zip`);
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  expect(Object.keys(files)).toEqual(expect.arrayContaining(["data.json", `dosier-kipp-2025-${slug}.pdf`]));
  const data = JSON.parse(new TextDecoder().decode(files["data.json"]));
  // The form's order is ringkasan, dampak, masalah; the national order puts the background before significance.
  expect(data.sections.map((s: { formKey: string }) => s.formKey)).toEqual(["ringkasan", "masalah", "dampak"]);

  await card.getByText("Catat hasil tahap nasional").click();
  await card.getByRole("combobox", { name: "Tahap nasional" }).selectOption("SUBMITTED");
  await card.getByLabel("Tanggal pengumuman nasional").fill("2025-07-10");
  await card.getByRole("button", { name: "Catat hasil" }).click();
  await expect(card.getByText("Diusulkan ke SiNoVik —")).toBeVisible();
  await page.screenshot({ path: `test-results/kipp-${testInfo.project.name}.png`, fullPage: true });
});

test("the public statistics show the charts and the map of the 38 kabupaten/kota", async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto(`/statistik?tahun=${E2E_PAST_YEAR}`);
  await expect(page.getByRole("heading", { level: 1, name: `Statistik KOVABLIK ${E2E_PAST_YEAR}` })).toBeVisible();
  await expect(page.getByRole("img", { name: "Grafik kolom jumlah usulan per tahun" })).toBeVisible();
  const map = page.getByRole("list", { name: "Peta petak kabupaten/kota Jawa Timur" });
  await expect(map.getByRole("listitem")).toHaveCount(38);
  await expect(map.getByText("Kabupaten Banyuwangi: 2 usulan")).toBeAttached();
  const stages = page.getByRole("figure", { name: "Yang lolos setiap tahap" });
  await expect(stages.getByText("Lolos seleksi administrasi").first()).toBeVisible();
  // Nothing wider than the phone's screen.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/statistik-360-${testInfo.project.name}.png`, fullPage: true });
  await map.screenshot({ path: `test-results/peta-${testInfo.project.name}.png` });
});
