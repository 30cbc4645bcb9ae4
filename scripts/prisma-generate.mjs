// Runs `prisma generate` with no network: Prisma's CLI wants a native schema engine at start-up and would
// download it; pointing PRISMA_SCHEMA_ENGINE_BINARY at a stub stops that. Generation itself is WebAssembly.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const result = spawnSync(process.execPath, [path.join(root, "node_modules/prisma/build/index.js"), "generate"], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts/schema-engine-stub.sh"),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: "1",
  },
});
if (result.status !== 0) {
  console.error("prisma generate gagal (failed): periksa prisma/schema.prisma.");
  process.exit(result.status ?? 1);
}
