// Expected failures carry an Indonesian message meant for the user; anything else is logged and replaced by
// a generic message before it reaches the browser.
export type DomainErrorCode =
  "UNAUTHENTICATED" | "FORBIDDEN" | "NOT_FOUND" | "INVALID" | "CONFLICT" | "RATE_LIMITED" | "DEADLINE";

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const GENERIC_ERROR_MESSAGE =
  "Terjadi kesalahan pada server. Coba lagi sebentar lagi; jika berulang, hubungi admin.";

export function forbidden(message = "Anda tidak berwenang melakukan tindakan ini."): DomainError {
  return new DomainError("FORBIDDEN", message);
}

export function notFound(what = "Data"): DomainError {
  return new DomainError("NOT_FOUND", `${what} tidak ditemukan.`);
}

/** Prisma's unique-constraint error (P2002), without importing the client in every caller. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "P2002";
}

/** An error shown on one form field (and as the form's message). */
export function fieldError(field: string, message: string, code: DomainErrorCode = "INVALID"): DomainError {
  return new DomainError(code, message, { [field]: [message] });
}

/** The row, or a NOT_FOUND naming what was looked for ("Kelompok tidak ditemukan."). */
export function found<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw notFound(what);
  return row;
}
