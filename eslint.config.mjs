import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const eslintConfig = defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    // Defaults of eslint-config-next (restated because a globalIgnores() call replaces them).
    ".next/**",
    "out/**",
    "build/**",
    "next-env.d.ts",
    // Generated, installed or produced by tools: never linted.
    "node_modules/**",
    "lib/generated/**",
    ".data/**",
    "playwright-report/**",
    "test-results/**",
    "coverage/**",
  ]),
]);

export default eslintConfig;
