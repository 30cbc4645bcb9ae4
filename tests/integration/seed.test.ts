import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/prisma/seed";
import { DEMO_USERS } from "@/prisma/seed-data";
import { migratedDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function snapshot() {
  const p = db.prisma;
  return {
    units: await p.unit.findMany({ orderBy: { id: "asc" } }),
    users: await p.user.findMany({ orderBy: { id: "asc" } }),
    memberships: await p.membership.findMany({ orderBy: { id: "asc" } }),
    editions: await p.edition.findMany({
      include: {
        groups: true,
        categories: true,
        sections: true,
        attachmentRequirements: true,
        rounds: { include: { criteria: true } },
      },
    }),
  };
}

describe("npm run db:seed", () => {
  it("creates the province, its 29 kabupaten and 9 kota with their region codes, and keeps twin names apart", async () => {
    const first = await seed(db.prisma);
    expect(first.editionCreated).toBe(true);
    const regions = await db.prisma.unit.findMany({ where: { kind: { in: ["KABUPATEN", "KOTA"] } } });
    expect(regions.filter((u) => u.kind === "KABUPATEN")).toHaveLength(29);
    expect(regions.filter((u) => u.kind === "KOTA")).toHaveLength(9);
    const byName = new Map(regions.map((u) => [u.name, u]));
    expect(byName.get("Kabupaten Pacitan")?.regionCode).toBe("35.01");
    expect(byName.get("Kabupaten Sumenep")?.regionCode).toBe("35.29");
    expect(byName.get("Kabupaten Malang")?.regionCode).toBe("35.07");
    expect(byName.get("Kota Malang")?.regionCode).toBe("35.73");
    expect(byName.get("Kota Surabaya")?.regionCode).toBe("35.78");
    expect(byName.get("Kota Batu")?.regionCode).toBe("35.79");
    for (const twin of ["Blitar", "Kediri", "Madiun", "Malang", "Mojokerto", "Pasuruan", "Probolinggo"]) {
      const kab = byName.get(`Kabupaten ${twin}`);
      const kota = byName.get(`Kota ${twin}`);
      expect(kab && kota && kab.id !== kota.id && kab.regionCode !== kota.regionCode).toBe(true);
    }
    expect(await db.prisma.unit.count({ where: { kind: "PROVINCIAL_AGENCY" } })).toBeGreaterThanOrEqual(8);
    expect(await db.prisma.unit.count({ where: { kind: "BUMD" } })).toBeGreaterThanOrEqual(3);
    // A service unit sits below a regional agency below its kabupaten, and its path says so.
    const puskesmas = await db.prisma.unit.findFirstOrThrow({ where: { name: "Puskesmas Kepanjen" } });
    expect(puskesmas.path.startsWith(byName.get("Kabupaten Malang")!.path)).toBe(true);
    expect(puskesmas.path.startsWith(byName.get("Kota Malang")!.path)).toBe(false);

    const users = await db.prisma.user.findMany({ include: { memberships: true } });
    expect(users.map((u) => u.email).sort()).toEqual(DEMO_USERS.map((u) => u.email).sort());
    expect(users.find((u) => u.isAdmin)).toBeTruthy();
    expect(users.flatMap((u) => u.memberships.map((m) => m.role))).toEqual(
      expect.arrayContaining(["UNIT_ADMIN", "OPERATOR"]),
    );

    const edition = await db.prisma.edition.findFirstOrThrow({
      include: { groups: true, categories: true, sections: true, rounds: { include: { criteria: true } } },
    });
    expect(edition.groups.map((g) => g.kind).sort()).toEqual(["KHUSUS", "REPLIKASI", "UMUM"]);
    expect(edition.categories.length).toBeGreaterThanOrEqual(3);
    expect(edition.sections.length).toBeGreaterThanOrEqual(6);
    expect(edition.rounds).toHaveLength(2);
    const weights = edition.rounds.reduce((sum, r) => sum + Number(r.weight), 0);
    expect(weights).toBeCloseTo(1);
    for (const r of edition.rounds) expect(r.criteria.length).toBeGreaterThanOrEqual(4);
  });

  it("changes nothing when run a second time", async () => {
    const before = await snapshot();
    const second = await seed(db.prisma);
    expect(second).toEqual({ unitsCreated: 0, usersCreated: 0, editionCreated: false });
    expect(await snapshot()).toEqual(before);
  });
});
