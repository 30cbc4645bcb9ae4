import { expect, test, type Page } from "@playwright/test";
// Signing in goes through the real form (tests/e2e/helpers.ts): its script runs under the policy too.
import { signInWithForm as signIn } from "./helpers";
import { isPublicPath } from "../../lib/public-site/routes";

// Every page works under the strict Content-Security-Policy: each role's pages are found by following the
// links on them (one page per route pattern), loaded, checked for the header, for a hydrated Next.js and for
// not a single CSP violation (console report or `securitypolicyviolation` event). The cached public pages
// (lib/public-site/routes.ts) get the nonce-free public policy (decision 016); every other page keeps the nonce.

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "desktop only: the policy does not depend on the screen size");
});

type Violations = { console: string[] };

/** Collects violations on this page for the rest of the test. */
async function watchCsp(page: Page): Promise<Violations> {
  const seen: Violations = { console: [] };
  page.on("console", (m) => {
    if (/content[- ]security[- ]policy/i.test(m.text())) seen.console.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return seen;
}

/** Loads a page and checks it: CSP header with a nonce, scripts carrying it, Next.js running, no violation. */
async function visit(page: Page, seen: Violations, path: string) {
  const response = await page.goto(path);
  expect(response, path).not.toBeNull();
  expect(response!.status(), path).toBeLessThan(500);
  const csp = response!.headers()["content-security-policy"] ?? "";
  if (isPublicPath(new URL(path, "http://x").pathname)) {
    expect(csp, `public CSP header on ${path}`).toContain("script-src 'self' 'unsafe-inline';");
    expect(csp).not.toContain("nonce-");
    expect(csp).not.toContain("strict-dynamic");
    expect(csp).toContain("style-src 'self';");
  } else {
    expect(csp, `CSP header on ${path}`).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toContain("unsafe-inline");
  }
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  await page.waitForLoadState("networkidle");
  await expect(page.locator("main#konten"), path).toBeVisible();
  // Next.js's own scripts ran (they are what a CSP mistake blocks first).
  expect(
    await page.evaluate(() => (window as unknown as { next?: { appDir?: boolean } }).next?.appDir),
    `Next.js hydrated ${path}`,
  ).toBe(true);
  const events = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  expect(events, `securitypolicyviolation on ${path}`).toEqual([]);
  expect(seen.console, `console CSP reports up to ${path}`).toEqual([]);
}

/** "/admin/unit/unit-3507-pkm-kepanjen" → "/admin/unit/[id]": one visit per route, not per record. */
const pattern = (path: string) =>
  path
    .split("/")
    .map((s) => (/\d/.test(s) || s.length > 20 ? "[id]" : s))
    .join("/");

/** Follows the links of the signed-in area from `start`, visiting each route pattern once. */
async function crawl(page: Page, seen: Violations, start: string[], limit = 40): Promise<string[]> {
  const queue = [...start];
  const done = new Set<string>();
  const visited: string[] = [];
  while (queue.length && visited.length < limit) {
    const path = queue.shift()!;
    if (done.has(pattern(path))) continue;
    done.add(pattern(path));
    await visit(page, seen, path);
    visited.push(path);
    const hrefs = await page
      .locator("a[href^='/']")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""));
    for (const href of hrefs) {
      const p = href.split(/[?#]/)[0];
      if (!p || p.startsWith("/api/") || p.startsWith("/_next/")) continue;
      // The public site is checked signed out (one policy for everyone); a role's crawl stays in the portal.
      if (isPublicPath(p)) continue;
      if (!done.has(pattern(p))) queue.push(p);
    }
  }
  return visited;
}

test("signed-out pages render under the CSP without violations", async ({ page }) => {
  test.setTimeout(180_000);
  const seen = await watchCsp(page);
  for (const path of [
    "/",
    "/en",
    "/inovasi",
    "/inovasi/pub21-sapa-warga",
    "/en/inovasi/pub21-sapa-warga",
    "/pengumuman",
    "/edisi",
    "/edisi/2021",
    "/inovasi/tidak-ada",
    "/tanya-jawab",
    "/privasi",
    "/masuk",
    "/lupa-kata-sandi",
    "/atur-kata-sandi/tautan-tidak-berlaku",
    "/halaman-yang-tidak-ada",
  ]) {
    await visit(page, seen, path);
  }
  // Client-side behaviour needs the scripts: the password field's show/hide toggle.
  await page.goto("/masuk");
  await page.locator("#masuk-sandi").fill("rahasia");
  await page.getByRole("button", { name: /Tampilkan/ }).click();
  await expect(page.locator("#masuk-sandi")).toHaveAttribute("type", "text");
  expect(seen.console).toEqual([]);
});

test("operator: drafting, preview and PDF work under the CSP", async ({ page }) => {
  test.setTimeout(180_000);
  const seen = await watchCsp(page);
  await signIn(page, "operator.kepanjen@kovablik.test");
  await page.goto("/usulan/baru");
  const title = `Uji Kebijakan Keamanan ${Date.now()}`;
  await page.getByLabel("Judul inovasi").fill(title);
  await page.getByRole("button", { name: "Buat usulan" }).click();
  await page.waitForURL(/\/usulan\/(?!baru$)[^/]+$/);
  const editPath = new URL(page.url()).pathname;
  // Autosave goes through the guarded route handler from the page itself.
  await page.getByRole("textbox", { name: /Ringkasan inovasi/ }).fill("Obat diantar ke rumah lansia setiap pekan.");
  await expect(page.locator('[data-section="ringkasan"]').getByRole("status").first()).toContainText("Tersimpan", {
    timeout: 20_000,
  });

  const visited = await crawl(page, seen, ["/dasbor", editPath, `${editPath}/pratinjau`]);
  expect(visited).toContain(`${editPath}/pratinjau`);
  console.log(`operator: ${visited.length} pages checked: ${visited.map(pattern).join(" ")}`);
  // The preview's print layout (a stylesheet rule now, not an inline <style>) still hides the app around it.
  await page.goto(`${editPath}/pratinjau`);
  await page.emulateMedia({ media: "print" });
  const visibility = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((e) => getComputedStyle(e).visibility);
  expect(await visibility("body > header")).toBe("hidden");
  expect(await visibility(".proposal-print h2")).toBe("visible");
  await page.emulateMedia({ media: "screen" });
  const pdf = await page.request.get(`/api${editPath}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(seen.console).toEqual([]);
});

for (const who of [
  {
    name: "admin",
    email: "admin@kovablik.test",
    start: [
      "/dasbor",
      "/admin/edisi",
      "/admin/usulan",
      "/admin/unit",
      "/admin/akun",
      "/admin/audit",
      "/admin/kotak-keluar",
    ],
  },
  {
    name: "admin lokal",
    email: "adminlokal.kabmalang@kovablik.test",
    start: ["/dasbor", "/unit/usulan", "/unit/akun"],
  },
  { name: "juri", email: "juri@kovablik.test", start: ["/dasbor", "/akun/kata-sandi"] },
]) {
  test(`${who.name}: every page renders under the CSP without violations`, async ({ page }) => {
    test.setTimeout(240_000);
    const seen = await watchCsp(page);
    await signIn(page, who.email);
    const visited = await crawl(page, seen, who.start, 60);
    console.log(`${who.name}: ${visited.length} pages checked: ${visited.map(pattern).join(" ")}`);
    expect(visited.length).toBeGreaterThanOrEqual(who.start.length);
  });
}
