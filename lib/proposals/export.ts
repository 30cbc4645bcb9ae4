import "server-only";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { formatDateWIB } from "@/lib/format/date";
import { STATUS_LABEL } from "./lifecycle";
import { formatSdgs } from "./sdgs";
import { provinceWhere, workingEdition, type ProvinceFilters } from "./workflow-queries";

// The secretariat's overview as a file: every proposal the /admin/usulan filters select (not just one page).

const HEADER = [
  "No",
  "Judul",
  "Status",
  "Perangkat daerah",
  "Unit",
  "Kelompok",
  "Kategori",
  "TPB/SDGs",
  "Dikirim",
  "Diubah",
];

export type ProvinceExport = { fileBase: string; rows: string[][] };

export async function provinceExportRows(
  actor: Actor,
  filters: Omit<ProvinceFilters, "page">,
): Promise<ProvinceExport> {
  authorize(actor, "proposal:check");
  const edition = await workingEdition();
  if (!edition) return { fileBase: "usulan-kovablik", rows: [HEADER] };
  const items = await prisma.proposal.findMany({
    where: provinceWhere(edition.id, filters),
    select: {
      title: true,
      status: true,
      sdgs: true,
      submittedAt: true,
      updatedAt: true,
      unit: { select: { name: true } },
      institution: { select: { name: true } },
      group: { select: { name: true } },
      category: { select: { name: true } },
    },
    orderBy: [{ institution: { name: "asc" } }, { title: "asc" }, { id: "asc" }],
  });
  const rows = items.map((p, i) => [
    String(i + 1),
    p.title,
    STATUS_LABEL[p.status],
    p.institution.name,
    p.unit.name,
    p.group?.name ?? "",
    p.category?.name ?? "",
    p.sdgs.length ? formatSdgs(p.sdgs) : "",
    p.submittedAt ? formatDateWIB(p.submittedAt) : "",
    formatDateWIB(p.updatedAt),
  ]);
  return { fileBase: `usulan-kovablik-${edition.year}`, rows: [HEADER, ...rows] };
}
