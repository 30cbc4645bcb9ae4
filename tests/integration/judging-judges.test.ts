import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import {
  appointJudgeAction,
  declareConflictAction,
  inviteJudgeAction,
  removeAppointmentAction,
  signDeclarationAction,
  updateAppointmentAction,
} from "@/lib/judging/actions";
import { listAppointments } from "@/lib/judging/appointments";
import { getOwnRound, listOwnAppointments } from "@/lib/judging/declarations";
import { loadActor } from "@/lib/auth/session";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

// Judges of a round: appointing accounts and inviting new ones (through the outbox), load caps and expertise,
// the per-round no-conflict declaration before any entry shows, and conflicts a judge declares.

let db: TestDatabase;
let roundId: string;
let categoryIds: string[];
beforeAll(async () => {
  db = await appDatabase();
  const round = await db.prisma.round.findUniqueOrThrow({
    where: { editionId_order: { editionId: DEMO_EDITION.id, order: 1 } },
  });
  roundId = round.id;
  categoryIds = (
    await db.prisma.category.findMany({
      where: { editionId: DEMO_EDITION.id },
      orderBy: { order: "asc" },
      select: { id: true },
    })
  ).map((c) => c.id);
});
afterAll(async () => {
  await db?.close();
});

const ADMIN = "user-admin";
const JUDGE = "user-juri";
const asAdmin = <T>(fn: () => Promise<T>) => runAs(ADMIN, fn);

/** A passed proposal of `unitId` entered in round 1 and assigned to `judgeId`. */
async function assignedEntry(title: string, unitId: string, institutionId: string, judgeId = JUDGE) {
  const innovation = await db.prisma.innovation.create({ data: { unitId, name: title } });
  const proposal = await db.prisma.proposal.create({
    data: { editionId: DEMO_EDITION.id, innovationId: innovation.id, unitId, institutionId, title, status: "PASSED" },
  });
  await db.prisma.roundEntry.create({ data: { roundId, proposalId: proposal.id } });
  const assignment = await db.prisma.assignment.create({ data: { roundId, proposalId: proposal.id, judgeId } });
  return { proposal, assignment };
}

