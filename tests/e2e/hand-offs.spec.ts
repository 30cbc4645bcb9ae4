import { expect, test } from "@playwright/test";
import { completeDraft, createDraft, pageAs } from "./helpers";

// Issue 9 items 1, 3 and 4, as the people doing them see it, with no mail server: the operator is told what is
// missing before sending, each step ends with a message that reads like a success, and the admin lokal's return
// note reaches the operator's dashboard, list and proposal through the portal alone.

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "desktop only: the path is the same on a phone");
});

test("an incomplete proposal is held with the list of what is missing; a return note reaches the operator", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const operator = await pageAs(browser, "operator.kepanjen@kovablik.test");
  const title = `Layanan Serah Terima ${Date.now()}`;
  const id = await createDraft(operator, title);
  await expect(operator.getByRole("status").filter({ hasText: "Usulan dibuat." })).toBeVisible();

  // Empty: the dialog lists the gaps and will not send.
  await operator.getByRole("button", { name: "Kirim ke admin lokal" }).click();
  const dialog = operator.getByRole("dialog", { name: "Kirim usulan ke admin lokal?" });
  await expect(dialog.getByText("Usulan belum lengkap, belum dapat dikirim.")).toBeVisible();
  await expect(
    dialog.getByRole("listitem").filter({ hasText: /Bagian "Ringkasan inovasi" masih kosong/ }),
  ).toBeVisible();
  await expect(
    dialog.getByRole("listitem").filter({ hasText: /Lampiran wajib "SK penetapan inovasi dan inovator"/ }),
  ).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Ya, kirim" })).toBeDisabled();
  await operator.screenshot({ path: "test-results/hand-offs-missing.png" });
  await dialog.getByRole("button", { name: "Batal" }).click();

  // Complete, then send: a success message and the page in its new, read-only state saying why.
  await completeDraft(operator, id);
  await operator.getByRole("button", { name: "Kirim ke admin lokal" }).click();
  await expect(dialog.getByText("Semua isian dan lampiran wajib sudah lengkap.")).toBeVisible();
  await dialog.getByRole("button", { name: "Ya, kirim" }).click();
  await expect(
    operator.getByRole("status").filter({ hasText: "Usulan dikirim ke admin lokal untuk diperiksa." }),
  ).toBeVisible();
  await expect(operator.getByRole("button", { name: "Kirim ke admin lokal" })).toHaveCount(0);
  await expect(operator.getByText(/tidak berwenang/)).toHaveCount(0);

  // The admin lokal returns it with a note.
  const unitAdmin = await pageAs(browser, "adminlokal.kabmalang@kovablik.test");
  await unitAdmin.goto(`/unit/usulan/${id}`);
  await unitAdmin.getByRole("button", { name: "Kembalikan ke unit" }).click();
  const note = "Tambahkan data jumlah penerima manfaat per bulan pada bagian dampak.";
  await unitAdmin.getByLabel("Catatan untuk unit").fill(note);
  await unitAdmin.getByRole("dialog").getByRole("button", { name: "Kembalikan ke unit" }).click();
  await expect(
    unitAdmin.getByRole("status").filter({ hasText: "Usulan dikembalikan ke unit beserta catatan Anda." }),
  ).toBeVisible();

  // The operator sees it on the dashboard, in the list and on the proposal, with the history.
  await operator.goto("/dasbor");
  const returned = operator.getByRole("region", { name: /usulan dikembalikan — perlu diperbaiki/ });
  await expect(returned).toBeVisible();
  await expect(returned.getByText(note)).toBeVisible();
  await operator.screenshot({ path: "test-results/hand-offs-dashboard.png", fullPage: true });
  await operator.goto(`/usulan?q=${encodeURIComponent(title)}`);
  await expect(operator.getByRole("listitem").filter({ hasText: title }).getByText(note)).toBeVisible();
  await operator.getByRole("link", { name: title }).click();
  await expect(operator.getByText(`Catatan: ${note}`)).toBeVisible();
  const history = operator.getByRole("region", { name: "Riwayat status" });
  await expect(history.getByText("Dikembalikan ke unit")).toBeVisible();
  await expect(history.getByText(note)).toBeVisible();
  await expect(operator.getByRole("button", { name: "Kirim ulang ke admin lokal" })).toBeVisible();
  await operator.screenshot({ path: "test-results/hand-offs-proposal.png", fullPage: true });
});
