import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/audit";
import { runAs } from "@/lib/auth/session";
import {
  addCategoryAction,
  addSectionAction,
  createEditionAction,
  moveCategoryAction,
  moveSectionAction,
  removeCategoryAction,
  removeSectionAction,
  setQuotaAction,
  updateEditionAction,
  updateSectionAction,
} from "@/lib/editions/actions";
import { getEditionSetup, listQuotas } from "@/lib/editions/setup";
import { dateToWibInput } from "@/lib/format/wib-input";
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
const editionId = DEMO_EDITION.id;

/** The general form as the page fills it from the stored edition, with `changes` typed over it. */
async function generalForm(changes: Record<string, unknown> = {}) {
  const e = await db.prisma.edition.findUniqueOrThrow({
    where: { id: editionId },
    include: { rounds: { orderBy: { order: "asc" } } },
  });
  return {
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
    rounds: e.rounds.map((r) => ({
      id: r.id,
      name: r.name,
      opensAt: dateToWibInput(r.opensAt),
      closesAt: dateToWibInput(r.closesAt),
    })),
    ...changes,
  };
}

async function auditCount(action: string) {
  return db.prisma.auditEntry.count({ where: { action } });
}

/** One proposal of Puskesmas Kepanjen in the demo edition. */
async function insertProposal(title: string) {
  const innovation = await db.prisma.innovation.create({ data: { unitId: UNIT_IDS.puskesmasKepanjen, name: title } });
  return db.prisma.proposal.create({
    data: {
      editionId,
      innovationId: innovation.id,
      unitId: UNIT_IDS.puskesmasKepanjen,
      institutionId: UNIT_IDS.kabMalang,
      title,
    },
  });
}

