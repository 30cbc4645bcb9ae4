import { expect, test, type Page } from "@playwright/test";
import { E2E_JUDGING_ENTRIES } from "./fixtures/scenarios";
import { pageAs } from "./helpers";

// Issue 10's judge path: the demo judge signs the round's declaration, scores two entries (the first across a
// reload, so nothing typed is lost), declares a conflict on the third from its scoring screen, and submits.
// The open round and its three entries come from tests/e2e/fixtures/scenarios.ts.

test.beforeEach(({}, info) => {
  test.skip(
    info.project.name !== "desktop",
    "desktop only: the scoring screen has its own tablet checks in the desk's tests",
  );
});

const [first, second, third] = E2E_JUDGING_ENTRIES;

async function scoreAll(page: Page, value: string) {
  const inputs = page.getByLabel("Nilai", { exact: true });
  await expect(inputs.first()).toBeEditable();
  const n = await inputs.count();
  expect(n).toBeGreaterThan(1);
  for (let i = 0; i < n; i++) await inputs.nth(i).fill(value);
  await inputs.nth(n - 1).blur();
  return n;
}

test("a judge signs the declaration, scores two entries (one across a reload), declares a conflict on a third, and submits", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const judge = await pageAs(browser, "juri@kovablik.test");
  await judge.goto("/juri");
  await judge.getByRole("link", { name: "Evaluasi Proposal (Desk Evaluation)" }).first().click();

  // Nothing is shown before the declaration is signed.
  await expect(judge.getByRole("link", { name: "Buka meja penilaian babak ini" })).toHaveCount(0);
  await judge.getByLabel("Saya telah membaca dan menyetujui pernyataan di atas.").check();
  await judge.getByRole("button", { name: "Tanda tangani pernyataan" }).click();
  await expect(judge.getByText(/Pernyataan bebas konflik kepentingan ditandatangani/)).toBeVisible();
  await judge.getByRole("link", { name: "Buka meja penilaian babak ini" }).click();
  await expect(judge.getByText("0 dari 3 terkirim")).toBeVisible();

  // First entry: two scores, then a reload before finishing — the draft is still there.
  await judge.getByRole("link", { name: new RegExp(first.title) }).click();
  const inputs = judge.getByLabel("Nilai", { exact: true });
  await inputs.nth(0).fill("8");
  await inputs.nth(1).fill("7,5");
  await inputs.nth(1).blur();
  await expect(judge.getByText(/Tersimpan/).first()).toBeVisible({ timeout: 15_000 });
  await judge.reload();
  await expect(inputs.nth(0)).toHaveValue("8");
  await expect(inputs.nth(1)).toHaveValue("7,5");
  await judge.screenshot({ path: "test-results/judging-score-sheet.png", fullPage: true });
  await scoreAll(judge, "8");
  await judge.getByRole("button", { name: "Kirim lembar nilai" }).click();
  await judge.getByRole("dialog").getByRole("button", { name: "Ya, kirim" }).click();
  await expect(judge.getByRole("status").filter({ hasText: "Lembar nilai terkirim dan terkunci." })).toBeVisible();
  await expect(inputs.nth(0)).toBeDisabled();

  // Second entry, in one go.
  await judge.goto(judge.url().replace(/\/[^/]+$/, ""));
  await judge.getByRole("link", { name: new RegExp(second.title) }).click();
  await scoreAll(judge, "6");
  await expect(judge.getByText(/Tersimpan/).first()).toBeVisible({ timeout: 15_000 });
  await judge.getByRole("button", { name: "Kirim lembar nilai" }).click();
  await judge.getByRole("dialog").getByRole("button", { name: "Ya, kirim" }).click();
  await expect(judge.getByRole("status").filter({ hasText: "Lembar nilai terkirim dan terkunci." })).toBeVisible();

  // Third entry: "I know this unit" from the scoring screen; it leaves the desk.
  await judge.goto(judge.url().replace(/\/[^/]+$/, ""));
  await judge.getByRole("link", { name: new RegExp(third.title) }).click();
  await judge.getByRole("button", { name: "Saya mengenal unit ini" }).click();
  await judge.getByLabel("Alasan").fill("Saya pernah menjadi narasumber pelatihan di dinas ini tahun lalu.");
  await judge.getByRole("dialog").getByRole("button", { name: "Nyatakan konflik" }).click();
  await expect(judge.getByRole("status").filter({ hasText: /Konflik kepentingan dengan .* dicatat/ })).toBeVisible();
  await expect(judge.getByText("2 dari 2 terkirim")).toBeVisible();
  await expect(judge.getByRole("link", { name: new RegExp(third.title) })).toHaveCount(0);
  await judge.screenshot({ path: "test-results/judging-desk.png", fullPage: true });
});
