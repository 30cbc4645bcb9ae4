// Issue 9.7: an operator throws away a draft that was never sent; a sent one, or another unit's, stays.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAs } from "@/lib/auth/session";
import { deleteDraftAction } from "@/lib/proposals/actions";
import { returnToUnitAction, sendToUnitAdminAction } from "@/lib/proposals/workflow-actions";
import { fileStorage, setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

const OPERATOR_KEPANJEN = "user-operator-kepanjen";
const OPERATOR_KENDALKEREP = "user-operator-kendalkerep";
let db: TestDatabase;
let filesDir: string;
beforeAll(async () => {
  db = await appDatabase();
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-hapus-"));
  setFileStorage(new LocalFileStorage(filesDir));
});
afterAll(async () => {
  setFileStorage(undefined);
  await rm(filesDir, { recursive: true, force: true });
  await db?.close();
});

let n = 0;
async function kepanjenDraft() {
  const title = `Draf hapus ${++n} ${Math.random().toString(36).slice(2, 8)}`;
  const innovation = await db.prisma.innovation.create({ data: { unitId: UNIT_IDS.puskesmasKepanjen, name: title } });
  const sections = await db.prisma.formSection.findMany({ where: { editionId: DEMO_EDITION.id } });
  const p = await db.prisma.proposal.create({
    data: {
      editionId: DEMO_EDITION.id,
      innovationId: innovation.id,
      unitId: UNIT_IDS.puskesmasKepanjen,
      institutionId: UNIT_IDS.kabMalang,
      title,
      status: "DRAFT",
      implementationStartedOn: new Date("2024-01-15"),
      createdById: OPERATOR_KEPANJEN,
      answers: {
        create: sections.map((s) => ({
          sectionId: s.id,
          text: `Isi ${s.title} yang lengkap dan jelas.`,
          wordCount: 7,
        })),
      },
      events: { create: { fromStatus: null, toStatus: "DRAFT", actorId: OPERATOR_KEPANJEN } },
    },
  });
  const storageKey = `lampiran/hapus-${p.id}`.toLowerCase();
  const pdf = Buffer.from("%PDF-1.4\n%%EOF\n");
  await fileStorage().put(storageKey, Readable.from([pdf]));
  await db.prisma.attachment.create({
    data: {
      proposalId: p.id,
      kind: "SUPPORTING_DOCUMENT",
      fileName: "dok.pdf",
      contentType: "application/pdf",
      sizeBytes: pdf.length,
      sha256: "0".repeat(64),
      storageKey,
    },
  });
  // The edition's required files too, so the draft may be sent (lib/proposals/completeness.ts).
  for (const kind of ["SK_DECREE", "PHOTO"] as const) {
    const key = `${storageKey}-${kind.toLowerCase()}`;
    await fileStorage().put(key, Readable.from([pdf]));
    await db.prisma.attachment.create({
      data: {
        proposalId: p.id,
        kind,
        fileName: `${kind.toLowerCase()}.pdf`,
        contentType: "application/pdf",
        sizeBytes: pdf.length,
        sha256: "0".repeat(64),
        storageKey: key,
      },
    });
  }
  return { ...p, storageKey };
}

const exists = async (id: string) => (await db.prisma.proposal.count({ where: { id } })) === 1;

describe("deleting a draft", () => {
  it("lets the owner unit's operator delete a never-sent draft, with its files, and audits it", async () => {
    const p = await kepanjenDraft();
    const r = await runAs(OPERATOR_KEPANJEN, () => deleteDraftAction({ proposalId: p.id }));
    expect(r).toMatchObject({ ok: true, message: `Draf "${p.title}" dihapus.` });
    expect(await exists(p.id)).toBe(false);
    expect(await fileStorage().get(p.storageKey)).toBeFalsy();
    const audit = await db.prisma.auditEntry.findFirst({ where: { action: "proposal.delete-draft", entityId: p.id } });
    expect(audit?.actorId).toBe(OPERATOR_KEPANJEN);
  });

  it("refuses once the draft has been sent, even after it came back", async () => {
    const p = await kepanjenDraft();
    expect((await runAs(OPERATOR_KEPANJEN, () => sendToUnitAdminAction({ proposalId: p.id }))).ok).toBe(true);
    const whileSent = await runAs(OPERATOR_KEPANJEN, () => deleteDraftAction({ proposalId: p.id }));
    expect(whileSent.ok).toBe(false);
    const back = await runAs("user-adminlokal-kabmalang", () =>
      returnToUnitAction({ proposalId: p.id, comment: "Lengkapi foto kegiatan." }),
    );
    expect(back.ok).toBe(true);
    const r = await runAs(OPERATOR_KEPANJEN, () => deleteDraftAction({ proposalId: p.id }));
    expect(r).toMatchObject({ ok: false, code: "CONFLICT", error: expect.stringContaining("sudah pernah dikirim") });
    expect(await exists(p.id)).toBe(true);
    expect(await fileStorage().get(p.storageKey)).toBeTruthy();
  });

  it("refuses an operator of another unit", async () => {
    const p = await kepanjenDraft();
    const r = await runAs(OPERATOR_KENDALKEREP, () => deleteDraftAction({ proposalId: p.id }));
    expect(r.ok).toBe(false);
    expect(await exists(p.id)).toBe(true);
  });
});
