import { unzipSync } from "fflate";
import { readFile } from "node:fs/promises";
import { expect, type Browser, type Page } from "@playwright/test";
import { confirmResultWithMinutes, pageAs, TINY_PDF, TINY_PNG } from "../helpers";
import { letObjectionWindowPass } from "./clock";

// The steps of tests/e2e/whole-edition.spec.ts after judging, each as the person doing it: the secretariat's
// results, the objection window, publication, the public, the certificate and KIPP.

export const resultsStep = {
  /** The draft from the final ranking of both rounds: the winner first, ranks 1–3 as awards. */
  async assemble(admin: Page, year: number, winner: string, entries: number) {
    await admin.goto("/admin/hasil");
    await admin
      .getByRole("navigation", { name: "Edisi lain" })
      .getByRole("link", { name: String(year) })
      .click();
    await expect(admin.getByRole("heading", { level: 1, name: `Hasil & penghargaan edisi ${year}` })).toBeVisible();
    await admin.getByRole("button", { name: "Susun draf dari peringkat akhir" }).click();
    await expect(
      admin.getByText(`Draf hasil versi 1 disusun: ${entries} usulan, ${entries} masuk Top N.`),
    ).toBeVisible();
    await expect(admin.getByText(`Terbaik 1 — ${winner}`)).toBeVisible();
  },

  /** The finalists go public with a window of whole days; until it ends the plenary cannot confirm. */
  async announceFinalists(admin: Page, year: number, days: number) {
    await admin.goto(`/admin/hasil?tahun=${year}`);
    await admin.getByLabel("Lama masa sanggah (hari)").fill(String(days));
    await admin.getByRole("button", { name: "Umumkan finalis" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Umumkan", exact: true }).click();
    await expect(admin.getByText("(sedang berjalan)")).toBeVisible();
    await this.expectConfirmationRefused(admin, year, /Masa sanggah masih berjalan sampai/);
  },

  async expectConfirmationRefused(admin: Page, year: number, why: RegExp) {
    await admin.goto(`/admin/hasil?tahun=${year}`);
    const plenary = admin.getByRole("region", { name: "Konfirmasi pleno" });
    await expect(plenary.getByText("Belum dapat dikonfirmasi:")).toBeVisible();
    await expect(plenary.getByText(why)).toBeVisible();
    await expect(admin.getByRole("button", { name: /^Konfirmasi hasil versi/ })).toHaveCount(0);
  },

  /** The plenary confirms version 1 with its minutes: the version is frozen. */
  async confirm(admin: Page, year: number) {
    await admin.goto(`/admin/hasil?tahun=${year}`);
    await expect(admin.getByText("(sudah berakhir)")).toBeVisible();
    await confirmResultWithMinutes(admin, 1, "berita-acara-pleno-2028.pdf");
    await expect(admin.getByRole("heading", { name: "Hasil terkonfirmasi" })).toBeVisible();
  },

  /** Ranks, awards and scores go public, and the certificates are issued. */
  async publishWinners(admin: Page, year: number) {
    await admin.goto(`/admin/hasil?tahun=${year}`);
    await admin.getByRole("button", { name: "Umumkan pemenang" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Umumkan pemenang" }).click();
    await expect(admin.getByText(/Pemenang diumumkan \d/)).toBeVisible();
  },

  /** The edition's public page settings: the winner's public summary, and the statistics published. */
  async preparePublicSite(admin: Page, year: number, winner: string, summary: string) {
    await admin.goto(`/admin/edisi/${year}/situs-publik`);
    await admin.getByLabel("Terbitkan statistik edisi ini").check();
    const settings = admin.getByRole("region", { name: "Yang tampil di portal publik" });
    await settings.getByRole("button", { name: "Simpan pengaturan" }).click();
    await expect(settings.getByRole("status").or(settings.getByRole("alert")).first()).toBeVisible();
    await expect(settings.getByRole("alert")).toHaveCount(0);
    const entry = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: winner }) });
    await entry.getByLabel("Ringkasan publik").fill(summary);
    await entry.getByRole("button", { name: "Simpan", exact: true }).click();
    await expect(entry.getByRole("status").or(entry.getByRole("alert")).first()).toBeVisible();
    await expect(entry.getByRole("alert")).toHaveCount(0);
  },
};

