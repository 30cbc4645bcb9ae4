import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/seed-data";
import { fillSignIn, signOut } from "./helpers";

const admin = DEMO_USERS.find((u) => u.id === "user-admin")!;

test("kata sandi yang salah ditolak dengan pesan yang jelas", async ({ page }) => {
  await page.goto("/masuk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masuk ke Portal KOVABLIK");
  await fillSignIn(page, admin.email, "bukan-kata-sandinya");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Email atau kata sandi salah.");
  await expect(page).toHaveURL(/\/masuk$/);
  await expect(page.getByRole("link", { name: "Lupa kata sandi?" })).toHaveAttribute("href", "/lupa-kata-sandi");
});

test("admin masuk ke dasbor, lalu keluar kembali ke beranda", async ({ page }) => {
  await page.goto("/masuk");
  await fillSignIn(page, admin.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dasbor$/);
  await expect(page.getByRole("heading", { level: 1, name: "Dasbor" })).toBeVisible();

  // Signed in, the header offers the dashboard instead of the sign-in link, and /masuk sends back there.
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Dasbor" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Masuk", exact: true })).toHaveCount(0);
  await page.goto("/masuk");
  await expect(page).toHaveURL(/\/dasbor$/);
  // Also on a page that reads nothing per request itself: the header must not be a stale static copy.
  await page.goto("/lupa-kata-sandi");
  await expect(header.getByRole("link", { name: "Dasbor" })).toBeVisible();

  await signOut(page);
  await expect(page).toHaveURL(/\/$/);
  // The public home's header (cached, no session): "Masuk portal", or "Masuk" on a phone.
  await expect(header.getByRole("link", { name: /^Masuk( portal)?$/ })).toBeVisible();
  await page.goto("/dasbor");
  await expect(page).toHaveURL(/\/masuk/);
});

test("setelah masuk, pengguna kembali ke halaman yang tadi diminta — hanya di situs ini", async ({ page }) => {
  await page.goto("/akun/kata-sandi");
  await expect(page).toHaveURL(/\/masuk\?callbackUrl=/);
  await fillSignIn(page, admin.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/akun\/kata-sandi$/);
  await expect(page.getByRole("heading", { level: 1, name: "Ganti kata sandi" })).toBeVisible();
  await signOut(page);
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/masuk?callbackUrl=%2F%2Fcontoh.invalid%2Fjebakan");
  await fillSignIn(page, admin.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/dasbor$/);
});

test("setelah keluar, salinan cookie sesi yang lama ditolak server", async ({ page, context }) => {
  await page.goto("/masuk");
  await fillSignIn(page, admin.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dasbor$/);
  const stolen = (await context.cookies()).find((c) => c.name.endsWith("next-auth.session-token"));
  expect(stolen).toBeDefined();

  await signOut(page);
  await expect(page).toHaveURL(/\/$/);
  // Someone kept a copy of the cookie: the JWT is still well-formed and unexpired, but the session has ended.
  await context.addCookies([stolen!]);
  await page.goto("/admin/audit");
  await expect(page).toHaveURL(/\/masuk/);
  await expect(page.getByRole("heading", { level: 1, name: "Masuk ke Portal KOVABLIK" })).toBeVisible();
});
