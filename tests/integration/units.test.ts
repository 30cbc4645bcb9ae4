import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/audit";
import { runAs } from "@/lib/auth/session";
import {
  createUnitAction,
  moveUnitAction,
  renameUnitAction,
  searchUnitOptionsAction,
  setUnitActiveAction,
} from "@/lib/units/actions";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

const asAdmin = <T>(fn: () => Promise<T>) => runAs("user-admin", fn);
const create = (input: { kind: string; name: string; regionCode?: string; parentId?: string }) =>
  asAdmin(() => createUnitAction({ regionCode: "", parentId: "", ...input }));
const unit = (id: string) => db.prisma.unit.findUniqueOrThrow({ where: { id } });
const createdId = (r: Awaited<ReturnType<typeof create>>) => {
  if (!r.ok) throw new Error(`create failed: ${r.error} ${JSON.stringify(r.fieldErrors)}`);
  return r.data.id;
};

describe("unit tree: roots and parents", () => {
  it("creates an agency below its allowed parent, with its path, depth and institution flag", async () => {
    const r = await create({
      kind: "PROVINCIAL_AGENCY",
      name: "Dinas Pariwisata Provinsi Jawa Timur",
      parentId: UNIT_IDS.province,
    });
    const id = createdId(r);
    const u = await unit(id);
    expect(u.path).toBe(`/${UNIT_IDS.province}/${id}/`);
    expect(u.depth).toBe(1);
    expect(u.isInstitution).toBe(true);
    expect(r.ok && r.message).toContain("Dinas Pariwisata Provinsi Jawa Timur");
  });

  it("requires a parent for agencies and service units and forbids one for roots", async () => {
    const noParent = await create({ kind: "SERVICE_UNIT", name: "UPT Tanpa Induk" });
    expect(noParent.ok).toBe(false);
    expect(!noParent.ok && noParent.fieldErrors?.parentId?.[0]).toBe("Pilih unit induk.");

    const bumdWithParent = await create({ kind: "BUMD", name: "PT Contoh Jatim", parentId: UNIT_IDS.province });
    expect(!bumdWithParent.ok && bumdWithParent.fieldErrors?.parentId?.[0]).toMatch(/unit puncak/);
  });

  it("refuses parents of the wrong kind", async () => {
    const regionalUnderProvince = await create({
      kind: "REGIONAL_AGENCY",
      name: "Dinas Salah Tempat",
      parentId: UNIT_IDS.province,
    });
    expect(!regionalUnderProvince.ok && regionalUnderProvince.fieldErrors?.parentId?.[0]).toMatch(
      /tidak dapat berada di bawah provinsi/,
    );
    const serviceUnderKabupaten = await create({
      kind: "SERVICE_UNIT",
      name: "Puskesmas Langsung",
      parentId: UNIT_IDS.kabMalang,
    });
    expect(serviceUnderKabupaten.ok).toBe(false);
    expect(await db.prisma.unit.count({ where: { name: { in: ["Dinas Salah Tempat", "Puskesmas Langsung"] } } })).toBe(
      0,
    );
  });
});

