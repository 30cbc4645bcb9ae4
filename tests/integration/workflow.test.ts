import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideCheckAction } from "@/lib/admin-check/actions";
import { verifyAuditChain } from "@/lib/audit/audit";
import { loadActor, runAs } from "@/lib/auth/session";
import type { ProposalStatus } from "@/lib/proposals/lifecycle";
import {
  grantExtensionAction,
  returnToUnitAction,
  sendRemindersAction,
  sendToUnitAdminAction,
  submitToProvinceAction,
  withdrawAction,
} from "@/lib/proposals/workflow-actions";
import { proposalForReview, unitAdminQueue } from "@/lib/proposals/workflow-queries";
import { formatDeadlineWIB } from "@/lib/format/date";
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

const OPERATOR_KEPANJEN = "user-operator-kepanjen";
const ADMINLOKAL_KABMALANG = "user-adminlokal-kabmalang";
const ADMINLOKAL_KOTAMALANG = "user-adminlokal-kotamalang";
const OPERATOR_KENDALKEREP = "user-operator-kendalkerep";
const ADMIN = "user-admin";

let counter = 0;
/** A proposal as the drafting screens would leave it: innovation, proposal and an answer to every section. */
async function makeProposal(opts: {
  unitId: string;
  institutionId: string;
  title?: string;
  status?: ProposalStatus;
  createdById?: string;
}) {
  const title = opts.title ?? `Inovasi uji ${++counter} layanan ${Math.random().toString(36).slice(2, 8)}`;
  const innovation = await db.prisma.innovation.create({ data: { unitId: opts.unitId, name: title } });
  const sections = await db.prisma.formSection.findMany({ where: { editionId: DEMO_EDITION.id } });
  return db.prisma.proposal.create({
    data: {
      editionId: DEMO_EDITION.id,
      innovationId: innovation.id,
      unitId: opts.unitId,
      institutionId: opts.institutionId,
      title,
      status: opts.status ?? "DRAFT",
      implementationStartedOn: new Date("2024-01-15"),
      createdById: opts.createdById ?? null,
      answers: {
        create: sections.map((s) => ({
          sectionId: s.id,
          text: `Isi ${s.title} yang lengkap dan jelas.`,
          wordCount: 7,
        })),
      },
      // Complete as the hand-off rule asks (lib/proposals/completeness.ts): the edition's required files are on record.
      attachments: {
        create: (["SK_DECREE", "PHOTO"] as const).map((kind) => ({
          kind,
          fileName: kind === "PHOTO" ? "foto.jpg" : "sk.pdf",
          contentType: kind === "PHOTO" ? "image/jpeg" : "application/pdf",
          sizeBytes: 1024,
          sha256: "0".repeat(64),
          storageKey: `fixture/${kind}/${Math.random().toString(36).slice(2)}`,
        })),
      },
    },
  });
}

const kepanjenDraft = (extra: { title?: string; status?: ProposalStatus } = {}) =>
  makeProposal({
    unitId: UNIT_IDS.puskesmasKepanjen,
    institutionId: UNIT_IDS.kabMalang,
    createdById: OPERATOR_KEPANJEN,
    ...extra,
  });
const kendalkerepDraft = (extra: { status?: ProposalStatus } = {}) =>
  makeProposal({
    unitId: UNIT_IDS.puskesmasKendalkerep,
    institutionId: UNIT_IDS.kotaMalang,
    createdById: OPERATOR_KENDALKEREP,
    ...extra,
  });

const statusOf = async (id: string) => (await db.prisma.proposal.findUniqueOrThrow({ where: { id } })).status;
const eventsOf = (id: string) =>
  db.prisma.proposalEvent.findMany({ where: { proposalId: id }, orderBy: { id: "asc" } });
const mailsTo = (email: string, template: string) =>
  db.prisma.notification.findMany({ where: { recipientEmail: email, template }, orderBy: { createdAt: "asc" } });

