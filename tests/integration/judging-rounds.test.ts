import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import {
  addRoundAction,
  closeRoundAction,
  moveRoundAction,
  openRoundAction,
  removeRoundAction,
  saveRubricAction,
  updateRoundAction,
} from "@/lib/judging/actions";
import { getRoundDetail } from "@/lib/judging/rounds-queries";
import { presetCriteria } from "@/lib/judging/rubric-presets";
import { DEMO_EDITION } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

// Rounds and rubrics as the secretariat sets them up: the edition's timeline, shares of the final score,
// weights that make 100 %, and a rubric that freezes when the round opens.

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
  // The desk round gets the demo judge (the seed appoints them to the presentation round), so round 1 can open
  // and round 2 shows what a round without a judge lacks.
  const [r1, r2] = await db.prisma.round.findMany({ where: { editionId: DEMO_EDITION.id }, orderBy: { order: "asc" } });
  await db.prisma.judgeAppointment.updateMany({
    where: { roundId: r2!.id, userId: "user-juri-desk" },
    data: { roundId: r1!.id },
  });
});
afterAll(async () => {
  await db?.close();
});

const ADMIN = "user-admin";
const editionId = DEMO_EDITION.id;
const asAdmin = <T>(fn: () => Promise<T>) => runAs(ADMIN, fn);
const roundOf = (order: number) =>
  db.prisma.round.findUniqueOrThrow({
    where: { editionId_order: { editionId, order } },
    include: { criteria: { orderBy: { order: "asc" } } },
  });
const auditCount = (action: string) => db.prisma.auditEntry.count({ where: { action } });

/** The settings form as the page fills it for the round, with `changes` typed over it. */
async function settingsOf(roundId: string, changes: Record<string, unknown> = {}) {
  const detail = (await getRoundDetail(roundId))!;
  return { roundId, ...detail.settings, ...changes };
}

describe("adding a round", () => {
  it("adds a site visit after the last round, starting from the KOVABLIK desk preset, audited", async () => {
    const r = await asAdmin(() =>
      addRoundAction({
        editionId,
        name: "Kunjungan Lapangan",
        kind: "SITE_VISIT",
        opensAt: "2027-05-03T08:00",
        closesAt: "2027-05-14T16:00",
        sharePercent: 0,
        preset: "KOVABLIK_DESK",
      }),
    );
    expect(r).toMatchObject({ ok: true, message: "Kunjungan Lapangan ditambahkan dengan 7 kriteria." });
    const round = await roundOf(3);
    expect(round).toMatchObject({
      name: "Kunjungan Lapangan",
      kind: "SITE_VISIT",
      state: "DRAFT",
      entrySource: "PREVIOUS_ROUND",
    });
    expect(round.opensAt?.toISOString()).toBe("2027-05-03T01:00:00.000Z");
    expect(round.criteria.map((c) => [c.name, c.weight.toNumber()])).toEqual(
      presetCriteria("KOVABLIK_DESK").map((c) => [c.name, c.weight]),
    );
    expect(round.criteria[3]!.levels).toEqual(presetCriteria("KOVABLIK_DESK")[3]!.levels);
    expect(await auditCount("round.add")).toBe(1);
  });

  it("refuses a window that starts while registration is still open (so before the rounds already planned), on the opening field, and adds nothing", async () => {
    const before = await db.prisma.round.count();
    const r = await asAdmin(() =>
      addRoundAction({
        editionId,
        name: "Babak Terlalu Awal",
        kind: "DESK_EVALUATION",
        opensAt: "2027-02-20T08:00",
        closesAt: "2027-03-01T08:00",
        sharePercent: 0,
        preset: "",
      }),
    );
    // A new round comes last, so its floor is the latest date before it: the end of the last round.
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { opensAt: ["Mulai Babak Terlalu Awal tidak boleh sebelum Kunjungan Lapangan berakhir."] },
    });
    expect(await db.prisma.round.count()).toBe(before);
  });

  it("refuses a window that opens before the previous round closes, or closes after the announcement", async () => {
    const overlap = await asAdmin(() =>
      addRoundAction({
        editionId,
        name: "Babak Tumpang Tindih",
        kind: "SITE_VISIT",
        opensAt: "2027-05-10T08:00",
        closesAt: "2027-05-20T08:00",
        sharePercent: 0,
        preset: "",
      }),
    );
    expect(overlap).toMatchObject({
      ok: false,
      fieldErrors: { opensAt: [expect.stringContaining("Kunjungan Lapangan")] },
    });
    const late = await asAdmin(() =>
      addRoundAction({
        editionId,
        name: "Babak Terlambat",
        kind: "SITE_VISIT",
        opensAt: "2027-06-01T08:00",
        closesAt: "2027-06-20T08:00",
        sharePercent: 0,
        preset: "",
      }),
    );
    expect(late).toMatchObject({
      ok: false,
      fieldErrors: { closesAt: ["Pengumuman harus setelah Babak Terlambat berakhir."] },
    });
  });

  it("refuses a share that takes the edition's rounds past 100 %", async () => {
    const r = await asAdmin(() =>
      addRoundAction({
        editionId,
        name: "Babak Berlebih",
        kind: "SITE_VISIT",
        opensAt: "",
        closesAt: "",
        sharePercent: 10,
        preset: "",
      }),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { sharePercent: ["Jumlah bobot semua babak menjadi 110 %; paling banyak 100 %."] },
    });
  });
});