describe("creating an edition", () => {
  it("creates a draft edition with the three groups, audited", async () => {
    const result = await runAs(ADMIN, () => createEditionAction({ year: 2029, theme: "Inovasi untuk Desa Tangguh" }));
    expect(result).toMatchObject({ ok: true, message: "Edisi 2029 dibuat sebagai draf." });
    const setup = await getEditionSetup(2029);
    expect(setup?.status).toBe("DRAFT");
    expect(setup?.groups.map((g) => g.kind)).toEqual(["UMUM", "REPLIKASI", "KHUSUS"]);
    expect(await auditCount("edition.create")).toBe(1);
  });

  it("refuses a year that already has an edition, on the year field", async () => {
    const result = await runAs(ADMIN, () => createEditionAction({ year: 2027, theme: "Tema lain" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.year).toEqual(["Edisi tahun 2027 sudah ada."]);
    expect(await db.prisma.edition.count({ where: { year: 2027 } })).toBe(1);
  });

  it("refuses a year outside 2016–2100", async () => {
    const result = await runAs(ADMIN, () => createEditionAction({ year: 2015, theme: "Terlalu awal" }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fieldErrors?.year?.[0]).toBe("Tahun antara 2016 dan 2100.");
  });

  it("copies groups, categories, form, attachment rules and rounds from an earlier edition", async () => {
    const result = await runAs(ADMIN, () =>
      createEditionAction({ year: 2028, theme: "Inovasi Berkelanjutan", copyFromEditionId: editionId }),
    );
    expect(result.ok).toBe(true);
    const copy = (await getEditionSetup(2028))!;
    expect(copy.categories.map((c) => c.name)).toEqual(DEMO_EDITION.categories);
    expect(copy.sections.map((s) => s.key)).toEqual(DEMO_EDITION.sections.map((s) => s.key));
    expect(copy.attachmentRequirements).toHaveLength(DEMO_EDITION.attachments.length);
    expect(copy.rounds.map((r) => [r.name, r.opensAt])).toEqual(DEMO_EDITION.rounds.map((r) => [r.name, null]));
    const criteria = DEMO_EDITION.rounds.reduce((n, r) => n + r.criteria.length, 0);
    expect(await db.prisma.criterion.count({ where: { round: { editionId: copy.id } } })).toBe(criteria);
  });
});

describe("the timeline, entered in WIB", () => {
  it("stores 23:59 WIB as 16:59 UTC and shows it back as typed", async () => {
    const form = await generalForm({
      registrationClosesAt: "2027-02-26T23:59",
      registrationOpensAt: "2026-11-16T08:00",
    });
    const result = await runAs(ADMIN, () => updateEditionAction(form));
    expect(result.ok).toBe(true);
    const e = await db.prisma.edition.findUniqueOrThrow({ where: { id: editionId } });
    expect(e.registrationClosesAt?.toISOString()).toBe("2027-02-26T16:59:00.000Z");
    expect(e.registrationOpensAt?.toISOString()).toBe("2026-11-16T01:00:00.000Z");
    expect(dateToWibInput(e.registrationClosesAt)).toBe("2027-02-26T23:59");
  });

  it("saves a round's name and window", async () => {
    const form = await generalForm();
    form.rounds[1] = {
      ...form.rounds[1]!,
      name: "Presentasi, Wawancara, dan Visitasi",
      opensAt: "2027-04-20T08:00",
      closesAt: "2027-05-02T17:00",
    };
    expect((await runAs(ADMIN, () => updateEditionAction(form))).ok).toBe(true);
    const r = await db.prisma.round.findFirstOrThrow({ where: { editionId, order: 2 } });
    expect(r.name).toBe("Presentasi, Wawancara, dan Visitasi");
    expect(r.closesAt?.toISOString()).toBe("2027-05-02T10:00:00.000Z");
  });

  it("refuses registration closing before it opens, and a round closing before it opens, and changes nothing", async () => {
    const before = await db.prisma.edition.findUniqueOrThrow({ where: { id: editionId }, include: { rounds: true } });
    const audits = await auditCount("edition.update");
    const bad = await runAs(ADMIN, async () =>
      updateEditionAction(
        await generalForm({ registrationOpensAt: "2027-03-01T08:00", registrationClosesAt: "2027-02-26T23:59" }),
      ),
    );
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors?.registrationClosesAt).toEqual(["Pendaftaran harus ditutup setelah dibuka."]);

    const form = await generalForm();
    form.rounds[0] = { ...form.rounds[0]!, opensAt: "2027-03-29T08:00", closesAt: "2027-03-08T08:00" };
    const badRound = await runAs(ADMIN, () => updateEditionAction(form));
    expect(badRound.ok).toBe(false);
    if (!badRound.ok)
      expect(badRound.fieldErrors?.["rounds.0.closesAt"]).toEqual(["Waktu tutup harus setelah waktu buka."]);

    expect(await db.prisma.edition.findUniqueOrThrow({ where: { id: editionId }, include: { rounds: true } })).toEqual(
      before,
    );
    expect(await auditCount("edition.update")).toBe(audits);
  });

  it("refuses a first round that starts before registration closes, with a field error, and changes nothing", async () => {
    const before = await db.prisma.edition.findUniqueOrThrow({ where: { id: editionId }, include: { rounds: true } });
    const audits = await auditCount("edition.update");
    const form = await generalForm({
      registrationOpensAt: "2027-01-04T08:00",
      registrationClosesAt: "2027-02-26T23:59",
    });
    form.rounds[0] = { ...form.rounds[0]!, opensAt: "2027-02-20T08:00", closesAt: "2027-03-10T17:00" };
    const bad = await runAs(ADMIN, () => updateEditionAction(form));
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.fieldErrors?.["rounds.0.opensAt"]).toEqual([
        `Mulai ${form.rounds[0]!.name} tidak boleh sebelum pendaftaran ditutup.`,
      ]);
    expect(await db.prisma.edition.findUniqueOrThrow({ where: { id: editionId }, include: { rounds: true } })).toEqual(
      before,
    );
    expect(await auditCount("edition.update")).toBe(audits);
  });
});

describe("categories", () => {
  it("adds, reorders and refuses to remove a category that proposals use", async () => {
    const added = await runAs(ADMIN, () =>
      addCategoryAction({ editionId, name: "Digitalisasi Layanan", description: "" }),
    );
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    const dup = await runAs(ADMIN, () =>
      addCategoryAction({ editionId, name: "Digitalisasi Layanan", description: "" }),
    );
    expect(dup.ok).toBe(false);
    if (!dup.ok) expect(dup.fieldErrors?.name?.[0]).toMatch(/sudah ada/);

    expect((await runAs(ADMIN, () => moveCategoryAction({ id: added.data.id, direction: "up" }))).ok).toBe(true);
    const names = (await getEditionSetup(2027))!.categories.map((c) => c.name);
    expect(names.at(-2)).toBe("Digitalisasi Layanan");

    const proposal = await insertProposal("Layanan Rujukan Daring");
    await db.prisma.proposal.update({ where: { id: proposal.id }, data: { categoryId: added.data.id } });
    const refused = await runAs(ADMIN, () => removeCategoryAction({ id: added.data.id }));
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error).toMatch(/dipakai 1 usulan/);
    expect(await db.prisma.category.count({ where: { id: added.data.id } })).toBe(1);
  });
});