describe("unit tree: kabupaten and kota stay apart", () => {
  it("refuses a kota below a kabupaten, and an agency named like a kota", async () => {
    const kotaUnderKab = await create({
      kind: "KOTA",
      name: "Malang",
      regionCode: "35.73",
      parentId: UNIT_IDS.kabMalang,
    });
    expect(kotaUnderKab.ok).toBe(false);
    const agencyNamedKota = await create({
      kind: "REGIONAL_AGENCY",
      name: "Kota Malang",
      parentId: UNIT_IDS.kabMalang,
    });
    expect(!agencyNamedKota.ok && agencyNamedKota.fieldErrors?.name?.[0]).toMatch(/nama kabupaten\/kota/);
    expect(await db.prisma.unit.count({ where: { name: "Kota Malang" } })).toBe(1);
  });

  it("always builds the name from the kind, and keeps the official code with its own region", async () => {
    const kota = await create({ kind: "KOTA", name: "Contoh Raya", regionCode: "35.80" });
    const u = await unit(createdId(kota));
    expect(u).toMatchObject({
      name: "Kota Contoh Raya",
      shortName: "Contoh Raya",
      regionCode: "35.80",
      isInstitution: true,
      parentId: null,
    });

    const typedPrefix = await create({ kind: "KABUPATEN", name: "Kota Batu", regionCode: "35.30" });
    expect(!typedPrefix.ok && typedPrefix.fieldErrors?.name?.[0]).toMatch(/ditambahkan otomatis/);

    // 35.07 is Kabupaten Malang: a kota cannot take it, whatever it is called.
    const wrongOwner = await create({ kind: "KOTA", name: "Malang Baru", regionCode: "35.07" });
    expect(!wrongOwner.ok && wrongOwner.fieldErrors?.regionCode?.[0]).toMatch(/35\.71/);
    const stolenCode = await create({ kind: "KOTA", name: "Tiruan", regionCode: "35.73" });
    expect(!stolenCode.ok && stolenCode.fieldErrors?.regionCode?.[0]).toBe(
      "Kode wilayah 35.73 adalah kode Kota Malang.",
    );
  });

  it("checks the region code format", async () => {
    for (const regionCode of ["3507", "35.7", "36.01", "35.071", ""]) {
      const r = await create({ kind: "KABUPATEN", name: "Percobaan", regionCode });
      expect(!r.ok && r.fieldErrors?.regionCode?.[0]).toMatch(/35\.NN/);
    }
    const kabWithKotaCode = await create({ kind: "KABUPATEN", name: "Percobaan", regionCode: "35.75" });
    expect(!kabWithKotaCode.ok && kabWithKotaCode.fieldErrors?.regionCode?.[0]).toMatch(/kabupaten antara/);
  });

  it("keeps the kind prefix when a kabupaten is renamed", async () => {
    const kab = createdId(await create({ kind: "KABUPATEN", name: "Uji Coba", regionCode: "35.31" }));
    const r = await asAdmin(() => renameUnitAction({ unitId: kab, name: "Uji Lanjut" }));
    expect(r.ok).toBe(true);
    expect(await unit(kab)).toMatchObject({ name: "Kabupaten Uji Lanjut", shortName: "Uji Lanjut" });
    const seeded = await asAdmin(() => renameUnitAction({ unitId: UNIT_IDS.kotaMalang, name: "Batu" }));
    // An official region keeps the name its code stands for.
    expect(!seeded.ok && seeded.error).toBe("Kode wilayah 35.73 adalah kode Kota Malang.");
    expect((await unit(UNIT_IDS.kotaMalang)).name).toBe("Kota Malang");
  });
});

describe("unit tree: siblings", () => {
  it("refuses a duplicate name among siblings, whatever the letter case", async () => {
    for (const name of ["Puskesmas Kepanjen", "puskesmas KEPANJEN"]) {
      const r = await create({ kind: "SERVICE_UNIT", name, parentId: UNIT_IDS.dinkesKabMalang });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.fieldErrors?.name?.[0]).toBe("Nama ini sudah dipakai unit lain di bawah induk yang sama.");
    }
    // The same name under another parent is a different unit.
    const elsewhere = await create({
      kind: "SERVICE_UNIT",
      name: "Puskesmas Kepanjen",
      parentId: UNIT_IDS.dinkesKotaMalang,
    });
    expect(elsewhere.ok).toBe(true);
  });

  it("refuses a rename onto a sibling's name", async () => {
    const r = await asAdmin(() =>
      renameUnitAction({ unitId: "unit-3507-dukcapil", name: "Dinas Kesehatan Kabupaten Malang" }),
    );
    expect(!r.ok && r.fieldErrors?.name?.[0]).toBe("Nama ini sudah dipakai unit lain di bawah induk yang sama.");
  });
});

