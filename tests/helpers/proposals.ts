// A proposal row as the drafting screens would leave it, for integration tests that need one to act on.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ProposalStatus } from "@/lib/proposals/lifecycle";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";

export type ProposalFixture = {
  title?: string;
  status?: ProposalStatus;
  /** Defaults to Puskesmas Kepanjen in Kabupaten Malang. */
  unitId?: string;
  institutionId?: string;
  createdById?: string | null;
  sdgs?: number[];
  startedOn?: Date | null;
  /**
   * "complete": every section answered and the edition's required files on record (it may leave the unit);
   * "gaps": the first required section empty and no SK; "bare": the proposal row only.
   */
  content?: "complete" | "gaps" | "bare";
};

let counter = 0;

export async function createProposal(prisma: PrismaClient, f: ProposalFixture = {}) {
  const title = f.title ?? `Inovasi uji ${++counter} ${Math.random().toString(36).slice(2, 8)}`;
  const unitId = f.unitId ?? UNIT_IDS.puskesmasKepanjen;
  const content = f.content ?? "complete";
  const innovation = await prisma.innovation.create({ data: { unitId, name: title } });
  const sections =
    content === "bare"
      ? []
      : await prisma.formSection.findMany({
          where: { editionId: DEMO_EDITION.id, archivedAt: null },
          orderBy: { order: "asc" },
        });
  const emptied = content === "gaps" ? sections.find((s) => s.required)?.id : undefined;
  const kinds =
    content === "complete" ? (["SK_DECREE", "PHOTO"] as const) : content === "gaps" ? (["PHOTO"] as const) : [];
  return prisma.proposal.create({
    data: {
      editionId: DEMO_EDITION.id,
      innovationId: innovation.id,
      unitId,
      institutionId: f.institutionId ?? UNIT_IDS.kabMalang,
      title,
      status: f.status ?? "DRAFT",
      sdgs: f.sdgs ?? [],
      implementationStartedOn: f.startedOn === undefined ? new Date("2024-01-15") : f.startedOn,
      createdById: f.createdById ?? null,
      answers: {
        create: sections.map((s) => ({
          sectionId: s.id,
          text: s.id === emptied ? "" : `Isi ${s.title} yang lengkap.`,
          wordCount: s.id === emptied ? 0 : 4,
        })),
      },
      attachments: {
        create: kinds.map((kind) => ({
          kind,
          fileName: `${kind.toLowerCase()}.pdf`,
          contentType: "application/pdf",
          sizeBytes: 1024,
          sha256: "0".repeat(64),
          storageKey: `fixture/${kind}/${Math.random().toString(36).slice(2)}`,
        })),
      },
    },
  });
}
