import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/audit";
import { deliverPending } from "@/lib/notifications/outbox";
import { loadActor, runAs } from "@/lib/auth/session";
import { hashToken } from "@/lib/auth/tokens";
import * as actions from "@/lib/accounts/actions";
import {
  addMembershipAction,
  endMembershipAction,
  endOperatorMembershipAction,
  inviteAccountAction,
  inviteOperatorAction,
  resendOperatorInvitationAction,
  setAccountEnabledAction,
  setOperatorEnabledAction,
} from "@/lib/accounts/actions";
import { getAccountDetail, listAccounts } from "@/lib/accounts/list";
import { accountListQuerySchema } from "@/lib/accounts/schemas";
import { UNIT_IDS } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

const KAB = "user-adminlokal-kabmalang";
const KOTA = "user-adminlokal-kotamalang";
const profile = (email: string, name = "Siti Rahmawati") => ({ name, email, nip: "", phone: "" });
const invite = (input: Record<string, unknown>) =>
  runAs("user-admin", () =>
    inviteAccountAction({ unitId: "", affiliation: "", ...profile("baru@kovablik.test"), ...input }),
  );

/** Everything an account action could change, to prove a refused call changed nothing. */
async function snapshot() {
  const [users, memberships, tokens, notifications] = await Promise.all([
    db.prisma.user.findMany({
      select: { id: true, status: true, sessionVersion: true, name: true, email: true },
      orderBy: { id: "asc" },
    }),
    db.prisma.membership.findMany({ select: { id: true, validTo: true }, orderBy: { id: "asc" } }),
    db.prisma.accountToken.count(),
    db.prisma.notification.count(),
  ]);
  return { users, memberships, tokens, notifications };
}

async function listAs(userId: string, mode: "all" | "operators", q = "") {
  const actor = (await loadActor(userId))!;
  const page = await listAccounts(actor, mode, accountListQuerySchema.parse({ q }));
  return page.items.map((u) => u.email);
}

describe("inviting an account", () => {
  it("creates an invited operator with a one-time link sent through the outbox", async () => {
    const r = await invite({
      ...profile("  Siti.Rahma@Kovablik.TEST "),
      role: "OPERATOR",
      unitId: UNIT_IDS.puskesmasKepanjen,
      nip: "198001012006042001",
    });
    expect(r.ok).toBe(true);
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { email: "siti.rahma@kovablik.test" },
      include: { memberships: true, tokens: true, notifications: true },
    });
    expect(user).toMatchObject({ status: "INVITED", passwordHash: null, isAdmin: false, nip: "198001012006042001" });
    expect(user.memberships).toMatchObject([
      { unitId: UNIT_IDS.puskesmasKepanjen, role: "OPERATOR", validTo: null, grantedById: "user-admin" },
    ]);
    expect(user.tokens).toHaveLength(1);
    expect(user.tokens[0]).toMatchObject({ kind: "INVITATION", usedAt: null });

    const mail = user.notifications[0]!;
    expect(user.notifications).toHaveLength(1);
    expect(mail).toMatchObject({
      recipientEmail: "siti.rahma@kovablik.test",
      state: "PENDING",
      template: "account.invitation",
    });
    expect(mail.body).toContain("operator Puskesmas Kepanjen");
    // The link in the mail carries the token whose hash is stored. Changed by issue 8: the stored body holds a
    // placeholder; the link is filled in when the mail is handed to the mail server.
    expect(mail.body).not.toContain("/atur-kata-sandi/");
    const sent: string[] = [];
    await deliverPending(db.prisma, { send: async (m) => void sent.push(m.text) });
    const token = /\/atur-kata-sandi\/([A-Za-z0-9_-]+)/.exec(sent.join("\n"))?.[1];
    expect(token).toBeDefined();
    expect(hashToken(token!)).toBe(user.tokens[0]!.tokenHash);

    const audit = await db.prisma.auditEntry.findFirstOrThrow({
      where: { action: "account.invite", entityId: user.id },
    });
    expect(audit.actorId).toBe("user-admin");
    expect(JSON.stringify(audit.after)).not.toContain(token!);
  });

  it("refuses an e-mail already registered, whatever its letter case, and creates nothing", async () => {
    const before = await snapshot();
    const r = await invite({ ...profile("OPERATOR.Kepanjen@kovablik.test"), role: "JUDGE" });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.fieldErrors?.email?.[0]).toBe("Email ini sudah terdaftar pada akun lain.");
    expect(await snapshot()).toEqual(before);
  });

  it("places an admin lokal on an institution only", async () => {
    const r = await invite({
      ...profile("al.puskesmas@kovablik.test"),
      role: "UNIT_ADMIN",
      unitId: UNIT_IDS.puskesmasKepanjen,
    });
    expect(!r.ok && r.fieldErrors?.unitId?.[0]).toMatch(/instansi/);
    const ok = await invite({
      ...profile("al.banyuwangi@kovablik.test"),
      role: "UNIT_ADMIN",
      unitId: UNIT_IDS.kabBanyuwangi,
    });
    expect(ok.ok).toBe(true);
  });

  it("gives a judge a judge profile and an admin the admin flag", async () => {
    await invite({ ...profile("juri.baru@kovablik.test"), role: "JUDGE", affiliation: "Universitas Brawijaya" });
    await invite({ ...profile("admin.baru@kovablik.test"), role: "ADMIN" });
    const judge = await db.prisma.user.findUniqueOrThrow({
      where: { email: "juri.baru@kovablik.test" },
      include: { judgeProfile: true },
    });
    expect(judge.judgeProfile?.affiliation).toBe("Universitas Brawijaya");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { email: "admin.baru@kovablik.test" } })).isAdmin).toBe(
      true,
    );
  });
});

