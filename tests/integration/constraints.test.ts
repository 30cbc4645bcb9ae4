// The invariants the database itself holds, whatever the application code does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { UNIT_IDS } from "@/prisma/seed-data";
import { migratedDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  await seed(db.prisma);
});
afterAll(async () => {
  await db?.close();
});

async function judgingFixture() {
  const p = db.prisma;
  const round = await p.round.findFirstOrThrow({
    where: { order: 1 },
    include: { criteria: { orderBy: { order: "asc" } } },
  });
  const innovation = await p.innovation.create({ data: { unitId: UNIT_IDS.puskesmasKepanjen, name: "Si Cantik" } });
  const proposal = await p.proposal.create({
    data: {
      editionId: round.editionId,
      innovationId: innovation.id,
      unitId: UNIT_IDS.puskesmasKepanjen,
      institutionId: UNIT_IDS.kabMalang,
      title: "Si Cantik: Cek Kesehatan Ibu Hamil Keliling",
      status: "PASSED",
    },
  });
  await p.roundEntry.create({ data: { roundId: round.id, proposalId: proposal.id } });
  await p.judgeAppointment.create({ data: { roundId: round.id, userId: "user-juri" } });
  const assignment = await p.assignment.create({
    data: { roundId: round.id, proposalId: proposal.id, judgeId: "user-juri" },
  });
  const sheet = await p.scoreSheet.create({ data: { assignmentId: assignment.id } });
  return { round, proposal, innovation, sheet, criterion: round.criteria[0]! };
}

describe("database invariants", () => {
  it("keeps e-mail addresses lower-case and NIPs at 18 digits", async () => {
    await expect(db.prisma.user.create({ data: { email: "Budi@Contoh.go.id", name: "Budi" } })).rejects.toThrow();
    await expect(
      db.prisma.user.create({ data: { email: "budi@contoh.go.id", name: "Budi", nip: "12345" } }),
    ).rejects.toThrow();
    await expect(db.prisma.user.create({ data: { email: "budi@contoh.go.id", name: "Budi" } })).resolves.toBeTruthy();
  });

  it("refuses a second top-level unit with the same name", async () => {
    await expect(
      db.prisma.unit.create({ data: { kind: "KOTA", name: "Kota Malang", regionCode: "35.99", path: "/x/" } }),
    ).rejects.toThrow();
  });

  it("accepts a score within the criterion's scale and refuses one outside it", async () => {
    const { sheet, criterion } = await judgingFixture();
    await expect(
      db.prisma.score.create({ data: { sheetId: sheet.id, criterionId: criterion.id, value: criterion.scaleMax + 1 } }),
    ).rejects.toThrow();
    await expect(
      db.prisma.score.create({ data: { sheetId: sheet.id, criterionId: criterion.id, value: criterion.scaleMax } }),
    ).resolves.toBeTruthy();
  });

  it("accepts no score write once the round is sealed", async () => {
    const { round } = await db.prisma.assignment.findFirstOrThrow({ include: { round: true } });
    const score = await db.prisma.score.findFirstOrThrow();
    await db.prisma.round.update({ where: { id: round.id }, data: { state: "SEALED" } });
    try {
      await expect(
        db.prisma.score.update({
          where: { sheetId_criterionId: { sheetId: score.sheetId, criterionId: score.criterionId } },
          data: { value: 1 },
        }),
      ).rejects.toThrow(/sealed/);
      await expect(
        db.prisma.score.delete({
          where: { sheetId_criterionId: { sheetId: score.sheetId, criterionId: score.criterionId } },
        }),
      ).rejects.toThrow(/sealed/);
    } finally {
      await db.prisma.round.update({ where: { id: round.id }, data: { state: "OPEN" } });
    }
  });

  it("only pairs a judge appointed to the round with a proposal entered in it", async () => {
    const { round, proposal } = await db.prisma.roundEntry.findFirstOrThrow({
      include: { round: true, proposal: true },
    });
    // user-admin is not appointed to the round.
    await expect(
      db.prisma.assignment.create({ data: { roundId: round.id, proposalId: proposal.id, judgeId: "user-admin" } }),
    ).rejects.toThrow();
  });

  it("holds one proposal per innovation per edition", async () => {
    const proposal = await db.prisma.proposal.findFirstOrThrow();
    await expect(
      db.prisma.proposal.create({
        data: {
          editionId: proposal.editionId,
          innovationId: proposal.innovationId,
          unitId: proposal.unitId,
          institutionId: proposal.institutionId,
          title: "Salinan",
        },
      }),
    ).rejects.toThrow();
  });

  it("keeps the audit log append-only", async () => {
    const entry = await db.prisma.auditEntry.create({
      data: { action: "test", entityType: "Test", hash: "a".repeat(64) },
    });
    await expect(
      db.prisma.auditEntry.update({ where: { seq: entry.seq }, data: { action: "changed" } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.prisma.auditEntry.delete({ where: { seq: entry.seq } })).rejects.toThrow(/append-only/);
  });
});
