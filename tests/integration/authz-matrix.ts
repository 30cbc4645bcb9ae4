// Who may call what. tests/integration/authorization.test.ts finds every server action (the exports of
// lib/**/*actions.ts that carry an `actionName`) and every route handler (app/**/route.ts) and fails when one
// has no entry here, so a new action cannot ship without someone deciding who may use it.
//
// An entry gives a sample input that is valid for the allowed principals and, for resource-scoped actions,
// samples that lie outside a principal's scope (a Kota Malang resource for the admin lokal of Kabupaten
// Malang). The suite runs every principal and checks: allowed ones get past authorisation and validation;
// everyone else is refused with FORBIDDEN/UNAUTHENTICATED and nothing in the database changes.
import { Readable } from "node:stream";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { issueAccountToken } from "@/lib/auth/tokens";
import { dateToWibInput } from "@/lib/format/wib-input";
import { presetCriteria } from "@/lib/judging/rubric-presets";
import { fileStorage } from "@/lib/storage";
import { DEMO_EDITION, DEMO_PASSWORD, UNIT_IDS } from "@/prisma/seed-data";
import { NOMINATION_ACTIONS, prepareNominationFixtures, type NominationFixtures } from "./authz-nominations";
import { prepareScheduleFixtures, SCHEDULE_ACTIONS, type ScheduleFixtures } from "./authz-schedules";
import { prepareResultFixtures, RESULT_ACTIONS, RESULT_ROUTES, type ResultFixtures } from "./authz-results";
import { judgeFileRefusals, prepareScoreFixtures, SCORE_ACTIONS, type ScoreFixtures } from "./authz-scores";

export const PRINCIPALS = {
  signedOut: null,
  admin: "user-admin",
  adminLokal: "user-adminlokal-kabmalang",
  operator: "user-operator-kepanjen",
  judge: "user-juri",
} as const satisfies Record<string, string | null>;

export type Principal = keyof typeof PRINCIPALS;
export const ALL_PRINCIPALS = Object.keys(PRINCIPALS) as Principal[];
export const EVERYONE: readonly Principal[] = ALL_PRINCIPALS;
export const SIGNED_IN: readonly Principal[] = ["admin", "adminLokal", "operator", "judge"];
export const ADMIN_ONLY: readonly Principal[] = ["admin"];
export const ADMIN_AND_ADMIN_LOKAL: readonly Principal[] = ["admin", "adminLokal"];

/** Seeded ids plus a few rows the samples need, created once in the base database before it is copied. */
export type Fixtures = {
  units: typeof UNIT_IDS;
  /** Operator memberships of the two seeded operators. */
  kepanjenOperatorMembershipId: string;
  kendalkerepOperatorMembershipId: string;
  kotaMalangUnitAdminMembershipId: string;
  /** Operators invited but not yet active, one in each Malang. */
  invitedOperatorKabMalangId: string;
  invitedOperatorKabMalangMembershipId: string;
  invitedOperatorKotaMalangId: string;
  /** Clear invitation tokens of operators invited to Puskesmas Kepanjen, one per principal. */
  invitationTokens: Record<Principal, string>;
  failedNotificationId: string;
  pendingNotificationId: string;
  /** A draft announcement (public site). */
  announcementId: string;
  edition: {
    id: string;
    umumGroupId: string;
    categoryId: string;
    sectionId: string;
    attachmentRequirementId: string;
    rounds: { id: string; name: string }[];
  };
  /** Proposals of Puskesmas Kepanjen (Kabupaten Malang) and Puskesmas Kendalkerep (Kota Malang), by status. */
  proposals: Record<"kab" | "kota", { draft: string; review: string; correction: string; submitted: string }>;
  /** Attachments of the Kepanjen draft, one per principal that may read or delete; and one of the Kendalkerep draft. */
  attachments: { kab: Record<"admin" | "adminLokal" | "operator", string>; kota: string };
  /** The first round with two passed entries (Kabupaten and Kota Malang), the demo judge appointed and
   * assigned to the Kota one, and a conflict of the judge to lift. */
  judging: { roundId: string; kabEntry: string; kotaEntry: string; assignmentId: string; conflictId: string };
  /** The registration deadline the fixtures set (two months ahead), so the samples never depend on today's date. */
  registrationClosesAt: Date;
  /** The judge's desk round, entries and sheets (authz-scores.ts). */
  scores: ScoreFixtures;
  /** Judging setup: the judge principal is appointed to the first round (above), not to the second; the seeded
   * demo judge's appointment to the second round. */
  setup: { judgeRoundId: string; otherRoundId: string; demoJudgeAppointmentId: string };
  /** Schedules (authz-schedules.ts): the presentation round's panel and slot, a site-visit round. */
  schedules: ScheduleFixtures;
  /** Results, objections and certificates (authz-results.ts). */
  results: ResultFixtures;
  /** KIPP nominations and follow-ups (authz-nominations.ts). */
  nominations: NominationFixtures;
};

/** Invitees, one per principal, so each principal of a public token action has a token of its own. */
const INVITEES: Record<Principal, string> = {
  signedOut: "user-invited-kabmalang",
  admin: "user-invited-2",
  adminLokal: "user-invited-3",
  operator: "user-invited-4",
  judge: "user-invited-5",
};

