import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mailAccountLink } from "@/lib/accounts/self-service";
import { clientAddress } from "@/lib/auth/client-address";
import { authOptions } from "@/lib/auth/options";
import { installPeerAddressGuard } from "@/lib/auth/peer-address";
import { claimSignInAttempt, FREE_FAILURES, MAX_FAILURES_PER_ACCOUNT } from "@/lib/auth/rate-limit";
import { createPrismaClient } from "@/lib/db";
import { loadActor } from "@/lib/auth/session";
import { authenticate, authenticateWithLink } from "@/lib/auth/sign-in";
import { deliverPending } from "@/lib/notifications/outbox";
import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterAll(async () => {
  await db?.close();
});

const checked = (results: Awaited<ReturnType<typeof authenticate>>[]) =>
  results.filter((r) => !r.ok && r.reason === "invalid").length;

describe("sign-in limits under a burst", () => {
  it("checks at most the limit's number of passwords when 100 wrong ones arrive at once from one address", async () => {
    const email = "operator.kendalkerep@kovablik.test";
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => authenticate({ email, password: `tebakan-${i}` }, "192.0.2.10")),
    );
    expect(checked(results)).toBeLessThanOrEqual(FREE_FAILURES);
    expect(checked(results)).toBeGreaterThan(0);
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(100 - checked(results));
    // Every checked password left exactly one audit entry; the refusals while locked none.
    expect(
      await db.prisma.auditEntry.count({
        where: { action: "auth.sign_in_failed", entityId: "user-operator-kendalkerep" },
      }),
    ).toBe(checked(results));
  });

  it("counts atomically in the database across app servers: 4 clients × 25 concurrent claims pass the limit only", async () => {
    const servers = Array.from({ length: 4 }, () => createPrismaClient(db.url));
    try {
      const claims = await Promise.all(
        servers.flatMap((client) =>
          Array.from({ length: 25 }, () =>
            claimSignInAttempt(client, { email: "operator.kepanjen@kovablik.test", ip: "192.0.2.77" }),
          ),
        ),
      );
      const granted = claims.filter((c) => c.ok).length;
      expect(granted).toBeGreaterThan(0);
      expect(granted).toBeLessThanOrEqual(FREE_FAILURES);
    } finally {
      await Promise.all(servers.map((c) => c.$disconnect()));
    }
  });

  it("holds the account-wide limit against 100 addresses at once; the owner still gets in with a mailed link", async () => {
    const email = "juri@kovablik.test";
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) => authenticate({ email, password: `tebakan-${i}` }, `198.51.100.${i}`)),
    );
    expect(checked(results)).toBeLessThanOrEqual(MAX_FAILURES_PER_ACCOUNT);
    const owner = await authenticate({ email, password: DEMO_PASSWORD }, "203.0.113.5");
    expect(owner.ok === false && owner.reason).toBe("locked");

    await mailAccountLink("SIGN_IN", email);
    const sent: string[] = [];
    await deliverPending(db.prisma, { send: async (m) => void (m.to === email && sent.push(m.text)) });
    const token = /\/masuk\/tautan\/([\w-]+)/.exec(sent[0] ?? "")?.[1];
    expect(token).toBeDefined();
    expect(await authenticateWithLink(token, "203.0.113.5")).toMatchObject({ ok: true });
  });
});

describe("the address behind a request", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installPeerAddressGuard();
    // What a route handler sees: the request's headers after the guard ran, and nothing else.
    server = http.createServer(async (req, res) => {
      const address = clientAddress(req.headers);
      const body = JSON.parse(
        await new Promise<string>((r) => {
          let b = "";
          req.on("data", (c) => (b += c));
          req.on("end", () => r(b));
        }),
      );
      const result = await authenticate(body, address);
      res.end(JSON.stringify({ address, result: result.ok ? "ok" : result.reason }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => {
    delete process.env.TRUST_PROXY;
    server?.close();
  });

  const attempt = async (email: string, forwardedFor: string) =>
    (await (
      await fetch(url, {
        method: "POST",
        headers: { "x-forwarded-for": forwardedFor, "x-kovablik-peer": "10.66.0.1" },
        body: JSON.stringify({ email, password: "salah-sekali-1" }),
      })
    ).json()) as { address: string; result: string };

  it("ignores a spoofed X-Forwarded-For without TRUST_PROXY: rotating it does not reset the limit", async () => {
    delete process.env.TRUST_PROXY;
    const seen = [];
    for (let i = 0; i < 8; i++) seen.push(await attempt("adminlokal.kotamalang@kovablik.test", `203.0.113.${i}`));
    expect(new Set(seen.map((s) => s.address))).toEqual(new Set(["127.0.0.1"]));
    expect(seen.filter((s) => s.result === "invalid")).toHaveLength(FREE_FAILURES);
    expect(seen.at(-1)!.result).toBe("locked");
  });

  it("honours X-Forwarded-For with TRUST_PROXY=1: the entry our proxy appended, not what the client wrote", async () => {
    process.env.TRUST_PROXY = "1";
    const seen = [];
    for (let i = 0; i < 5; i++) seen.push(await attempt("adminlokal.kabmalang@kovablik.test", `6.6.6.6, 10.20.0.${i}`));
    expect(seen.map((s) => s.address)).toEqual([0, 1, 2, 3, 4].map((i) => `10.20.0.${i}`));
    // Different people behind the proxy: each one's first attempt is checked.
    expect(seen.every((s) => s.result === "invalid")).toBe(true);
  });
});

describe("signing out", () => {
  it("ends that session on the server: the old cookie's claims no longer load an actor, other sessions do", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@kovablik.test" } });
    const sat = Math.floor(Date.now() / 1000);
    const laptop = { uid: user.id, sv: user.sessionVersion, sid: "sesi-laptop", sat };
    const phone = { ...laptop, sid: "sesi-ponsel" };
    expect(await loadActor(user.id, user.sessionVersion, new Date(), laptop)).not.toBeNull();

    await authOptions.events!.signOut!({ token: laptop, session: undefined as never });
    expect(await loadActor(user.id, user.sessionVersion, new Date(), laptop)).toBeNull();
    expect(await loadActor(user.id, user.sessionVersion, new Date(), phone)).not.toBeNull();
    expect(await db.prisma.auditEntry.count({ where: { action: "auth.sign_out", actorId: user.id } })).toBe(1);
  });

  it("refuses a session older than its lifetime, however often the cookie was re-issued", async () => {
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: "admin@kovablik.test" } });
    const old = { sid: "sesi-lama", sat: Math.floor(Date.now() / 1000) - 9 * 60 * 60 };
    expect(await loadActor(user.id, user.sessionVersion, new Date(), old)).toBeNull();
  });
});
