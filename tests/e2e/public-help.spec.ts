import { expect, test, type Page } from "@playwright/test";
import { DEMO_EDITION } from "../../prisma/seed-data";
import { signIn } from "./helpers";

// Trust and help on the public site: a signed-out visitor finds the FAQ, the privacy notice, the helpdesk and
// the provincial government's website from the home page, and downloads the guidebook once the secretariat
// has uploaded it.

test.beforeEach(({}, info) => {
  test.skip(
    info.project.name !== "desktop",
    "desktop only: the pages' layout is checked by screenshots, the links do not depend on the width",
  );
});

const help = (page: Page) => page.getByRole("region", { name: "Petunjuk, jawaban, dan tempat bertanya" });

test("a signed-out visitor finds the FAQ, the privacy notice, the helpdesk and the Pemprov link from the home page", async ({
  page,
}) => {
  await page.goto("/");
  // Whose portal this is: the provincial government, with its website, in the header and the footer.
  const pemprov = page.getByRole("banner").getByRole("link", { name: "jatimprov.go.id" });
  await expect(pemprov).toHaveAttribute("href", "https://jatimprov.go.id");
  await expect(
    page.getByRole("contentinfo").getByRole("link", { name: /Pemerintah Provinsi Jawa Timur/ }),
  ).toHaveAttribute("href", "https://jatimprov.go.id");
  await expect(page.getByRole("contentinfo")).toContainText("Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur");

  // The helpdesk configured for this deployment (scripts/e2e-server.ts), on the home page itself.
  await expect(help(page).getByRole("link", { name: "helpdesk@kovablik.test" })).toHaveAttribute(
    "href",
    "mailto:helpdesk@kovablik.test",
  );
  await expect(help(page).getByRole("link", { name: "0812-0000-2027" })).toHaveAttribute(
    "href",
    "https://wa.me/6281200002027",
  );
  await expect(help(page)).toContainText("Jam layanan: Senin–Jumat");

  await help(page).getByRole("link", { name: "Baca tanya jawab" }).click();
  await expect(page).toHaveURL(/\/tanya-jawab$/);
  await expect(page).toHaveTitle("Tanya jawab · KOVABLIK");
  await expect(page.getByRole("heading", { level: 1, name: "Tanya jawab KOVABLIK" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Siapa yang boleh mengikuti KOVABLIK?" })).toBeVisible();
  // The answers quote the edition's own setup: the deadline in WIB to the second, the quota.
  await expect(page.getByText("26 Februari 2027 pukul 23.59.00 WIB")).toBeVisible();
  await expect(page.getByText(`kuota ${DEMO_EDITION.defaultQuota} usulan`)).toBeVisible();
  await expect(
    page
      .getByRole("region", { name: "Layanan bantuan (helpdesk)" })
      .getByRole("link", { name: "helpdesk@kovablik.test" }),
  ).toBeVisible();

  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Kebijakan privasi" }).click();
  await expect(page).toHaveURL(/\/privasi$/);
  await expect(page).toHaveTitle("Kebijakan privasi · KOVABLIK");
  await expect(page.getByRole("heading", { name: "Data yang kami simpan" })).toBeVisible();
  await expect(page.getByText(/NIP bagi\s+aparatur sipil negara/)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Berapa lama data disimpan" })).toBeVisible();
});

test("the guidebook the secretariat uploads is downloadable by a signed-out visitor", async ({ page, browser }) => {
  await page.goto("/");
  await expect(help(page)).toContainText("belum tersedia");

  const admin = await browser.newContext();
  try {
    const adminPage = await admin.newPage();
    await signIn(adminPage, "admin@kovablik.test");
    await adminPage.goto(`/admin/edisi/${DEMO_EDITION.year}`);
    await adminPage.getByRole("link", { name: "Petunjuk teknis", exact: true }).click();
    await expect(adminPage).toHaveURL(new RegExp(`/admin/edisi/${DEMO_EDITION.year}/juknis$`));

    // Not a PDF: refused with a message, nothing published.
    await adminPage
      .getByLabel("Unggah PDF")
      .setInputFiles({ name: "juknis.pdf", mimeType: "application/pdf", buffer: Buffer.from("bukan pdf sama sekali") });
    await expect(
      adminPage.getByText("Berkas bukan PDF yang valid. Petunjuk teknis harus diunggah dalam format PDF."),
    ).toBeVisible();

    const pdf = Buffer.from("%PDF-1.7\n% Petunjuk teknis KOVABLIK 2027\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
    await adminPage
      .getByLabel("Unggah PDF")
      .setInputFiles({ name: "Juknis KOVABLIK 2027.pdf", mimeType: "application/pdf", buffer: pdf });
    await expect(adminPage.getByText('Petunjuk teknis "Juknis KOVABLIK 2027.pdf" terunggah.')).toBeVisible();
    await expect(adminPage.getByRole("link", { name: "Juknis KOVABLIK 2027.pdf" })).toBeVisible();

    await page.reload();
    const downloading = page.waitForEvent("download");
    await help(page).getByRole("link", { name: "Unduh petunjuk teknis" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toBe("Juknis KOVABLIK 2027.pdf");
    const { readFile } = await import("node:fs/promises");
    expect((await readFile(await file.path())).equals(pdf)).toBe(true);

    // Removed again, so reruns and other specs start from an edition without one.
    await adminPage.getByRole("button", { name: "Hapus", exact: true }).click();
    await adminPage.getByRole("dialog").getByRole("button", { name: "Hapus", exact: true }).click();
    await expect(adminPage.getByText("Petunjuk teknis dihapus dari portal.")).toBeVisible();
  } finally {
    await admin.close();
  }
});
