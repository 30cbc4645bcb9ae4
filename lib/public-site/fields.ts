// What of an entry an edition may show on its public page besides the always-public identity (title,
// institution, unit, region, group, category) and the admin-written public summary (Publication.publicProposalFields).
// "photos": the entry's PHOTO attachments that are images, served by app/publik/[lang]/inovasi/[id]/foto/[photoId].
export const PUBLIC_PROPOSAL_FIELDS = ["videoUrl", "innovators", "sdgs", "photos"] as const;
export type PublicProposalField = (typeof PUBLIC_PROPOSAL_FIELDS)[number];

export const PUBLIC_PROPOSAL_FIELD_LABELS: Record<PublicProposalField, string> = {
  videoUrl: "Tautan video",
  innovators: "Nama inovator",
  sdgs: "Tujuan Pembangunan Berkelanjutan (SDGs)",
  photos: "Foto inovasi",
};

export function isPublicProposalField(value: string): value is PublicProposalField {
  return (PUBLIC_PROPOSAL_FIELDS as readonly string[]).includes(value);
}

/** The image types a published photo may have; any other PHOTO attachment stays private. */
export const PUBLIC_PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"];

/** The Prisma filter for an entry's photos the public may see (once its edition publishes "photos"). */
export function publicPhotosWhere(proposalId: string) {
  return { proposalId, kind: "PHOTO" as const, deletedAt: null, contentType: { in: PUBLIC_PHOTO_TYPES } };
}
