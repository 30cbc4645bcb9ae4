import { defineConfig } from "prisma/config";

// The CLI is used only for `prisma generate` (WebAssembly, offline). Migrations are applied by
// scripts/db-migrate.ts and created by scripts/db-new-migration.ts — see docs/decisions/002.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
