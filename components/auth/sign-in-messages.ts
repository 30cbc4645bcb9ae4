// What the sign-in form may show for an error next-auth reports. Our authorize() throws Indonesian messages
// that next-auth passes on as the error; anything else is a code. The page also reads `?error=` from the
// address, which anyone can craft, so only known messages are shown word for word.

export const INVALID_CREDENTIALS_TEXT = "Email atau kata sandi salah.";
const LOCKED_PATTERN =
  /^Terlalu banyak percobaan masuk yang gagal\. Demi keamanan, coba lagi dalam \d{1,4} (menit|detik)\.$/;
export const INVALID_LINK_TEXT = "Tautan masuk tidak valid, sudah dipakai, atau kedaluwarsa. Minta tautan baru.";
const GENERIC_TEXT = "Tidak dapat masuk saat ini. Coba lagi sebentar lagi; jika berulang, hubungi admin.";

export function signInErrorText(error: string | null | undefined): string | null {
  if (!error) return null;
  if (error === INVALID_CREDENTIALS_TEXT || error === INVALID_LINK_TEXT || LOCKED_PATTERN.test(error)) return error;
  if (error === "CredentialsSignin") return INVALID_CREDENTIALS_TEXT;
  if (error === "SessionRequired") return "Silakan masuk untuk melanjutkan.";
  return GENERIC_TEXT;
}