export async function prepareFixtures(db: PrismaClient): Promise<Fixtures> {
  const membershipOf = async (userId: string, role: "OPERATOR" | "UNIT_ADMIN") =>
    (await db.membership.findFirstOrThrow({ where: { userId, role }, select: { id: true } })).id;
  const invite = (id: string, email: string, name: string, unitId: string) =>
    db.user.create({
      data: { id, email, name, status: "INVITED", memberships: { create: [{ unitId, role: "OPERATOR" }] } },
    });
  await invite(
    "user-invited-kotamalang",
    "undangan.kotamalang@kovablik.test",
    "Operator Undangan Kota Malang",
    UNIT_IDS.puskesmasKendalkerep,
  );
  const invitationTokens = {} as Record<Principal, string>;
  for (const [i, [principal, userId]] of Object.entries(INVITEES).entries()) {
    await invite(userId, `undangan.${i}@kovablik.test`, `Operator Undangan ${i}`, UNIT_IDS.puskesmasKepanjen);
    invitationTokens[principal as Principal] = await db.$transaction((tx) =>
      issueAccountToken(tx, userId, "INVITATION"),
    );
  }
  const failed = await db.notification.create({
    data: {
      recipientEmail: "operator.kepanjen@kovablik.test",
      recipientId: "user-operator-kepanjen",
      template: "test",
      subject: "Pesan gagal",
      body: "Isi",
      state: "FAILED",
      attempts: 8,
      lastError: "connect ECONNREFUSED",
    },
  });
  const pending = await db.notification.create({
    data: { recipientEmail: "juri@kovablik.test", template: "test", subject: "Pesan menunggu", body: "Isi" },
  });

  // ─── Edition and proposals ───
  const now = Date.now();
  const registrationClosesAt = new Date(now + 60 * 86_400_000);
  await db.edition.update({
    where: { id: DEMO_EDITION.id },
    data: {
      registrationOpensAt: new Date(now - 10 * 86_400_000),
      registrationClosesAt,
      announcementAt: new Date(now + 200 * 86_400_000),
    },
  });
  const edition = await db.edition.findUniqueOrThrow({
    where: { id: DEMO_EDITION.id },
    select: {
      groups: { where: { kind: "UMUM" }, select: { id: true } },
      categories: { select: { id: true }, orderBy: { order: "asc" }, take: 1 },
      sections: { select: { id: true, key: true }, orderBy: { order: "asc" } },
      attachmentRequirements: { where: { kind: "SUPPORTING_DOCUMENT" }, select: { id: true } },
      rounds: { select: { id: true, name: true }, orderBy: { order: "asc" } },
    },
  });
  let n = 0;
  const proposal = async (
    unitId: string,
    institutionId: string,
    status: "DRAFT" | "WITH_UNIT_ADMIN" | "RETURNED_FOR_CORRECTION" | "SUBMITTED" | "PASSED",
  ) => {
    const title = `Inovasi matriks ${++n} ${unitId.slice(-9)}`;
    const innovation = await db.innovation.create({ data: { unitId, name: title } });
    const p = await db.proposal.create({
      data: {
        editionId: DEMO_EDITION.id,
        innovationId: innovation.id,
        unitId,
        institutionId,
        title,
        status,
        implementationStartedOn: new Date("2024-01-15"),
        correctionDeadline: status === "RETURNED_FOR_CORRECTION" ? new Date(now + 7 * 86_400_000) : null,
        submittedAt: status === "SUBMITTED" ? new Date(now - 86_400_000) : null,
        answers: {
          create: edition.sections.map((sec) => ({
            sectionId: sec.id,
            text: "Jawaban yang cukup lengkap dan jelas.",
            wordCount: 6,
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
    return p.id;
  };
  const proposalsOf = async (unitId: string, institutionId: string) => ({
    draft: await proposal(unitId, institutionId, "DRAFT"),
    review: await proposal(unitId, institutionId, "WITH_UNIT_ADMIN"),
    correction: await proposal(unitId, institutionId, "RETURNED_FOR_CORRECTION"),
    submitted: await proposal(unitId, institutionId, "SUBMITTED"),
  });
  const proposals = {
    kab: await proposalsOf(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang),
    kota: await proposalsOf(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang),
  };
  const pdf = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  const attachment = async (proposalId: string, i: number) => {
    const storageKey = `lampiran/matriks-${proposalId}-${i}`.toLowerCase();
    await fileStorage().put(storageKey, Readable.from([pdf]));
    const a = await db.attachment.create({
      data: {
        proposalId,
        kind: "SUPPORTING_DOCUMENT",
        fileName: `dokumen-${i}.pdf`,
        contentType: "application/pdf",
        sizeBytes: pdf.length,
        sha256: "0".repeat(64),
        storageKey,
      },
    });
    return a.id;
  };
  // Three of the requirement's five files, so the upload samples still fit.
  const kabAttachments = {
    admin: await attachment(proposals.kab.draft, 1),
    adminLokal: await attachment(proposals.kab.draft, 2),
    operator: await attachment(proposals.kab.draft, 3),
  };
  // The edition's guidebook, so that removing it has something to remove.
  await fileStorage().put("juknis/matriks-guidebook", Readable.from([pdf]));
  await db.guidebook.create({
    data: {
      editionId: DEMO_EDITION.id,
      fileName: "juknis.pdf",
      sizeBytes: pdf.length,
      sha256: "0".repeat(64),
      storageKey: "juknis/matriks-guidebook",
    },
  });

  // ─── Judging: a round with entries, the demo judge, an assignment and a conflict ───
  const roundId = edition.rounds[0]!.id;
  const kabEntry = await proposal(UNIT_IDS.puskesmasKepanjen, UNIT_IDS.kabMalang, "PASSED");
  const kotaEntry = await proposal(UNIT_IDS.puskesmasKendalkerep, UNIT_IDS.kotaMalang, "PASSED");
  await db.roundEntry.createMany({ data: [kabEntry, kotaEntry].map((proposalId) => ({ roundId, proposalId })) });
  await db.judgeAppointment.upsert({
    where: { roundId_userId: { roundId, userId: PRINCIPALS.judge } },
    create: { roundId, userId: PRINCIPALS.judge },
    update: {},
  });
  const judgeAssignment = await db.assignment.create({
    data: { roundId, proposalId: kotaEntry, judgeId: PRINCIPALS.judge },
  });
  const judgeConflict = await db.conflict.create({
    data: {
      editionId: DEMO_EDITION.id,
      judgeId: PRINCIPALS.judge,
      unitId: UNIT_IDS.bankJatim,
      source: "ADMIN",
      reason: "Konflik uji matriks.",
    },
  });
  const demoJudge = await db.judgeAppointment.findUniqueOrThrow({
    where: { roundId_userId: { roundId: edition.rounds[1]!.id, userId: "user-juri-desk" } },
  });

  return {
    judging: { roundId, kabEntry, kotaEntry, assignmentId: judgeAssignment.id, conflictId: judgeConflict.id },
    units: UNIT_IDS,
    kepanjenOperatorMembershipId: await membershipOf("user-operator-kepanjen", "OPERATOR"),
    kendalkerepOperatorMembershipId: await membershipOf("user-operator-kendalkerep", "OPERATOR"),
    kotaMalangUnitAdminMembershipId: await membershipOf("user-adminlokal-kotamalang", "UNIT_ADMIN"),
    invitedOperatorKabMalangId: "user-invited-kabmalang",
    invitedOperatorKabMalangMembershipId: await membershipOf("user-invited-kabmalang", "OPERATOR"),
    invitedOperatorKotaMalangId: "user-invited-kotamalang",
    invitationTokens,
    failedNotificationId: failed.id,
    pendingNotificationId: pending.id,
    announcementId: (
      await db.announcement.create({ data: { title: "Pengumuman matriks", body: "Isi pengumuman matriks." } })
    ).id,
    edition: {
      id: DEMO_EDITION.id,
      umumGroupId: edition.groups[0]!.id,
      categoryId: edition.categories[0]!.id,
      sectionId: edition.sections[0]!.id,
      attachmentRequirementId: edition.attachmentRequirements[0]!.id,
      rounds: edition.rounds,
    },
    proposals,
    attachments: { kab: kabAttachments, kota: await attachment(proposals.kota.draft, 9) },
    registrationClosesAt,
    scores: await prepareScoreFixtures(db),
    setup: { judgeRoundId: roundId, otherRoundId: edition.rounds[1]!.id, demoJudgeAppointmentId: demoJudge.id },
    schedules: await prepareScheduleFixtures(db, kabEntry, kotaEntry),
    results: await prepareResultFixtures(db, kabEntry),
    nominations: await prepareNominationFixtures(db, kabEntry, kotaEntry),
  };
}

type Sample = (f: Fixtures, p: Principal) => unknown;

export type ActionCase = {
  /** Principals that may use the action (on the sample, which lies in their scope). Everyone else is refused. */
  allowed: readonly Principal[];
  /** A valid input; `p` lets samples differ per principal (e.g. distinct e-mail addresses). */
  input: Sample;
  /** Inputs outside the scope of some allowed principals: those principals must be refused on them. */
  outOfScope?: {
    principals: readonly Principal[];
    input: Sample;
    what: string;
    /** For ids that do not belong together: "no such thing here" is as good a refusal (nothing is written either way). */
    notFoundIsRefusal?: true;
  }[];
  /** Give every allowed principal its own fresh database (the sample consumes something, e.g. a token). */
  isolate?: boolean;
};

const NEW_PASSWORD = "Matriks#Uji2027";

export const ACTIONS: Record<string, ActionCase> = {
  // ─────────── Public site: announcements and public settings (admins; no unit scope) ───────────
  "announcements.save": {
    allowed: ADMIN_ONLY,
    input: () => ({ id: "", title: "Pengumuman uji matriks", body: "Isi pengumuman uji matriks.", editionYear: "" }),
  },
  "announcements.set-published": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.announcementId, publish: true }) },
  "announcements.remove": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.announcementId }) },
  "public-site.update-settings": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ editionId: f.edition.id, statisticsPublished: false, publicProposalFields: ["videoUrl"] }),
  },
  "public-site.update-entry": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      proposalId: f.proposals.kab.submitted,
      publicSummary: "Ringkasan publik uji.",
      publicHidden: false,
    }),
  },
  // ─────────── Audit log and outbox (admins) ───────────
  "audit.verify-chain": { allowed: ADMIN_ONLY, input: () => ({}) },
  "notifications.deliver-now": { allowed: ADMIN_ONLY, input: () => ({}) },
  "notifications.retry": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.failedNotificationId }) },

  // ─────────── Own account ───────────
  "accounts.change-password": {
    allowed: SIGNED_IN,
    input: () => ({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
  },
  "accounts.request-password-reset": { allowed: EVERYONE, input: () => ({ email: "operator.kepanjen@kovablik.test" }) },
  "accounts.request-sign-in-link": { allowed: EVERYONE, input: () => ({ email: "operator.kepanjen@kovablik.test" }) },
  "accounts.set-password": {
    allowed: EVERYONE,
    input: (f, p) => ({ token: f.invitationTokens[p], newPassword: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }),
  },

  // ─────────── Unit tree (admins) ───────────
  "units.create": {
    allowed: ADMIN_ONLY,
    input: () => ({
      kind: "SERVICE_UNIT",
      name: "Puskesmas Uji Matriks",
      regionCode: "",
      parentId: UNIT_IDS.dinkesKabMalang,
    }),
  },
  "units.rename": {
    allowed: ADMIN_ONLY,
    input: () => ({ unitId: UNIT_IDS.puskesmasKepanjen, name: "Puskesmas Kepanjen Uji" }),
  },
  "units.move": {
    allowed: ADMIN_ONLY,
    input: () => ({ unitId: UNIT_IDS.puskesmasKepanjen, parentId: "unit-3507-dukcapil" }),
  },
  "units.set-active": {
    allowed: ADMIN_ONLY,
    input: () => ({ unitId: "unit-3507-dukcapil", active: false, acknowledged: true }),
  },
  // Read-only; results are filtered to the actor's subtree (units.test.ts checks what comes back).
  "units.search-options": {
    allowed: ADMIN_AND_ADMIN_LOKAL,
    input: () => ({ q: "Malang", purpose: "membership", role: "OPERATOR" }),
  },

  // ─────────── Accounts (admins) ───────────
  "accounts.invite": {
    allowed: ADMIN_ONLY,
    input: () => ({
      name: "Operator Uji Matriks",
      email: "uji.matriks@kovablik.test",
      nip: "",
      phone: "",
      role: "OPERATOR",
      unitId: UNIT_IDS.puskesmasKepanjen,
      affiliation: "",
    }),
  },
  "accounts.update-profile": {
    allowed: ADMIN_ONLY,
    input: () => ({
      userId: "user-operator-kepanjen",
      name: "Operator Puskesmas Kepanjen",
      email: "operator.kepanjen@kovablik.test",
      nip: "",
      phone: "0812 3456 7890",
    }),
  },
  "accounts.set-enabled": {
    allowed: ADMIN_ONLY,
    input: () => ({ userId: "user-operator-kendalkerep", enabled: false }),
  },
  "accounts.resend-invitation": { allowed: ADMIN_ONLY, input: (f) => ({ userId: f.invitedOperatorKotaMalangId }) },
  "accounts.add-membership": {
    allowed: ADMIN_ONLY,
    input: () => ({ userId: "user-juri", role: "OPERATOR", unitId: UNIT_IDS.puskesmasKendalkerep }),
  },
  "accounts.end-membership": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ membershipId: f.kendalkerepOperatorMembershipId }),
  },

  // ─────────── Operator accounts (admin lokal in its subtree; admins anywhere) ───────────
  "accounts.invite-operator": {
    allowed: ADMIN_AND_ADMIN_LOKAL,
    input: (_f, p) => ({
      name: "Operator Baru Kepanjen",
      email: `operator.baru.${p.toLowerCase()}@kovablik.test`,
      nip: "",
      phone: "",
      unitId: UNIT_IDS.puskesmasKepanjen,
    }),
    outOfScope: [
      {
        principals: ["adminLokal"],
        what: "an operator for Puskesmas Kendalkerep (Kota Malang)",
        input: () => ({
          name: "Operator Titipan",
          email: "operator.titipan@kovablik.test",
          nip: "",
          phone: "",
          unitId: UNIT_IDS.puskesmasKendalkerep,
        }),
      },
      {
        principals: ["adminLokal"],
        what: "an operator for Dinas Kesehatan Provinsi (outside every regency)",
        input: () => ({
          name: "Operator Titipan",
          email: "operator.titipan2@kovablik.test",
          nip: "",
          phone: "",
          unitId: UNIT_IDS.dinkesProv,
        }),
      },
    ],
  },
  "accounts.set-operator-enabled": {
    allowed: ADMIN_AND_ADMIN_LOKAL,
    input: (f, p) => ({
      userId: p === "admin" ? "user-operator-kepanjen" : f.invitedOperatorKabMalangId,
      enabled: false,
    }),
    outOfScope: [
      {
        principals: ["adminLokal"],
        what: "the Kota Malang operator",
        input: () => ({ userId: "user-operator-kendalkerep", enabled: false }),
      },
      {
        principals: ["adminLokal"],
        what: "the Kota Malang admin lokal",
        input: () => ({ userId: "user-adminlokal-kotamalang", enabled: false }),
      },
      {
        principals: ["adminLokal"],
        what: "the province admin",
        input: () => ({ userId: "user-admin", enabled: false }),
      },
    ],
  },
  "accounts.resend-operator-invitation": {
    allowed: ADMIN_AND_ADMIN_LOKAL,
    input: (f) => ({ userId: f.invitedOperatorKabMalangId }),
    outOfScope: [
      {
        principals: ["adminLokal"],
        what: "the Kota Malang invitee",
        input: (f) => ({ userId: f.invitedOperatorKotaMalangId }),
      },
    ],
  },
  "accounts.end-operator-membership": {
    allowed: ADMIN_AND_ADMIN_LOKAL,
    input: (f, p) => ({
      membershipId: p === "admin" ? f.kepanjenOperatorMembershipId : f.invitedOperatorKabMalangMembershipId,
    }),
    outOfScope: [
      {
        principals: ["adminLokal"],
        what: "the Kota Malang operator's membership",
        input: (f) => ({ membershipId: f.kendalkerepOperatorMembershipId }),
      },
      {
        principals: ["adminLokal"],
        what: "the Kota Malang admin lokal's membership",
        input: (f) => ({ membershipId: f.kotaMalangUnitAdminMembershipId }),
      },
    ],
  },

  // ─────────── Edition setup (admins; no unit scope) ───────────
  "editions.create": {
    allowed: ADMIN_ONLY,
    input: () => ({ year: 2031, theme: "Tema edisi uji matriks", copyFromEditionId: "" }),
  },
  "editions.update": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      editionId: f.edition.id,
      theme: DEMO_EDITION.theme,
      status: "OPEN",
      registrationOpensAt: dateToWibInput(new Date(f.registrationClosesAt.getTime() - 70 * 86_400_000)),
      registrationClosesAt: dateToWibInput(f.registrationClosesAt),
      announcementAt: dateToWibInput(new Date(f.registrationClosesAt.getTime() + 100 * 86_400_000)),
      minImplementationMonths: 12,
      excludePreviousWinners: true,
      topN: 45,
      defaultQuota: 10,
      rounds: f.edition.rounds.map((r) => ({ id: r.id, name: r.name, opensAt: "", closesAt: "" })),
    }),
  },
  "editions.update-group": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      groupId: f.edition.umumGroupId,
      name: "Kelompok Umum",
      description: "Inovasi yang telah berjalan sekurang-kurangnya satu tahun.",
    }),
  },
  "editions.add-group": { allowed: ADMIN_ONLY, input: (f) => ({ editionId: f.edition.id, kind: "UMUM" }) },
  "editions.remove-group": { allowed: ADMIN_ONLY, input: (f) => ({ groupId: f.edition.umumGroupId }) },
  "editions.add-category": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ editionId: f.edition.id, name: "Kategori uji matriks", description: "" }),
  },
  "editions.update-category": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      categoryId: f.edition.categoryId,
      name: "Pelayanan Publik yang Inklusif",
      description: "Keterangan baru.",
    }),
  },
  "editions.move-category": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.edition.categoryId, direction: "down" }) },
  "editions.remove-category": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.edition.categoryId }) },
  "editions.set-quota": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ editionId: f.edition.id, institutionId: UNIT_IDS.kabMalang, maxProposals: 12 }),
  },
  "editions.add-section": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      editionId: f.edition.id,
      title: "Bagian uji matriks",
      guidance: "",
      wordLimit: 300,
      required: false,
      isPublic: false,
    }),
  },
  "editions.update-section": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      sectionId: f.edition.sectionId,
      title: "Ringkasan inovasi",
      guidance: "Gambaran singkat.",
      wordLimit: 200,
      required: true,
      isPublic: true,
    }),
  },
  "editions.move-section": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.edition.sectionId, direction: "down" }) },
  "editions.remove-section": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.edition.sectionId }) },
  "editions.add-attachment-requirement": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      editionId: f.edition.id,
      kind: "PRESENTATION",
      label: "Bahan presentasi",
      required: false,
      allowedContentTypes: ["application/pdf"],
      maxSizeMb: 10,
      maxFiles: 1,
    }),
  },
  "editions.update-attachment-requirement": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      requirementId: f.edition.attachmentRequirementId,
      kind: "SUPPORTING_DOCUMENT",
      label: "Dokumen pendukung",
      required: false,
      allowedContentTypes: ["application/pdf"],
      maxSizeMb: 20,
      maxFiles: 5,
    }),
  },
  "editions.remove-attachment-requirement": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ id: f.edition.attachmentRequirementId }),
  },

  // ─────────── Proposals: drafting (operator and admin lokal of the proposal's own subtree) ───────────
  "proposals.create": {
    allowed: ["admin", "adminLokal", "operator"],
    input: (_f, p) => ({ title: `Layanan baru uji matriks oleh ${p}`, unitId: UNIT_IDS.puskesmasKepanjen }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "a proposal for Puskesmas Kendalkerep (Kota Malang)",
        input: () => ({ title: "Usulan titipan lintas wilayah", unitId: UNIT_IDS.puskesmasKendalkerep }),
      },
    ],
  },
  "proposals.save-answer": {
    allowed: ["adminLokal", "operator"],
    input: (f) => ({
      proposalId: f.proposals.kab.draft,
      sectionId: f.edition.sectionId,
      baseVersion: 1,
      text: "Ringkasan baru yang ditulis ulang.",
    }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        input: (f) => ({
          proposalId: f.proposals.kota.draft,
          sectionId: f.edition.sectionId,
          baseVersion: 1,
          text: "Ditimpa orang lain.",
        }),
      },
    ],
  },
  "proposals.save-facts": {
    allowed: ["adminLokal", "operator"],
    input: (f) => ({
      proposalId: f.proposals.kab.draft,
      baseVersion: 1,
      facts: { title: "Inovasi matriks dengan judul baru" },
    }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        input: (f) => ({
          proposalId: f.proposals.kota.draft,
          baseVersion: 1,
          facts: { title: "Judul ditimpa orang lain" },
        }),
      },
    ],
  },
  "proposals.delete-draft": {
    allowed: ["adminLokal", "operator"],
    // A sent proposal (answered CONFLICT): deleting a fixture draft would remove files from the storage every
    // database copy shares. The success path is in tests/integration/proposal-deletion.test.ts.
    input: (f) => ({ proposalId: f.proposals.kab.review }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        input: (f) => ({ proposalId: f.proposals.kota.draft }),
      },
    ],
  },
  "proposals.delete-attachment": {
    allowed: ["adminLokal", "operator"],
    input: (f, p) => ({
      proposalId: f.proposals.kab.draft,
      attachmentId: f.attachments.kab[p === "adminLokal" ? "adminLokal" : "operator"],
    }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "an attachment of the Kota Malang draft",
        input: (f) => ({ proposalId: f.proposals.kota.draft, attachmentId: f.attachments.kota }),
      },
      // The attachment's own proposal decides, not the one named beside it.
      {
        principals: ["adminLokal", "operator"],
        what: "a Kota Malang attachment named with a Kepanjen proposal",
        input: (f) => ({ proposalId: f.proposals.kab.draft, attachmentId: f.attachments.kota }),
        notFoundIsRefusal: true,
      },
    ],
  },
  "proposals.search-innovations": {
    allowed: ["admin", "adminLokal", "operator"],
    input: (f) => ({ q: "Inovasi", proposalId: f.proposals.kab.draft }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        input: (f) => ({ q: "Inovasi", proposalId: f.proposals.kota.draft }),
      },
    ],
  },

  // ─────────── Proposals: the two-level submission ───────────
  "proposals.send-to-unit-admin": {
    allowed: ["adminLokal", "operator"],
    input: (f) => ({ proposalId: f.proposals.kab.draft }),
    isolate: true,
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        input: (f) => ({ proposalId: f.proposals.kota.draft }),
      },
    ],
  },
  "proposals.check-hand-off": {
    allowed: ["admin", "adminLokal", "operator"],
    input: (f) => ({ proposalId: f.proposals.kab.draft }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        input: (f) => ({ proposalId: f.proposals.kota.draft }),
      },
    ],
  },
  "proposals.return-to-unit": {
    allowed: ["adminLokal"],
    input: (f) => ({ proposalId: f.proposals.kab.review, comment: "Lengkapi data dampak." }),
    outOfScope: [
      {
        principals: ["adminLokal"],
        what: "a Kota Malang proposal under review",
        input: (f) => ({ proposalId: f.proposals.kota.review, comment: "Bukan wilayah saya." }),
      },
    ],
  },
  "proposals.submit-to-province": {
    allowed: ["adminLokal"],
    input: (f) => ({ proposalId: f.proposals.kab.review }),
    outOfScope: [
      {
        principals: ["adminLokal"],
        what: "a Kota Malang proposal under review",
        input: (f) => ({ proposalId: f.proposals.kota.review }),
      },
    ],
  },
  "proposals.withdraw": {
    allowed: ["adminLokal"],
    input: (f) => ({ proposalId: f.proposals.kab.review, comment: "Ditarik atas permintaan unit." }),
    outOfScope: [
      {
        principals: ["adminLokal"],
        what: "a Kota Malang proposal under review",
        input: (f) => ({ proposalId: f.proposals.kota.review, comment: "Bukan wilayah saya." }),
      },
    ],
  },
  "proposals.resubmit": {
    allowed: ["adminLokal", "operator"],
    input: (f) => ({ proposalId: f.proposals.kab.correction }),
    isolate: true,
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "a Kota Malang proposal returned for correction",
        input: (f) => ({ proposalId: f.proposals.kota.correction }),
      },
    ],
  },
  "proposals.grant-extension": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      proposalId: f.proposals.kab.draft,
      until: dateToWibInput(new Date(f.registrationClosesAt.getTime() + 7 * 86_400_000)),
      reason: "Gangguan jaringan di unit.",
    }),
  },
  "proposals.send-reminders": { allowed: ADMIN_ONLY, input: () => ({}) },

  // ─────────── Judging progress (admins) ───────────
  // Round 1 is open in the fixtures (authz-scores.ts) with sheets owed, so the admin's call sends reminders.
  "judging.remind-judges": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: f.edition.rounds[0]!.id }) },
  "judging.enrol-entries": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: f.edition.rounds[0]!.id }) },

  // ─────────── Ranking (admins); round 1 is open, so the services answer CONFLICT past authorisation ───────────
  "ranking.update-settings": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.edition.rounds[0]!.id, divergenceThreshold: 25, minSheetsPerJudge: 3 }),
  },
  "ranking.consolidate": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.edition.rounds[0]!.id,
      proposalId: f.proposals.kab.submitted,
      outcome: "STANDS",
      note: "Panel membahas dan nilai tetap.",
    }),
  },
  "ranking.correct-score": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.edition.rounds[0]!.id,
      sheetId: "lembar-tidak-ada",
      criterionId: "kriteria-tidak-ada",
      value: 7,
      reason: "Salah ketik yang dikonfirmasi juri.",
    }),
  },
  "ranking.seal-round": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: f.edition.rounds[0]!.id }) },
  "ranking.advance": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.edition.rounds[0]!.id, rule: "TOP_N", topN: 1 }),
  },
  "ranking.preview-advance": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.edition.rounds[0]!.id, rule: "TOP_N", topN: 1 }),
  },

  // ─────────── Administrative check (admins) ───────────
  "admin-check.decide": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      proposalId: f.proposals.kab.submitted,
      version: 1,
      outcome: "PASS",
      reason: "",
      correctionDeadline: "",
      items: [
        "innovation_age",
        "duplicate_title",
        "previous_winner",
        "attachments",
        "sections",
        "sk_valid",
        "video_reachable",
        "answers_substantive",
      ].map((key) => ({ key, result: "pass", note: "" })),
    }),
  },

  // ─────────── Judging: the judge's score sheet (authz-scores.ts) ───────────
  ...SCORE_ACTIONS,

  // ─────────── Schedules of presentation and site-visit rounds (admins; authz-schedules.ts) ───────────
  ...SCHEDULE_ACTIONS,
  ...RESULT_ACTIONS,

  // ─────────── KIPP nominations (admins) and follow-up reports (unit users; authz-nominations.ts) ───────────
  ...NOMINATION_ACTIONS,

  // ─────────── Judging setup (admins; no unit scope) ───────────
  "judging.add-round": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      editionId: f.edition.id,
      name: "Babak Uji Matriks",
      kind: "SITE_VISIT",
      opensAt: "",
      closesAt: "",
      sharePercent: 0,
      preset: "KOVABLIK_DESK",
    }),
  },
  "judging.update-round": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.setup.judgeRoundId,
      name: "Presentasi dan Wawancara",
      kind: "PRESENTATION_INTERVIEW",
      opensAt: "",
      closesAt: "",
      entrySource: "PREVIOUS_ROUND",
      panelMode: true,
      judgesPerEntry: 5,
      sharePercent: 30,
      normalisation: "NONE",
      anonymised: false,
      advanceCount: null,
    }),
  },
  "judging.move-round": { allowed: ADMIN_ONLY, input: (f) => ({ id: f.setup.judgeRoundId, direction: "up" }) },
  "judging.remove-round": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: f.setup.judgeRoundId }) },
  "judging.open-round": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: f.setup.otherRoundId }) },
  "judging.close-round": { allowed: ADMIN_ONLY, input: (f) => ({ roundId: f.setup.otherRoundId }) },
  "judging.save-rubric": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.setup.judgeRoundId, criteria: presetCriteria("KOVABLIK_PRESENTATION") }),
  },
  "judging.appoint-judge": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.setup.otherRoundId,
      userId: "user-juri",
      loadCap: 10,
      categoryIds: [f.edition.categoryId],
    }),
  },
  "judging.invite-judge": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.setup.otherRoundId,
      name: "Juri Uji Matriks",
      email: "juri.matriks@kovablik.test",
      affiliation: "",
      loadCap: null,
      categoryIds: [],
    }),
  },
  "judging.update-appointment": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ appointmentId: f.setup.demoJudgeAppointmentId, loadCap: 15, categoryIds: [f.edition.categoryId] }),
  },
  "judging.remove-appointment": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ appointmentId: f.setup.demoJudgeAppointmentId }),
  },

  // ─────────── The judge's declarations (a judge, on a round they are appointed to) ───────────
  "judging.sign-declaration": {
    allowed: ["judge"],
    input: (f) => ({ roundId: f.setup.judgeRoundId, agreed: true }),
    outOfScope: [
      {
        principals: ["judge"],
        what: "a round the judge is not appointed to",
        input: (f) => ({ roundId: f.setup.otherRoundId, agreed: true }),
        notFoundIsRefusal: true,
      },
    ],
  },
  "judging.declare-conflict": {
    allowed: ["judge"],
    input: (f) => ({
      roundId: f.setup.judgeRoundId,
      target: "INSTITUTION",
      proposalId: "",
      unitId: UNIT_IDS.kotaMalang,
      reason: "Saya pernah bekerja di Pemerintah Kota Malang.",
    }),
    outOfScope: [
      {
        principals: ["judge"],
        what: "a round the judge is not appointed to",
        input: (f) => ({
          roundId: f.setup.otherRoundId,
          target: "INSTITUTION",
          proposalId: "",
          unitId: UNIT_IDS.kotaMalang,
          reason: "Mencoba babak juri lain.",
        }),
        notFoundIsRefusal: true,
      },
    ],
  },
};

