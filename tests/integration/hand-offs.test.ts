// Issue 9 items 1 and 3: what the next person sees after a hand-off, without any mail arriving — the return note
// on the operator's proposal, list and dashboard, the hand-off history — and what the send/submit dialogs list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, runAs } from "@/lib/auth/session";
import { getOperatorDashboard } from "@/lib/dashboard/queries";
import { listProposals } from "@/lib/proposals/list";
import { latestReturnNote } from "@/lib/proposals/return-notes";
import { checkHandOffAction, returnToUnitAction, sendToUnitAdminAction } from "@/lib/proposals/workflow-actions";
import { handOffHistory } from "@/lib/proposals/workflow-queries";
import { DEMO_EDITION } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";
import { createProposal } from "../helpers/proposals";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
  // No mail server in these tests: the note must reach the operator through the portal alone.
  delete process.env.SMTP_URL;
});
afterAll(async () => {
  await db?.close();
});

const OPERATOR_KEPANJEN = "user-operator-kepanjen";
const ADMINLOKAL_KABMALANG = "user-adminlokal-kabmalang";

const kepanjenDraft = ({ complete = true, startedOn = new Date("2024-01-15") } = {}) =>
  createProposal(db.prisma, {
    content: complete ? "complete" : "gaps",
    startedOn,
    createdById: OPERATOR_KEPANJEN,
    title: `Serah terima ${Math.random().toString(36).slice(2, 8)}`,
  });

describe("what the send and submit dialogs list", () => {
  it("lists the empty required section and the missing SK, and the server refuses the same", async () => {
    const p = await kepanjenDraft({ complete: false });
    const section = await db.prisma.formSection.findFirstOrThrow({
      where: { editionId: DEMO_EDITION.id, required: true, archivedAt: null },
      orderBy: { order: "asc" },
    });
    const check = await runAs(OPERATOR_KEPANJEN, () => checkHandOffAction({ proposalId: p.id }));
    expect(check.ok).toBe(true);
    const gaps = check.ok ? check.data.gaps : [];
    expect(gaps).toContain(`Bagian "${section.title}" masih kosong`);
    expect(gaps.some((g) => g.startsWith("Lampiran wajib") && g.includes("SK"))).toBe(true);

    const sent = await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }));
    expect(sent.ok).toBe(false);
    for (const g of gaps) expect(!sent.ok && sent.error).toContain(g);
  });

  it("finds nothing missing in a complete draft, and warns when the innovation is younger than the edition asks", async () => {
    const young = await kepanjenDraft({ startedOn: new Date() });
    const check = await runAs(OPERATOR_KEPANJEN, () => checkHandOffAction({ proposalId: young.id }));
    expect(check).toMatchObject({ ok: true, data: { gaps: [] } });
    expect(check.ok && check.data.warnings.join(" ")).toMatch(/minimal \d+ bulan/);
  });

  it("does not tell another institution's operator anything about the proposal", async () => {
    const p = await kepanjenDraft({ complete: false });
    const r = await runAs("user-operator-kendalkerep", () => checkHandOffAction({ proposalId: p.id }));
    expect(r).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("a return note reaches the operator without mail", () => {
  it("shows the admin lokal's note on the proposal, in the operator's list and on the dashboard, with the history", async () => {
    const p = await kepanjenDraft();
    expect((await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }))).ok).toBe(true);
    const note = "Lengkapi data jumlah penerima manfaat tahun 2025.";
    const back = await runAs(ADMINLOKAL_KABMALANG, () => returnToUnitAction({ proposalId: p.id, comment: note }));
    expect(back).toMatchObject({ ok: true, message: "Usulan dikembalikan ke unit beserta catatan Anda." });

    const onProposal = await latestReturnNote(p.id);
    expect(onProposal).toMatchObject({ bySecretariat: false, note, by: expect.any(String) });

    const operator = await loadActor(OPERATOR_KEPANJEN);
    if (!operator) throw new Error("operator fixture missing");
    const list = await listProposals(operator, { q: p.title, page: 1 });
    expect(list.items.find((i) => i.id === p.id)?.returnNote?.note).toBe(note);

    const dashboard = await getOperatorDashboard(operator);
    expect(dashboard.returned.total).toBeGreaterThanOrEqual(1);
    expect(dashboard.returned.items.map((i) => i.note.note)).toContain(note);

    const history = await handOffHistory(p.id);
    expect(history.map((e) => e.toStatus)).toEqual(["RETURNED_TO_UNIT", "WITH_UNIT_ADMIN"]);
    expect(history[0]?.comment).toBe(note);
  });

  it("drops the note from the list and the dashboard once the proposal is sent again", async () => {
    const p = await kepanjenDraft();
    await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }));
    await runAs(ADMINLOKAL_KABMALANG, () => returnToUnitAction({ proposalId: p.id, comment: "Perbaiki judul." }));
    expect((await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }))).ok).toBe(true);
    expect(await latestReturnNote(p.id)).toBeNull();
    const dashboard = await getOperatorDashboard(await loadActor(OPERATOR_KEPANJEN));
    expect(dashboard.returned.items.map((i) => i.id)).not.toContain(p.id);
  });
});
