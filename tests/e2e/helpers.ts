import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed-data";

// The one way the e2e specs sign in and out. Demo accounts only (seeded into the e2e database), with the
// seed's password constant so a changed demo password changes here too.

/** Types into the sign-in form and presses "Masuk" (the form's own tests use this to try wrong passwords). */
export async function fillSignIn(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.getByLabel("Email").fill(email);
  await page.locator("#masuk-sandi").fill(password);
  await page.getByRole("button", { name: "Masuk", exact: true }).click();
}

/** Through the real sign-in form, as a person would; ends on the dashboard. */
export async function signInWithForm(page: Page, email: string) {
  await page.goto("/masuk");
  await fillSignIn(page, email);
  // Generous: the first sign-in after a fresh start can be slow on a busy machine.
  await expect(page).toHaveURL(/\/dasbor$/, { timeout: 20_000 });
}

/**
 * Signs in by posting to next-auth's credentials callback, for specs about something else: faster, and the
 * session cookie lands in the page's context.
 */
export async function signIn(page: Page, email: string) {
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.ok()).toBe(true);
}

/** Desktop shows "Keluar" in the header; phones keep it in the menu panel. */
export async function signOut(page: Page) {
  const menu = page.getByRole("banner").getByRole("button", { name: "Menu", exact: true });
  if (await menu.isVisible()) await menu.click();
  // Only the copy on screen is in the accessibility tree: the other one is display:none.
  await page.getByRole("banner").getByRole("button", { name: "Keluar" }).click();
}
