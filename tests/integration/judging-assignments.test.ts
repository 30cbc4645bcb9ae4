// Conflicts from the unit tree, the automatic assignment's commit, and removal on a late conflict, against
// real PostgreSQL through the server actions.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { addMembershipAction } from "@/lib/accounts/actions";
import { runAs } from "@/lib/auth/session";
import {
  addAssignmentAction,
  addConflictAction,
  commitAssignmentAction,
  liftConflictAction,
  releaseJudgeAction,
} from "@/lib/judging/assignment-actions";
import { previewAssignment } from "@/lib/judging/assignments";
import { roundConflicts } from "@/lib/judging/conflicts";
import { loadActor } from "@/lib/auth/session";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

const ADMIN = "user-admin";
let roundNo = 10;
let seq = 0;

async function judge(name: string) {
  const id = `user-judge-${++seq}`;
  await db.prisma.user.create({
    data: {
      id,
      email: `juri${seq}@kovablik.test`,
      name,
      status: "ACTIVE",
      judgeProfile: { create: { affiliation: "Universitas" } },
    },
  });
  return id;
}

async function entry(unitId: string, institutionId: string) {
  const title = `Inovasi penilaian ${++seq}`;
  const innovation = await db.prisma.innovation.create({ data: { unitId, name: title } });
  const p = await db.prisma.proposal.create({
    data: {
      editionId: DEMO_EDITION.id,
      innovationId: innovation.id,
      unitId,
      institutionId,
      title,
      status: "PASSED",
      sdgs: [],
    },
  });
  return p.id;
}

/** A round of `perEntry` judges per entry with the given entries and appointed judges. */
async function round(perEntry: number, entries: string[], judges: { id: string; loadCap?: number | null }[]) {
  const r = await db.prisma.round.create({
    data: {
      editionId: DEMO_EDITION.id,
      order: ++roundNo,
      kind: "DESK_EVALUATION",
      name: `Babak uji ${roundNo}`,
      judgesPerEntry: perEntry,
      weight: "0.1",
    },
  });
  await db.prisma.roundEntry.createMany({ data: entries.map((proposalId) => ({ roundId: r.id, proposalId })) });
  await db.prisma.judgeAppointment.createMany({
    data: judges.map((j) => ({ roundId: r.id, userId: j.id, loadCap: j.loadCap ?? null })),
  });
  return r.id;
}

const admin = () => loadActor(ADMIN).then((a) => a!);
const assignmentsOf = (roundId: string) =>
  db.prisma.assignment.findMany({
    where: { roundId, state: "ASSIGNED" },
    select: { id: true, proposalId: true, judgeId: true },
  });

