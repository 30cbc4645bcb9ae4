import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // `server-only` throws outside Next's server bundle; in tests the code runs on the server anyway.
      "server-only": path.resolve(import.meta.dirname, "tests/helpers/server-only.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "tests/integration/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Secrets the app keeps outside the database (outbox link sealing, audit key) and a checkpoint file
    // outside the repository's .data, so test runs never touch a developer's real instance.
    env: {
      NEXTAUTH_SECRET: "vitest-session-secret-not-for-production",
      KOVABLIK_AUDIT_KEY: "vitest-audit-key-not-for-production-0123456789",
      // Request and action lines (lib/log) only when a test asks for them; warnings and errors still show.
      KOVABLIK_LOG_LEVEL: "warn",
      KOVABLIK_AUDIT_CHECKPOINTS: path.join(os.tmpdir(), `kovablik-vitest-${process.pid}`, "audit-checkpoints.jsonl"),
    },
  },
});