// ─────────── Judging: conflicts and assignments of a round (admins) ───────────
Object.assign(ACTIONS, {
  "judging.add-conflict": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.judging.roundId,
      judgeId: PRINCIPALS.judge,
      target: "ENTRY",
      proposalId: f.judging.kabEntry,
      unitId: "",
      reason: "Kerabat inovator.",
    }),
  },
  "judging.lift-conflict": {
    allowed: ADMIN_ONLY,
    input: (f) => ({
      roundId: f.judging.roundId,
      conflictId: f.judging.conflictId,
      reason: "Keliru dicatat, diverifikasi.",
    }),
  },
  // A fingerprint that matches no preview: the allowed call reaches the service and is refused as stale.
  "judging.commit-assignment": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.judging.roundId, basis: "0".repeat(64) }),
  },
  "judging.add-assignment": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.judging.roundId, proposalId: f.judging.kabEntry, judgeId: PRINCIPALS.judge }),
  },
  "judging.remove-assignment": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.judging.roundId, assignmentId: f.judging.assignmentId }),
  },
  "judging.release-judge": {
    allowed: ADMIN_ONLY,
    input: (f) => ({ roundId: f.judging.roundId, judgeId: PRINCIPALS.judge, reason: "Mengundurkan diri." }),
  },
} satisfies Record<string, ActionCase>);