describe("appointing judges", () => {
  it("appoints an existing judge account with a load cap and expertise, and tells them by mail", async () => {
    const r = await asAdmin(() =>
      appointJudgeAction({ roundId, userId: JUDGE, loadCap: 5, categoryIds: [categoryIds[0]!] }),
    );
    expect(r).toMatchObject({
      ok: true,
      message: "Dr. Ratna Wulandari, M.Si. diangkat sebagai juri babak ini dan diberi tahu lewat email.",
    });
    const list = (await listAppointments(roundId))!;
    expect(list.appointments).toEqual([
      expect.objectContaining({
        loadCap: 5,
        categoryIds: [categoryIds[0]],
        declarationSignedAt: null,
        judge: expect.objectContaining({ id: JUDGE }),
      }),
    ]);
    expect(list.candidates.map((c) => c.id)).not.toContain(JUDGE);
    const mail = await db.prisma.notification.findFirstOrThrow({
      where: { template: "judging.appointment", recipientId: JUDGE },
    });
    expect(mail.subject).toBe("Penunjukan juri: Evaluasi Proposal (Desk Evaluation)");
    expect(mail.body).toContain(`/juri/${roundId}`);
  });

  it("refuses the same judge twice, an account that is not a judge, and a category from elsewhere", async () => {
    expect(
      await asAdmin(() => appointJudgeAction({ roundId, userId: JUDGE, loadCap: null, categoryIds: [] })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { userId: ["Juri ini sudah diangkat pada babak ini."] },
    });
    expect(
      await asAdmin(() =>
        appointJudgeAction({ roundId, userId: "user-operator-kepanjen", loadCap: null, categoryIds: [] }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { userId: ["Pilih akun juri yang aktif."] },
    });
    expect(
      await asAdmin(() =>
        appointJudgeAction({ roundId, userId: "user-juri-desk", loadCap: null, categoryIds: ["kategori-lain"] }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { categoryIds: ["Pilih kategori dari edisi babak ini."] },
    });
    expect(await db.prisma.judgeAppointment.count({ where: { roundId } })).toBe(1);
  });

  it("invites a judge without an account: an invited judge account, its invitation in the outbox, and the appointment", async () => {
    const r = await asAdmin(() =>
      inviteJudgeAction({
        roundId,
        name: "Dr. Sri Handayani",
        email: "Sri.Handayani@UNAIR.ac.id",
        affiliation: "Universitas Airlangga",
        loadCap: 12,
        categoryIds,
      }),
    );
    expect(r).toMatchObject({
      ok: true,
      message:
        "Undangan dikirim ke sri.handayani@unair.ac.id; Dr. Sri Handayani sudah diangkat sebagai juri babak ini.",
    });
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { email: "sri.handayani@unair.ac.id" },
      include: { judgeProfile: true, appointments: { include: { expertise: true } } },
    });
    expect(user).toMatchObject({
      status: "INVITED",
      judgeProfile: { affiliation: "Universitas Airlangga", active: true },
    });
    expect(user.appointments).toEqual([expect.objectContaining({ roundId, loadCap: 12 })]);
    expect(user.appointments[0]!.expertise).toHaveLength(categoryIds.length);
    expect(
      await db.prisma.notification.count({ where: { template: "account.invitation", recipientId: user.id } }),
    ).toBe(1);
    expect(await db.prisma.accountToken.count({ where: { userId: user.id, kind: "INVITATION" } })).toBe(1);
  });

  it("refuses to invite an address that already has an account, and creates nothing", async () => {
    const users = await db.prisma.user.count();
    const r = await asAdmin(() =>
      inviteJudgeAction({
        roundId,
        name: "Juri Ganda",
        email: "juri.evaluasi@kovablik.test",
        affiliation: "",
        loadCap: null,
        categoryIds: [],
      }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringContaining("sudah terdaftar")] } });
    expect(await db.prisma.user.count()).toBe(users);
  });

  it("keeps a load cap at or above what the judge already has, and keeps an assigned judge appointed", async () => {
    const appointment = await db.prisma.judgeAppointment.findUniqueOrThrow({
      where: { roundId_userId: { roundId, userId: JUDGE } },
    });
    await assignedEntry("Layanan Cek Gizi Balita", UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang);
    await assignedEntry("Antrean Daring Puskesmas", UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang);
    expect(
      await asAdmin(() => updateAppointmentAction({ appointmentId: appointment.id, loadCap: 1, categoryIds: [] })),
    ).toMatchObject({
      ok: false,
      fieldErrors: { loadCap: ["Juri ini sudah mendapat 2 usulan; batas beban tidak boleh lebih kecil dari itu."] },
    });
    expect(
      await asAdmin(() =>
        updateAppointmentAction({ appointmentId: appointment.id, loadCap: 8, categoryIds: categoryIds.slice(1, 3) }),
      ),
    ).toMatchObject({ ok: true });
    expect((await listAppointments(roundId))!.appointments.find((a) => a.judge.id === JUDGE)).toMatchObject({
      loadCap: 8,
      assigned: 2,
      categoryIds: categoryIds.slice(1, 3),
    });
    expect(await asAdmin(() => removeAppointmentAction({ appointmentId: appointment.id }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
  });

  it("removes a judge without assignments after confirmation, keeping the account", async () => {
    const invited = await db.prisma.user.findUniqueOrThrow({
      where: { email: "sri.handayani@unair.ac.id" },
      include: { appointments: true },
    });
    expect(await asAdmin(() => removeAppointmentAction({ appointmentId: invited.appointments[0]!.id }))).toMatchObject({
      ok: true,
      message: "Dr. Sri Handayani tidak lagi menjadi juri babak ini.",
    });
    expect(await db.prisma.user.count({ where: { id: invited.id } })).toBe(1);
  });
});

describe("the judge's declaration", () => {
  it("shows no entry of the round before the declaration is signed", async () => {
    const judge = (await loadActor(JUDGE))!;
    const before = await getOwnRound(judge, roundId);
    expect(before.declarationSignedAt).toBeNull();
    expect(before.entries).toEqual([]);
    expect((await listOwnAppointments(judge)).map((a) => a.round.id)).toEqual([roundId]);
  });

  it("refuses an unticked declaration, then signs once and shows the judge's entries", async () => {
    expect(await runAs(JUDGE, () => signDeclarationAction({ roundId, agreed: false }))).toMatchObject({
      ok: false,
      code: "INVALID",
    });
    expect(await runAs(JUDGE, () => signDeclarationAction({ roundId, agreed: true }))).toMatchObject({
      ok: true,
      message: "Pernyataan bebas konflik kepentingan ditandatangani.",
    });
    expect(await runAs(JUDGE, () => signDeclarationAction({ roundId, agreed: true }))).toMatchObject({
      ok: true,
      message: "Pernyataan sudah ditandatangani sebelumnya.",
    });
    const after = await getOwnRound((await loadActor(JUDGE))!, roundId);
    expect(after.declarationSignedAt).not.toBeNull();
    expect(after.entries.map((e) => e.title).sort()).toEqual(["Antrean Daring Puskesmas", "Layanan Cek Gizi Balita"]);
    expect(await db.prisma.auditEntry.count({ where: { action: "judge-appointment.sign-declaration" } })).toBe(1);
  });

  it("does not let a judge sign or read a round they are not appointed to", async () => {
    expect(await runAs("user-juri-desk", () => signDeclarationAction({ roundId, agreed: true }))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    await expect(getOwnRound((await loadActor("user-juri-desk"))!, roundId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("declaring a conflict", () => {
  it("takes a declared entry off the judge's list at once, keeping the assignment as removed", async () => {
    const entry = await db.prisma.proposal.findFirstOrThrow({ where: { title: "Antrean Daring Puskesmas" } });
    const r = await runAs(JUDGE, () =>
      declareConflictAction({
        roundId,
        target: "ENTRY",
        proposalId: entry.id,
        unitId: "",
        reason: "Saya pernah menjadi konsultan puskesmas ini.",
      }),
    );
    expect(r).toMatchObject({
      ok: true,
      message:
        'Konflik kepentingan dengan usulan "Antrean Daring Puskesmas" dicatat. 1 usulan dikeluarkan dari daftar Anda dan akan dialihkan ke juri lain.',
    });
    expect(await db.prisma.conflict.findFirstOrThrow({ where: { proposalId: entry.id } })).toMatchObject({
      source: "DECLARED",
      judgeId: JUDGE,
      createdById: JUDGE,
    });
    const assignment = await db.prisma.assignment.findFirstOrThrow({ where: { proposalId: entry.id, judgeId: JUDGE } });
    expect(assignment.state).toBe("REMOVED");
    expect(assignment.removedAt).not.toBeNull();
    expect((await getOwnRound((await loadActor(JUDGE))!, roundId)).entries.map((e) => e.title)).toEqual([
      "Layanan Cek Gizi Balita",
    ]);
  });

  it("refuses an entry that is not on the judge's list, and takes a whole institution's entries off it once", async () => {
    const innovation = await db.prisma.innovation.create({
      data: { unitId: UNIT_IDS.puskesmasKepanjen, name: "Tanpa penugasan" },
    });
    const stranger = await db.prisma.proposal.create({
      data: {
        editionId: DEMO_EDITION.id,
        innovationId: innovation.id,
        unitId: UNIT_IDS.puskesmasKepanjen,
        institutionId: UNIT_IDS.kabMalang,
        title: "Tanpa penugasan",
        status: "PASSED",
      },
    });
    expect(
      await runAs(JUDGE, () =>
        declareConflictAction({
          roundId,
          target: "ENTRY",
          proposalId: stranger.id,
          unitId: "",
          reason: "Mencoba usulan orang lain.",
        }),
      ),
    ).toMatchObject({
      ok: false,
      fieldErrors: { proposalId: ["Pilih usulan dari daftar penugasan Anda."] },
    });
    expect(await db.prisma.conflict.count({ where: { proposalId: stranger.id } })).toBe(0);
    const kabMalang = await runAs(JUDGE, () =>
      declareConflictAction({
        roundId,
        target: "INSTITUTION",
        proposalId: "",
        unitId: UNIT_IDS.kabMalang,
        reason: "Saya pegawai Dinas Kesehatan Kabupaten Malang.",
      }),
    );
    expect(kabMalang).toMatchObject({ ok: true, data: { withdrawn: 1 } });
    const again = await runAs(JUDGE, () =>
      declareConflictAction({
        roundId,
        target: "INSTITUTION",
        proposalId: "",
        unitId: UNIT_IDS.kabMalang,
        reason: "Dua kali menyatakan hal yang sama.",
      }),
    );
    expect(again).toMatchObject({ ok: false, error: "Konflik dengan Kabupaten Malang sudah tercatat." });
    expect((await getOwnRound((await loadActor(JUDGE))!, roundId)).entries).toEqual([]);
  });

  it("refuses a unit that is not an institution", async () => {
    const r = await runAs(JUDGE, () =>
      declareConflictAction({
        roundId,
        target: "INSTITUTION",
        proposalId: "",
        unitId: UNIT_IDS.puskesmasKepanjen,
        reason: "Bukan instansi tetapi unit layanan.",
      }),
    );
    expect(r).toMatchObject({ ok: false, fieldErrors: { unitId: ["Pilih instansi dari daftar."] } });
  });
});
