// Links in mail come from the portal's public address. A production server whose address is this machine
// would mail links nobody can open: it refuses to queue such a mail (the person acting is told why, nothing
// changes), refuses to send one queued earlier, and refuses to start at all.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { runAs } from "@/lib/auth/session";
import { inviteAccountAction } from "@/lib/accounts/actions";
import { deliverPending, enqueueNotification } from "@/lib/notifications/outbox";
import { mailLink, publicUrlProblem } from "@/lib/notifications/public-url";
import { checkServerStart } from "@/lib/server-start";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
beforeAll(async () => {
  db = await appDatabase();
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});
afterAll(async () => {
  await db?.close();
});

/** A production server on a server database; `url` is its configured public address. */
function production(url: string | undefined) {
  vi.stubEnv("NODE_ENV", "production");
  vi.stubEnv("DATABASE_URL", db.url);
  vi.stubEnv("NEXTAUTH_URL", url);
  vi.stubEnv("KOVABLIK_ALLOW_LOCAL_LINKS", undefined);
  vi.stubEnv("KOVABLIK_ALLOW_DEMO", "1");
  vi.stubEnv("NEXT_PHASE", undefined);
}

const invite = (email: string) =>
  runAs("user-admin", () =>
    inviteAccountAction({
      unitId: "",
      affiliation: "",
      name: "Rina Wulandari",
      email,
      nip: "",
      phone: "",
      role: "ADMIN",
    }),
  );

async function counts() {
  const [users, notifications, tokens] = await Promise.all([
    db.prisma.user.count(),
    db.prisma.notification.count(),
    db.prisma.accountToken.count(),
  ]);
  return { users, notifications, tokens };
}

describe("links in mail", () => {
  it("are built from NEXTAUTH_URL", () => {
    vi.stubEnv("NEXTAUTH_URL", "https://kovablik.jatimprov.go.id");
    expect(mailLink("/unit/usulan/abc")).toBe("https://kovablik.jatimprov.go.id/unit/usulan/abc");
  });

  it("pointing at localhost are refused in production: the admin reads why, nothing is created, the server log says how to fix it", async () => {
    production("http://localhost:3000");
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const before = await counts();
    const r = await invite("rina.localhost@kovablik.test");
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(/alamat portal belum diatur oleh pengelola server/);
    expect(await counts()).toEqual(before);
    expect(log.mock.calls.flat().join(" ")).toMatch(/NEXTAUTH_URL/);
  });

  it("are queued with the public address in production, and a 127.0.0.1 link queued earlier is not sent", async () => {
    production("https://kovablik.jatimprov.go.id");
    const r = await invite("rina.publik@kovablik.test");
    expect(r.ok).toBe(true);
    await expect(checkServerStart()).resolves.toBeUndefined();

    // Queued while the address was wrong (say, a trial that later became production).
    vi.stubEnv("NODE_ENV", "test");
    const old = await db.prisma.$transaction((tx) =>
      enqueueNotification(tx, {
        recipientEmail: "lama@kovablik.test",
        template: "password-changed",
        subject: "Lama",
        body: "Buka http://127.0.0.1:3000/masuk",
      }),
    );
    production("https://kovablik.jatimprov.go.id");
    vi.spyOn(console, "error").mockImplementation(() => {});
    const sent: string[] = [];
    await deliverPending(db.prisma, { send: async (m) => void sent.push(m.text) });
    expect(sent.some((t) => t.includes("127.0.0.1"))).toBe(false);
    expect(sent.some((t) => t.includes("https://kovablik.jatimprov.go.id/"))).toBe(true);
    expect(await db.prisma.notification.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({
      state: "FAILED",
      lastError: expect.stringMatching(/alamat portal belum diatur/),
    });
  });

  it("make a production server with a localhost address refuse to start, unless a throwaway test server opts out", async () => {
    production(undefined);
    expect(publicUrlProblem()).toMatch(/NEXTAUTH_URL=http:\/\/localhost/);
    await expect(checkServerStart()).rejects.toThrow(/alamat publik portal/);
    production("http://127.0.0.1:3430");
    await expect(checkServerStart()).rejects.toThrow(/KOVABLIK_ALLOW_LOCAL_LINKS=1/);
    vi.stubEnv("KOVABLIK_ALLOW_LOCAL_LINKS", "1");
    await expect(checkServerStart()).resolves.toBeUndefined();
    // The embedded single-machine trial (`npm start`) keeps working on localhost, like its demo accounts.
    vi.stubEnv("KOVABLIK_ALLOW_LOCAL_LINKS", undefined);
    vi.stubEnv("DATABASE_URL", undefined);
    expect(publicUrlProblem()).toBeNull();
  });
});
