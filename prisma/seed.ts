// npm run db:seed — the province's organisation tree, one demo edition and demo accounts.
// Idempotent: it only creates what is missing, so a second run changes nothing.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_EDITION, DEMO_PASSWORD, DEMO_USERS, SEED_UNITS, type SeedUnit } from "./seed-data";

export type SeedSummary = { unitsCreated: number; usersCreated: number; editionCreated: boolean };

function withPaths(units: SeedUnit[]) {
  const byId = new Map(units.map((u) => [u.id, u]));
  const pathOf = (u: SeedUnit): string[] => (u.parentId ? [...pathOf(byId.get(u.parentId)!), u.id] : [u.id]);
  return units.map((u) => {
    const ids = pathOf(u);
    return {
      id: u.id,
      kind: u.kind,
      name: u.name,
      shortName: u.shortName ?? null,
      regionCode: u.regionCode ?? null,
      parentId: u.parentId ?? null,
      isInstitution: u.isInstitution ?? false,
      path: `/${ids.join("/")}/`,
      depth: ids.length - 1,
    };
  });
}

export async function seed(prisma: PrismaClient, options: { withDemoUsers?: boolean } = {}): Promise<SeedSummary> {
  const units = withPaths(SEED_UNITS).sort((a, b) => a.depth - b.depth);
  const { count: unitsCreated } = await prisma.unit.createMany({ data: units, skipDuplicates: true });

  let usersCreated = 0;
  if (options.withDemoUsers ?? true) {
    const existing = new Set(
      (await prisma.user.findMany({ where: { id: { in: DEMO_USERS.map((u) => u.id) } }, select: { id: true } })).map(
        (u) => u.id,
      ),
    );
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    for (const u of DEMO_USERS.filter((d) => !existing.has(d.id))) {
      await prisma.user.create({
        data: {
          id: u.id,
          email: u.email,
          name: u.name,
          nip: "nip" in u ? u.nip : null,
          isAdmin: "isAdmin" in u ? u.isAdmin : false,
          status: "ACTIVE",
          passwordHash,
          passwordChangedAt: new Date(),
          memberships: "membership" in u && u.membership ? { create: [u.membership] } : undefined,
          judgeProfile: "judge" in u && u.judge ? { create: u.judge } : undefined,
        },
      });
      usersCreated++;
    }
  }

  const e = DEMO_EDITION;
  const editionExists = await prisma.edition.findUnique({ where: { year: e.year }, select: { id: true } });
  if (!editionExists) {
    await prisma.$transaction(async (tx) => {
      await tx.edition.create({
        data: {
          id: e.id,
          year: e.year,
          theme: e.theme,
          status: e.status,
          registrationOpensAt: e.registrationOpensAt,
          registrationClosesAt: e.registrationClosesAt,
          announcementAt: e.announcementAt,
          minImplementationMonths: e.minImplementationMonths,
          topN: e.topN,
          defaultQuota: e.defaultQuota,
          groups: { create: e.groups },
          categories: { create: e.categories.map((name, i) => ({ name, order: i + 1 })) },
          sections: {
            create: e.sections.map((s, i) => ({
              key: s.key,
              title: s.title,
              guidance: s.guidance,
              wordLimit: s.wordLimit,
              required: s.required ?? true,
              isPublic: s.isPublic ?? false,
              order: i + 1,
            })),
          },
          attachmentRequirements: { create: e.attachments },
          publication: { create: { publicProposalFields: ["title", "unit", "category", "group"] } },
        },
      });
      for (const r of e.rounds) {
        await tx.round.create({
          data: {
            editionId: e.id,
            order: r.order,
            kind: r.kind,
            name: r.name,
            weight: r.weight,
            opensAt: r.opensAt,
            closesAt: r.closesAt,
            judgesPerEntry: r.judgesPerEntry,
            normalisation: r.normalisation,
            advanceCount: r.advanceCount,
            criteria: { create: r.criteria.map((c, i) => ({ ...c, order: i + 1, scaleMin: 1, scaleMax: 10 })) },
          },
        });
      }
    });
  }
  return { unitsCreated, usersCreated, editionCreated: !editionExists };
}

async function main() {
  const { openDatabase, runMain } = await import("../scripts/lib/database");
  const { createPrismaClient } = await import("@/lib/db/client");
  runMain(async () => {
    const db = await openDatabase();
    const prisma = createPrismaClient(db.url);
    try {
      console.log(`Seed ke ${db.label}`);
      const s = await seed(prisma);
      console.log(
        `✔ Seed selesai: ${s.unitsCreated} unit baru, ${s.usersCreated} akun baru, ` +
          `${s.editionCreated ? "edisi " + DEMO_EDITION.year + " dibuat" : "edisi sudah ada"}.`,
      );
      console.log(`\nAkun demo (hanya untuk basis data demo), kata sandi semua: ${DEMO_PASSWORD}`);
      for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(40)} ${u.name}`);
    } finally {
      await prisma.$disconnect();
      await db.close();
    }
  });
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) void main();
