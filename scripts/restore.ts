// npm run restore -- <file.tar.gz> [--force] — puts a backup back: the database, the uploaded files and the
// audit anchor. Refuses a target that holds data unless --force. docs/decisions/015-backup-and-logs.md
import { restoreBackup } from "@/lib/backup/restore";
import { isEmbedded } from "@/lib/db/config";
import { openDatabase, runMain } from "./lib/database";

runMain(async () => {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith("--"));
  if (!file) throw new Error("Sebutkan berkas cadangan: npm run restore -- cadangan.tar.gz [--force]");
  const db = await openDatabase();
  try {
    console.log(`Memulihkan ${file} ke ${db.label}`);
    await restoreBackup({
      file,
      database: isEmbedded() ? "embedded" : "server",
      url: db.url,
      force: args.includes("--force"),
      log: (line) => console.log(line),
    });
    console.log(
      "Selanjutnya: npm run db:migrate (bila cadangan dari versi portal yang lebih lama), lalu jalankan portal.",
    );
  } finally {
    await db.close();
  }
});