export const objectionStep = {
  /** A unit objects to a finalist at /sanggahan while the window runs. */
  async lodge(browser: Browser, email: string, year: number, finalist: string, reason: string) {
    const unit = await pageAs(browser, email);
    await unit.goto("/sanggahan");
    await expect(unit.getByRole("heading", { name: `Finalis edisi ${year}` })).toBeVisible();
    await expect(unit.getByText(/Masa sanggah sedang berjalan sampai/)).toBeVisible();
    const select = unit.getByLabel("Finalis yang disanggah");
    await select.selectOption((await select.locator("option", { hasText: finalist }).getAttribute("value")) ?? "");
    await unit.getByLabel("Alasan sanggahan").fill(reason);
    await unit.getByRole("button", { name: "Ajukan sanggahan" }).click();
    await expect(unit.getByText(`Sanggahan terhadap "${finalist}" tercatat.`)).toBeVisible();
    const mine = unit.getByRole("listitem").filter({ hasText: reason });
    await expect(mine.getByText("Menunggu keputusan")).toBeVisible();
    return unit;
  },

  /** The secretariat rejects it with a note; the unit sees the decision. */
  async reject(admin: Page, unit: Page, year: number, reason: string, note: string) {
    await admin.goto(`/admin/hasil/sanggahan?tahun=${year}`);
    await expect(admin.getByRole("heading", { level: 1, name: `Sanggahan finalis edisi ${year}` })).toBeVisible();
    const card = admin.getByRole("listitem").filter({ hasText: reason });
    await card.getByRole("radio", { name: "Ditolak" }).check();
    await card.getByLabel("Catatan keputusan").fill(note);
    await card.getByRole("button", { name: "Simpan keputusan" }).click();
    await expect(card.getByText("Diputuskan oleh Sekretariat Biro Organisasi.")).toBeVisible();
    await unit.reload();
    const mine = unit.getByRole("listitem").filter({ hasText: reason });
    await expect(mine.getByText("Ditolak", { exact: true })).toBeVisible();
    await expect(mine.getByText(note)).toBeVisible();
    await unit.context().close();
  },

  /** The window's days pass (see clock.ts); the server now counts it as over. */
  letWindowPass: letObjectionWindowPass,
};