async function setDeadline(closes: Date) {
  await db.prisma.edition.update({ where: { id: DEMO_EDITION.id }, data: { registrationClosesAt: closes } });
}

describe("two-level submission", () => {
  it("goes operator → admin lokal → province → passed, one event per step, mail at each hand-over", async () => {
    const p = await kepanjenDraft();

    const sent = await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }));
    expect(sent).toMatchObject({ ok: true, message: "Usulan dikirim ke admin lokal untuk diperiksa." });
    expect(await statusOf(p.id)).toBe("WITH_UNIT_ADMIN");
    const toAdminLokal = await mailsTo("adminlokal.kabmalang@kovablik.test", "proposal.with-unit-admin");
    expect(toAdminLokal.some((m) => m.body.includes(p.title) && m.body.includes(`/unit/usulan/${p.id}`))).toBe(true);

    // The admin lokal sees it waiting, with the quota it would use.
    const actor = await loadActor(ADMINLOKAL_KABMALANG);
    const queue = await unitAdminQueue(actor!);
    const kab = queue.institutions.find((i) => i.unitId === UNIT_IDS.kabMalang)!;
    expect(kab.buckets.review.map((x) => x.id)).toContain(p.id);
    expect(kab.quota).toMatchObject({ max: 10, used: 0, remaining: 10 });

    const submitted = await runAs(ADMINLOKAL_KABMALANG, () => submitToProvinceAction({ proposalId: p.id }));
    expect(submitted.ok).toBe(true);
    const after = await db.prisma.proposal.findUniqueOrThrow({ where: { id: p.id } });
    expect(after.status).toBe("SUBMITTED");
    expect(after.submittedAt).not.toBeNull();
    expect(after.version).toBe(p.version + 2);
    expect(
      (await mailsTo("operator.kepanjen@kovablik.test", "proposal.submitted")).some((m) => m.body.includes(p.title)),
    ).toBe(true);
    expect(
      (await unitAdminQueue(actor!)).institutions.find((i) => i.unitId === UNIT_IDS.kabMalang)!.quota,
    ).toMatchObject({ used: 1, remaining: 9 });

    const items = [
      "innovation_age",
      "duplicate_title",
      "previous_winner",
      "attachments",
      "sections",
      "sk_valid",
      "video_reachable",
      "answers_substantive",
    ].map((key) => ({ key, result: "pass" as const, note: key === "attachments" ? "Lampiran dicek manual." : "" }));
    const passed = await runAs(ADMIN, () =>
      decideCheckAction({
        proposalId: p.id,
        version: after.version,
        outcome: "PASS",
        reason: "",
        correctionDeadline: "",
        items,
      }),
    );
    expect(passed).toMatchObject({ ok: true });
    expect(await statusOf(p.id)).toBe("PASSED");
    expect((await mailsTo("operator.kepanjen@kovablik.test", "proposal.passed")).length).toBe(1);

    const events = await eventsOf(p.id);
    expect(events.map((e) => [e.fromStatus, e.toStatus, e.actorId])).toEqual([
      ["DRAFT", "WITH_UNIT_ADMIN", OPERATOR_KEPANJEN],
      ["WITH_UNIT_ADMIN", "SUBMITTED", ADMINLOKAL_KABMALANG],
      ["SUBMITTED", "PASSED", ADMIN],
    ]);
    expect(await verifyAuditChain(db.prisma)).toMatchObject({ ok: true });
  });

  it("returns a draft to the unit only with a comment, which the operator receives; the unit can send it again", async () => {
    const p = await kepanjenDraft({ status: "WITH_UNIT_ADMIN" });
    const noComment = await runAs(ADMINLOKAL_KABMALANG, () => returnToUnitAction({ proposalId: p.id, comment: "  " }));
    expect(noComment.ok).toBe(false);
    expect(!noComment.ok && noComment.fieldErrors?.comment).toBeTruthy();
    expect(await statusOf(p.id)).toBe("WITH_UNIT_ADMIN");

    const comment = "Lengkapi data sebelum-sesudah pada bagian dampak.";
    const returned = await runAs(ADMINLOKAL_KABMALANG, () => returnToUnitAction({ proposalId: p.id, comment }));
    expect(returned.ok).toBe(true);
    expect(await statusOf(p.id)).toBe("RETURNED_TO_UNIT");
    const [event] = await eventsOf(p.id);
    expect(event).toMatchObject({ fromStatus: "WITH_UNIT_ADMIN", toStatus: "RETURNED_TO_UNIT", comment });
    const mail = await mailsTo("operator.kepanjen@kovablik.test", "proposal.returned-to-unit");
    expect(mail.at(-1)?.body).toContain(comment);

    const again = await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }));
    expect(again.ok).toBe(true);
    expect((await eventsOf(p.id)).length).toBe(2);
  });

  it("refuses to send or submit an incomplete proposal, even by a direct call, listing what is missing and changing nothing", async () => {
    const p = await kepanjenDraft();
    const section = await db.prisma.formSection.findFirstOrThrow({
      where: { editionId: DEMO_EDITION.id, required: true, archivedAt: null },
    });
    await db.prisma.answer.update({
      where: { proposalId_sectionId: { proposalId: p.id, sectionId: section.id } },
      data: { text: "", wordCount: 0 },
    });
    await db.prisma.attachment.deleteMany({ where: { proposalId: p.id, kind: "SK_DECREE" } });

    const sent = await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }));
    expect(sent.ok).toBe(false);
    expect(!sent.ok && sent.error).toContain(`Bagian "${section.title}" masih kosong`);
    expect(!sent.ok && sent.error).toContain("SK penetapan inovasi dan inovator");
    expect(await statusOf(p.id)).toBe("DRAFT");
    expect(await eventsOf(p.id)).toEqual([]);

    const atAdmin = await kepanjenDraft({ status: "WITH_UNIT_ADMIN" });
    await db.prisma.answer.update({
      where: { proposalId_sectionId: { proposalId: atAdmin.id, sectionId: section.id } },
      data: { text: "" },
    });
    const submitted = await runAs(ADMINLOKAL_KABMALANG, () => submitToProvinceAction({ proposalId: atAdmin.id }));
    expect(submitted.ok).toBe(false);
    expect(!submitted.ok && submitted.error).toContain(`Bagian "${section.title}" masih kosong`);
    expect(await statusOf(atAdmin.id)).toBe("WITH_UNIT_ADMIN");
  });

  it("does not let an operator submit to the province", async () => {
    const p = await kepanjenDraft({ status: "WITH_UNIT_ADMIN" });
    const r = await runAs(OPERATOR_KEPANJEN, () => submitToProvinceAction({ proposalId: p.id }));
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await statusOf(p.id)).toBe("WITH_UNIT_ADMIN");
    expect(await eventsOf(p.id)).toEqual([]);
  });

  it("keeps Kabupaten Malang's admin lokal away from a Kota Malang proposal", async () => {
    const p = await kendalkerepDraft({ status: "WITH_UNIT_ADMIN" });
    for (const call of [
      () => returnToUnitAction({ proposalId: p.id, comment: "Perbaiki" }),
      () => submitToProvinceAction({ proposalId: p.id }),
      () => withdrawAction({ proposalId: p.id, comment: "Tarik" }),
    ]) {
      const r = await runAs(ADMINLOKAL_KABMALANG, call);
      expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    const kabActor = await loadActor(ADMINLOKAL_KABMALANG);
    await expect(proposalForReview(kabActor!, p.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const queue = await unitAdminQueue(kabActor!);
    const listed = queue.institutions.flatMap((i) => Object.values(i.buckets).flat()).map((x) => x.id);
    expect(listed).not.toContain(p.id);
    expect(await statusOf(p.id)).toBe("WITH_UNIT_ADMIN");
    expect(await eventsOf(p.id)).toEqual([]);

    // Its own admin lokal can.
    const own = await runAs(ADMINLOKAL_KOTAMALANG, () => submitToProvinceAction({ proposalId: p.id }));
    expect(own.ok).toBe(true);
  });

  it("turns a concurrent second click into a clear conflict and writes one event", async () => {
    const p = await kepanjenDraft({ status: "WITH_UNIT_ADMIN" });
    const results = await Promise.all([
      runAs(ADMINLOKAL_KABMALANG, () => submitToProvinceAction({ proposalId: p.id })),
      runAs(ADMINLOKAL_KABMALANG, () => submitToProvinceAction({ proposalId: p.id })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const failed = results.find((r) => !r.ok);
    expect(failed).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await eventsOf(p.id)).length).toBe(1);
  });
});

describe("the registration deadline", () => {
  it("refuses sending and submitting after the deadline, even by a direct call, unless the admin grants an extension", async () => {
    const draft = await kepanjenDraft();
    const waiting = await kepanjenDraft({ status: "WITH_UNIT_ADMIN" });
    const original = (await db.prisma.edition.findUniqueOrThrow({ where: { id: DEMO_EDITION.id } }))
      .registrationClosesAt!;
    await setDeadline(new Date(Date.now() - 60_000));
    try {
      const send = await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: draft.id }));
      expect(send).toMatchObject({ ok: false, code: "DEADLINE" });
      const submit = await runAs(ADMINLOKAL_KABMALANG, () => submitToProvinceAction({ proposalId: waiting.id }));
      expect(submit).toMatchObject({ ok: false, code: "DEADLINE" });
      expect(await statusOf(waiting.id)).toBe("WITH_UNIT_ADMIN");

      // Only the admin grants, only into the future, and only for the one proposal.
      const byUnitAdmin = await runAs(ADMINLOKAL_KABMALANG, () =>
        grantExtensionAction({
          proposalId: waiting.id,
          until: dateToWibInput(new Date(Date.now() + 86_400_000)),
          reason: "Server daerah mati",
        }),
      );
      expect(byUnitAdmin).toMatchObject({ ok: false, code: "FORBIDDEN" });
      const past = await runAs(ADMIN, () =>
        grantExtensionAction({
          proposalId: waiting.id,
          until: dateToWibInput(new Date(Date.now() - 3_600_000)),
          reason: "Server daerah mati",
        }),
      );
      expect(past).toMatchObject({ ok: false, code: "INVALID" });
      expect(!past.ok && past.fieldErrors?.until).toBeTruthy();

      const granted = await runAs(ADMIN, () =>
        grantExtensionAction({
          proposalId: waiting.id,
          until: dateToWibInput(new Date(Date.now() + 86_400_000)),
          reason: "Server daerah mati",
        }),
      );
      expect(granted.ok).toBe(true);
      const audit = await db.prisma.auditEntry.findFirst({
        where: { action: "proposal.grantExtension", entityId: waiting.id },
      });
      expect(audit?.actorId).toBe(ADMIN);

      const late = await runAs(ADMINLOKAL_KABMALANG, () => submitToProvinceAction({ proposalId: waiting.id }));
      expect(late.ok).toBe(true);
      expect(await statusOf(waiting.id)).toBe("SUBMITTED");
      // The other draft got no extension and stays shut.
      const stillShut = await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: draft.id }));
      expect(stillShut).toMatchObject({ ok: false, code: "DEADLINE" });
    } finally {
      await setDeadline(original);
    }
  });

  it("tells the admin lokal the deadline the screens show: an extension older than a moved edition deadline no longer counts", async () => {
    const original = (await db.prisma.edition.findUniqueOrThrow({ where: { id: DEMO_EDITION.id } }))
      .registrationClosesAt!;
    const closes = new Date(Date.now() + 20 * 86_400_000);
    await setDeadline(closes);
    try {
      const p = await kepanjenDraft();
      await db.prisma.proposal.update({
        where: { id: p.id },
        data: { extensionUntil: new Date(Date.now() + 5 * 86_400_000) },
      });
      const sent = await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }));
      expect(sent.ok).toBe(true);
      const mail = (await mailsTo("adminlokal.kabmalang@kovablik.test", "proposal.with-unit-admin")).find((m) =>
        m.body.includes(p.title),
      );
      expect(mail?.body).toContain(`Batas pengiriman ke provinsi: ${formatDeadlineWIB(closes)}.`);
    } finally {
      await setDeadline(original);
    }
  });
});

