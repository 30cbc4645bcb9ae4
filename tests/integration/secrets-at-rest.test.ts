import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// `after()` is captured instead of run, to see what a request does before its response goes out.
const deferred = vi.hoisted(() => [] as (() => Promise<unknown>)[]);
vi.mock("next/server", async (original) => ({
  ...(await original<typeof import("next/server")>()),
  after: (work: () => Promise<unknown>) => void deferred.push(work),
}));

import { requestPasswordReset, requestSignInLink } from "@/lib/accounts/self-service-actions";
import { describeToken } from "@/lib/accounts/self-service";
import { loadActor, runAs } from "@/lib/auth/session";
import { authenticateWithLink } from "@/lib/auth/sign-in";
import { deliverPending, type Transport } from "@/lib/notifications/outbox";
import { getNotification } from "@/lib/notifications/queries";
import { openLink, SECRET_LINK_PLACEHOLDER } from "@/lib/notifications/secret-link";
import { inviteAccountAction } from "@/lib/accounts/actions";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

async function runDeferred() {
  while (deferred.length) await deferred.shift()!();
}

/** Every text-like column of every table that contains `needle`, as "Table.column". */
async function columnsContaining(needle: string): Promise<string[]> {
  const columns = await db.prisma.$queryRaw<{ table_name: string; column_name: string }[]>`
    SELECT table_name, column_name FROM information_schema.columns
    WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`;
  const hits: string[] = [];
  for (const c of columns) {
    const [row] = await db.prisma.$queryRawUnsafe<{ n: bigint }[]>(
      `SELECT count(*) AS n FROM "${c.table_name}" WHERE "${c.column_name}"::text LIKE $1`,
      `%${needle}%`,
    );
    if (row && row.n > 0n) hits.push(`${c.table_name}.${c.column_name}`);
  }
  return hits;
}

const capture = () => {
  const sent: { to: string; subject: string; text: string }[] = [];
  const transport: Transport = { send: async (m) => void sent.push(m) };
  return { sent, transport };
};

describe("no usable link at rest", () => {
  it("keeps invitation, reset and sign-in links out of every table, before and after delivery", async () => {
    const invited = await runAs("user-admin", () =>
      inviteAccountAction({
        name: "Rina Wulandari",
        email: "rina@kovablik.test",
        nip: "",
        phone: "",
        role: "JUDGE",
        unitId: "",
        affiliation: "",
      }),
    );
    expect(invited.ok).toBe(true);
    await runAs(null, () => requestPasswordReset({ email: "juri@kovablik.test" }));
    await runAs(null, () => requestSignInLink({ email: "operator.kepanjen@kovablik.test" }));
    await runDeferred();

    const queued = await db.prisma.notification.findMany({ where: { secret: { not: null } } });
    expect(queued.map((n) => n.template).sort()).toEqual(["account.invitation", "password-reset", "sign-in-link"]);
    // Only with the app's key (not in the database) does a sealed link open; the test holds it, an attacker doesn't.
    const tokens = queued.map((n) => openLink(n.secret!, n.recipientEmail).split("/").at(-1)!);
    for (const n of queued) {
      expect(n.body).toContain(SECRET_LINK_PLACEHOLDER);
      expect(n.body).not.toMatch(/\/(atur-kata-sandi|masuk\/tautan)\//);
      // What admins read at Kotak keluar is the redacted body.
      expect(
        (await runAs("user-admin", async () => getNotification(await loadActor("user-admin"), n.id)))?.body,
      ).not.toContain("/atur-kata-sandi/");
    }
    expect(await columnsContaining("rina@kovablik.test")).toContain("User.email"); // the scan does find things
    for (const token of tokens) expect(await columnsContaining(token)).toEqual([]);

    const { sent, transport } = capture();
    expect(await deliverPending(db.prisma, transport)).toMatchObject({ failed: 0 });
    const delivered = sent.filter((m) =>
      ["rina@kovablik.test", "juri@kovablik.test", "operator.kepanjen@kovablik.test"].includes(m.to),
    );
    expect(delivered).toHaveLength(3);
    for (const token of tokens) expect(delivered.some((m) => m.text.includes(token))).toBe(true);
    // Sent: the sealed copy is gone too, and the links still work for their recipients.
    expect(await db.prisma.notification.count({ where: { secret: { not: null } } })).toBe(0);
    for (const token of tokens) expect(await columnsContaining(token)).toEqual([]);
    const inviteToken = /\/atur-kata-sandi\/([\w-]+)/.exec(
      delivered.find((m) => m.to === "rina@kovablik.test")!.text,
    )![1]!;
    expect(await describeToken(inviteToken)).toMatchObject({ state: "valid", kind: "INVITATION" });
  });

  it("refuses a sealed link moved into a message to someone else", async () => {
    await runAs(null, () => requestPasswordReset({ email: "adminlokal.kabmalang@kovablik.test" }));
    await runDeferred();
    const original = await db.prisma.notification.findFirstOrThrow({
      where: { recipientEmail: "adminlokal.kabmalang@kovablik.test", secret: { not: null } },
    });
    // Someone with write access to the database re-addresses the message to themselves.
    await db.prisma.notification.update({
      where: { id: original.id },
      data: { recipientEmail: "penyerang@contoh.id" },
    });
    const { sent, transport } = capture();
    await deliverPending(db.prisma, transport);
    expect(sent).toHaveLength(0);
    expect(await db.prisma.notification.findUniqueOrThrow({ where: { id: original.id } })).toMatchObject({
      state: "FAILED",
      secret: null,
    });
  });
});

describe("reset and sign-in link requests reveal nothing", () => {
  it("answer at once, doing the same before the response whether the account exists or not", async () => {
    const before = await db.prisma.notification.count();
    deferred.length = 0;
    const unknown = await runAs(null, () => requestPasswordReset({ email: "tidak.ada@kovablik.test" }));
    const unknownWork = deferred.length;
    const known = await runAs(null, () => requestPasswordReset({ email: "adminlokal.kotamalang@kovablik.test" }));
    expect(known).toEqual(unknown);
    // Both did nothing but schedule the same work for after the response: no lookup result, no mail, no hash.
    expect(unknownWork).toBe(1);
    expect(deferred.length).toBe(2);
    expect(await db.prisma.notification.count()).toBe(before);
    await runDeferred();
    expect(await db.prisma.notification.count({ where: { recipientEmail: "tidak.ada@kovablik.test" } })).toBe(0);
    expect(
      await db.prisma.notification.count({
        where: { recipientEmail: "adminlokal.kotamalang@kovablik.test", template: "password-reset" },
      }),
    ).toBe(1);
  });

  it("lets the owner in once with a mailed sign-in link; the link is not a password link", async () => {
    await runAs(null, () => requestSignInLink({ email: "adminlokal.kotamalang@kovablik.test" }));
    await runDeferred();
    const { sent, transport } = capture();
    await deliverPending(db.prisma, transport);
    const token = /\/masuk\/tautan\/([\w-]+)/.exec(
      // The sign-in link mail, not an earlier test's reset mail to the same person still in the outbox.
      sent.find((m) => m.to === "adminlokal.kotamalang@kovablik.test" && m.text.includes("/masuk/tautan/"))!.text,
    )![1]!;
    expect(await describeToken(token)).toEqual({ state: "unknown", kind: null });
    expect(await authenticateWithLink(token, "10.8.0.1")).toMatchObject({
      ok: true,
      user: { email: "adminlokal.kotamalang@kovablik.test" },
    });
    expect(await authenticateWithLink(token, "10.8.0.1")).toEqual({ ok: false, reason: "invalid" });
  });
});
