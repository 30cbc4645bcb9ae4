// Results in the authorisation matrix (issue 12): fixtures and entries, kept apart from authz-matrix.ts.
// The base database holds edition 2026 with a confirmed, published result (lines for a Kepanjen and a Kendalkerep
// entry, each with a certificate code, and the minutes in file storage), its objection window over, and a pending
// objection the Kepanjen operator lodged with an evidence file; and a draft result of the demo edition with one
// line and one award.
import { Readable } from "node:stream";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { fileStorage } from "@/lib/storage";
import { DEMO_EDITION, UNIT_IDS } from "@/prisma/seed-data";
import type { ActionCase, Fixtures, Principal, RouteCase } from "./authz-matrix";

const ADMIN_ONLY: readonly Principal[] = ["admin"];
const UNITS: readonly Principal[] = ["adminLokal", "operator"];
const DAY = 86_400_000;
const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
export const RESULTS_YEAR = 2026;

export type ResultFixtures = {
  confirmedId: string;
  draftId: string;
  awardId: string;
  kabCode: string;
  kotaCode: string;
  kotaProposalId: string;
  objectionId: string;
};

export async function prepareResultFixtures(db: PrismaClient, demoEntry: string): Promise<ResultFixtures> {
  const now = Date.now();
  const edition = await db.edition.create({
    data: { year: RESULTS_YEAR, theme: "Matriks hasil", status: "ANNOUNCED" },
  });
  const entry = async (unitId: string, institutionId: string, title: string) => {
    const innovation = await db.innovation.create({ data: { unitId, name: title } });
    return (
      await db.proposal.create({
        data: { editionId: edition.id, innovationId: innovation.id, unitId, institutionId, title, status: "PASSED" },
      })
    ).id;
  };
  const kab = await entry(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang, "Hasil matriks Kepanjen");
  const kota = await entry(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang, "Hasil matriks Kendalkerep");
  await fileStorage().put("hasil/matriks-berita-acara", Readable.from([PDF]));
  await fileStorage().put("sanggahan/matriks-bukti", Readable.from([PDF]));
  const confirmed = await db.result.create({
    data: {
      editionId: edition.id,
      version: 1,
      confirmedAt: new Date(now - 4 * DAY),
      confirmedById: "user-admin",
      minutesKey: "hasil/matriks-berita-acara",
      publishedAt: new Date(now - 3 * DAY),
      lines: {
        create: [
          { proposalId: kab, rank: 1, finalScore: 90, tier: "TOP_N", certificateCode: "MTRK-KAB0-0001" },
          { proposalId: kota, rank: 2, finalScore: 80, tier: "TOP_N", certificateCode: "MTRK-K0TA-0002" },
        ],
      },
    },
  });
  await db.publication.create({
    data: {
      editionId: edition.id,
      finalistsPublishedAt: new Date(now - 10 * DAY),
      objectionOpensAt: new Date(now - 10 * DAY),
      objectionClosesAt: new Date(now - 5 * DAY),
      winnersPublishedAt: new Date(now - 3 * DAY),
    },
  });
  const objection = await db.objection.create({
    data: {
      editionId: edition.id,
      proposalId: kota,
      lodgedById: "user-operator-kepanjen",
      unitId: UNIT_IDS.puskesmasKepanjen,
      reason: "Sanggahan uji matriks dengan alasan yang cukup panjang.",
      evidenceKey: "sanggahan/matriks-bukti",
      evidenceFileName: "bukti.pdf",
      evidenceType: "application/pdf",
      lodgedAt: new Date(now - 8 * DAY),
    },
  });
  const draft = await db.result.create({
    data: {
      editionId: DEMO_EDITION.id,
      version: 1,
      lines: {
        create: [{ proposalId: demoEntry, rank: 1, finalScore: 88, tier: "TOP_N", certificateCode: "MTRK-DRAF-0003" }],
      },
    },
  });
  const award = await db.award.create({
    data: {
      editionId: DEMO_EDITION.id,
      resultId: draft.id,
      name: "Terbaik 1",
      order: 1,
      proposalId: demoEntry,
      certificateCode: "MTRK-AWRD-0004",
    },
  });
  return {
    confirmedId: confirmed.id,
    draftId: draft.id,
    awardId: award.id,
    kabCode: "MTRK-KAB0-0001",
    kotaCode: "MTRK-K0TA-0002",
    kotaProposalId: kota,
    objectionId: objection.id,
  };
}

