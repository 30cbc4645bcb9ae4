import "server-only";
import { levelSchema, type LevelInput } from "./schemas";
import { authorize, type Actor } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { listAttachments } from "@/lib/proposals/attachments";
import { ATTACHMENT_KIND_LABEL } from "@/lib/proposals/schemas";
import { activeConflicts, coversEntry, loadJudgeAssignment, roundWindowProblem } from "./score-access";
import { toFormValue } from "./scores";
import { ownAppointment } from "./own-appointment";

// What the judge's screens show: the desk of one round (their entries and progress) and one entry's scoring
// screen (the proposal beside the rubric and the judge's own sheet). Nothing here reads another judge's sheet:
// every query is keyed by the signed-in judge's id.

export type DeskEntry = {
  proposalId: string;
  title: string;
  unitName: string;
  institutionName: string;
  categoryName: string | null;
  sheet: "NONE" | "DRAFT" | "SUBMITTED";
  weightedTotal: number | null;
  updatedAt: Date | null;
};

export type Desk = {
  round: {
    id: string;
    name: string;
    kind: string;
    state: string;
    opensAt: Date | null;
    closesAt: Date | null;
    editionYear: number;
  };
  /** Why no entry is listed although the judge is appointed (declaration, round not open), or null. */
  blocked: string | null;
  /** Why the sheets cannot be changed now (round closed, not yet open), or null. */
  closed: string | null;
  entries: DeskEntry[];
  progress: { submitted: number; total: number };
};

export async function getDesk(actor: Actor, roundId: string, now = new Date()): Promise<Desk> {
  authorize(actor, "score:write");
  const appointment = await ownAppointment(actor, roundId);
  if (!appointment) throw forbidden("Anda tidak diangkat sebagai juri pada babak ini.");
  const r = appointment.round;
  const round = {
    id: r.id,
    name: r.name,
    kind: r.kind,
    state: r.state,
    opensAt: r.opensAt,
    closesAt: r.closesAt,
    editionYear: r.edition.year,
  };
  const blocked = !appointment.declarationSignedAt
    ? "Tandatangani pernyataan bebas konflik kepentingan untuk babak ini di halaman Juri sebelum melihat usulan."
    : r.state === "DRAFT"
      ? "Babak ini belum dibuka. Usulan yang ditugaskan kepada Anda tampil di sini setelah babak dibuka."
      : null;
  if (blocked) return { round, blocked, closed: null, entries: [], progress: { submitted: 0, total: 0 } };

  const [rows, conflicts] = await Promise.all([
    prisma.assignment.findMany({
      where: { roundId, judgeId: actor.id, state: "ASSIGNED" },
      select: {
        proposalId: true,
        entry: {
          select: {
            proposal: {
              select: {
                title: true,
                unit: { select: { name: true, path: true } },
                institution: { select: { name: true } },
                category: { select: { name: true } },
              },
            },
          },
        },
        sheet: { select: { state: true, weightedTotal: true, updatedAt: true } },
      },
    }),
    activeConflicts(actor.id, r.editionId),
  ]);
  const entries = rows
    .filter((a) => !coversEntry(conflicts, a.proposalId, a.entry.proposal.unit.path))
    .map((a): DeskEntry => ({
      proposalId: a.proposalId,
      title: a.entry.proposal.title,
      unitName: r.anonymised ? ANONYMOUS : a.entry.proposal.unit.name,
      institutionName: r.anonymised ? ANONYMOUS : a.entry.proposal.institution.name,
      categoryName: a.entry.proposal.category?.name ?? null,
      sheet: a.sheet?.state ?? "NONE",
      weightedTotal:
        a.sheet?.weightedTotal === null || a.sheet?.weightedTotal === undefined ? null : Number(a.sheet.weightedTotal),
      updatedAt: a.sheet?.updatedAt ?? null,
    }))
    .sort((x, y) => x.title.localeCompare(y.title, "id"));
  return {
    round,
    blocked: null,
    closed: roundWindowProblem({ ...r }, now),
    entries,
    progress: { submitted: entries.filter((e) => e.sheet === "SUBMITTED").length, total: entries.length },
  };
}