describe("conflicts from the unit tree", () => {
  let puskesmasJudge: string;
  let oldMemberJudge: string;
  beforeEach(async () => {
    await db.prisma.conflict.deleteMany({});
    puskesmasJudge = await judge("Juri Pernah di Puskesmas");
    oldMemberJudge = await judge("Juri Lama");
    // Member of Puskesmas Kepanjen until last year: still within the three-year look-back.
    await db.prisma.membership.create({
      data: {
        userId: puskesmasJudge,
        unitId: UNIT_IDS.puskesmasKepanjen,
        role: "OPERATOR",
        validFrom: new Date("2020-01-01"),
        validTo: new Date(Date.now() - 365 * 86_400_000),
      },
    });
    // Left Kota Malang's Dinas Kesehatan five years ago: no longer a conflict.
    await db.prisma.membership.create({
      data: {
        userId: oldMemberJudge,
        unitId: UNIT_IDS.dinkesKotaMalang,
        role: "OPERATOR",
        validFrom: new Date("2015-01-01"),
        validTo: new Date(Date.now() - 5 * 365 * 86_400_000),
      },
    });
  });

  it("a puskesmas member conflicts with every entry of the kabupaten's subtree, and is never assigned one", async () => {
    const kabDukcapil = await entry("unit-3507-dukcapil", UNIT_IDS.kabMalang);
    const kabDinkes = await entry(UNIT_IDS.dinkesKabMalang, UNIT_IDS.kabMalang);
    const kota = await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang);
    const others = [await judge("Juri A"), await judge("Juri B")];
    const roundId = await round(
      2,
      [kabDukcapil, kabDinkes, kota],
      [{ id: puskesmasJudge }, { id: oldMemberJudge }, ...others.map((id) => ({ id }))],
    );

    const view = await roundConflicts(await admin(), roundId);
    const mine = view.perJudge.find((j) => j.id === puskesmasJudge)!.conflicts;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ source: "UNIT_TREE", what: expect.stringContaining("Kabupaten Malang") });
    expect(view.perJudge.find((j) => j.id === oldMemberJudge)!.conflicts).toEqual([]);
    const excluded = (id: string) => view.perEntry.find((e) => e.proposalId === id)!.judges.map((j) => j.judgeName);
    expect(excluded(kabDukcapil)).toEqual(["Juri Pernah di Puskesmas"]);
    expect(excluded(kabDinkes)).toEqual(["Juri Pernah di Puskesmas"]);
    expect(excluded(kota)).toEqual([]);

    const preview = await previewAssignment(await admin(), roundId);
    expect(preview.covered).toBe(3);
    const r = await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: preview.basis }));
    expect(r).toMatchObject({ ok: true });
    const pairs = await assignmentsOf(roundId);
    expect(pairs).toHaveLength(6);
    expect(pairs.filter((p) => p.judgeId === puskesmasJudge).map((p) => p.proposalId)).toEqual([kota]);
  });

  it("a lifted unit-tree conflict stays lifted, with its reason on record", async () => {
    const kab = await entry("unit-3507-dukcapil", UNIT_IDS.kabMalang);
    const roundId = await round(1, [kab], [{ id: puskesmasJudge }]);
    const conflictId = (await roundConflicts(await admin(), roundId)).perJudge[0]!.conflicts[0]!.id;
    const short = await runAs(ADMIN, () => liftConflictAction({ roundId, conflictId, reason: "" }));
    expect(short).toMatchObject({ ok: false, code: "INVALID" });
    const lifted = await runAs(ADMIN, () =>
      liftConflictAction({ roundId, conflictId, reason: "Sudah pindah tugas sejak 2023, diverifikasi SK." }),
    );
    expect(lifted).toMatchObject({ ok: true });
    const again = await roundConflicts(await admin(), roundId);
    expect(again.perJudge[0]!.conflicts).toEqual([
      expect.objectContaining({
        id: conflictId,
        liftReason: "Sudah pindah tugas sejak 2023, diverifikasi SK.",
        liftedAt: expect.any(Date),
      }),
    ]);
    const preview = await previewAssignment(await admin(), roundId);
    expect(preview.uncovered).toEqual([]);
  });
});