describe("the edition's own schedule form", () => {
  it("applies the same timeline rule to the round windows it edits", async () => {
    const { updateEditionAction } = await import("@/lib/editions/actions");
    const e = await db.prisma.edition.findUniqueOrThrow({
      where: { id: editionId },
      include: { rounds: { orderBy: { order: "asc" } } },
    });
    const { dateToWibInput } = await import("@/lib/format/wib-input");
    const rounds = e.rounds.map((r) => ({
      id: r.id,
      name: r.name,
      opensAt: dateToWibInput(r.opensAt),
      closesAt: dateToWibInput(r.closesAt),
    }));
    rounds[1] = { ...rounds[1]!, opensAt: "2027-03-20T08:00" };
    const r = await asAdmin(() =>
      updateEditionAction({
        editionId,
        theme: e.theme,
        status: e.status,
        registrationOpensAt: dateToWibInput(e.registrationOpensAt),
        registrationClosesAt: dateToWibInput(e.registrationClosesAt),
        announcementAt: dateToWibInput(e.announcementAt),
        minImplementationMonths: e.minImplementationMonths,
        excludePreviousWinners: e.excludePreviousWinners,
        topN: e.topN,
        defaultQuota: e.defaultQuota,
        rounds,
      }),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { "rounds.1.opensAt": [expect.stringContaining("Evaluasi Proposal (Desk Evaluation)")] },
    });
  });
});

describe("the rubric", () => {
  it("saves criteria whose weights make 100 %, in the order given", async () => {
    const round = await roundOf(3);
    const criteria = [
      {
        name: "Kesesuaian lapangan",
        description: "Yang dilihat sesuai proposal.",
        weight: 60,
        scaleMin: 1,
        scaleMax: 10,
        levels: [
          { min: 1, max: 5, label: "Kurang", text: "Banyak yang tidak sesuai." },
          { min: 6, max: 10, label: "Baik", text: "Sesuai." },
        ],
      },
      { name: "Keberlanjutan", description: "", weight: 40, scaleMin: 1, scaleMax: 10, levels: [] },
    ];
    const r = await asAdmin(() => saveRubricAction({ roundId: round.id, criteria }));
    expect(r).toMatchObject({ ok: true, message: "Rubrik disimpan: 2 kriteria, jumlah bobot 100 %." });
    const after = await roundOf(3);
    expect(after.criteria.map((c) => [c.order, c.name, c.weight.toNumber()])).toEqual([
      [1, "Kesesuaian lapangan", 60],
      [2, "Keberlanjutan", 40],
    ]);
  });

  it("refuses weights that do not make 100 % and changes nothing", async () => {
    const round = await roundOf(3);
    const r = await asAdmin(() =>
      saveRubricAction({
        roundId: round.id,
        criteria: [{ name: "Satu-satunya", description: "", weight: 90, scaleMin: 1, scaleMax: 10, levels: [] }],
      }),
    );
    expect(r).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { criteria: ["Jumlah bobot kriteria harus 100 %; sekarang 90 %."] },
    });
    expect((await roundOf(3)).criteria).toHaveLength(2);
  });

  it("refuses guidance levels that leave a gap in the scale", async () => {
    const round = await roundOf(3);
    const r = await asAdmin(() =>
      saveRubricAction({
        roundId: round.id,
        criteria: [
          {
            name: "Bercelah",
            description: "",
            weight: 100,
            scaleMin: 1,
            scaleMax: 10,
            levels: [
              { min: 1, max: 4, label: "Kurang", text: "" },
              { min: 6, max: 10, label: "Baik", text: "" },
            ],
          },
        ],
      }),
    );
    expect(r).toMatchObject({
      ok: false,
      fieldErrors: { "criteria.0.levels": [expect.stringContaining("bersambung")] },
    });
  });
});