describe("disabling and memberships (admin)", () => {
  it("ends every session of a disabled account at once, and enabling brings it back", async () => {
    const juri = await db.prisma.user.findUniqueOrThrow({ where: { id: "user-juri" } });
    expect(await loadActor(juri.id, juri.sessionVersion)).not.toBeNull();
    const r = await runAs("user-admin", () => setAccountEnabledAction({ userId: juri.id, enabled: false }));
    expect(r.ok).toBe(true);
    expect(await loadActor(juri.id, juri.sessionVersion)).toBeNull();

    await runAs("user-admin", () => setAccountEnabledAction({ userId: juri.id, enabled: true }));
    const after = await db.prisma.user.findUniqueOrThrow({ where: { id: juri.id } });
    expect(after.status).toBe("ACTIVE");
    // The old session stays ended; a new sign-in gets the new version.
    expect(await loadActor(juri.id, juri.sessionVersion)).toBeNull();
    expect(await loadActor(juri.id, after.sessionVersion)).not.toBeNull();
  });

  it("does not let an admin disable their own account", async () => {
    const r = await runAs("user-admin", () => setAccountEnabledAction({ userId: "user-admin", enabled: false }));
    expect(!r.ok && r.error).toBe("Anda tidak dapat menonaktifkan akun Anda sendiri.");
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: "user-admin" } })).status).toBe("ACTIVE");
  });

  it("ends a membership without deleting it, and the role stops at once", async () => {
    const added = await runAs("user-admin", () =>
      addMembershipAction({ userId: "user-juri", role: "OPERATOR", unitId: "unit-prov-rsud-soetomo" }),
    );
    expect(added.ok).toBe(true);
    const twice = await runAs("user-admin", () =>
      addMembershipAction({ userId: "user-juri", role: "OPERATOR", unitId: "unit-prov-rsud-soetomo" }),
    );
    expect(!twice.ok && twice.error).toMatch(/sudah memegang peran/);
    expect((await loadActor("user-juri"))?.roles).toContain("OPERATOR");

    const m = await db.prisma.membership.findFirstOrThrow({
      where: { userId: "user-juri", unitId: "unit-prov-rsud-soetomo" },
    });
    const ended = await runAs("user-admin", () => endMembershipAction({ membershipId: m.id }));
    expect(ended.ok).toBe(true);
    const row = await db.prisma.membership.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.validTo).not.toBeNull();
    expect((await loadActor("user-juri"))?.roles).not.toContain("OPERATOR");
  });
});

