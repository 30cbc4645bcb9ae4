// Decoding the session cookie (next-auth's encrypted JWT) was the costliest step of an authenticated request
// after the database: next-auth's `decode` derives the key (HKDF) and decrypts on every call. A token string
// that decoded once under a secret decodes to the same payload again, so it is kept, by the exact token
// string, until the token's own expiry (bounded in number; oldest out first). Nothing about whether the
// session still counts is cached: the account, its session version and revoked sessions are read from the
// database on every request (lib/auth/session.ts). Plain module: the autosave benchmark's floor uses it too.
import { decode, type JWT } from "next-auth/jwt";

const MAX_ENTRIES = 5000;
// jose's tolerance in next-auth's decode.
const CLOCK_TOLERANCE_S = 15;
const decoded = new Map<string, { secret: string; payload: Readonly<JWT> }>();

/** The session token's payload, or null when it is not valid (bad signature, wrong secret, expired). */
export async function decodeSessionToken(
  token: string,
  secret: string,
  nowSeconds = Date.now() / 1000,
): Promise<Readonly<JWT> | null> {
  const expired = (p: JWT) => typeof p.exp === "number" && p.exp + CLOCK_TOLERANCE_S < nowSeconds;
  const hit = decoded.get(token);
  if (hit && hit.secret === secret) {
    if (!expired(hit.payload)) return hit.payload;
    decoded.delete(token);
    return null;
  }
  let payload: JWT | null;
  try {
    payload = await decode({ token, secret });
  } catch {
    return null;
  }
  if (!payload || expired(payload)) return null;
  if (decoded.size >= MAX_ENTRIES) decoded.delete(decoded.keys().next().value!);
  const frozen = Object.freeze(payload);
  decoded.set(token, { secret, payload: frozen });
  return frozen;
}