describe("opening a round", () => {
  it("lists what blocks the opening and refuses with the first", async () => {
    // Round 2 has a rubric and a window but no judge yet.
    const round2 = await roundOf(2);
    expect((await getRoundDetail(round2.id))!.openingProblems).toEqual(["Angkat sekurang-kurangnya satu juri."]);
    const r = await asAdmin(() => openRoundAction({ roundId: round2.id }));
    expect(r).toMatchObject({ ok: false, error: "Babak belum dapat dibuka: Angkat sekurang-kurangnya satu juri." });
    expect((await roundOf(2)).state).toBe("DRAFT");
  });

  it("refuses while the rounds' shares do not make 100 %", async () => {
    const round1 = await roundOf(1);
    const changed = await asAdmin(async () => updateRoundAction(await settingsOf(round1.id, { sharePercent: 60 })));
    expect(changed.ok).toBe(true);
    expect((await getRoundDetail(round1.id))!.openingProblems).toEqual([
      "Jumlah bobot semua babak edisi ini harus 100 %; sekarang 90 %.",
    ]);
    const back = await asAdmin(async () => updateRoundAction(await settingsOf(round1.id, { sharePercent: 70 })));
    expect(back.ok).toBe(true);
  });

  it("opens the desk round (rubric 100 %, shares 100 %, a judge appointed) and freezes its rubric, on the server and in the database", async () => {
    const round1 = await roundOf(1);
    const r = await asAdmin(() => openRoundAction({ roundId: round1.id }));
    expect(r).toMatchObject({
      ok: true,
      message: "Evaluasi Proposal (Desk Evaluation) dibuka. Rubriknya kini dibekukan.",
    });
    const frozen = await asAdmin(() =>
      saveRubricAction({ roundId: round1.id, criteria: presetCriteria("KOVABLIK_DESK") }),
    );
    expect(frozen).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("dibekukan") });
    expect((await roundOf(1)).criteria.map((c) => c.name)).toEqual(round1.criteria.map((c) => c.name));
    // Any other path meets the trigger.
    await expect(
      db.prisma.criterion.update({ where: { id: round1.criteria[0]!.id }, data: { weight: 50 } }),
    ).rejects.toThrow(/rubric/);
    await expect(db.prisma.criterion.deleteMany({ where: { roundId: round1.id } })).rejects.toThrow(/rubric/);
    expect(await auditCount("round.open")).toBe(1);
  });

  it("lets an open round change only its name and extend its closing time", async () => {
    const round1 = await roundOf(1);
    const kind = await asAdmin(async () => updateRoundAction(await settingsOf(round1.id, { judgesPerEntry: 5 })));
    expect(kind).toMatchObject({
      ok: false,
      error: "Babak sudah dibuka: hanya nama dan waktu tutup yang masih dapat diubah.",
    });
    const shorter = await asAdmin(async () =>
      updateRoundAction(await settingsOf(round1.id, { closesAt: "2027-03-20T23:59" })),
    );
    expect(shorter).toMatchObject({
      ok: false,
      fieldErrors: { closesAt: ["Waktu tutup babak yang sedang berjalan hanya dapat diperpanjang."] },
    });
    const longer = await asAdmin(async () =>
      updateRoundAction(await settingsOf(round1.id, { name: "Evaluasi Proposal", closesAt: "2027-04-05T23:59" })),
    );
    expect(longer.ok).toBe(true);
    expect(await roundOf(1)).toMatchObject({ name: "Evaluasi Proposal", judgesPerEntry: 3 });
  });

  it("keeps an opened round in its place and refuses to remove it", async () => {
    const [round1, round2] = [await roundOf(1), await roundOf(2)];
    expect(await asAdmin(() => moveRoundAction({ id: round2.id, direction: "up" }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await asAdmin(() => removeRoundAction({ roundId: round1.id }))).toMatchObject({
      ok: false,
      error: "Babak yang sudah dibuka tidak dapat dihapus.",
    });
  });

  it("closes an open round once, and a closed round takes no more settings", async () => {
    const round1 = await roundOf(1);
    expect(await asAdmin(() => closeRoundAction({ roundId: round1.id }))).toMatchObject({ ok: true });
    expect(await asAdmin(() => closeRoundAction({ roundId: round1.id }))).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const r = await asAdmin(async () => updateRoundAction(await settingsOf(round1.id)));
    expect(r).toMatchObject({ ok: false, error: "Babak ini sudah ditutup; pengaturannya tidak dapat diubah lagi." });
  });
});

describe("ordering and removing draft rounds", () => {
  it("swaps two draft rounds and removes one, renumbering the rest", async () => {
    const [round2, round3] = [await roundOf(2), await roundOf(3)];
    expect(await asAdmin(() => moveRoundAction({ id: round3.id, direction: "up" }))).toMatchObject({ ok: true });
    expect((await roundOf(2)).id).toBe(round3.id);
    expect(await asAdmin(() => removeRoundAction({ roundId: round3.id }))).toMatchObject({
      ok: true,
      message: "Kunjungan Lapangan dihapus.",
    });
    expect((await roundOf(2)).id).toBe(round2.id);
    expect(await db.prisma.criterion.count({ where: { roundId: round3.id } })).toBe(0);
  });
});
