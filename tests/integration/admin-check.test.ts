import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decideCheckAction } from "@/lib/admin-check/actions";
import type { DecideCheckInput } from "@/lib/admin-check/schemas";
import { checkContext } from "@/lib/admin-check/service";
import { loadActor, runAs } from "@/lib/auth/session";
import type { ProposalStatus } from "@/lib/proposals/lifecycle";
import { resubmitAction } from "@/lib/proposals/workflow-actions";
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
const OPERATOR_KEPANJEN = "user-operator-kepanjen";
const ITEM_KEYS = [
  "innovation_age",
  "duplicate_title",
  "previous_winner",
  "attachments",
  "sections",
  "sk_valid",
  "video_reachable",
  "answers_substantive",
];

let n = 0;
async function submittedProposal(
  opts: { title?: string; status?: ProposalStatus; innovationId?: string; editionId?: string } = {},
) {
  const title = opts.title ?? `Layanan uji seleksi nomor ${++n} ${Math.random().toString(36).slice(2, 7)}`;
  const innovationId =
    opts.innovationId ??
    (await db.prisma.innovation.create({ data: { unitId: UNIT_IDS.puskesmasKepanjen, name: title } })).id;
  const editionId = opts.editionId ?? DEMO_EDITION.id;
  const sections = await db.prisma.formSection.findMany({ where: { editionId } });
  return db.prisma.proposal.create({
    data: {
      editionId,
      innovationId,
      unitId: UNIT_IDS.puskesmasKepanjen,
      institutionId: UNIT_IDS.kabMalang,
      title,
      status: opts.status ?? "SUBMITTED",
      implementationStartedOn: new Date("2024-01-15"),
      createdById: OPERATOR_KEPANJEN,
      answers: {
        create: sections.map((s) => ({ sectionId: s.id, text: "Jawaban yang cukup panjang dan jelas.", wordCount: 6 })),
      },
    },
  });
}

const allPass = () => ITEM_KEYS.map((key) => ({ key, result: "pass" as const, note: "" }));
const decide = (input: Partial<DecideCheckInput> & { proposalId: string; version: number }) =>
  runAs(ADMIN, () =>
    decideCheckAction({ outcome: "PASS", reason: "", correctionDeadline: "", items: allPass(), ...input }),
  );
const proposal = (id: string) => db.prisma.proposal.findUniqueOrThrow({ where: { id } });