describe("unit tree: moving", () => {
  let dinas: string;
  let upt: string;
  let pos: string;

  beforeAll(async () => {
    dinas = createdId(
      await create({
        kind: "REGIONAL_AGENCY",
        name: "Dinas Perpustakaan Kabupaten Malang",
        parentId: UNIT_IDS.kabMalang,
      }),
    );
    upt = createdId(await create({ kind: "SERVICE_UNIT", name: "UPT Perpustakaan Keliling", parentId: dinas }));
    pos = createdId(await create({ kind: "SERVICE_UNIT", name: "Pos Baca Kepanjen", parentId: upt }));
  });

  it("recomputes the path and depth of the whole subtree", async () => {
    const r = await asAdmin(() => moveUnitAction({ unitId: upt, parentId: UNIT_IDS.dinkesKotaMalang }));
    expect(r.ok && r.message).toBe("Unit dan 1 sub-unitnya dipindahkan.");
    const kota = await unit(UNIT_IDS.kotaMalang);
    const dinkes = await unit(UNIT_IDS.dinkesKotaMalang);
    expect(await unit(upt)).toMatchObject({ parentId: dinkes.id, path: `${dinkes.path}${upt}/`, depth: 2 });
    expect(await unit(pos)).toMatchObject({ parentId: upt, path: `${dinkes.path}${upt}/${pos}/`, depth: 3 });
    expect((await unit(pos)).path.startsWith(kota.path)).toBe(true);
    // Nothing of the subtree is left under Kabupaten Malang's old branch.
    expect(await db.prisma.unit.count({ where: { path: { contains: `${dinas}/${upt}` } } })).toBe(0);
    const audit = await db.prisma.auditEntry.findFirstOrThrow({ where: { action: "unit.move", entityId: upt } });
    expect(audit.before).toMatchObject({ parentId: dinas });
    expect(audit.after).toMatchObject({ parentId: dinkes.id, subtreeSize: 2 });
  });

  it("refuses to move a unit under itself or its own descendant", async () => {
    const before = await db.prisma.unit.findMany({ where: { id: { in: [upt, pos] } }, orderBy: { id: "asc" } });
    const intoChild = await asAdmin(() => moveUnitAction({ unitId: upt, parentId: pos }));
    expect(!intoChild.ok && intoChild.fieldErrors?.parentId?.[0]).toMatch(/dirinya sendiri atau sub-unitnya/);
    const intoSelf = await asAdmin(() => moveUnitAction({ unitId: upt, parentId: upt }));
    expect(intoSelf.ok).toBe(false);
    expect(await db.prisma.unit.findMany({ where: { id: { in: [upt, pos] } }, orderBy: { id: "asc" } })).toEqual(
      before,
    );
  });

  it("refuses moves that break the kind rules or the sibling names", async () => {
    const root = await asAdmin(() => moveUnitAction({ unitId: UNIT_IDS.kotaMalang, parentId: UNIT_IDS.province }));
    expect(!root.ok && root.error).toMatch(/unit puncak/);
    const agencyToProvince = await asAdmin(() => moveUnitAction({ unitId: dinas, parentId: UNIT_IDS.province }));
    expect(agencyToProvince.ok).toBe(false);
    // Kota Malang's Dinkes already has a "Puskesmas Kepanjen" (created above).
    const twin = await asAdmin(() =>
      moveUnitAction({ unitId: UNIT_IDS.puskesmasKepanjen, parentId: UNIT_IDS.dinkesKotaMalang }),
    );
    expect(!twin.ok && twin.fieldErrors?.name?.[0]).toBe("Nama ini sudah dipakai unit lain di bawah induk yang sama.");
    expect((await unit(UNIT_IDS.puskesmasKepanjen)).parentId).toBe(UNIT_IDS.dinkesKabMalang);
  });
});

