// Pure: where a round's scoring stands, per judge and per entry, from its assignments and their sheets.
// A REMOVED assignment (conflict declared, judge dropped) is not work owed by anyone, so it never counts.
import type { SheetState } from "./sheet-state";

export type SheetStage = "not-started" | "draft" | "submitted";

export type AssignmentRow = {
  judgeId: string;
  judgeName: string;
  judgeEmail: string;
  proposalId: string;
  title: string;
  unitName: string;
  stage: SheetStage;
  /** The judge's sheet, when there is one (the secretariat reopens a submitted one from here). */
  sheetId?: string;
};

export type Counts = { assigned: number; notStarted: number; drafted: number; submitted: number };

export type JudgeProgress = Counts & { judgeId: string; name: string; email: string; overdue: boolean };
export type EntryProgress = Counts & {
  proposalId: string;
  title: string;
  unitName: string;
  overdue: boolean;
  judges: { name: string; stage: SheetStage; sheetId?: string }[];
};

export type RoundProgress = {
  totals: Counts & { overdueJudges: number };
  judges: JudgeProgress[];
  entries: EntryProgress[];
};

const empty = (): Counts => ({ assigned: 0, notStarted: 0, drafted: 0, submitted: 0 });

function add(c: Counts, stage: SheetStage) {
  c.assigned++;
  if (stage === "submitted") c.submitted++;
  else if (stage === "draft") c.drafted++;
  else c.notStarted++;
}

/** `closesAt`: the round's end; past it, anyone with an unsubmitted sheet is overdue. */
export function summariseProgress(rows: AssignmentRow[], closesAt: Date | null, now: Date): RoundProgress {
  const late = closesAt !== null && now > closesAt;
  const judges = new Map<string, JudgeProgress>();
  const entries = new Map<string, EntryProgress>();
  const totals = empty();
  for (const r of rows) {
    const j = judges.get(r.judgeId) ?? {
      judgeId: r.judgeId,
      name: r.judgeName,
      email: r.judgeEmail,
      overdue: false,
      ...empty(),
    };
    add(j, r.stage);
    judges.set(r.judgeId, j);
    const e = entries.get(r.proposalId) ?? {
      proposalId: r.proposalId,
      title: r.title,
      unitName: r.unitName,
      overdue: false,
      judges: [],
      ...empty(),
    };
    add(e, r.stage);
    e.judges.push({ name: r.judgeName, stage: r.stage, ...(r.sheetId ? { sheetId: r.sheetId } : {}) });
    entries.set(r.proposalId, e);
    add(totals, r.stage);
  }
  for (const x of [...judges.values(), ...entries.values()]) x.overdue = late && x.submitted < x.assigned;
  const byOpenWork = (a: Counts & { overdue: boolean }, b: Counts & { overdue: boolean }) =>
    Number(b.overdue) - Number(a.overdue) || b.assigned - b.submitted - (a.assigned - a.submitted);
  return {
    totals: { ...totals, overdueJudges: [...judges.values()].filter((j) => j.overdue).length },
    judges: [...judges.values()].sort((a, b) => byOpenWork(a, b) || a.name.localeCompare(b.name, "id")),
    entries: [...entries.values()].sort((a, b) => byOpenWork(a, b) || a.title.localeCompare(b.title, "id")),
  };
}

/** The stages in the sheets' own vocabulary (labels and tones: ./sheet-state). */
export const STAGE_STATE: Record<SheetStage, SheetState> = {
  "not-started": "NONE",
  draft: "DRAFT",
  submitted: "SUBMITTED",
};
