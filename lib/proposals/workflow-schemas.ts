// Inputs of the submission steps, shared by the buttons/dialogs (client) and the server actions.
import { z } from "zod";

const id = z.string().trim().min(1).max(64);
const comment = z.string().trim().max(2000, "Catatan maksimal 2000 karakter.");

export const proposalStepSchema = z.object({ proposalId: id });
export type ProposalStepInput = z.infer<typeof proposalStepSchema>;

/** Steps whose note the unit will read (required by the lifecycle rule for returns and withdrawals). */
export const commentedStepSchema = z.object({
  proposalId: id,
  comment: comment.min(1, "Catatan wajib diisi."),
});
export type CommentedStepInput = z.infer<typeof commentedStepSchema>;

/** "2027-03-05T23:59", as a datetime-local input gives it; read as WIB (UTC+7). */
export const WIB_LOCAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export function parseWIBLocal(value: string): Date | null {
  if (!WIB_LOCAL_RE.test(value)) return null;
  const d = new Date(`${value}:00+07:00`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The datetime-local value (WIB) of a moment. */
export function toWIBLocal(date: Date): string {
  return new Date(date.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

export const grantExtensionSchema = z.object({
  proposalId: id,
  until: z.string().trim().regex(WIB_LOCAL_RE, "Isi tanggal dan jam batas perpanjangan."),
  reason: comment.min(1, "Tuliskan alasan perpanjangan."),
});
export type GrantExtensionInput = z.infer<typeof grantExtensionSchema>;