describe("admin lokal: only operators of its own subtree", () => {
  it("lists the operators of its own kabupaten/kota and nobody else", async () => {
    const kab = await listAs(KAB, "operators");
    expect(kab).toContain("operator.kepanjen@kovablik.test");
    expect(kab).toContain("siti.rahma@kovablik.test");
    expect(kab).not.toContain("operator.kendalkerep@kovablik.test");
    expect(kab).not.toContain("adminlokal.kabmalang@kovablik.test");
    expect(kab).not.toContain("admin@kovablik.test");

    const kota = await listAs(KOTA, "operators");
    expect(kota).toEqual(["operator.kendalkerep@kovablik.test"]);
    // Searching for the other side's operator finds nothing, and its page does not open.
    expect(await listAs(KOTA, "operators", "kepanjen")).toEqual([]);
    const kotaActor = (await loadActor(KOTA))!;
    expect(await getAccountDetail(kotaActor, "operators", "user-operator-kepanjen")).toBeNull();
    expect(await getAccountDetail(kotaActor, "operators", "user-operator-kendalkerep")).not.toBeNull();
  });

  it("cannot create, disable or end anything on the other side, in either direction", async () => {
    const before = await snapshot();
    const kendalkerepMembership = await db.prisma.membership.findFirstOrThrow({
      where: { userId: "user-operator-kendalkerep" },
    });
    const kepanjenMembership = await db.prisma.membership.findFirstOrThrow({
      where: { userId: "user-operator-kepanjen" },
    });
    const attempts: [string, () => Promise<{ ok: boolean }>][] = [
      [
        KAB,
        () => inviteOperatorAction({ ...profile("susup.kota@kovablik.test"), unitId: UNIT_IDS.puskesmasKendalkerep }),
      ],
      [KAB, () => setOperatorEnabledAction({ userId: "user-operator-kendalkerep", enabled: false })],
      [KAB, () => endOperatorMembershipAction({ membershipId: kendalkerepMembership.id })],
      [KAB, () => resendOperatorInvitationAction({ userId: "user-operator-kendalkerep" })],
      [KOTA, () => inviteOperatorAction({ ...profile("susup.kab@kovablik.test"), unitId: UNIT_IDS.puskesmasKepanjen })],
      [KOTA, () => inviteOperatorAction({ ...profile("susup.kab2@kovablik.test"), unitId: UNIT_IDS.kabMalang })],
      [KOTA, () => setOperatorEnabledAction({ userId: "user-operator-kepanjen", enabled: false })],
      [KOTA, () => endOperatorMembershipAction({ membershipId: kepanjenMembership.id })],
    ];
    for (const [who, attempt] of attempts) {
      const r = await runAs(who, attempt);
      expect(r.ok).toBe(false);
      expect((r as { code?: string }).code).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("never touches admins, other admin lokal or judges", async () => {
    const before = await snapshot();
    for (const userId of ["user-admin", KOTA, KAB, "user-juri"]) {
      const r = await runAs(KAB, () => setOperatorEnabledAction({ userId, enabled: false }));
      expect(!r.ok && r.code).toBe("FORBIDDEN");
    }
    const kotaAdminMembership = await db.prisma.membership.findFirstOrThrow({ where: { userId: KOTA } });
    const ownMembership = await db.prisma.membership.findFirstOrThrow({ where: { userId: KAB } });
    for (const membershipId of [kotaAdminMembership.id, ownMembership.id]) {
      const r = await runAs(KAB, () => endOperatorMembershipAction({ membershipId }));
      expect(!r.ok && r.code).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("creates operators of its own units and switches them off and on", async () => {
    const r = await runAs(KAB, () =>
      inviteOperatorAction({
        ...profile("operator.dukcapil@kovablik.test", "Bagus Prasetyo"),
        unitId: "unit-3507-dukcapil",
      }),
    );
    expect(r.ok).toBe(true);
    const user = await db.prisma.user.findUniqueOrThrow({
      where: { email: "operator.dukcapil@kovablik.test" },
      include: { memberships: true, tokens: true },
    });
    expect(user.status).toBe("INVITED");
    expect(user.memberships).toMatchObject([{ role: "OPERATOR", unitId: "unit-3507-dukcapil", grantedById: KAB }]);
    expect(user.tokens).toHaveLength(1);
    expect(await db.prisma.notification.count({ where: { recipientId: user.id } })).toBe(1);

    const kepanjen = await db.prisma.user.findUniqueOrThrow({ where: { id: "user-operator-kepanjen" } });
    const off = await runAs(KAB, () => setOperatorEnabledAction({ userId: kepanjen.id, enabled: false }));
    expect(off.ok).toBe(true);
    expect(await loadActor(kepanjen.id, kepanjen.sessionVersion)).toBeNull();
    const on = await runAs(KAB, () => setOperatorEnabledAction({ userId: kepanjen.id, enabled: true }));
    expect(on.ok).toBe(true);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: kepanjen.id } })).status).toBe("ACTIVE");
  });

  it("may not disable an operator who also works for a unit outside its subtree", async () => {
    await runAs("user-admin", () =>
      addMembershipAction({
        userId: "user-operator-kepanjen",
        role: "OPERATOR",
        unitId: UNIT_IDS.puskesmasKendalkerep,
      }),
    );
    const before = await snapshot();
    const r = await runAs(KAB, () => setOperatorEnabledAction({ userId: "user-operator-kepanjen", enabled: false }));
    expect(!r.ok && r.error).toMatch(/di luar wilayah Anda/);
    expect(await snapshot()).toEqual(before);
    // Its own operator role in Kabupaten Malang can still be ended.
    const own = await db.prisma.membership.findFirstOrThrow({
      where: { userId: "user-operator-kepanjen", unitId: UNIT_IDS.puskesmasKepanjen, validTo: null },
    });
    const ended = await runAs(KAB, () => endOperatorMembershipAction({ membershipId: own.id }));
    expect(ended.ok).toBe(true);
    expect(await db.prisma.membership.count({ where: { userId: "user-operator-kepanjen" } })).toBe(2);
  });
});

describe("who may call the account actions", () => {
  it("refuses operators and judges every account action", async () => {
    const before = await snapshot();
    const calls = Object.values(actions) as ((input: unknown) => Promise<{ ok: boolean; code?: string }>)[];
    expect(calls.length).toBeGreaterThanOrEqual(10);
    for (const userId of ["user-operator-kendalkerep", "user-juri"]) {
      for (const call of calls) {
        const r = await runAs(userId, () =>
          call({ userId: "user-operator-kendalkerep", enabled: false, membershipId: "x" }),
        );
        expect(r.ok).toBe(false);
        expect(r.code).toBe("FORBIDDEN");
      }
    }
    expect(await snapshot()).toEqual(before);
  });

  it("refuses an admin lokal the admin-only actions", async () => {
    const before = await snapshot();
    const calls: (() => Promise<{ ok: boolean; code?: string }>)[] = [
      () => inviteAccountAction({ ...profile("y@kovablik.test"), role: "ADMIN", unitId: "", affiliation: "" }),
      () => setAccountEnabledAction({ userId: "user-operator-kendalkerep", enabled: false }),
      () => addMembershipAction({ userId: KAB, role: "UNIT_ADMIN", unitId: UNIT_IDS.kotaMalang }),
    ];
    for (const call of calls) {
      const res = await runAs(KAB, call);
      expect(res.ok).toBe(false);
      expect(res.code).toBe("FORBIDDEN");
    }
    expect(await snapshot()).toEqual(before);
  });

  it("keeps the audit chain intact", async () => {
    expect((await verifyAuditChain(db.prisma)).ok).toBe(true);
  });
});
