// npm run backup -- <file.tar.gz> — the database (server: pg_dump; embedded: PGlite's data directory dump),
// the uploaded files and the audit anchor in one archive. docs/decisions/015-backup-and-logs.md
import { createBackup } from "@/lib/backup/backup";
import { describeCounts } from "@/lib/backup/common";
import { isEmbedded } from "@/lib/db/config";
import { openDatabase, runMain } from "./lib/database";

runMain(async () => {
  const file = process.argv.slice(2).find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Sebutkan berkas tujuan: npm run backup -- cadangan-2026-12-01.tar.gz");
  const db = await openDatabase();
  try {
    console.log(`Mencadangkan ${db.label}`);
    const m = await createBackup({
      file,
      database: isEmbedded() ? "embedded" : "server",
      url: db.url,
      log: (line) => console.log(line),
    });
    console.log(`✔ Cadangan ditulis ke ${file}: ${describeCounts(m.counts)}, ${m.files} berkas unggahan.`);
    if (m.auditKey.included) {
      console.log("  Berisi kunci audit yang dibuat portal (.data/audit-key): simpan arsip ini serahasia kunci itu.");
    } else {
      console.log("  Kunci audit (KOVABLIK_AUDIT_KEY) tidak ikut: pemulihan memerlukan nilai yang sama.");
    }
  } finally {
    await db.close();
  }
});