describe("administrative check", () => {
  it("refuses FAIL without a reason and writes nothing", async () => {
    const p = await submittedProposal();
    const r = await decide({ proposalId: p.id, version: p.version, outcome: "FAIL", reason: "  " });
    expect(r).toMatchObject({ ok: false, code: "INVALID" });
    expect(!r.ok && r.fieldErrors?.reason).toBeTruthy();
    expect((await proposal(p.id)).status).toBe("SUBMITTED");
    expect(await db.prisma.adminCheck.count({ where: { proposalId: p.id } })).toBe(0);
    expect(await db.prisma.proposalEvent.count({ where: { proposalId: p.id } })).toBe(0);
  });

  it("fails with a reason: check, items, event and a notice to the unit", async () => {
    const p = await submittedProposal();
    const items = allPass().map((i) =>
      i.key === "innovation_age" ? { ...i, result: "fail" as const, note: "Baru 8 bulan." } : i,
    );
    const r = await decide({
      proposalId: p.id,
      version: p.version,
      outcome: "FAIL",
      reason: "Inovasi belum berjalan satu tahun.",
      items,
    });
    expect(r.ok).toBe(true);
    const check = await db.prisma.adminCheck.findFirstOrThrow({
      where: { proposalId: p.id },
      include: { items: true },
    });
    expect(check).toMatchObject({
      attempt: 1,
      outcome: "FAIL",
      reason: "Inovasi belum berjalan satu tahun.",
      decidedById: ADMIN,
    });
    expect(check.decidedAt).not.toBeNull();
    expect(check.items).toHaveLength(ITEM_KEYS.length);
    expect(check.items.find((i) => i.key === "innovation_age")).toMatchObject({
      passed: false,
      auto: true,
      note: "Baru 8 bulan.",
    });
    expect((await proposal(p.id)).status).toBe("FAILED");
    const events = await db.prisma.proposalEvent.findMany({ where: { proposalId: p.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      fromStatus: "SUBMITTED",
      toStatus: "FAILED",
      comment: "Inovasi belum berjalan satu tahun.",
    });
    const mail = await db.prisma.notification.findFirst({
      where: { recipientEmail: "operator.kepanjen@kovablik.test", template: "proposal.failed" },
    });
    expect(mail?.body).toContain("Inovasi belum berjalan satu tahun.");
    expect(await db.prisma.auditEntry.count({ where: { action: "adminCheck.decide", entityId: check.id } })).toBe(1);
  });

  it("does not pass a proposal with an item marked as not met", async () => {
    const p = await submittedProposal();
    const items = allPass().map((i) => (i.key === "sk_valid" ? { ...i, result: "fail" as const } : i));
    const r = await decide({ proposalId: p.id, version: p.version, outcome: "PASS", items });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.fieldErrors?.outcome).toBeTruthy();
    expect((await proposal(p.id)).status).toBe("SUBMITTED");
  });

  it("is the admin's alone", async () => {
    const p = await submittedProposal();
    const r = await runAs("user-adminlokal-kabmalang", () =>
      decideCheckAction({
        proposalId: p.id,
        version: p.version,
        outcome: "PASS",
        reason: "",
        correctionDeadline: "",
        items: allPass(),
      }),
    );
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("refuses a decision on a proposal that changed since the page was opened", async () => {
    const p = await submittedProposal();
    const r = await decide({ proposalId: p.id, version: p.version + 5 });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("returns for correction with a future deadline; resubmission works inside the window and is refused after it", async () => {
    const p = await submittedProposal();
    const noDeadline = await decide({
      proposalId: p.id,
      version: p.version,
      outcome: "RETURN_FOR_CORRECTION",
      reason: "Unggah SK.",
    });
    expect(!noDeadline.ok && noDeadline.fieldErrors?.correctionDeadline).toBeTruthy();
    const past = await decide({
      proposalId: p.id,
      version: p.version,
      outcome: "RETURN_FOR_CORRECTION",
      reason: "Unggah SK.",
      correctionDeadline: dateToWibInput(new Date(Date.now() - 3_600_000)),
    });
    expect(past).toMatchObject({ ok: false, code: "INVALID" });
    expect((await proposal(p.id)).status).toBe("SUBMITTED");

    const deadline = dateToWibInput(new Date(Date.now() + 3 * 86_400_000));
    const returned = await decide({
      proposalId: p.id,
      version: p.version,
      outcome: "RETURN_FOR_CORRECTION",
      reason: "Unggah SK yang ditandatangani.",
      correctionDeadline: deadline,
    });
    expect(returned.ok).toBe(true);
    const after = await proposal(p.id);
    expect(after.status).toBe("RETURNED_FOR_CORRECTION");
    expect(dateToWibInput(after.correctionDeadline!)).toBe(deadline);
    const mails = await db.prisma.notification.findMany({
      where: { template: "proposal.returned-for-correction", body: { contains: p.title } },
    });
    expect(mails.map((m) => m.recipientEmail).sort()).toEqual([
      "adminlokal.kabmalang@kovablik.test",
      "operator.kepanjen@kovablik.test",
    ]);

    // The correction supplies the required files, so the resubmission is complete (lib/proposals/completeness.ts).
    await db.prisma.attachment.createMany({
      data: (["SK_DECREE", "PHOTO"] as const).map((kind) => ({
        proposalId: p.id,
        kind,
        fileName: kind === "PHOTO" ? "foto.jpg" : "sk.pdf",
        contentType: kind === "PHOTO" ? "image/jpeg" : "application/pdf",
        sizeBytes: 1024,
        sha256: "0".repeat(64),
        storageKey: `fixture/${p.id}/${kind}`,
      })),
    });
    const resent = await runAs(OPERATOR_KEPANJEN, () => resubmitAction({ proposalId: p.id }));
    expect(resent.ok).toBe(true);
    expect((await proposal(p.id)).status).toBe("RESUBMITTED");

    // The second attempt is its own check.
    const again = await proposal(p.id);
    const second = await decide({
      proposalId: p.id,
      version: again.version,
      outcome: "RETURN_FOR_CORRECTION",
      reason: "Video tidak dapat diputar.",
      correctionDeadline: deadline,
    });
    expect(second.ok).toBe(true);
    expect((await db.prisma.adminCheck.findMany({ where: { proposalId: p.id } })).map((c) => c.attempt).sort()).toEqual(
      [1, 2],
    );

    // Time passes beyond the window.
    await db.prisma.proposal.update({
      where: { id: p.id },
      data: { correctionDeadline: new Date(Date.now() - 60_000) },
    });
    const late = await runAs(OPERATOR_KEPANJEN, () => resubmitAction({ proposalId: p.id }));
    expect(late).toMatchObject({ ok: false, code: "DEADLINE" });
    expect((await proposal(p.id)).status).toBe("RETURNED_FOR_CORRECTION");
    expect(await db.prisma.proposalEvent.count({ where: { proposalId: p.id } })).toBe(3);
  });

  it("pre-fills the checklist from the automatic flags: duplicate title and previous winner", async () => {
    const first = await submittedProposal({ title: "Sistem Antrean Daring Puskesmas Ramah Lansia" });
    await submittedProposal({ title: "Sistem Antrean Daring Puskesmas Ramah Lansia" });
    // The same innovation won in an earlier edition.
    const earlier = await db.prisma.edition.create({ data: { year: 2025, theme: "Edisi lalu", status: "ARCHIVED" } });
    const old = await submittedProposal({
      title: "Versi lama",
      innovationId: first.innovationId,
      editionId: earlier.id,
      status: "PASSED",
    });
    const result = await db.prisma.result.create({
      data: { editionId: earlier.id, version: 1, confirmedAt: new Date("2025-11-20T03:00:00Z") },
    });
    await db.prisma.award.create({
      data: {
        editionId: earlier.id,
        resultId: result.id,
        name: "Terbaik 1",
        proposalId: old.id,
        certificateCode: "KVB-2025-0001",
      },
    });

    const ctx = await checkContext((await loadActor(ADMIN))!, first.id);
    const item = (key: string) => ctx.checklist.find((i) => i.key === key)!;
    expect(item("duplicate_title")).toMatchObject({ auto: true, result: "fail" });
    expect(item("duplicate_title").autoNote).toContain("Sistem Antrean Daring Puskesmas Ramah Lansia");
    expect(item("previous_winner")).toMatchObject({ result: "fail" });
    expect(item("previous_winner").autoNote).toContain("Terbaik 1 2025");
    expect(item("attachments")).toMatchObject({ result: "fail" });
    expect(item("innovation_age")).toMatchObject({ result: "pass" });
    expect(item("sk_valid")).toMatchObject({ auto: false, result: "" });
    expect(ctx.checkable).toBe(true);
  });
});
