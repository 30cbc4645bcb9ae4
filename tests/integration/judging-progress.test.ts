// Issue 10 item 6: the secretariat sees where a round's scoring stands, per judge and per entry, reminds the
// judges who still owe sheets through the outbox, and downloads the same table.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/admin/penjurian/[roundId]/progres/route";
import { loadActor, runAs } from "@/lib/auth/session";
import { remindJudgesAction } from "@/lib/judging/progress-actions";
import { roundProgress } from "@/lib/judging/progress";
import { DEMO_EDITION } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

let db: TestDatabase;
let roundId: string;
const JUDGES = ["juri-a", "juri-b", "juri-c"] as const;

beforeAll(async () => {
  db = await appDatabase();
  const p = db.prisma;
  const round = await p.round.create({
    data: {
      editionId: DEMO_EDITION.id,
      order: 90,
      kind: "DESK_EVALUATION",
      name: "Babak uji progres",
      weight: "0.5",
      state: "OPEN",
      opensAt: new Date("2027-04-01T00:00:00Z"),
      closesAt: new Date("2027-05-10T16:59:59Z"),
    },
  });
  roundId = round.id;
  for (const id of JUDGES) {
    await p.user.create({
      data: { id, email: `${id}@kampus.ac.id`, name: `Juri ${id.slice(-1).toUpperCase()}`, status: "ACTIVE" },
    });
    await p.judgeAppointment.create({ data: { roundId, userId: id, declarationSignedAt: new Date() } });
  }
  const proposals = [];
  for (const n of [1, 2]) {
    proposals.push(await createProposal(p, { title: `Inovasi progres ${n}`, status: "PASSED", content: "bare" }));
    await p.roundEntry.create({ data: { roundId, proposalId: proposals.at(-1)!.id } });
  }
  const [p1, p2] = proposals.map((x) => x.id) as [string, string];
  const assign = async (
    judgeId: string,
    proposalId: string,
    sheet?: "DRAFT" | "SUBMITTED",
    state: "ASSIGNED" | "REMOVED" = "ASSIGNED",
  ) => {
    const a = await p.assignment.create({ data: { roundId, proposalId, judgeId, state } });
    if (sheet)
      await p.scoreSheet.create({
        data: { assignmentId: a.id, state: sheet, submittedAt: sheet === "SUBMITTED" ? new Date() : null },
      });
  };
  await assign("juri-a", p1, "SUBMITTED");
  await assign("juri-a", p2, "SUBMITTED");
  await assign("juri-b", p1, "DRAFT");
  await assign("juri-b", p2);
  await assign("juri-c", p1, "SUBMITTED");
  // Withdrawn after a declared conflict: owed by nobody, counted nowhere.
  await assign("juri-c", p2, "DRAFT", "REMOVED");
});
afterAll(async () => {
  await db?.close();
});

const admin = () => loadActor("user-admin").then((a) => a!);

describe("judging progress", () => {
  it("counts sheets per judge and per entry, leaving withdrawn assignments out", async () => {
    const view = await roundProgress(await admin(), roundId, new Date("2027-05-01T00:00:00Z"));
    expect(view.totals).toEqual({ assigned: 5, submitted: 3, drafted: 1, notStarted: 1, overdueJudges: 0 });
    expect(view.judges.map((j) => [j.judgeId, j.submitted, j.assigned])).toEqual([
      ["juri-b", 0, 2],
      ["juri-a", 2, 2],
      ["juri-c", 1, 1],
    ]);
    expect(view.entries.find((e) => e.title === "Inovasi progres 2")).toMatchObject({ assigned: 2, submitted: 1 });
  });

  it("flags the judge still owing sheets as overdue once the round's closing time has passed", async () => {
    const view = await roundProgress(await admin(), roundId, new Date("2027-05-11T00:00:00Z"));
    expect(view.judges.filter((j) => j.overdue).map((j) => j.judgeId)).toEqual(["juri-b"]);
  });

  it("reminds only the judges who owe sheets, one mail each listing them with a link to their desk, audited", async () => {
    const r = await runAs("user-admin", () => remindJudgesAction({ roundId }));
    expect(r).toMatchObject({ ok: true, data: { judges: 1, sheets: 2 } });
    const mails = await db.prisma.notification.findMany({ where: { template: "judging.reminder" } });
    expect(mails.map((m) => m.recipientEmail)).toEqual(["juri-b@kampus.ac.id"]);
    expect(mails[0]?.body).toContain("Inovasi progres 1");
    expect(mails[0]?.body).toContain(`/juri/babak/${roundId}`);
    const audit = await db.prisma.auditEntry.findFirst({ where: { action: "round.remind-judges", entityId: roundId } });
    expect(audit?.actorId).toBe("user-admin");

    const none = await runAs("user-admin", () => remindJudgesAction({ roundId, judgeId: "juri-a" }));
    expect(none).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("sends no reminder while the round is not open, and lets no one but an admin see or remind", async () => {
    await db.prisma.round.update({ where: { id: roundId }, data: { state: "CLOSED" } });
    try {
      const closed = await runAs("user-admin", () => remindJudgesAction({ roundId }));
      expect(closed).toMatchObject({ ok: false, code: "CONFLICT" });
    } finally {
      await db.prisma.round.update({ where: { id: roundId }, data: { state: "OPEN" } });
    }
    for (const who of ["user-juri", "user-adminlokal-kabmalang"]) {
      expect(await runAs(who, () => remindJudgesAction({ roundId }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const res = await runAs(who, () =>
        exportRoute(new Request(`http://localhost/api/admin/penjurian/${roundId}/progres`), {
          params: Promise.resolve({ roundId }),
        }),
      );
      expect(res.status).toBe(403);
    }
  });

  it("downloads the table as CSV, one row per sheet in the screen's words", async () => {
    const res = await runAs("user-admin", () =>
      exportRoute(new Request(`http://localhost/api/admin/penjurian/${roundId}/progres?format=csv`), {
        params: Promise.resolve({ roundId }),
      }),
    );
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toContain("progres-penilaian-");
    const lines = (await res.text())
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe("No,Juri,Email juri,Usulan,Unit,Lembar nilai");
    expect(lines).toHaveLength(6);
    expect(lines.some((l) => l.includes("Juri B") && l.includes("Belum mulai"))).toBe(true);
  });
});