describe("form sections", () => {
  it("archives a section that has answers instead of deleting it, and keeps the answer", async () => {
    const added = await runAs(ADMIN, () =>
      addSectionAction({
        editionId,
        title: "Dukungan Pimpinan",
        guidance: "",
        wordLimit: 300,
        required: true,
        isPublic: false,
      }),
    );
    expect(added).toMatchObject({ ok: true, data: { key: "dukungan-pimpinan" } });
    if (!added.ok) return;
    const proposal = await insertProposal("Si Cantik Keliling");
    await db.prisma.answer.create({
      data: {
        proposalId: proposal.id,
        sectionId: added.data.id,
        text: "Bupati menerbitkan SK dan anggaran.",
        wordCount: 6,
      },
    });

    // Lowering the word limit below an existing answer's length leaves the answer as it is.
    expect(
      (
        await runAs(ADMIN, () =>
          updateSectionAction({
            sectionId: added.data.id,
            title: "Dukungan Pimpinan",
            guidance: "",
            wordLimit: 3,
            required: true,
            isPublic: false,
          }),
        )
      ).ok,
    ).toBe(true);

    const removed = await runAs(ADMIN, () => removeSectionAction({ id: added.data.id }));
    expect(removed).toMatchObject({ ok: true, data: { archived: true } });
    const section = await db.prisma.formSection.findUniqueOrThrow({ where: { id: added.data.id } });
    expect(section.archivedAt).not.toBeNull();
    expect(section.wordLimit).toBe(3);
    const answer = await db.prisma.answer.findUniqueOrThrow({
      where: { proposalId_sectionId: { proposalId: proposal.id, sectionId: added.data.id } },
    });
    expect(answer.text).toBe("Bupati menerbitkan SK dan anggaran.");
    expect((await getEditionSetup(2027))!.sections.map((s) => s.id)).not.toContain(added.data.id);

    // A new section with the same title gets its own key: the archived one keeps "dukungan-pimpinan".
    const again = await runAs(ADMIN, () =>
      addSectionAction({
        editionId,
        title: "Dukungan pimpinan",
        guidance: "",
        wordLimit: null,
        required: false,
        isPublic: false,
      }),
    );
    expect(again).toMatchObject({ ok: true, data: { key: "dukungan-pimpinan-2" } });
  });

  it("moves a section up the form", async () => {
    const keys = async () => (await getEditionSetup(2027))!.sections.map((s) => s.key);
    const before = await keys();
    const last = (await getEditionSetup(2027))!.sections.at(-1)!;
    expect((await runAs(ADMIN, () => moveSectionAction({ id: last.id, direction: "up" }))).ok).toBe(true);
    expect(await keys()).toEqual([...before.slice(0, -2), before.at(-1), before.at(-2)]);
  });

  it("deletes a section nobody has answered", async () => {
    const added = await runAs(ADMIN, () =>
      addSectionAction({
        editionId,
        title: "Catatan Tambahan",
        guidance: "",
        wordLimit: null,
        required: false,
        isPublic: false,
      }),
    );
    if (!added.ok) throw new Error(added.error);
    expect(await runAs(ADMIN, () => removeSectionAction({ id: added.data.id }))).toMatchObject({
      ok: true,
      data: { archived: false },
    });
    expect(await db.prisma.formSection.count({ where: { id: added.data.id } })).toBe(0);
  });
});

