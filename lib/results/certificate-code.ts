import { randomInt } from "node:crypto";

// Certificate verification codes: 12 random characters of Crockford's base32 (60 bits), shown in three groups
// ("KV7Q-3MXD-9TRA"). Random, never sequential: holding one code tells nothing about another, and guessing a
// valid one is hopeless. Letters that read alike (I, L, O, U) are left out, and typed ones are mapped back.

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const LENGTH = 12;

export function newCertificateCode(): string {
  let s = "";
  for (let i = 0; i < LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}

/** What a person typed or scanned, as stored; null when it cannot be a code at all. */
export function normaliseCertificateCode(input: string): string | null {
  const s = input.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0").replace(/U/g, "V");
  if (s.length !== LENGTH || [...s].some((c) => !ALPHABET.includes(c))) return null;
  return `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}`;
}
