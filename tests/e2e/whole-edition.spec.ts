import { expect, test, type Browser, type Page } from "@playwright/test";
import { WHOLE_EDITION_JUDGE } from "./fixtures/whole-edition";
import { completeDraft, createDraft, pageAs } from "./helpers";
import { certificateStep, kippStep, objectionStep, publicStep, resultsStep } from "./whole-edition/results-steps";
import { editionStep, judgesStep, roundStep } from "./whole-edition/steps";

// Issue 13 item 1: a whole edition in the browser, as the people doing it. The admin sets up edition 2028 from
// 2027's setup; two institutions' operators draft and their admins lokal submit; the administrative check returns
// one for correction and it comes back fixed; two rounds with three judges — one kept off the Kota Malang entry by
// the unit tree alone, one scoring two points under the others, so the panel notes the divergence — each sealed,
// the first with both entries advancing and its ranking explained. Then the results: a draft from the final
// ranking, the finalists announced with an objection window, a unit's objection decided, the plenary's
// confirmation refused while the window runs and made with its minutes after it; the winners published; a
// signed-out visitor finds the winner; its unit downloads the certificate, whose code verifies; the winner is
// nominated to KIPP and its dossier downloads.
//
// The competition's weeks are compressed into minutes: every date is set relative to now, and the server's clock
// decides as it would in a real edition. The one wait of days, the objection window, is let pass by moving its
// timestamps into the past in the test database (whole-edition/clock.ts). This spec runs in its own Playwright
// project after every other one (playwright.config.ts): it makes 2028 the working edition, which the other specs
// must not see.

const YEAR = 2028;
const KAB = { operator: "operator.kepanjen@kovablik.test", unitAdmin: "adminlokal.kabmalang@kovablik.test" };
const KOTA = { operator: "operator.kendalkerep@kovablik.test", unitAdmin: "adminlokal.kotamalang@kovablik.test" };
const TITLE_KAB = "Posyandu Lansia Digital Kepanjen";
const TITLE_KOTA = "Jemput Bola Imunisasi Kendalkerep";
const OBJECTION =
  "Posyandu lansia di Kepanjen baru berjalan delapan bulan saat diusulkan, kurang dari syarat satu tahun.";
const OBJECTION_DECISION = "SK bupati dan laporan kegiatan menunjukkan layanan berjalan sejak Januari 2024.";
const PUBLIC_SUMMARY =
  "Lansia di Kepanjen memeriksakan kesehatan di posyandu dengan kartu digital dan pengingat jadwal.";

async function draftAndSubmit(browser: Browser, who: typeof KAB, title: string): Promise<string> {
  const operator = await pageAs(browser, who.operator);
  const id = await createDraft(operator, title);
  await completeDraft(operator, id);
  await operator.getByRole("button", { name: "Kirim ke admin lokal" }).click();
  await operator.getByRole("dialog").getByRole("button", { name: "Ya, kirim" }).click();
  await expect(operator.getByRole("status").filter({ hasText: "Usulan dikirim ke admin lokal" })).toBeVisible();
  await operator.context().close();

  const unitAdmin = await pageAs(browser, who.unitAdmin);
  await unitAdmin.goto(`/unit/usulan/${id}`);
  await unitAdmin.getByRole("button", { name: "Kirim ke provinsi" }).click();
  await unitAdmin.getByRole("button", { name: "Ya, kirim ke provinsi" }).click();
  await expect(unitAdmin.getByRole("button", { name: "Kirim ke provinsi" })).toHaveCount(0);
  await unitAdmin.context().close();
  return id;
}

/** The administrative check: every manual item "Memenuhi", then the outcome. */
async function decideCheck(admin: Page, id: string, outcome: "Lolos" | "Kembalikan untuk perbaikan", reason?: string) {
  await admin.goto(`/admin/usulan/${id}/seleksi`);
  const groups = admin.getByRole("radiogroup", { name: /^Hasil: / });
  const n = await groups.count();
  for (let i = 0; i < n; i++) await groups.nth(i).getByLabel("Memenuhi", { exact: true }).check();
  await admin.getByLabel(new RegExp(`^${outcome}`)).check();
  if (reason) {
    await admin.getByLabel("Yang harus diperbaiki").fill(reason);
    await admin.getByLabel("Batas waktu perbaikan (WIB)").fill(editionStep.wib(Date.now() + 3 * 86_400_000));
  }
  await admin.getByRole("button", { name: "Simpan keputusan" }).click();
  await admin.getByRole("dialog").getByRole("button", { name: /^Ya, / }).click();
  await expect(admin.getByRole("status").first()).toBeVisible();
}

test.describe.configure({ mode: "serial" });

