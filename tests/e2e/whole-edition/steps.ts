import { expect, type Browser, type Page } from "@playwright/test";
import { pageAs } from "../helpers";

// The steps of tests/e2e/whole-edition.spec.ts that take more than a few lines, each as the person doing it.

const MINUTE = 60_000;

/** "YYYY-MM-DDTHH:mm" in WIB, as a datetime-local field takes it; rounded down to the minute. */
function wib(ms: number): string {
  return new Date(ms + 7 * 3_600_000).toISOString().slice(0, 16);
}

/** The start of the next whole minute, at least `min` minutes from now: the fields have minute precision. */
function minutesFromNow(min: number): number {
  return Math.ceil((Date.now() + min * MINUTE) / MINUTE) * MINUTE;
}

export const editionStep = {
  wib,

  /** From 2027's setup (groups, categories, form, attachments, rounds and rubrics); registration open now. */
  async create(admin: Page, year: number) {
    await admin.goto("/admin/edisi");
    // Filled until it holds: once, a fill racing the form's hydration left "20282028" and the save was refused.
    await expect(async () => {
      await admin.getByLabel("Tahun").fill(String(year));
      await expect(admin.getByLabel("Tahun")).toHaveValue(String(year), { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await admin.getByLabel("Tema").fill("Inovasi Pelayanan Publik untuk Semua");
    await expect(admin.getByLabel("Salin pengaturan dari").locator("option:checked")).toHaveText(/^Edisi 2027/);
    await admin.getByRole("button", { name: "Buat edisi" }).click();
    // A refused save stays on the form: fail within a minute rather than at the test's end.
    await admin.waitForURL(new RegExp(`/admin/edisi/${year}$`), { timeout: 60_000 });

    await admin.goto(`/admin/edisi/${year}`);
    await admin.getByLabel("Status").selectOption("OPEN");
    await admin.getByLabel("Pendaftaran dibuka (WIB)").fill(wib(Date.now() - 2 * 86_400_000));
    await admin.getByLabel("Pendaftaran ditutup (WIB)").fill(wib(Date.now() + 2 * 86_400_000));
    await admin.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(admin.getByRole("status").filter({ hasText: /(Tersimpan|disimpan)/i })).toBeVisible();

    // Only the desk round and the presentation round: rounds other specs added to 2027 are removed.
    await admin.goto("/admin/penjurian");
    await expect(admin.getByRole("heading", { level: 1, name: `Penjurian edisi ${year}` })).toBeVisible();
    const extra = admin
      .getByRole("listitem")
      .filter({ has: admin.getByRole("button", { name: "Hapus" }) })
      .filter({ hasNotText: /Evaluasi Proposal \(Desk Evaluation\)|Presentasi dan Wawancara/ });
    for (let left = await extra.count(); left > 0; left--) {
      await extra.first().getByRole("button", { name: "Hapus" }).click();
      await admin.getByRole("dialog").getByRole("button", { name: "Ya, hapus babak" }).click();
      await expect(extra).toHaveCount(left - 1);
    }
  },

  /**
   * Registration closes now; round 1 opens now and closes in a few minutes (the time its scoring takes in this
   * test); round 2 opens when round 1 closes; the announcement comes after both.
   */
  async scheduleRounds(admin: Page, year: number) {
    const now = minutesFromNow(0) - MINUTE;
    const round2Opens = minutesFromNow(9);
    await admin.goto(`/admin/edisi/${year}`);
    await admin.getByLabel("Pendaftaran ditutup (WIB)").fill(wib(now));
    await admin.locator("#babak-0-buka").fill(wib(now));
    await admin.locator("#babak-0-tutup").fill(wib(round2Opens));
    await admin.locator("#babak-1-buka").fill(wib(round2Opens));
    await admin.locator("#babak-1-tutup").fill(wib(round2Opens + 2 * 86_400_000));
    await admin.getByLabel("Pengumuman (WIB)").fill(wib(round2Opens + 3 * 86_400_000));
    await admin.getByRole("button", { name: "Simpan perubahan" }).click();
    await expect(admin.getByRole("status").filter({ hasText: /(Tersimpan|disimpan)/i })).toBeVisible();
    return { round2Opens };
  },

  async waitUntil(ms: number) {
    const wait = ms - Date.now() + 2_000;
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  },
};

export const roundStep = {
  /** Appoints the judges, opens the round, enrols its entries and assigns every judge without a conflict. */
  async open(admin: Page, year: number, order: number, judges: string[]): Promise<string> {
    await admin.goto("/admin/penjurian");
    await admin
      .getByRole("link", {
        name: order === 1 ? "Evaluasi Proposal (Desk Evaluation)" : "Presentasi dan Wawancara",
        exact: true,
      })
      .click();
    await admin.waitForURL(/\/admin\/penjurian\/[^/]+$/);
    const roundId = new URL(admin.url()).pathname.split("/").pop() ?? "";

    // As many judges per entry as judges appointed: the unit tree takes one off the Kota Malang entry.
    await admin.getByLabel("Juri per usulan").fill(String(judges.length));
    await admin.getByRole("button", { name: "Simpan pengaturan" }).click();
    await expect(admin.getByRole("status").first()).toBeVisible();

    const tabs = admin.getByRole("navigation", { name: "Bagian babak" });
    await tabs.getByRole("link", { name: "Juri", exact: true }).click();
    for (const email of judges) {
      const appoint = admin.locator("form").filter({ has: admin.getByLabel("Akun juri") });
      const option = appoint.getByLabel("Akun juri").locator("option", { hasText: emailName(email) });
      await appoint.getByLabel("Akun juri").selectOption({ value: (await option.getAttribute("value")) ?? "" });
      await appoint.getByLabel("Batas beban").fill("10");
      await appoint.getByRole("button", { name: "Angkat sebagai juri" }).click();
      // This judge's own confirmation: the previous one's may still be on screen.
      await expect(
        admin.getByText(/diangkat sebagai juri babak ini/).filter({ hasText: emailName(email) }),
      ).toBeVisible();
    }

    await admin.goto(`/admin/penjurian/${roundId}`);
    await admin.getByRole("button", { name: "Buka babak" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Ya, buka babak" }).click();
    await expect(admin.getByRole("button", { name: "Tutup babak" })).toBeVisible();

    await admin.goto(`/admin/penjurian/${roundId}/penugasan`);
    await admin.getByRole("button", { name: "Masukkan usulan" }).click();
    await expect(admin.getByText("2 usulan dimasukkan ke")).toBeVisible();
    await admin.goto(`/admin/penjurian/${roundId}/penugasan`);
    await admin.getByRole("button", { name: /^Simpan \d+ penugasan$/ }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Simpan dan beri tahu juri" }).click();
    // Saved: nothing new left to assign (the Kota Malang entry stays one judge short, by the conflict).
    await expect(admin.getByRole("button", { name: /^Simpan \d+ penugasan$/ })).toHaveCount(0);
    return roundId;
  },

  async expectUnitTreeConflict(admin: Page, roundId: string, judgeName: string, title: string) {
    await admin.goto(`/admin/penjurian/${roundId}/konflik`);
    const row = admin.getByRole("listitem").filter({ hasText: judgeName }).filter({ hasText: "Keanggotaan unit" });
    await expect(row.first()).toBeVisible();
    await admin.goto(`/admin/penjurian/${roundId}/penugasan?tampil=usulan`);
    const entry = admin.getByRole("listitem").filter({ hasText: title }).first();
    await expect(entry).toContainText("2 / 3 juri");
    await expect(entry.getByRole("list").first()).not.toContainText(judgeName);
  },

  async closeSealAndAdvance(admin: Page, roundId: string, advancing: string[] | null) {
    await admin.goto(`/admin/penjurian/${roundId}`);
    await admin.getByRole("button", { name: "Tutup babak" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Ya, tutup babak" }).click();
    await expect(admin.getByText("Babak ini sudah ditutup.")).toBeVisible();
    await admin.goto(`/admin/penjurian/${roundId}/peringkat`);
    // The harsh judge's sheets make the judges disagree: each flagged entry gets the panel's note first.
    const notes = admin.getByRole("form", { name: /^Catatan konsolidasi: / });
    const flagged = await notes.count();
    for (let i = 0; i < flagged; i++) {
      const note = notes.nth(i);
      await note.getByLabel("Dibahas panel; nilai tetap setelah diskusi").check();
      await note
        .getByLabel("Catatan")
        .fill("Panel membahas selisih nilai; juri kedua menilai lebih ketat di semua usulan.");
      await note.getByRole("button", { name: "Simpan catatan" }).click();
      await expect(note.getByText(/Catatan konsolidasi disimpan/)).toBeVisible();
    }
    await admin.getByRole("button", { name: "Tutup & segel babak" }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Segel babak" }).click();
    await expect(admin.getByText(/disegel\. Berita acara siap diunduh/)).toBeVisible();
    if (!advancing) return;
    await admin.getByLabel("Peringkat teratas (N usulan)").check();
    await admin.getByLabel("Jumlah yang lolos (N)").fill(String(advancing.length));
    await admin.getByRole("button", { name: "Lihat pratinjau" }).click();
    await expect(admin.getByText(`Pratinjau: ${advancing.length} usulan lolos`)).toBeVisible();
    for (const title of advancing) await expect(admin.getByText(title).first()).toBeVisible();
    await admin.getByRole("button", { name: "Tetapkan", exact: true }).click();
    await admin.getByRole("dialog").getByRole("button", { name: "Tetapkan", exact: true }).click();
    const decision = admin.getByRole("region", { name: "Yang lolos ke babak berikutnya" });
    await expect(decision.getByText(`Peringkat teratas (N usulan): N = ${advancing.length}`)).toBeVisible();
    await expect(decision.getByText(`${advancing.length} usulan`, { exact: true })).toBeVisible();
  },

  async expectExplanation(admin: Page, roundId: string, title: string, coverage: string) {
    await admin.goto(`/admin/penjurian/${roundId}/peringkat`);
    await admin.getByRole("link", { name: title }).first().click();
    await expect(admin.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
    await expect(admin.getByText(coverage).first()).toBeVisible();
    await expect(admin.getByText(/Nilai mentah|mentah/).first()).toBeVisible();
  },
};

/** The judges' display names in the appointment list, by their e-mail (demo and fixture accounts). */
function emailName(email: string): string {
  const names: Record<string, string> = {
    "juri@kovablik.test": "Dr. Ratna Wulandari",
    "juri.evaluasi@kovablik.test": "Prof. Bambang Setiawan",
    "juri.tiga@kovablik.test": "Dr. Sri Handayani",
  };
  return names[email] ?? email;
}

export const judgesStep = {
  /** Signs the round's declaration if needed, then fills and submits one sheet per entry with one value. */
  async score(browser: Browser, email: string, roundId: string, values: Record<string, string>) {
    const judge = await pageAs(browser, email);
    await judge.goto(`/juri/${roundId}`);
    const declaration = judge.getByLabel("Saya telah membaca dan menyetujui pernyataan di atas.");
    if (await declaration.isVisible()) {
      await declaration.check();
      await judge.getByRole("button", { name: "Tanda tangani pernyataan" }).click();
      await expect(judge.getByText(/Pernyataan bebas konflik kepentingan ditandatangani/)).toBeVisible();
    }
    await judge.goto(`/juri/babak/${roundId}`);
    await expect(judge.getByText(`0 dari ${Object.keys(values).length} terkirim`)).toBeVisible();
    for (const [title, value] of Object.entries(values)) {
      await judge.goto(`/juri/babak/${roundId}`);
      await judge.getByRole("link", { name: new RegExp(title) }).click();
      const inputs = judge.getByLabel("Nilai", { exact: true });
      await expect(inputs.first()).toBeEditable();
      const n = await inputs.count();
      for (let i = 0; i < n; i++) await inputs.nth(i).fill(value);
      await inputs.nth(n - 1).blur();
      await expect(judge.getByText(/Tersimpan/).first()).toBeVisible({ timeout: 15_000 });
      await judge.getByRole("button", { name: "Kirim lembar nilai" }).click();
      await judge.getByRole("dialog").getByRole("button", { name: "Ya, kirim" }).click();
      await expect(judge.getByRole("status").filter({ hasText: "Lembar nilai terkirim dan terkunci." })).toBeVisible();
    }
    await judge.context().close();
  },
};