export const publicStep = {
  /** Signed out: the gallery's filters and search lead to the winner, and its page shows the award. */
  async findWinner(
    browser: Browser,
    year: number,
    winner: { title: string; region: string; search: string; summary: string },
  ) {
    const visitor = await browser.newPage();
    await visitor.goto("/inovasi");
    await expect(visitor.getByRole("heading", { level: 1, name: "Finalis dan pemenang" })).toBeVisible();
    await visitor.getByLabel("Tahun").selectOption(String(year));
    await visitor.getByLabel("Hasil").selectOption("pemenang");
    await visitor.getByLabel("Kabupaten/kota").selectOption(winner.region);
    await visitor.getByLabel("Cari judul, instansi, atau unit").fill(winner.search);
    await expect(visitor.getByRole("status")).toHaveText("1 inovasi");
    await visitor.getByRole("link", { name: winner.title }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(winner.title);
    await expect(visitor.getByText("Terbaik 1").first()).toBeVisible();
    await expect(visitor.getByText(winner.summary)).toBeVisible();
    await visitor.close();
  },
};

export const certificateStep = {
  /** The winning unit downloads its certificate; its code verifies for anyone, an altered one does not. */
  async downloadAndVerify(browser: Browser, email: string, year: number, winner: string) {
    const unit = await pageAs(browser, email);
    await unit.goto("/sertifikat");
    const item = unit.getByRole("listitem").filter({ hasText: `Terbaik 1 · KOVABLIK ${year}` });
    const code = ((await item.locator(".font-mono").textContent()) ?? "").trim();
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const [download] = await Promise.all([
      unit.waitForEvent("download"),
      item.getByRole("link", { name: `Unduh sertifikat Terbaik 1: ${winner} (PDF)` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`sertifikat-kovablik-${year}-${code}.pdf`);
    const pdf = await readFile((await download.path()) ?? "");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    await unit.context().close();

    const visitor = await browser.newPage();
    await visitor.goto("/verifikasi");
    await visitor.getByLabel("Kode verifikasi").fill(code);
    await visitor.getByRole("button", { name: "Periksa" }).click();
    await expect(visitor.getByRole("heading", { name: "Sertifikat terverifikasi" })).toBeVisible();
    await expect(visitor.getByText(winner)).toBeVisible();
    const altered = code.slice(0, -1) + (code.endsWith("7") ? "8" : "7");
    await visitor.goto("/verifikasi");
    await visitor.getByLabel("Kode verifikasi").fill(altered);
    await visitor.getByRole("button", { name: "Periksa" }).click();
    await expect(visitor.getByRole("heading", { name: "Kode tidak dikenali" })).toBeVisible();
    await expect(visitor.getByText(winner)).toHaveCount(0);
    await visitor.close();
  },
};

export const kippStep = {
  /** The secretariat nominates the winner to KIPP and downloads its dossier: a ZIP with the PDF, data and files. */
  async nominateAndDownload(admin: Page, year: number, winner: string) {
    await admin.goto(`/admin/kipp?tahun=${year}`);
    await expect(admin.getByRole("heading", { level: 1, name: `Nominasi KIPP ${year}` })).toBeVisible();
    const card = admin.getByRole("listitem").filter({ has: admin.getByRole("heading", { name: winner }) });
    await card.getByLabel("Nomor registrasi SiNoVik (boleh diisi nanti)").fill(`SNV-${year}-0001`);
    await card.getByRole("button", { name: "Nominasikan ke KIPP" }).click();
    await expect(card.getByText(`SiNoVik SNV-${year}-0001`)).toBeVisible();
    const slug = winner.toLowerCase().replace(/[^a-z0-9]+/g, "-");
    const [download] = await Promise.all([
      admin.waitForEvent("download"),
      card.getByRole("link", { name: "Unduh berkas (ZIP)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`dosier-kipp-${year}-${slug}.zip`);
    const zip = new Uint8Array(await readFile((await download.path()) ?? ""));
    const files = unzipSync(zip);
    const names = Object.keys(files);
    expect(names).toEqual(expect.arrayContaining(["data.json", `dosier-kipp-${year}-${slug}.pdf`]));
    // The operator's two uploads travel with it, byte for byte.
    const decree = names.find((n) => /^lampiran\/\d+-SK Inovasi\.pdf$/.test(n));
    const photo = names.find((n) => /^lampiran\/\d+-Foto kegiatan\.png$/.test(n));
    expect(Buffer.from(files[decree ?? ""] ?? []).equals(TINY_PDF)).toBe(true);
    expect(Buffer.from(files[photo ?? ""] ?? []).equals(TINY_PNG)).toBe(true);
    expect(new TextDecoder().decode(files[`dosier-kipp-${year}-${slug}.pdf`]!.subarray(0, 5))).toBe("%PDF-");
    const data = JSON.parse(new TextDecoder().decode(files["data.json"])) as {
      format: string;
      edition: { year: number };
      proposal: { title: string };
    };
    expect(data).toMatchObject({ format: "kovablik-kipp-dossier/1", edition: { year }, proposal: { title: winner } });
  },
};
