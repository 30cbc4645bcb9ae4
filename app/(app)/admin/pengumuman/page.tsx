import type { Metadata } from "next";
import { AnnouncementManager } from "@/components/announcements/announcement-manager";
import { PageHeader } from "@/components/layout/page-header";
import { listAnnouncements } from "@/lib/announcements/announcements";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { prisma } from "@/lib/db";

export const metadata: Metadata = { title: "Pengumuman" };

export default async function AnnouncementsAdminPage() {
  await requirePagePermission("announcement:manage", "/admin/pengumuman");
  const [rows, editions] = await Promise.all([
    listAnnouncements(),
    prisma.edition.findMany({ orderBy: { year: "desc" }, select: { year: true } }),
  ]);
  return (
    <>
      <PageHeader
        title="Pengumuman"
        description="Pengumuman resmi di portal publik (/pengumuman). Draf hanya terlihat di sini sampai diterbitkan."
      />
      <AnnouncementManager
        items={rows.map((r) => ({ ...r, publishedAt: r.publishedAt?.toISOString() ?? null }))}
        years={editions.map((e) => e.year)}
      />
    </>
  );
}
