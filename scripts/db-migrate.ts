// npm run db:migrate — applies committed migrations to the embedded database or to DATABASE_URL.
import path from "node:path";
import { applyMigrations } from "@/lib/db/migrate";
import { openDatabase, runMain } from "./lib/database";

runMain(async () => {
  const db = await openDatabase();
  try {
    console.log(`Migrasi ke ${db.label}`);
    const result = await applyMigrations({
      url: db.url,
      migrationsDir: path.resolve("prisma/migrations"),
      log: (line) => console.log(line),
    });
    for (const w of result.warnings) console.warn(`⚠ ${w}`);
    if (result.applied.length) {
      console.log(`✔ ${result.applied.length} migrasi diterapkan: ${result.applied.join(", ")}`);
    } else {
      console.log(`✔ Basis data sudah mutakhir (${result.alreadyApplied.length} migrasi).`);
    }
  } finally {
    await db.close();
  }
});
