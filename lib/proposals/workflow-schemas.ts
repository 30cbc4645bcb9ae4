// Inputs of the submission steps, shared by the buttons/dialogs (client) and the server actions.
import { z } from "zod";
import { WIB_INPUT_RE } from "@/lib/format/wib-input";
import { STATUS_LABEL, type ProposalStatus } from "./lifecycle";

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

export const grantExtensionSchema = z.object({
  proposalId: id,
  until: z.string().trim().regex(WIB_INPUT_RE, "Isi tanggal dan jam batas perpanjangan."),
  reason: comment.min(1, "Tuliskan alasan perpanjangan."),
});
export type GrantExtensionInput = z.infer<typeof grantExtensionSchema>;

const firstParam = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const idFilter = z
  .preprocess(
    firstParam,
    z
      .string()
      .regex(/^[\w-]{1,64}$/)
      .catch(""),
  )
  .catch("");
const PROVINCE_STATUS_FILTERS = [
  "AWAITING_CHECK",
  "AT_UNITS",
  ...(Object.keys(STATUS_LABEL) as ProposalStatus[]),
] as const satisfies readonly (ProposalStatus | "AWAITING_CHECK" | "AT_UNITS")[];

const titleSearch = z
  .preprocess(firstParam, z.string().catch(""))
  .catch("")
  .transform((s) => s.trim().slice(0, 100));

/** The admin lokal's queue (`/unit/usulan?q=`): a title search. */
export const unitQueueQuerySchema = z.object({ q: titleSearch });

/**
 * The admin's province-wide list (`/admin/usulan?q=&status=&group=&category=&institution=&page=&view=`): a bad
 * or tampered value falls back to "no filter" instead of an error page.
 */
export const provinceListQuerySchema = z
  .object({
    q: titleSearch,
    status: z.preprocess(firstParam, z.enum(PROVINCE_STATUS_FILTERS).or(z.literal("")).catch("")).catch(""),
    group: idFilter,
    category: idFilter,
    institution: idFilter,
    page: z.preprocess(firstParam, z.coerce.number().int().min(1).catch(1)).catch(1),
    view: z.preprocess(firstParam, z.enum(["instansi"]).optional().catch(undefined)).catch(undefined),
  })
  .transform(({ group, category, institution, view, ...rest }) => ({
    filters: { ...rest, groupId: group, categoryId: category, institutionId: institution },
    byInstitution: view === "instansi",
  }));
export type ProvinceListQuery = z.infer<typeof provinceListQuerySchema>;