export async function getScoringSheet(actor: Actor, roundId: string, proposalId: string, now = new Date()) {
  const a = await loadJudgeAssignment(actor, roundId, proposalId);
  const [round, p, criteria, sheet] = await Promise.all([
    prisma.round.findUniqueOrThrow({
      where: { id: roundId },
      select: { name: true, closesAt: true, anonymised: true, edition: { select: { year: true } } },
    }),
    prisma.proposal.findUniqueOrThrow({
      where: { id: proposalId },
      select: {
        title: true,
        editionId: true,
        implementationStartedOn: true,
        sdgs: true,
        videoUrl: true,
        priorAwards: true,
        unit: { select: { name: true } },
        institution: { select: { name: true } },
        group: { select: { name: true } },
        category: { select: { name: true } },
        innovators: { select: { name: true, position: true }, orderBy: { order: "asc" } },
      },
    }),
    prisma.criterion.findMany({
      where: { roundId },
      select: { id: true, name: true, description: true, weight: true, scaleMin: true, scaleMax: true, levels: true },
      orderBy: { order: "asc" },
    }),
    a.sheet
      ? prisma.scoreSheet.findUniqueOrThrow({
          where: { id: a.sheet.id },
          select: {
            state: true,
            version: true,
            updatedAt: true,
            submittedAt: true,
            scores: { select: { criterionId: true, value: true, comment: true } },
          },
        })
      : null,
  ]);
  const [sections, attachments, requirements] = await Promise.all([
    prisma.formSection.findMany({
      where: { editionId: p.editionId, archivedAt: null },
      select: { id: true, title: true, answers: { where: { proposalId }, select: { text: true } } },
      orderBy: { order: "asc" },
    }),
    listAttachments(proposalId),
    prisma.attachmentRequirement.findMany({ where: { editionId: p.editionId }, select: { kind: true, label: true } }),
  ]);
  const label = new Map<string, string>(requirements.map((r) => [r.kind as string, r.label]));
  const closed = roundWindowProblem(a.round, now);
  const locked = sheet?.state === "SUBMITTED";
  return {
    roundId,
    proposalId,
    round: { name: round.name, closesAt: round.closesAt, editionYear: round.edition.year },
    proposal: {
      title: p.title,
      // An anonymised round hides who submitted the entry from its judges (decision 012).
      unitName: round.anonymised ? ANONYMOUS : p.unit.name,
      institutionName: round.anonymised ? ANONYMOUS : p.institution.name,
      groupName: p.group?.name ?? null,
      categoryName: p.category?.name ?? null,
      implementationStartedOn: p.implementationStartedOn,
      sdgs: [...p.sdgs].sort((x, y) => x - y),
      videoUrl: p.videoUrl,
      priorAwards: p.priorAwards,
      innovators: p.innovators,
      sections: sections.map((s) => ({ id: s.id, title: s.title, text: s.answers[0]?.text ?? "" })),
      attachments: attachments.map((f) => ({
        id: f.id,
        fileName: f.fileName,
        contentType: f.contentType,
        sizeBytes: f.sizeBytes,
        label: label.get(f.kind) ?? ATTACHMENT_KIND_LABEL[f.kind] ?? f.kind,
        href: `/api/usulan/${proposalId}/lampiran/${f.id}`,
      })),
    },
    criteria: criteria.map((c) => ({ ...c, weight: Number(c.weight), levels: guidanceLevels(c.levels) })),
    sheet: {
      state: (sheet?.state ?? "NONE") satisfies DeskEntry["sheet"] as DeskEntry["sheet"],
      version: sheet?.version ?? 0,
      savedAt: sheet ? sheet.updatedAt.toISOString() : null,
      submittedAt: sheet?.submittedAt ?? null,
      value: toFormValue(sheet?.scores ?? []),
    },
    /** Why the judge cannot change the sheet now, or null. */
    readOnly:
      closed ??
      (locked ? "Lembar nilai ini sudah dikirim dan terkunci. Hubungi sekretariat bila perlu dibuka kembali." : null),
  };
}

export type ScoringSheet = Awaited<ReturnType<typeof getScoringSheet>>;

const ANONYMOUS = "Unit disamarkan (babak anonim)";

/** The stored per-level guidance (JSON), as the scoring screen shows it; anything malformed is left out. */
function guidanceLevels(raw: unknown): LevelInput[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((l) => {
    const parsed = levelSchema.safeParse(l);
    return parsed.success ? [parsed.data] : [];
  });
}