const unitOf = (p: Principal) => (p === "adminLokal" ? UNIT_IDS.kabMalang : UNIT_IDS.puskesmasKepanjen);

export const RESULT_ACTIONS: Record<string, ActionCase> = {
  // The secretariat's results actions: admin-only, no unit scope.
  "results.assemble-draft": { allowed: ADMIN_ONLY, input: () => ({ year: DEMO_EDITION.year }) },
  "results.add-award": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ resultId: f.results.draftId, proposalId: f.judging.kabEntry, name: "Replikasi Terbaik" }),
  },
  "results.remove-award": { allowed: ADMIN_ONLY, input: (f) => ({ awardId: f.results.awardId }) },
  "results.start-correction": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ resultId: f.results.confirmedId, reason: "Koreksi uji matriks dengan alasan." }),
  },
  "results.announce-finalists": { allowed: ADMIN_ONLY, input: () => ({ year: DEMO_EDITION.year, days: 5 }) },
  "results.publish-winners": { allowed: ADMIN_ONLY, input: () => ({ year: RESULTS_YEAR }) },
  "results.decide-objection": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      objectionId: f.results.objectionId,
      decision: "REJECTED",
      note: "Tidak terbukti setelah diperiksa.",
    }),
  },
  // Units object for a unit of their own; the window of the sample is over, so the service answers DEADLINE.
  "results.lodge-objection": {
    allowed: UNITS,
    input: (f, p) => ({
      proposalId: f.results.kotaProposalId,
      unitId: unitOf(p),
      reason: "Sanggahan uji matriks dengan alasan yang cukup panjang.",
    }),
    outOfScope: [
      {
        principals: UNITS,
        what: "objecting for a Kota Malang unit",
        input: (f) => ({
          proposalId: f.results.kotaProposalId,
          unitId: UNIT_IDS.puskesmasKendalkerep,
          reason: "Sanggahan atas nama unit lain yang bukan miliknya.",
        }),
      },
    ],
  },
};

const pdfRequest = (url: string) =>
  new Request(url, {
    method: "POST",
    headers: {
      "x-file-name": "berkas.pdf",
      "content-type": "application/octet-stream",
      "content-length": String(PDF.length),
    },
    body: PDF,
  });

export const RESULT_ROUTES: Record<string, RouteCase> = {
  "POST /api/admin/hasil/[resultId]/konfirmasi": {
    allowed: ADMIN_ONLY,
    request: (f: Fixtures) => pdfRequest(`http://localhost/api/admin/hasil/${f.results.draftId}/konfirmasi`),
    params: (f: Fixtures) => ({ resultId: f.results.draftId }),
  },
  "GET /api/admin/hasil/[resultId]/berita-acara": {
    allowed: ADMIN_ONLY,
    request: (f: Fixtures) => new Request(`http://localhost/api/admin/hasil/${f.results.confirmedId}/berita-acara`),
    params: (f: Fixtures) => ({ resultId: f.results.confirmedId }),
  },
  // The evidence: the secretariat and the objector (the Kepanjen operator) only; not even the objector's admin lokal.
  "GET /api/sanggahan/[id]/bukti": {
    allowed: ["admin", "operator"],
    request: (f: Fixtures) => new Request(`http://localhost/api/sanggahan/${f.results.objectionId}/bukti`),
    params: (f: Fixtures) => ({ id: f.results.objectionId }),
  },
  "POST /api/sanggahan/[id]/bukti": {
    allowed: ["operator"],
    request: (f: Fixtures) => pdfRequest(`http://localhost/api/sanggahan/${f.results.objectionId}/bukti`),
    params: (f: Fixtures) => ({ id: f.results.objectionId }),
  },
  // Certificates: the secretariat and the entry's own unit subtree.
  "GET /api/sertifikat/[code]": {
    allowed: ["admin", "adminLokal", "operator"],
    request: (f: Fixtures) => new Request(`http://localhost/api/sertifikat/${f.results.kabCode}`),
    params: (f: Fixtures) => ({ code: f.results.kabCode }),
    outOfScope: [
      {
        principals: UNITS,
        what: "a Kota Malang entry's certificate",
        request: (f: Fixtures) => new Request(`http://localhost/api/sertifikat/${f.results.kotaCode}`),
        params: (f: Fixtures) => ({ code: f.results.kotaCode }),
      },
    ],
  },
};