describe("committing the automatic assignment", () => {
  it("writes N judges per entry with even loads, one mail per judge, and refuses a stale preview", async () => {
    const judges = [await judge("Juri 1"), await judge("Juri 2"), await judge("Juri 3"), await judge("Juri 4")];
    const entries: string[] = [];
    for (let i = 0; i < 10; i++) entries.push(await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang));
    const roundId = await round(
      2,
      entries,
      judges.map((id) => ({ id })),
    );
    const preview = await previewAssignment(await admin(), roundId);
    expect(preview).toMatchObject({ covered: 10, newCount: 20, spread: 0, components: 1, uncovered: [] });

    // A conflict added after the preview changes what would be committed: refused, nothing written.
    await runAs(ADMIN, () =>
      addConflictAction({
        roundId,
        judgeId: judges[0]!,
        target: "ENTRY",
        proposalId: entries[0]!,
        unitId: "",
        reason: "Kerabat inovator.",
      }),
    );
    const stale = await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: preview.basis }));
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await assignmentsOf(roundId)).toEqual([]);

    const fresh = await previewAssignment(await admin(), roundId);
    const mailsBefore = await db.prisma.notification.count({ where: { template: "judging.assignment" } });
    const r = await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: fresh.basis }));
    expect(r).toMatchObject({ ok: true, data: { created: 20 } });
    const pairs = await assignmentsOf(roundId);
    expect(pairs).toHaveLength(20);
    expect(pairs.some((p) => p.judgeId === judges[0] && p.proposalId === entries[0])).toBe(false);
    const loads = judges.map((j) => pairs.filter((p) => p.judgeId === j).length);
    expect(loads).toEqual([5, 5, 5, 5]);
    expect(await db.prisma.notification.count({ where: { template: "judging.assignment" } })).toBe(mailsBefore + 4);

    // Nothing left to do: a second commit says so and writes nothing.
    const again = await previewAssignment(await admin(), roundId);
    expect(again.newCount).toBe(0);
    expect(await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: again.basis }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("in panel mode gives every entry every appointed judge, except where a conflict stands", async () => {
    const judges = [await judge("Panel 1"), await judge("Panel 2"), await judge("Panel 3")];
    const entries = [
      await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang),
      await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang),
    ];
    const roundId = await round(
      1,
      entries,
      judges.map((id) => ({ id })),
    );
    await db.prisma.round.update({ where: { id: roundId }, data: { panelMode: true } });
    await runAs(ADMIN, () =>
      addConflictAction({
        roundId,
        judgeId: judges[2]!,
        target: "ENTRY",
        proposalId: entries[1]!,
        unitId: "",
        reason: "Pembimbing inovator.",
      }),
    );
    const preview = await previewAssignment(await admin(), roundId);
    expect(preview).toMatchObject({ perEntry: 3, newCount: 5 });
    expect(preview.uncovered).toEqual([expect.objectContaining({ proposalId: entries[1], assigned: 2 })]);
    expect(await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: preview.basis }))).toMatchObject({
      ok: true,
      data: { created: 5 },
    });
    const pairs = await assignmentsOf(roundId);
    expect(
      pairs
        .filter((p) => p.proposalId === entries[0])
        .map((p) => p.judgeId)
        .sort(),
    ).toEqual([...judges].sort());
    expect(pairs.some((p) => p.judgeId === judges[2] && p.proposalId === entries[1])).toBe(false);
  });

  it("reports entries that cannot get N judges, with the reason", async () => {
    const judges = [await judge("Juri X"), await judge("Juri Y")];
    const e = await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang);
    const roundId = await round(
      2,
      [e],
      judges.map((id) => ({ id })),
    );
    await runAs(ADMIN, () =>
      addConflictAction({
        roundId,
        judgeId: judges[0]!,
        target: "UNIT",
        proposalId: "",
        unitId: UNIT_IDS.kotaMalang,
        reason: "Mantan pegawai Pemkot.",
      }),
    );
    const preview = await previewAssignment(await admin(), roundId);
    expect(preview.uncovered).toEqual([
      expect.objectContaining({ proposalId: e, assigned: 1, reason: "hanya 1 juri tanpa konflik" }),
    ]);
  });

  it("manual add refuses a conflicted pair and a full cap; a judge dropping out hands open entries to others", async () => {
    const [a, b, c] = [await judge("Juri Tetap"), await judge("Juri Mundur"), await judge("Juri Cadangan")];
    const entries = [
      await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang),
      await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang),
    ];
    const roundId = await round(2, entries, [{ id: a }, { id: b }, { id: c, loadCap: 1 }]);
    await runAs(ADMIN, () =>
      addConflictAction({
        roundId,
        judgeId: c,
        target: "ENTRY",
        proposalId: entries[0]!,
        unitId: "",
        reason: "Pembimbing inovasi ini.",
      }),
    );
    const conflicted = await runAs(ADMIN, () => addAssignmentAction({ roundId, proposalId: entries[0]!, judgeId: c }));
    expect(conflicted).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { judgeId: [expect.stringContaining("berkonflik")] },
    });

    await runAs(ADMIN, () => addAssignmentAction({ roundId, proposalId: entries[0]!, judgeId: a }));
    await runAs(ADMIN, () => addAssignmentAction({ roundId, proposalId: entries[0]!, judgeId: b }));
    await runAs(ADMIN, () => addAssignmentAction({ roundId, proposalId: entries[1]!, judgeId: a }));
    await runAs(ADMIN, () => addAssignmentAction({ roundId, proposalId: entries[1]!, judgeId: c }));
    const third = await runAs(ADMIN, () => addAssignmentAction({ roundId, proposalId: entries[1]!, judgeId: b }));
    expect(third).toMatchObject({ ok: true });
    // c is at its cap of 1 now; b drops out with one open sheet (entry 0) and one submitted (entry 1).
    const submitted = await db.prisma.assignment.findFirstOrThrow({
      where: { roundId, judgeId: b, proposalId: entries[1]! },
    });
    await db.prisma.scoreSheet.create({
      data: { assignmentId: submitted.id, state: "SUBMITTED", submittedAt: new Date() },
    });
    const open = await db.prisma.assignment.findFirstOrThrow({
      where: { roundId, judgeId: b, proposalId: entries[0]! },
    });
    await db.prisma.scoreSheet.create({ data: { assignmentId: open.id } });
    const r = await runAs(ADMIN, () =>
      releaseJudgeAction({ roundId, judgeId: b, reason: "Sakit, mengundurkan diri." }),
    );
    expect(r).toMatchObject({ ok: true, data: { released: 1, reassigned: 0 } });
    // Entry 0 has no judge left for its second place: a (already on it), c (conflict) — reported, not forced.
    const pairs = await assignmentsOf(roundId);
    expect(pairs.filter((p) => p.judgeId === b).map((p) => p.proposalId)).toEqual([entries[1]]);
    expect(await db.prisma.scoreSheet.findUnique({ where: { assignmentId: open.id } })).not.toBeNull();
    const full = await runAs(ADMIN, () => addAssignmentAction({ roundId, proposalId: entries[0]!, judgeId: b }));
    expect(full).toMatchObject({
      ok: false,
      fieldErrors: { judgeId: [expect.stringContaining("tidak menerima usulan baru")] },
    });
  });
});