describe("unit tree: deactivation", () => {
  it("asks for confirmation when active sub-units or memberships remain, then deactivates", async () => {
    const first = await asAdmin(() => setUnitActiveAction({ unitId: UNIT_IDS.dinkesKabMalang, active: false }));
    expect(first.ok).toBe(false);
    expect(!first.ok && first.error).toMatch(/sub-unit aktif/);
    expect((await unit(UNIT_IDS.dinkesKabMalang)).active).toBe(true);

    const confirmed = await asAdmin(() =>
      setUnitActiveAction({ unitId: UNIT_IDS.dinkesKabMalang, active: false, acknowledged: true }),
    );
    expect(confirmed.ok).toBe(true);
    expect((await unit(UNIT_IDS.dinkesKabMalang)).active).toBe(false);

    const under = await create({ kind: "SERVICE_UNIT", name: "Puskesmas Baru", parentId: UNIT_IDS.dinkesKabMalang });
    expect(!under.ok && under.fieldErrors?.parentId?.[0]).toMatch(/nonaktif/);

    const back = await asAdmin(() => setUnitActiveAction({ unitId: UNIT_IDS.dinkesKabMalang, active: true }));
    expect(back.ok).toBe(true);
    const audits = await db.prisma.auditEntry.findMany({
      where: { entityId: UNIT_IDS.dinkesKabMalang },
      orderBy: { seq: "asc" },
    });
    expect(audits.map((a) => a.action)).toEqual(["unit.deactivate", "unit.reactivate"]);
  });
});

describe("unit tree: who may change it", () => {
  it("refuses everyone but admins, and changes nothing", async () => {
    const count = await db.prisma.unit.count();
    for (const userId of ["user-adminlokal-kabmalang", "user-operator-kepanjen", "user-juri", null]) {
      const results = await runAs(userId, async () => [
        await createUnitAction({
          kind: "SERVICE_UNIT",
          name: "Unit Gelap",
          regionCode: "",
          parentId: UNIT_IDS.dinkesKabMalang,
        }),
        await renameUnitAction({ unitId: UNIT_IDS.puskesmasKepanjen, name: "Diubah" }),
        await moveUnitAction({ unitId: UNIT_IDS.puskesmasKepanjen, parentId: UNIT_IDS.dinkesKotaMalang }),
        await setUnitActiveAction({ unitId: UNIT_IDS.puskesmasKepanjen, active: false, acknowledged: true }),
      ]);
      for (const r of results) {
        expect(r.ok).toBe(false);
        expect(!r.ok && r.code).toBe(userId ? "FORBIDDEN" : "UNAUTHENTICATED");
      }
    }
    expect(await db.prisma.unit.count()).toBe(count);
    expect(await unit(UNIT_IDS.puskesmasKepanjen)).toMatchObject({
      name: "Puskesmas Kepanjen",
      active: true,
      parentId: UNIT_IDS.dinkesKabMalang,
    });
  });

  it("lets an admin lokal pick only units of its own subtree, and operators nothing", async () => {
    const kab = await runAs("user-adminlokal-kabmalang", () =>
      searchUnitOptionsAction({ q: "puskesmas", purpose: "membership", role: "OPERATOR" }),
    );
    expect(kab.ok).toBe(true);
    const names = kab.ok ? kab.data.map((o) => o.name) : [];
    expect(names).toContain("Puskesmas Kepanjen");
    expect(names).not.toContain("Puskesmas Kendalkerep");
    const parent = await runAs("user-adminlokal-kabmalang", () =>
      searchUnitOptionsAction({ q: "", purpose: "parent", childKind: "SERVICE_UNIT" }),
    );
    expect(parent.ok && parent.data).toEqual([]);
    const operator = await runAs("user-operator-kepanjen", () => searchUnitOptionsAction({ q: "", purpose: "filter" }));
    expect(!operator.ok && operator.code).toBe("FORBIDDEN");
  });

  it("audits every change in a chain that verifies", async () => {
    const result = await verifyAuditChain(db.prisma);
    expect(result.ok).toBe(true);
    expect(await db.prisma.auditEntry.count({ where: { action: "unit.create" } })).toBeGreaterThanOrEqual(5);
  });
});
