// Inputs of sign-in and of the own-account actions. No server imports: the forms validate with these very
// schemas before the server actions validate again.
import { z } from "zod";
import { newPasswordSchema, withPasswordEmailRule } from "@/lib/auth/password-policy";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .email("Masukkan alamat email yang valid.")
  .max(254, "Alamat email terlalu panjang.");

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "Masukkan kata sandi.").max(200, "Kata sandi terlalu panjang."),
});

const CONFIRMATION_MISMATCH = "Konfirmasi kata sandi tidak sama dengan kata sandi baru.";

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Masukkan kata sandi saat ini.").max(200, "Kata sandi terlalu panjang."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: CONFIRMATION_MISMATCH })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Kata sandi baru harus berbeda dari kata sandi saat ini.",
  });

export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const requestPasswordResetSchema = z.object({ email: emailSchema });

export const setPasswordSchema = z
  .object({
    token: z.string().min(16, "Tautan tidak valid.").max(200, "Tautan tidak valid."),
    newPassword: newPasswordSchema,
    confirmPassword: z.string().min(1, "Ulangi kata sandi baru."),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: CONFIRMATION_MISMATCH });

export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/** The form's schema when the account is known: the action's schema plus the e-mail rule. */
export const changePasswordFormSchema = (email: string) => withPasswordEmailRule(changePasswordSchema, email);
export const setPasswordFormSchema = (email: string | null) => withPasswordEmailRule(setPasswordSchema, email);

/** The one answer to a reset request, whether or not the address has an account. */
export const RESET_REQUESTED_MESSAGE =
  "Jika email tersebut terdaftar pada akun yang aktif, tautan untuk mengatur ulang kata sandi telah dikirim. Periksa kotak masuk (dan folder spam) Anda; tautan berlaku 1 jam.";

/** The one answer to a sign-in link request, whether or not the address has an account. */
export const SIGN_IN_LINK_REQUESTED_MESSAGE =
  "Jika email tersebut terdaftar pada akun yang aktif, tautan masuk telah dikirim. Periksa kotak masuk (dan folder spam) Anda; tautan berlaku 15 menit dan hanya dapat dipakai sekali.";

/**
 * Where to go after signing in: only a path on this site ("/…", not "//host" or "/\host", which browsers
 * treat as another host), so a crafted link cannot send someone elsewhere.
 */
export function safeCallbackUrl(value: unknown, fallback = "/dasbor"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  if (/[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