describe("the institution's quota", () => {
  const ADMINLOKAL_BWI = "user-adminlokal-banyuwangi-test";
  const unitId = "unit-3510-dpmptsp";

  beforeAll(async () => {
    await db.prisma.user.create({
      data: {
        id: ADMINLOKAL_BWI,
        email: "adminlokal.bwi@kovablik.test",
        name: "Admin Lokal Kabupaten Banyuwangi",
        status: "ACTIVE",
        memberships: { create: { unitId: UNIT_IDS.kabBanyuwangi, role: "UNIT_ADMIN" } },
      },
    });
    await db.prisma.quota.create({
      data: { editionId: DEMO_EDITION.id, institutionId: UNIT_IDS.kabBanyuwangi, maxProposals: 2 },
    });
  });

  const waiting = () => makeProposal({ unitId, institutionId: UNIT_IDS.kabBanyuwangi, status: "WITH_UNIT_ADMIN" });

  it("refuses the (N+1)th submission with the quota in the message", async () => {
    const [a, b, c] = [await waiting(), await waiting(), await waiting()];
    for (const p of [a, b])
      expect((await runAs(ADMINLOKAL_BWI, () => submitToProvinceAction({ proposalId: p.id }))).ok).toBe(true);
    const third = await runAs(ADMINLOKAL_BWI, () => submitToProvinceAction({ proposalId: c.id }));
    expect(third).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(!third.ok && third.error).toMatch(/Kuota Kabupaten Banyuwangi .* habis \(2 dari 2 terpakai\)/);
    expect(await statusOf(c.id)).toBe("WITH_UNIT_ADMIN");
  });

  it("lets exactly one of two concurrent submissions take the last slot", async () => {
    await db.prisma.quota.update({
      where: { editionId_institutionId: { editionId: DEMO_EDITION.id, institutionId: UNIT_IDS.kabBanyuwangi } },
      data: { maxProposals: 3 },
    });
    const [x, y] = [await waiting(), await waiting()];
    const results = await Promise.all([
      runAs(ADMINLOKAL_BWI, () => submitToProvinceAction({ proposalId: x.id })),
      runAs(ADMINLOKAL_BWI, () => submitToProvinceAction({ proposalId: y.id })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "CONFLICT" });
    const submitted = await db.prisma.proposal.count({
      where: { institutionId: UNIT_IDS.kabBanyuwangi, status: "SUBMITTED" },
    });
    expect(submitted).toBe(3);
  });
});

describe("deadline reminders", () => {
  it("mails admin lokal and operators with open drafts, once per day however often it is pressed", async () => {
    await kepanjenDraft({ title: "Draf pengingat Kepanjen" });
    const first = await runAs(ADMIN, () => sendRemindersAction({}));
    expect(first.ok).toBe(true);
    const toOperator = await mailsTo("operator.kepanjen@kovablik.test", "proposal.reminder.operator");
    expect(toOperator).toHaveLength(1);
    expect(toOperator[0]!.body).toContain("Draf pengingat Kepanjen");
    expect(await mailsTo("adminlokal.kabmalang@kovablik.test", "proposal.reminder.unit-admin")).toHaveLength(1);

    const second = await runAs(ADMIN, () => sendRemindersAction({}));
    expect(second).toMatchObject({ ok: true, data: { unitAdmins: 0, operators: 0 } });
    expect(await mailsTo("operator.kepanjen@kovablik.test", "proposal.reminder.operator")).toHaveLength(1);

    const notAdmin = await runAs(ADMINLOKAL_KABMALANG, () => sendRemindersAction({}));
    expect(notAdmin).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
