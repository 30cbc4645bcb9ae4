import { expect, test } from "@playwright/test";
import { completeDraft, createDraft, pageAs, TINY_PDF } from "./helpers";

// Issue 9 item 2: the secretariat checks whether the SK is valid, so it must be able to open it from the check
// page. The demo data has no proposal at the province, so this one travels the real path: the operator drafts
// it and uploads the SK through the upload API, the admin lokal sends it to the province, the admin checks it.

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "desktop only: the path is the same on a phone");
});

test("the reviewer opens the SK, the preview and the PDF from the check page", async ({ browser }) => {
  test.setTimeout(180_000);
  const operator = await pageAs(browser, "operator.kepanjen@kovablik.test");
  const id = await createDraft(operator, `Layanan SK Uji ${Date.now()}`);

  // Every section, the start date, the SK ("SK Inovasi.pdf") and a photo: a complete proposal may leave the unit.
  await completeDraft(operator, id);
  await operator.getByRole("button", { name: "Kirim ke admin lokal" }).click();
  await operator.getByRole("button", { name: "Ya, kirim" }).click();
  await expect(operator.getByRole("button", { name: "Kirim ke admin lokal" })).toHaveCount(0);

  const unitAdmin = await pageAs(browser, "adminlokal.kabmalang@kovablik.test");
  await unitAdmin.goto(`/unit/usulan/${id}`);
  await unitAdmin.getByRole("button", { name: "Kirim ke provinsi" }).click();
  await unitAdmin.getByRole("button", { name: "Ya, kirim ke provinsi" }).click();
  await expect(unitAdmin.getByRole("button", { name: "Kirim ke provinsi" })).toHaveCount(0);

  const admin = await pageAs(browser, "admin@kovablik.test");
  await admin.goto(`/admin/usulan/${id}/seleksi`);
  const files = admin.getByRole("region", { name: "Lampiran" });
  await expect(files.getByRole("link", { name: /SK Inovasi\.pdf/ })).toBeVisible();
  // The files sit beside the checklist on a desktop, not above it.
  const filesBox = (await files.boundingBox())!;
  const checkBox = (await admin.getByRole("region", { name: /Pemeriksaan/ }).boundingBox())!;
  expect(checkBox.x).toBeGreaterThan(filesBox.x + filesBox.width - 1);
  await admin.screenshot({ path: "test-results/review-files-check-desktop.png", fullPage: true });

  // Opened in a new tab, inline, as the PDF it is.
  const [tab] = await Promise.all([
    admin.context().waitForEvent("page"),
    files.getByRole("link", { name: /SK Inovasi\.pdf/ }).click(),
  ]);
  const response = await admin.request.get(
    `/api/usulan/${id}/lampiran/${new URL((await files.getByRole("link", { name: /SK Inovasi\.pdf/ }).getAttribute("href")) ?? "", "http://x").pathname.split("/").pop()}`,
  );
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline;/);
  expect(Buffer.from(await response.body()).equals(TINY_PDF)).toBe(true);
  await tab.close();

  await expect(files.getByRole("link", { name: "Pratinjau usulan" })).toHaveAttribute(
    "href",
    `/usulan/${id}/pratinjau`,
  );
  const preview = await admin.request.get(`/usulan/${id}/pratinjau`);
  expect(preview.status()).toBe(200);
  const pdfOfProposal = await admin.request.get(`/api/usulan/${id}/pdf`);
  expect(pdfOfProposal.headers()["content-type"]).toBe("application/pdf");

  await admin.setViewportSize({ width: 412, height: 915 });
  await admin.screenshot({ path: "test-results/review-files-check-phone.png", fullPage: true });
});
