// What of an entry an edition may show on its public page besides the always-public identity (title,
// institution, unit, region, group, category) and the admin-written public summary (Publication.publicProposalFields).
// Photos will join once their public download route exists (attachments are private files today).
export const PUBLIC_PROPOSAL_FIELDS = ["videoUrl", "innovators", "sdgs"] as const;
export type PublicProposalField = (typeof PUBLIC_PROPOSAL_FIELDS)[number];

export const PUBLIC_PROPOSAL_FIELD_LABELS: Record<PublicProposalField, string> = {
  videoUrl: "Tautan video",
  innovators: "Nama inovator",
  sdgs: "Tujuan Pembangunan Berkelanjutan (SDGs)",
};

export function isPublicProposalField(value: string): value is PublicProposalField {
  return (PUBLIC_PROPOSAL_FIELDS as readonly string[]).includes(value);
}
