// npm run db:seed — the province's organisation tree, one demo edition, and the demo accounts where they
// belong (see wantsDemoAccounts). Idempotent: it only creates what is missing, so a second run changes
// nothing. `-- --admin <email> <name>` creates a server's first admin; `-- --disable-demo` disables demo accounts.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { DEMO_APPOINTMENTS, DEMO_EDITION, DEMO_PASSWORD, DEMO_USERS, SEED_UNITS, type SeedUnit } from "./seed-data";

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
  if (options.withDemoUsers ?? true) await seedDemoAppointments(prisma);
  return { unitsCreated, usersCreated, editionCreated: !editionExists };
}

/** The demo judges' appointments, only where both the judge and the round exist and not yet appointed. */
async function seedDemoAppointments(prisma: PrismaClient) {
  for (const a of DEMO_APPOINTMENTS) {
    const round = await prisma.round.findUnique({
      where: { editionId_order: { editionId: DEMO_EDITION.id, order: a.roundOrder } },
      select: { id: true },
    });
    const judge = await prisma.user.findUnique({ where: { id: a.userId }, select: { id: true } });
    if (!round || !judge) continue;
    const exists = await prisma.judgeAppointment.findUnique({
      where: { roundId_userId: { roundId: round.id, userId: a.userId } },
    });
    if (exists) continue;
    const categories = await prisma.category.findMany({
      where: { editionId: DEMO_EDITION.id, order: { in: a.expertiseCategoryOrders } },
      select: { id: true },
    });
    await prisma.judgeAppointment.create({
      data: { roundId: round.id, userId: a.userId, loadCap: a.loadCap, expertise: { connect: categories } },
    });
  }
}

/**
 * Whether `npm run db:seed` creates the demo accounts: on the embedded demo database, or when asked for
 * explicitly (`--demo` or KOVABLIK_SEED_DEMO=1). Never by default on a server: their password is public.
 */
export function wantsDemoAccounts(argv: string[], env: Record<string, string | undefined> = process.env): boolean {
  return argv.includes("--demo") || env.KOVABLIK_SEED_DEMO === "1" || !env.DATABASE_URL;
}

/** Disables every active demo account that still has the published password; returns their e-mails. */
export async function disableDemoAccounts(prisma: PrismaClient): Promise<string[]> {
  const { activeDemoAccounts } = await import("@/lib/auth/demo-accounts");
  const emails = await activeDemoAccounts(prisma);
  // A new session version ends their open sessions at the next request.
  await prisma.user.updateMany({
    where: { email: { in: emails } },
    data: { status: "DISABLED", sessionVersion: { increment: 1 } },
  });
  return emails;
}

/** The first real admin of a server: an active account with a random password shown once. */
export async function createAdmin(prisma: PrismaClient, email: string, name: string): Promise<string | null> {
  const normalised = email.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(normalised)) throw new Error(`Alamat e-mail tidak valid: ${email}`);
  if (await prisma.user.findUnique({ where: { email: normalised }, select: { id: true } })) return null;
  const { randomBytes } = await import("node:crypto");
  const password = `${randomBytes(12).toString("base64url")}-7a`;
  await prisma.user.create({
    data: {
      email: normalised,
      name: name.trim() || "Admin Biro Organisasi",
      isAdmin: true,
      status: "ACTIVE",
      passwordHash: await hashPassword(password),
      passwordChangedAt: new Date(),
    },
  });
  return password;
}

async function main() {
  const { openDatabase, runMain } = await import("../scripts/lib/database");
  const { createPrismaClient } = await import("@/lib/db/client");
  const argv = process.argv.slice(2);
  runMain(async () => {
    const db = await openDatabase();
    const prisma = createPrismaClient(db.url);
    try {
      if (argv[0] === "--disable-demo") {
        const emails = await disableDemoAccounts(prisma);
        console.log(emails.length ? `✔ Akun demo dinonaktifkan: ${emails.join(", ")}` : "✔ Tidak ada akun demo aktif.");
        return;
      }
      if (argv[0] === "--admin") {
        const [email, ...name] = argv.slice(1);
        if (!email) throw new Error('Pakai: npm run db:seed -- --admin email@instansi.go.id "Nama Lengkap"');
        const password = await createAdmin(prisma, email, name.join(" "));
        if (!password) throw new Error(`Akun ${email} sudah ada; tidak ada yang diubah.`);
        console.log(
          `✔ Admin ${email.trim().toLowerCase()} dibuat. Kata sandi sementara (hanya ditampilkan sekali, segera ganti): ${password}`,
        );
        return;
      }
      const withDemoUsers = wantsDemoAccounts(argv);
      console.log(`Seed ke ${db.label}`);
      const s = await seed(prisma, { withDemoUsers });
      console.log(
        `✔ Seed selesai: ${s.unitsCreated} unit baru, ${s.usersCreated} akun baru, ` +
          `${s.editionCreated ? "edisi " + DEMO_EDITION.year + " dibuat" : "edisi sudah ada"}.`,
      );
      if (!withDemoUsers) {
        console.log('Tanpa akun demo. Admin pertama: npm run db:seed -- --admin email@instansi.go.id "Nama"');
        return;
      }
      console.log(`\nAkun demo (hanya untuk basis data demo), kata sandi semua: ${DEMO_PASSWORD}`);
      for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(40)} ${u.name}`);
      if (process.env.DATABASE_URL && process.env.KOVABLIK_ALLOW_DEMO !== "1") {
        console.log("⚠ Di basis data server, portal menolak berjalan selama akun demo ini aktif (lihat README).");
      }
    } finally {
      await prisma.$disconnect();
      await db.close();
    }
  });
}

if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) void main();
