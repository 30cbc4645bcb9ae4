// The rules for every password a person chooses (own change, reset, invitation, and admins' forms). Plain
// zod with no server imports, so forms check the same rules in the browser before anything is sent.
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

// Length and the letter-and-digit rule already refuse the shortest favourites; these are the ones that pass
// them and still top leaked-password lists, plus local guesses (the portal's name, the province).
const COMMON_PASSWORDS = new Set([
  "password123",
  "password1234",
  "passw0rd123",
  "p@ssw0rd123",
  "qwerty12345",
  "qwerty123456",
  "qwertyuiop1",
  "1qaz2wsx3edc",
  "1q2w3e4r5t",
  "1q2w3e4r5t6y",
  "123456789a",
  "1234567890a",
  "a123456789",
  "a1234567890",
  "abc1234567",
  "abcd123456",
  "abcde12345",
  "admin12345",
  "admin123456",
  "welcome123",
  "iloveyou123",
  "bismillah123",
  "bismillah1",
  "indonesia123",
  "indonesia1945",
  "merdeka1945",
  "rahasia123",
  "rahasia1234",
  "katasandi123",
  "sayangku123",
  "jatim12345",
  "jawatimur123",
  "surabaya123",
  "kovablik123",
  "kovablik2026",
  "kovablik2027",
]);

/** The policy in one sentence, for the hint under a new-password field. */
export const PASSWORD_RULES_HINT = `Minimal ${PASSWORD_MIN_LENGTH} karakter, memuat huruf dan angka, tidak memuat nama pada alamat email Anda, dan bukan kata sandi yang umum dipakai.`;

/** A new password on its own. The e-mail rule needs the account, see `passwordEmailIssue`. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Kata sandi minimal ${PASSWORD_MIN_LENGTH} karakter.`)
  .max(PASSWORD_MAX_LENGTH, `Kata sandi maksimal ${PASSWORD_MAX_LENGTH} karakter.`)
  .regex(/\p{L}/u, "Kata sandi harus memuat setidaknya satu huruf.")
  .regex(/\p{Nd}/u, "Kata sandi harus memuat setidaknya satu angka.")
  .refine((value) => !COMMON_PASSWORDS.has(value.toLowerCase()), {
    message: "Kata sandi ini terlalu umum dan mudah ditebak. Pilih yang lain.",
  });

const EMAIL_RULE_MESSAGE = "Kata sandi tidak boleh memuat bagian nama pada alamat email Anda.";

/**
 * The message when the password contains the e-mail's local part ("budi.santoso" of
 * budi.santoso@…), else null. Local parts shorter than 3 characters are ignored: they would forbid
 * half the alphabet.
 */
export function passwordEmailIssue(password: string, email: string | null | undefined): string | null {
  const local = email?.split("@")[0]?.trim().toLowerCase() ?? "";
  if (local.length < 3) return null;
  return password.toLowerCase().includes(local) ? EMAIL_RULE_MESSAGE : null;
}

/**
 * Adds the e-mail rule to an object schema holding a password field, for forms and services that know the
 * account. The issue is reported on `field`.
 */
export function withPasswordEmailRule<S extends z.ZodType<Record<string, unknown>>>(
  schema: S,
  email: string | null | undefined,
  field = "newPassword",
): S {
  return schema.superRefine((value, ctx) => {
    const password = value[field];
    const issue = typeof password === "string" ? passwordEmailIssue(password, email) : null;
    if (issue) ctx.addIssue({ code: "custom", path: [field], message: issue });
  }) as unknown as S;
}
