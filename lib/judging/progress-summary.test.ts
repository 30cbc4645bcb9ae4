import { describe, expect, it } from "vitest";
import { summariseProgress, type AssignmentRow, type SheetStage } from "./progress-summary";

const row = (judge: string, proposal: string, stage: SheetStage): AssignmentRow => ({
  judgeId: judge,
  judgeName: `Juri ${judge}`,
  judgeEmail: `${judge}@kampus.ac.id`,
  proposalId: proposal,
  title: `Usulan ${proposal}`,
  unitName: "Unit",
  stage,
});

const closes = new Date("2027-05-10T16:59:59Z");

describe("summariseProgress", () => {
  const rows = [
    row("a", "p1", "submitted"),
    row("a", "p2", "draft"),
    row("b", "p1", "submitted"),
    row("b", "p2", "not-started"),
  ];

  it("counts each judge's and each entry's sheets by stage", () => {
    const s = summariseProgress(rows, closes, new Date("2027-05-01T00:00:00Z"));
    expect(s.totals).toEqual({ assigned: 4, notStarted: 1, drafted: 1, submitted: 2, overdueJudges: 0 });
    expect(s.judges.find((j) => j.judgeId === "a")).toMatchObject({
      assigned: 2,
      submitted: 1,
      drafted: 1,
      overdue: false,
    });
    expect(s.entries.find((e) => e.proposalId === "p1")).toMatchObject({ assigned: 2, submitted: 2 });
    expect(s.entries.find((e) => e.proposalId === "p2")?.judges).toEqual([
      { name: "Juri a", stage: "draft" },
      { name: "Juri b", stage: "not-started" },
    ]);
  });

  it("marks as overdue, and lists first, whoever still owes a sheet after the round closed", () => {
    const s = summariseProgress(rows, closes, new Date("2027-05-11T00:00:00Z"));
    expect(s.totals.overdueJudges).toBe(2);
    expect(s.entries.map((e) => [e.proposalId, e.overdue])).toEqual([
      ["p2", true],
      ["p1", false],
    ]);
  });

  it("never calls anyone overdue in a round without a closing time, and is empty without assignments", () => {
    expect(summariseProgress(rows, null, new Date("2030-01-01")).totals.overdueJudges).toBe(0);
    expect(summariseProgress([], closes, new Date())).toEqual({
      totals: { assigned: 0, notStarted: 0, drafted: 0, submitted: 0, overdueJudges: 0 },
      judges: [],
      entries: [],
    });
  });
});
