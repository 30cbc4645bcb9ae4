import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);

// Playwright's own browser download does not work on these machines: drive Debian's Chromium.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const desktop = { ...devices["Desktop Chrome"], channel: undefined };
const WHOLE_EDITION = /whole-edition\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: "id-ID",
    timezoneId: "Asia/Jakarta",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  projects: [
    { name: "desktop", use: desktop, testIgnore: WHOLE_EDITION },
    { name: "phone", use: { ...devices["Pixel 7"], channel: undefined }, testIgnore: WHOLE_EDITION },
    // A whole edition makes a new year the working edition: it runs once, after every other spec has finished.
    { name: "edition", use: desktop, testMatch: WHOLE_EDITION, dependencies: ["desktop", "phone"] },
  ],
  webServer: {
    command: "tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