test("a whole edition in the browser: setup, submission, judging, results, the public, certificate, KIPP", async ({
  browser,
}) => {
  test.setTimeout(25 * 60_000);
  const admin = await pageAs(browser, "admin@kovablik.test");

  // 1. The admin sets the edition up from last year's, opens registration now and keeps two rounds.
  await editionStep.create(admin, YEAR);

  // 2. Two institutions: operators draft, admins lokal submit to the province.
  const kab = await draftAndSubmit(browser, KAB, TITLE_KAB);
  const kota = await draftAndSubmit(browser, KOTA, TITLE_KOTA);

  // 3. The check passes one and returns the other for correction; it comes back fixed and passes.
  await decideCheck(admin, kab, "Lolos");
  const fix = "Lengkapi data cakupan imunisasi sebelum dan sesudah inovasi pada bagian dampak.";
  await decideCheck(admin, kota, "Kembalikan untuk perbaikan", fix);
  const operator = await pageAs(browser, KOTA.operator);
  await operator.goto(`/usulan/${kota}`);
  await expect(operator.getByText(fix).first()).toBeVisible();
  await operator.locator("section[data-section] textarea").first().fill("Cakupan imunisasi naik dari 71 % ke 93 %.");
  await operator.locator("section[data-section] textarea").first().blur();
  await expect(operator.getByText(/Menyimpan…|Belum tersimpan/)).toHaveCount(0, { timeout: 20_000 });
  await operator.getByRole("button", { name: "Kirim ulang ke provinsi" }).click();
  await operator.getByRole("dialog").getByRole("button", { name: /^Ya, / }).click();
  await expect(operator.getByRole("button", { name: "Kirim ulang ke provinsi" })).toHaveCount(0);
  await operator.context().close();
  await decideCheck(admin, kota, "Lolos");

  // 4. Registration closes; round 1 opens now and closes in a few minutes, round 2 follows it.
  const windows = await editionStep.scheduleRounds(admin, YEAR);

  // 5. Round 1: three judges; the former Kendalkerep operator never sees the Kota Malang entry.
  const round1 = await roundStep.open(admin, YEAR, 1, [
    "juri@kovablik.test",
    "juri.evaluasi@kovablik.test",
    WHOLE_EDITION_JUDGE.email,
  ]);
  await roundStep.expectUnitTreeConflict(admin, round1, WHOLE_EDITION_JUDGE.name, TITLE_KOTA);
  await judgesStep.score(browser, "juri@kovablik.test", round1, { [TITLE_KAB]: "9", [TITLE_KOTA]: "8" });
  // The harsh judge: two points under the others on every criterion.
  await judgesStep.score(browser, "juri.evaluasi@kovablik.test", round1, { [TITLE_KAB]: "7", [TITLE_KOTA]: "6" });
  await judgesStep.score(browser, WHOLE_EDITION_JUDGE.email, round1, { [TITLE_KAB]: "9" });

  // 6. The ranking explains itself; the round is sealed and both entries advance.
  await roundStep.closeSealAndAdvance(admin, round1, [TITLE_KAB, TITLE_KOTA]);
  await roundStep.expectExplanation(admin, round1, TITLE_KOTA, "2 dari 2");

  // 7. Round 2 (presentation), once round 1's window has passed.
  await editionStep.waitUntil(windows.round2Opens);
  const round2 = await roundStep.open(admin, YEAR, 2, ["juri@kovablik.test", "juri.evaluasi@kovablik.test"]);
  await judgesStep.score(browser, "juri@kovablik.test", round2, { [TITLE_KAB]: "9", [TITLE_KOTA]: "8" });
  await judgesStep.score(browser, "juri.evaluasi@kovablik.test", round2, { [TITLE_KAB]: "8", [TITLE_KOTA]: "7" });
  await roundStep.closeSealAndAdvance(admin, round2, null);

  // 8. Results from the final ranking of both rounds; the finalists announced with a three-day objection window.
  await resultsStep.assemble(admin, YEAR, TITLE_KAB, 2);
  await resultsStep.announceFinalists(admin, YEAR, 3);

  // 9. Kendalkerep objects to the Kepanjen finalist and the secretariat rejects it; the window still runs, so the
  // plenary cannot confirm yet.
  const objector = await objectionStep.lodge(browser, KOTA.operator, YEAR, TITLE_KAB, OBJECTION);
  await resultsStep.expectConfirmationRefused(admin, YEAR, /^1 sanggahan belum diputuskan\.$/);
  await objectionStep.reject(admin, objector, YEAR, OBJECTION, OBJECTION_DECISION);
  await resultsStep.expectConfirmationRefused(admin, YEAR, /Masa sanggah masih berjalan sampai/);

  // 10. The window's days pass; the plenary confirms with its minutes; the public pages are prepared and the
  // winners published.
  await objectionStep.letWindowPass(YEAR);
  await resultsStep.confirm(admin, YEAR);
  await resultsStep.preparePublicSite(admin, YEAR, TITLE_KAB, PUBLIC_SUMMARY);
  await resultsStep.publishWinners(admin, YEAR);

  // 11. A signed-out visitor finds the winner through the filters and search, and opens its page.
  await publicStep.findWinner(browser, YEAR, {
    title: TITLE_KAB,
    region: "Kabupaten Malang",
    search: "lansia digital",
    summary: PUBLIC_SUMMARY,
  });

  // 12. The winning unit downloads its certificate; the code verifies, an altered one does not.
  await certificateStep.downloadAndVerify(browser, KAB.operator, YEAR, TITLE_KAB);

  // 13. The secretariat nominates the winner to KIPP and downloads its dossier.
  await kippStep.nominateAndDownload(admin, YEAR, TITLE_KAB);
});
