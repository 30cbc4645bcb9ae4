import type { Metadata } from "next";
import { GuidebookManager } from "@/components/guidebooks/guidebook-manager";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { getGuidebook, GUIDEBOOK_MAX_BYTES } from "@/lib/guidebooks/guidebooks";

export const metadata: Metadata = { title: "Edisi: petunjuk teknis" };

export default async function EditionGuidebookPage({ params }: { params: Promise<{ year: string }> }) {
  const { year } = await params;
  await requirePagePermission("edition:manage", `/admin/edisi/${year}/juknis`);
  // The layout has already answered 404 for an unknown year.
  const guidebook = await getGuidebook(year);
  return (
    <GuidebookManager
      year={Number(year)}
      maxBytes={GUIDEBOOK_MAX_BYTES}
      current={
        guidebook
          ? {
              fileName: guidebook.fileName,
              sizeBytes: guidebook.sizeBytes,
              uploadedAt: guidebook.uploadedAt.toISOString(),
              uploadedBy: guidebook.uploadedBy,
            }
          : null
      }
    />
  );
}
