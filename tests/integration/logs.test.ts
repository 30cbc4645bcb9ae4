// Issue 13 item 4: structured logs. Every line is one JSON object with the request id (the same the response
// carries in X-Request-Id) and the acting user's id, and never an e-mail address, password, token or
// connection-string password — not even when an unexpected error's message holds one.
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import * as pdfRoute from "@/app/api/usulan/[id]/pdf/route";
import { changePassword } from "@/lib/accounts/self-service-actions";
import { runAs } from "@/lib/auth/session";
import { log, scrub, setLogSink } from "@/lib/log";
import { loggedRoute } from "@/lib/log/route";
import { DEMO_PASSWORD } from "@/prisma/seed-data";
import { appDatabase, type TestDatabase } from "../helpers/database";

const OPERATOR = "user-operator-kepanjen";
const OPERATOR_EMAIL = "operator.kepanjen@kovablik.test";

let db: TestDatabase;
let lines: string[] = [];
const levelBefore = process.env.KOVABLIK_LOG_LEVEL;

beforeAll(async () => {
  db = await appDatabase();
  process.env.KOVABLIK_LOG_LEVEL = "info";
  setLogSink((line) => lines.push(line));
});
afterEach(() => {
  lines = [];
});
afterAll(async () => {
  setLogSink(undefined);
  process.env.KOVABLIK_LOG_LEVEL = levelBefore;
  await db?.close();
});

function parsed(): Record<string, unknown>[] {
  return lines.map((l) => {
    expect(l).not.toContain("\n");
    return JSON.parse(l) as Record<string, unknown>;
  });
}

function expectNothingPersonal(forbidden: string[]) {
  const all = lines.join("\n");
  for (const s of forbidden) expect(all).not.toContain(s);
  expect(all).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.-]+/); // no e-mail address of anyone
}

describe("request logs", () => {
  it("logs a route request as one JSON line with the request id it answers with and the actor", async () => {
    const res = await runAs(OPERATOR, () =>
      pdfRoute.GET(new Request("http://localhost/api/usulan/bukan-usulan/pdf?token=rahasia-di-query"), {
        params: Promise.resolve({ id: "bukan-usulan" }),
      }),
    );
    expect(res.status).toBe(404);
    const requestId = res.headers.get("x-request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const line = parsed().find((l) => l.msg === "request");
    expect(line).toMatchObject({
      level: "info",
      requestId,
      actorId: OPERATOR,
      route: "usulan.pdf",
      method: "GET",
      status: 404,
    });
    expect(typeof line!.ms).toBe("number");
    expectNothingPersonal(["rahasia-di-query", OPERATOR_EMAIL]);
  });

  it("keeps a request id from our reverse proxy only when TRUST_PROXY says there is one", async () => {
    const handler = loggedRoute("uji", async () => Response.json({ ok: true }));
    const withId = () =>
      handler(new Request("http://localhost/api/uji", { headers: { "x-request-id": "abcdef0123456789" } }));
    expect((await withId()).headers.get("x-request-id")).not.toBe("abcdef0123456789");
    process.env.TRUST_PROXY = "1";
    try {
      expect((await withId()).headers.get("x-request-id")).toBe("abcdef0123456789");
      expect(parsed().at(-1)).toMatchObject({ requestId: "abcdef0123456789", actorId: null });
    } finally {
      delete process.env.TRUST_PROXY;
    }
  });

  it("logs an unexpected error with its stack but without the addresses, tokens and passwords in its message", async () => {
    const jwt = "eyJhbGciOiJIUzI1NiJ9.eyJ1aWQiOiJ1c2VyLWFkbWluIn0.c2lnbmF0dXJl";
    const handler = loggedRoute("uji.gagal", async () => {
      throw new Error(
        `koneksi postgresql://portal:SandiBasisData@db.internal/kovablik gagal untuk budi@contoh.go.id (Bearer ${jwt})`,
      );
    });
    const res = await handler(new Request("http://localhost/api/uji"));
    expect(res.status).toBe(500);
    expect(await res.json()).not.toHaveProperty("stack");
    const error = parsed().find((l) => l.msg === "error");
    expect(error).toMatchObject({ level: "error", where: "uji.gagal", errorName: "Error" });
    expect(error!.message).toContain("[email]");
    expect(String(error!.stack)).toMatch(/at /);
    expect(parsed().find((l) => l.msg === "request")).toMatchObject({ status: 500, requestId: error!.requestId });
    expectNothingPersonal(["SandiBasisData", "budi@", jwt, "eyJ"]);
  });
});

describe("server action logs", () => {
  it("logs a refused password change by action name and outcome, never the passwords or the e-mail", async () => {
    const result = await runAs(OPERATOR, () =>
      changePassword({
        currentPassword: "BukanSandiIni#9",
        newPassword: "SandiBaruKuat#2027",
        confirmPassword: "SandiBaruKuat#2027",
      }),
    );
    expect(result.ok).toBe(false);
    const line = parsed().find((l) => l.msg === "action");
    expect(line).toMatchObject({ serverAction: "accounts.change-password", actorId: OPERATOR, level: "info" });
    expect(line!.outcome).not.toBe("ok");
    expect(line!.requestId).toEqual(expect.any(String));
    expectNothingPersonal(["BukanSandiIni", "SandiBaruKuat", DEMO_PASSWORD, OPERATOR_EMAIL]);
  });

  it("drops fields whose names suggest a secret, and scrubs free text", () => {
    log("info", "uji", { userId: "user-admin", email: "admin@kovablik.test", password: "x", sessionToken: "y" });
    expect(parsed().at(-1)).toMatchObject({
      userId: "user-admin",
      email: "[redacted]",
      password: "[redacted]",
      sessionToken: "[redacted]",
    });
    expect(scrub("kirim ke a.b@c.go.id, sandi postgres://u:p4ss@h/db")).toBe(
      "kirim ke [email], sandi postgres://u:***@h/db",
    );
  });
});

describe("every route handler is logged", () => {
  it("exports its methods only through loggedRoute", () => {
    const root = path.resolve(import.meta.dirname, "../../app");
    const routes = (fs.readdirSync(root, { recursive: true }) as string[]).filter((f) => /(^|\/)route\.ts$/.test(f));
    expect(routes.length).toBeGreaterThan(5);
    const unlogged: string[] = [];
    for (const file of routes) {
      const text = fs.readFileSync(path.join(root, file), "utf8");
      if (/export\s+(async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE)\b/.test(text)) unlogged.push(file);
      for (const m of text.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\s*=\s*(\w+)/g)) {
        if (m[2] !== "loggedRoute") unlogged.push(`${file} ${m[1]}`);
      }
      for (const m of text.matchAll(/export\s*\{([^}]*)\}/g)) {
        for (const part of m[1]!.split(",")) {
          const [local, exported] = part.split(/\s+as\s+/).map((s) => s.trim());
          if (!/^(GET|POST|PUT|PATCH|DELETE)$/.test(exported ?? local ?? "")) continue;
          if (!new RegExp(`const\\s+${local}\\s*=\\s*loggedRoute\\(`).test(text)) unlogged.push(`${file} ${exported}`);
        }
      }
    }
    expect(unlogged, "wrap these in loggedRoute (lib/log/route.ts)").toEqual([]);
  });
});