describe("quotas", () => {
  it("saves an override for an institution and clears it back to the default", async () => {
    const set = await runAs(ADMIN, () =>
      setQuotaAction({ editionId, institutionId: UNIT_IDS.kotaSurabaya, maxProposals: 15 }),
    );
    expect(set).toMatchObject({ ok: true, message: "Kuota Kota Surabaya menjadi 15." });
    let row = (await listQuotas(editionId, { q: "Surabaya", page: 1 })).items.find(
      (r) => r.institutionId === UNIT_IDS.kotaSurabaya,
    );
    expect(row?.override).toBe(15);

    const cleared = await runAs(ADMIN, () =>
      setQuotaAction({ editionId, institutionId: UNIT_IDS.kotaSurabaya, maxProposals: null }),
    );
    expect(cleared).toMatchObject({ ok: true, message: "Kuota Kota Surabaya kembali ke bawaan (10)." });
    row = (await listQuotas(editionId, { q: "Surabaya", page: 1 })).items.find(
      (r) => r.institutionId === UNIT_IDS.kotaSurabaya,
    );
    expect(row?.override).toBeNull();
    expect(await db.prisma.quota.count({ where: { editionId } })).toBe(0);
    expect(await auditCount("edition.quota.set")).toBe(1);
    expect(await auditCount("edition.quota.clear")).toBe(1);
  });

  it("counts only proposals submitted to the province against the quota", async () => {
    const submitted = await insertProposal("Pendaftaran Posyandu Daring");
    await db.prisma.proposal.update({ where: { id: submitted.id }, data: { status: "SUBMITTED" } });
    const row = (await listQuotas(editionId, { q: "Kabupaten Malang", page: 1 })).items.find(
      (r) => r.institutionId === UNIT_IDS.kabMalang,
    );
    expect(row).toMatchObject({ submitted: 1, inProgress: 2 });
  });

  it("refuses a quota for a unit that is not an institution", async () => {
    const r = await runAs(ADMIN, () =>
      setQuotaAction({ editionId, institutionId: UNIT_IDS.puskesmasKepanjen, maxProposals: 3 }),
    );
    expect(r.ok).toBe(false);
    expect(await db.prisma.quota.count({ where: { institutionId: UNIT_IDS.puskesmasKepanjen } })).toBe(0);
  });
});

describe("only admins set up editions", () => {
  it.each(["user-adminlokal-kabmalang", "user-operator-kepanjen", "user-juri"])(
    "refuses %s and changes nothing",
    async (userId) => {
      // Changed by issue 8: a refusal is itself recorded ("action.refused"); nothing else is.
      const notRefusals = { action: { not: "action.refused" } };
      const audits = await db.prisma.auditEntry.count({ where: notRefusals });
      const editions = await db.prisma.edition.findMany({ orderBy: { year: "asc" } });
      const sections = await db.prisma.formSection.findMany({ where: { editionId }, orderBy: { id: "asc" } });
      const someSection = sections.find((s) => !s.archivedAt)!;

      const results = await runAs(userId, async () => [
        await createEditionAction({ year: 2030, theme: "Tidak boleh" }),
        await updateEditionAction(await generalForm({ theme: "Diubah tanpa hak" })),
        await setQuotaAction({ editionId, institutionId: UNIT_IDS.kabMalang, maxProposals: 99 }),
        await removeSectionAction({ id: someSection.id }),
        await addCategoryAction({ editionId, name: "Kategori Liar", description: "" }),
      ]);
      for (const r of results) expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });

      expect(await db.prisma.edition.findMany({ orderBy: { year: "asc" } })).toEqual(editions);
      expect(await db.prisma.formSection.findMany({ where: { editionId }, orderBy: { id: "asc" } })).toEqual(sections);
      expect(await db.prisma.quota.count({ where: { editionId } })).toBe(0);
      expect(await db.prisma.auditEntry.count({ where: notRefusals })).toBe(audits);
      expect(await db.prisma.auditEntry.count({ where: { action: "action.refused", actorId: userId } })).toBe(
        results.length,
      );
    },
  );

  it("keeps the audit chain intact", async () => {
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });
});
