import { buttonStyles } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { formatDateWIB } from "@/lib/format/date";
import type { GuidebookInfo } from "@/lib/guidebooks/guidebooks";
import { formatMegabytes } from "@/lib/format/size";

/** "850 KB" under a megabyte, "3,2 MB" above. */
export function fileSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : formatMegabytes(bytes);
}

/** The public guidebook's download button, or a note that it is not published yet. */
export function GuidebookDownload({ guidebook }: { guidebook: GuidebookInfo | null }) {
  if (!guidebook) {
    return (
      <p>
        Petunjuk teknis (juknis) edisi berjalan belum tersedia. Dokumen akan dapat diunduh di sini setelah ditetapkan
        oleh sekretariat.
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <p>
        Petunjuk teknis (juknis) KOVABLIK {guidebook.year}: persyaratan, jadwal, kriteria penilaian, dan tata cara
        sanggah. PDF, {fileSize(guidebook.sizeBytes)}, diperbarui {formatDateWIB(guidebook.uploadedAt)}.
      </p>
      {/* A plain link: the PDF comes from a route handler, not a page the client router could render. */}
      <a href={`/api/juknis/${guidebook.year}`} download className={cn(buttonStyles(), "shrink-0")}>
        Unduh petunjuk teknis
      </a>
    </div>
  );
}
