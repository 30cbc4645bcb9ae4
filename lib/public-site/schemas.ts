import { z } from "zod";
import { PUBLIC_PROPOSAL_FIELDS } from "./fields";

// The admin's side of what an edition shows the public, besides announcing results (the results workflow).

export const publicSettingsSchema = z.object({
  editionId: z.string().min(1).max(64),
  statisticsPublished: z.boolean(),
  publicProposalFields: z.array(z.enum(PUBLIC_PROPOSAL_FIELDS)).max(PUBLIC_PROPOSAL_FIELDS.length),
});
export type PublicSettingsInput = z.infer<typeof publicSettingsSchema>;

export const publicEntrySchema = z.object({
  proposalId: z.string().min(1).max(64),
  publicSummary: z.string().trim().max(2000, "Ringkasan publik maksimal 2.000 karakter."),
  publicHidden: z.boolean(),
});
export type PublicEntryInput = z.infer<typeof publicEntrySchema>;