describe("a conflict after assignment", () => {
  it("a judge given a membership later is taken off that institution's entries at once", async () => {
    const judges = [await judge("Juri Baru Bergabung"), await judge("Juri S")];
    const kab = await entry("unit-3507-dukcapil", UNIT_IDS.kabMalang);
    const kota = await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang);
    const roundId = await round(
      2,
      [kab, kota],
      judges.map((id) => ({ id })),
    );
    const preview = await previewAssignment(await admin(), roundId);
    await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: preview.basis }));
    expect(await assignmentsOf(roundId)).toHaveLength(4);
    const r = await runAs(ADMIN, () =>
      addMembershipAction({ userId: judges[0]!, role: "OPERATOR", unitId: UNIT_IDS.puskesmasKepanjen }),
    );
    expect(r).toMatchObject({ ok: true });
    const left = await assignmentsOf(roundId);
    expect(left.filter((p) => p.judgeId === judges[0]).map((p) => p.proposalId)).toEqual([kota]);
  });

  it("removes the assignment and keeps its sheet, withdrawn", async () => {
    const judges = [await judge("Juri P"), await judge("Juri Q"), await judge("Juri R")];
    const e = await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang);
    const roundId = await round(
      2,
      [e],
      judges.map((id) => ({ id })),
    );
    const preview = await previewAssignment(await admin(), roundId);
    await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: preview.basis }));
    const [first] = await assignmentsOf(roundId);
    const sheet = await db.prisma.scoreSheet.create({ data: { assignmentId: first!.id } });

    const r = await runAs(ADMIN, () =>
      addConflictAction({
        roundId,
        judgeId: first!.judgeId,
        target: "UNIT",
        proposalId: "",
        unitId: UNIT_IDS.dinkesKotaMalang,
        reason: "Istri bekerja di Dinkes Kota Malang.",
      }),
    );
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining("1 penugasan dicabut") });
    const after = await db.prisma.assignment.findUniqueOrThrow({ where: { id: first!.id }, include: { sheet: true } });
    expect(after.state).toBe("REMOVED");
    expect(after.removedAt).toBeInstanceOf(Date);
    expect(after.sheet?.id).toBe(sheet.id);

    // The entry is short again and the next assignment fills it with the third judge, never the conflicted one.
    const refill = await previewAssignment(await admin(), roundId);
    expect(refill.newCount).toBe(1);
    await runAs(ADMIN, () => commitAssignmentAction({ roundId, basis: refill.basis }));
    const now = await assignmentsOf(roundId);
    expect(now).toHaveLength(2);
    expect(now.some((p) => p.judgeId === first!.judgeId)).toBe(false);
  });
});
