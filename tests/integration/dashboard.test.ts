import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/permissions";
import { loadActor } from "@/lib/auth/session";
import { registrationState } from "@/lib/dashboard/deadline";
import {
  getAdminDashboard,
  getDashboard,
  getJudgeDashboard,
  getOperatorDashboard,
  getUnitAdminDashboard,
} from "@/lib/dashboard/queries";
import { DEMO_EDITION, DEMO_USERS, UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
const actor = async (id: string): Promise<Actor> => {
  const a = await loadActor(id);
  if (!a) throw new Error(`no actor ${id}`);
  return a;
};

beforeAll(async () => {
  db = await appDatabase();
  // Kota Malang grows: a new unit with an operator and an invitee. None of it may show for Kabupaten Malang.
  await db.prisma.unit.create({
    data: {
      id: "unit-3573-pkm-baru",
      kind: "SERVICE_UNIT",
      name: "Puskesmas Arjuno",
      parentId: UNIT_IDS.dinkesKotaMalang,
      path: `/${UNIT_IDS.kotaMalang}/${UNIT_IDS.dinkesKotaMalang}/unit-3573-pkm-baru/`,
      depth: 2,
    },
  });
  await db.prisma.user.create({
    data: {
      email: "operator.arjuno@kovablik.test",
      name: "Operator Arjuno",
      status: "ACTIVE",
      memberships: { create: [{ unitId: "unit-3573-pkm-baru", role: "OPERATOR" }] },
    },
  });
  await db.prisma.user.create({
    data: {
      email: "undangan.arjuno@kovablik.test",
      name: "Undangan Arjuno",
      status: "INVITED",
      memberships: { create: [{ unitId: "unit-3573-pkm-baru", role: "OPERATOR" }] },
    },
  });
  // Kabupaten Malang: one invitee, and an operator whose membership has ended (no longer counted).
  await db.prisma.user.create({
    data: {
      email: "undangan.kepanjen@kovablik.test",
      name: "Undangan Kepanjen",
      status: "INVITED",
      memberships: { create: [{ unitId: UNIT_IDS.puskesmasKepanjen, role: "OPERATOR" }] },
    },
  });
  await db.prisma.user.create({
    data: {
      email: "mantan.kepanjen@kovablik.test",
      name: "Mantan Operator Kepanjen",
      status: "ACTIVE",
      memberships: {
        create: [
          {
            unitId: UNIT_IDS.puskesmasKepanjen,
            role: "OPERATOR",
            validFrom: new Date("2026-01-01"),
            validTo: new Date("2026-06-01"),
          },
        ],
      },
    },
  });
  await db.prisma.notification.create({
    data: { recipientEmail: "undangan.kepanjen@kovablik.test", template: "invitation", subject: "Undangan", body: "…" },
  });
});
afterAll(async () => {
  await db?.close();
});

describe("dashboards", () => {
  it("gives the admin the province-wide figures", async () => {
    const admin = await actor("user-admin");
    const d = await getAdminDashboard(admin);
    expect(d.units).toBe(await db.prisma.unit.count({ where: { active: true } }));
    expect(d.institutions).toBe(await db.prisma.unit.count({ where: { active: true, isInstitution: true } }));
    // The demo accounts, the two new active operators; two invitees.
    expect(d.activeAccounts).toBe(DEMO_USERS.length + 2);
    expect(d.invitedAccounts).toBe(2);
    expect(d.pendingMessages).toBe(1);
  });

  it("counts only the Kabupaten Malang subtree for its admin lokal", async () => {
    const d = await getUnitAdminDashboard(await actor("user-adminlokal-kabmalang"));
    expect(d.institutions).toHaveLength(1);
    const kab = d.institutions[0]!;
    expect(kab.name).toBe("Kabupaten Malang");
    // Dinkes, Puskesmas Kepanjen and Dukcapil; nothing of Kota Malang.
    expect(kab.unitsBelow).toBe(3);
    expect(kab.activeOperators).toBe(1);
    expect(kab.invitedOperators).toBe(1);
    expect(kab.quota).toBe(DEMO_EDITION.defaultQuota);
  });

  it("counts Kota Malang's new unit and operators for Kota Malang's admin lokal", async () => {
    const d = await getUnitAdminDashboard(await actor("user-adminlokal-kotamalang"));
    const kota = d.institutions[0]!;
    expect(kota.name).toBe("Kota Malang");
    expect(kota.unitsBelow).toBe(3);
    expect(kota.activeOperators).toBe(2);
    expect(kota.invitedOperators).toBe(1);
  });

  it("shows an operator its own unit, institution and admin lokal only", async () => {
    const d = await getOperatorDashboard(await actor("user-operator-kepanjen"));
    expect(d.units).toEqual([
      {
        unitId: UNIT_IDS.puskesmasKepanjen,
        name: "Puskesmas Kepanjen",
        institution: "Kabupaten Malang",
        unitAdmins: [{ name: "Admin Lokal Kabupaten Malang", email: "adminlokal.kabmalang@kovablik.test" }],
      },
    ]);
  });

  it("shows a judge only its own appointments, with the round's name", async () => {
    const judge = await actor("user-juri");
    expect((await getJudgeDashboard(judge)).appointments).toEqual([]);
    const round = await db.prisma.round.findFirstOrThrow({ where: { editionId: DEMO_EDITION.id, order: 1 } });
    await db.prisma.user.create({
      data: {
        id: "user-juri-lain",
        email: "juri.lain@kovablik.test",
        name: "Juri Lain",
        status: "ACTIVE",
        judgeProfile: { create: {} },
      },
    });
    await db.prisma.judgeAppointment.create({ data: { roundId: round.id, userId: "user-juri-lain" } });
    expect((await getJudgeDashboard(judge)).appointments).toEqual([]);
    await db.prisma.judgeAppointment.create({ data: { roundId: round.id, userId: "user-juri" } });
    const [appointment, ...rest] = (await getJudgeDashboard(judge)).appointments;
    expect(rest).toEqual([]);
    expect(appointment).toMatchObject({
      roundName: "Evaluasi Proposal (Desk Evaluation)",
      editionYear: 2027,
      assignments: 0,
    });
  });

  it("refuses another role's dashboard data", async () => {
    const operator = await actor("user-operator-kepanjen");
    await expect(getAdminDashboard(operator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getUnitAdminDashboard(operator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getJudgeDashboard(operator)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getOperatorDashboard(await actor("user-adminlokal-kabmalang"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getAdminDashboard(null)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
  });

  it("builds one section per role held, and only those", async () => {
    const operator = await getDashboard(await actor("user-operator-kepanjen"));
    expect(
      Object.keys(operator)
        .filter((k) => operator[k as keyof typeof operator] !== undefined)
        .sort(),
    ).toEqual(["edition", "operator"]);
    expect(operator.edition?.year).toBe(2027);

    // The admin also becomes admin lokal of Kota Batu: both sections, Batu's figures only.
    await db.prisma.membership.create({ data: { userId: "user-admin", unitId: "unit-35-79", role: "UNIT_ADMIN" } });
    const both = await getDashboard(await actor("user-admin"));
    expect(both.admin).toBeDefined();
    expect(both.unitAdmin?.institutions.map((i) => i.name)).toEqual(["Kota Batu"]);
    expect(both.operator).toBeUndefined();
    expect(both.judge).toBeUndefined();
  });
});

describe("registration deadline", () => {
  const edition = {
    registrationOpensAt: DEMO_EDITION.registrationOpensAt,
    registrationClosesAt: DEMO_EDITION.registrationClosesAt,
  };

  it("counts whole days left and says when it is the last day", () => {
    expect(registrationState(edition, new Date("2027-02-16T23:59:00+07:00"))).toMatchObject({
      kind: "open",
      daysLeft: 10,
    });
    expect(registrationState(edition, new Date("2027-02-26T09:00:00+07:00"))).toMatchObject({
      kind: "open",
      daysLeft: 0,
    });
  });

  it("tells apart not yet open, closed and no edition", () => {
    expect(registrationState(edition, new Date("2026-11-01T00:00:00+07:00")).kind).toBe("not-open");
    expect(registrationState(edition, new Date("2027-02-27T00:00:00+07:00")).kind).toBe("closed");
    expect(registrationState(null, new Date()).kind).toBe("none");
  });
});
