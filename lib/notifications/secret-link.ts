import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { mailLink } from "./public-url";

// Account links (invitation, password reset, sign-in) are credentials: whoever reads one can take the account.
// The outbox body therefore holds a placeholder where the link goes, and the link's path is kept sealed with
// AES-256-GCM under a key derived from NEXTAUTH_SECRET, which lives in the app's environment, never in the
// database. The link is filled in only when the mail is handed to the mail server, and the sealed copy is
// wiped once it is sent. The recipient's address is bound into the seal, so a sealed link copied into a
// message addressed to someone else does not open.

/** What admins see in the outbox where the link will be. */
export const SECRET_LINK_PLACEHOLDER = "[tautan pribadi — disisipkan saat email dikirim, tidak tersimpan di portal]";

const VERSION = "v1";

function key(): Buffer {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET belum diatur: tautan akun tidak dapat disimpan dengan aman.");
  return Buffer.from(hkdfSync("sha256", secret, "kovablik", "outbox-link-v1", 32));
}

export function sealLink(path: string, recipientEmail: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  cipher.setAAD(Buffer.from(recipientEmail.toLowerCase()));
  const sealed = Buffer.concat([cipher.update(path, "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    sealed.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
  ].join(".");
}

/** The path, or an error when the key changed or the seal was tampered with. */
export function openLink(sealed: string, recipientEmail: string): string {
  const [version, iv, data, tag] = sealed.split(".");
  if (version !== VERSION || !iv || !data || !tag) throw new Error("format tautan tersegel tidak dikenal");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(recipientEmail.toLowerCase()));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/** The text the recipient receives: the stored body with the link filled in. */
export function renderForDelivery(body: string, secret: string | null, recipientEmail: string): string {
  if (!secret) return body;
  return body.split(SECRET_LINK_PLACEHOLDER).join(mailLink(openLink(secret, recipientEmail)));
}