// ─────────── Route handlers ───────────

export type RouteCase =
  | { public: true; why: string }
  | {
      public?: false;
      allowed: readonly Principal[];
      request: (f: Fixtures) => Request;
      params?: (f: Fixtures) => Record<string, string | string[]>;
      outOfScope?: {
        principals: readonly Principal[];
        request: (f: Fixtures) => Request;
        params?: (f: Fixtures) => Record<string, string | string[]>;
        what: string;
      }[];
    };

/** Keyed "METHOD /path" with the route's folder path, dynamic segments as written ("/api/x/[id]"). */
export const ROUTES: Record<string, RouteCase> = {
  ...RESULT_ROUTES,
  "GET /api/health": { public: true, why: "liveness probe for load balancers; reveals only ok/unavailable" },
  "GET /api/auth/[...nextauth]": { public: true, why: "next-auth: sign-in, session and CSRF endpoints" },
  "POST /api/auth/[...nextauth]": { public: true, why: "next-auth: credentials sign-in and sign-out" },
  "POST /api/jadwal": {
    public: true,
    why: "scheduler endpoint: no session, authenticated by the KOVABLIK_CRON_SECRET bearer token (tests/integration/scheduled-jobs.test.ts)",
  },

  // The edition's guidebook (juknis): the secretariat uploads, replaces and removes it; everyone downloads it.
  "GET /api/juknis/[year]": {
    public: true,
    why: "the guidebook of a published edition, for every visitor (tests/integration/guidebooks.test.ts)",
  },
  "POST /api/juknis/[year]": {
    allowed: ADMIN_ONLY,
    request: () => uploadGuidebookRequest(),
    params: () => ({ year: String(DEMO_EDITION.year) }),
  },
  "DELETE /api/juknis/[year]": {
    allowed: ADMIN_ONLY,
    request: () => new Request(`http://localhost/api/juknis/${DEMO_EDITION.year}`, { method: "DELETE" }),
    params: () => ({ year: String(DEMO_EDITION.year) }),
  },
  // The province overview as CSV/XLSX: the secretariat only.
  "GET /api/admin/usulan/ekspor": {
    allowed: ["admin"],
    request: () => new Request("http://localhost/api/admin/usulan/ekspor?format=csv"),
  },
  "GET /api/admin/penjurian/[roundId]/jadwal": {
    allowed: ADMIN_ONLY,
    request: (f) =>
      new Request(`http://localhost/api/admin/penjurian/${f.schedules.presentationRoundId}/jadwal?format=csv`),
    params: (f) => ({ roundId: f.schedules.presentationRoundId }),
  },
  "GET /api/admin/penjurian/[roundId]/progres": {
    allowed: ADMIN_ONLY,
    request: (f) => new Request(`http://localhost/api/admin/penjurian/${f.edition.rounds[0]!.id}/progres?format=csv`),
    params: (f) => ({ roundId: f.edition.rounds[0]!.id }),
  },
  "GET /api/admin/penjurian/[roundId]/peringkat": {
    allowed: ADMIN_ONLY,
    request: (f) => new Request(`http://localhost/api/admin/penjurian/${f.edition.rounds[0]!.id}/peringkat?format=csv`),
    params: (f) => ({ roundId: f.edition.rounds[0]!.id }),
  },
  "GET /api/admin/peringkat": {
    allowed: ADMIN_ONLY,
    request: () => new Request("http://localhost/api/admin/peringkat?format=csv"),
  },
  "GET /api/admin/penjurian/[roundId]/berita-acara": {
    allowed: ADMIN_ONLY,
    request: (f) => new Request(`http://localhost/api/admin/penjurian/${f.edition.rounds[0]!.id}/berita-acara`),
    params: (f) => ({ roundId: f.edition.rounds[0]!.id }),
  },

  // KIPP dossier (the secretariat only) and open data (everyone, published results only).
  "GET /api/admin/kipp/[nominationId]/berkas": {
    allowed: ADMIN_ONLY,
    request: (f) => new Request(`http://localhost/api/admin/kipp/${f.nominations.nominationId}/berkas`),
    params: (f) => ({ nominationId: f.nominations.nominationId }),
  },
  "GET /publik/[lang]/inovasi/data.json": {
    public: true,
    why: "the public gallery's published finalists and winners, read through lib/public-site/visibility.ts (cached like the public pages, decision 016)",
  },
  "GET /publik/[lang]/inovasi/[id]/foto/[photoId]": {
    public: true,
    why: "a published photo of a public entry, only while its edition publishes photos, read through lib/public-site/visibility.ts (tests/integration/public-site-photos.test.ts)",
  },
  "GET /data/[file]": {
    public: true,
    why: "open data: the published results under CC BY 4.0, read through lib/public-site/visibility.ts (tests/integration/open-data.test.ts)",
  },

  // Proposal files and autosave: readers of the proposal's own subtree (and admins) only.
  "GET /api/usulan/[id]/pdf": {
    allowed: ["admin", "adminLokal", "operator"],
    request: (f) => new Request(`http://localhost/api/usulan/${f.proposals.kab.draft}/pdf`),
    params: (f) => ({ id: f.proposals.kab.draft }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        request: (f) => new Request(`http://localhost/api/usulan/${f.proposals.kota.draft}/pdf`),
        params: (f) => ({ id: f.proposals.kota.draft }),
      },
    ],
  },
  // Also a judge, for the entries they score (a Kepanjen entry assigned to them): nothing else.
  "GET /api/usulan/[id]/lampiran/[attachmentId]": {
    allowed: ["admin", "adminLokal", "operator", "judge"],
    request: (f) => fileRequest(f.scores.draft.proposalId, f.scores.draft.attachmentId),
    params: (f) => ({ id: f.scores.draft.proposalId, attachmentId: f.scores.draft.attachmentId }),
    outOfScope: [
      ...judgeFileRefusals(fileRequest),
      {
        principals: ["judge"],
        what: "a file of a draft no judge is assigned to",
        request: (f) => fileRequest(f.proposals.kab.draft, f.attachments.kab.admin),
        params: (f) => ({ id: f.proposals.kab.draft, attachmentId: f.attachments.kab.admin }),
      },
      {
        principals: ["adminLokal", "operator"],
        what: "a Kota Malang attachment",
        request: (f) =>
          new Request(`http://localhost/api/usulan/${f.proposals.kota.draft}/lampiran/${f.attachments.kota}`),
        params: (f) => ({ id: f.proposals.kota.draft, attachmentId: f.attachments.kota }),
      },
    ],
  },
  "POST /api/usulan/[id]/lampiran": {
    allowed: ["adminLokal", "operator"],
    request: (f) => upload(f.proposals.kab.draft),
    params: (f) => ({ id: f.proposals.kab.draft }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        request: (f) => upload(f.proposals.kota.draft),
        params: (f) => ({ id: f.proposals.kota.draft }),
      },
    ],
  },
  "PUT /api/usulan/[id]/bagian/[sectionId]": {
    allowed: ["adminLokal", "operator"],
    request: (f) => saveSection(f.proposals.kab.draft, f.edition.sectionId),
    params: (f) => ({ id: f.proposals.kab.draft, sectionId: f.edition.sectionId }),
    outOfScope: [
      {
        principals: ["adminLokal", "operator"],
        what: "the Kota Malang draft",
        request: (f) => saveSection(f.proposals.kota.draft, f.edition.sectionId),
        params: (f) => ({ id: f.proposals.kota.draft, sectionId: f.edition.sectionId }),
      },
    ],
  },
};

function fileRequest(proposalId: string, attachmentId: string): Request {
  return new Request(`http://localhost/api/usulan/${proposalId}/lampiran/${attachmentId}`);
}

function upload(proposalId: string): Request {
  const body = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  return new Request(`http://localhost/api/usulan/${proposalId}/lampiran?jenis=SUPPORTING_DOCUMENT`, {
    method: "POST",
    headers: {
      "x-file-name": "dokumen-uji.pdf",
      "content-type": "application/pdf",
      "content-length": String(body.length),
    },
    body,
  });
}

function uploadGuidebookRequest(): Request {
  const body = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
  return new Request(`http://localhost/api/juknis/${DEMO_EDITION.year}`, {
    method: "POST",
    headers: {
      "x-file-name": "juknis-2027.pdf",
      "content-type": "application/octet-stream",
      "content-length": String(body.length),
    },
    body,
  });
}

function saveSection(proposalId: string, sectionId: string): Request {
  return new Request(`http://localhost/api/usulan/${proposalId}/bagian/${sectionId}`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ baseVersion: 1, text: "Ringkasan yang disimpan lewat HTTP." }),
  });
}
