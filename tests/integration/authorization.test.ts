// The authorisation suite: every server action and every route handler, run as every kind of principal.
// It enumerates them from the source tree, so a new action or route without an entry in authz-matrix.ts
// fails here. Each action runs on its own copy of a seeded database, so one action's writes never decide
// another's outcome.
import crypto from "node:crypto";
import fs from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActionResult } from "@/lib/actions/action";
import { runAs } from "@/lib/auth/session";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/lib/db/migrate";
import { setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { MIGRATIONS_DIR } from "../helpers/database";
import {
  ACTIONS,
  ALL_PRINCIPALS,
  PRINCIPALS,
  ROUTES,
  prepareFixtures,
  type Fixtures,
  type Principal,
} from "./authz-matrix";

const ROOT = path.resolve(__dirname, "../..");
const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) return [];
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const isSource = (f: string) => /\.(ts|tsx)$/.test(f) && !/\.(test|spec)\.tsx?$/.test(f) && !f.endsWith(".d.ts");
/** A module-level "use server" directive: the file's first statement (comments may precede it). */
const USE_SERVER_FIRST = /^(?:\s*(?:\/\/[^\n]*\n|\/\*[\s\S]*?\*\/))*\s*["']use server["']/;
const USE_SERVER_ANYWHERE = /["']use server["']/;

// ─────────── Discovery ───────────

type RegisteredAction = ((input: unknown) => Promise<ActionResult<unknown>>) & {
  actionName: string;
  permission: string;
};
type FoundAction = { name: string; file: string; exportName: string; run: RegisteredAction };

const libSources = walk(path.join(ROOT, "lib")).filter(isSource);
const actionFiles = libSources.filter(
  (f) => /actions\.ts$/.test(f) || USE_SERVER_FIRST.test(fs.readFileSync(f, "utf8")),
);
const foundActions: FoundAction[] = [];
/** Exports of "use server" modules that are not built with defineAction: they would skip the action chain. */
const rawServerFunctions: string[] = [];
for (const file of actionFiles) {
  const mod = (await import(file)) as Record<string, unknown>;
  const isServerModule = USE_SERVER_FIRST.test(fs.readFileSync(file, "utf8"));
  for (const [exportName, value] of Object.entries(mod)) {
    if (typeof value === "function" && "actionName" in value) {
      const run = value as RegisteredAction;
      foundActions.push({ name: run.actionName, file: rel(file), exportName, run });
    } else if (isServerModule && typeof value === "function") {
      rawServerFunctions.push(`${rel(file)}#${exportName}`);
    }
  }
}
foundActions.sort((a, b) => a.name.localeCompare(b.name));

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
type RouteHandler = (
  request: Request,
  context: { params: Promise<Record<string, string | string[]>> },
) => Promise<Response>;
type FoundRoute = { key: string; file: string; handler: RouteHandler };

const foundRoutes: FoundRoute[] = [];
for (const file of walk(path.join(ROOT, "app")).filter((f) => /[\\/]route\.(ts|tsx|js)$/.test(f))) {
  const segments = path
    .relative(path.join(ROOT, "app"), path.dirname(file))
    .split(path.sep)
    .filter((s) => s && !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  const routePath = `/${segments.join("/")}`;
  const mod = (await import(file)) as Record<string, unknown>;
  for (const method of METHODS) {
    if (typeof mod[method] === "function") {
      foundRoutes.push({ key: `${method} ${routePath}`, file: rel(file), handler: mod[method] as RouteHandler });
    }
  }
}

// ─────────── Databases: one seeded base, a fresh copy per action ───────────

type Copy = { prisma: PrismaClient; close: () => Promise<void> };
type Databases = { fresh: () => Promise<Copy>; close: () => Promise<void> };

async function freePort(): Promise<number> {
  const probe = net.createServer();
  const port = await new Promise<number>((resolve, reject) => {
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => resolve((probe.address() as net.AddressInfo).port));
  });
  await new Promise((r) => probe.close(r));
  return port;
}

// The app's `prisma` (lib/db) looks this global up on every call, so setting it points all server code at a copy.
const pointAppAt = (prisma: PrismaClient) => {
  (globalThis as unknown as { kovablikPrisma?: PrismaClient }).kovablikPrisma = prisma;
};

async function seedBase(url: string): Promise<Fixtures> {
  await applyMigrations({ url, migrationsDir: MIGRATIONS_DIR });
  const prisma = createPrismaClient(url);
  try {
    pointAppAt(prisma);
    const { seed } = await import("@/prisma/seed");
    await seed(prisma);
    return await prepareFixtures(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

/** Locally: an in-process PGlite, cloned per action (well under a second, against seconds for a re-seed). */
async function embeddedDatabases(): Promise<Databases & { fixtures: Fixtures }> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { PGLiteSocketServer } = await import("@electric-sql/pglite-socket");
  const serve = async (db: InstanceType<typeof PGlite>) => {
    const port = await freePort();
    const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 50 });
    await server.start();
    return { url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`, server };
  };
  const base = new PGlite();
  await base.waitReady;
  const served = await serve(base);
  const fixtures = await seedBase(served.url);
  await served.server.stop();
  return {
    fixtures,
    fresh: async () => {
      const copy = (await base.clone()) as InstanceType<typeof PGlite>;
      const { url, server } = await serve(copy);
      const prisma = createPrismaClient(url);
      pointAppAt(prisma);
      return {
        prisma,
        close: async () => {
          await prisma.$disconnect();
          await server.stop();
          await copy.close();
        },
      };
    },
    close: () => base.close(),
  };
}

/** On a PostgreSQL server (CI): a seeded template database, copied with CREATE DATABASE … TEMPLATE. */
async function serverDatabases(serverUrl: string): Promise<Databases & { fixtures: Fixtures }> {
  const admin = async (sql: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const urlOf = (name: string) => {
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    return u.toString();
  };
  const prefix = `kovablik_authz_${process.pid}_${crypto.randomBytes(3).toString("hex")}`;
  const baseName = `${prefix}_base`;
  await admin(`CREATE DATABASE "${baseName}"`);
  const fixtures = await seedBase(urlOf(baseName));
  const made: string[] = [];
  return {
    fixtures,
    fresh: async () => {
      const name = `${prefix}_${made.length}`;
      made.push(name);
      await admin(`CREATE DATABASE "${name}" TEMPLATE "${baseName}"`);
      const prisma = createPrismaClient(urlOf(name));
      pointAppAt(prisma);
      return {
        prisma,
        close: async () => {
          await prisma.$disconnect();
          await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        },
      };
    },
    close: () => admin(`DROP DATABASE IF EXISTS "${baseName}" WITH (FORCE)`),
  };
}

/** Every row of every table, hashed per table: any insert, update or delete shows. */
async function fingerprint(db: PrismaClient): Promise<Record<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
    ORDER BY table_name`;
  const sql = tables
    .map(
      ({ name }) =>
        `SELECT '${name}' AS t, count(*)::text || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${name}" x` +
        // Issue 8: a refusal is itself recorded in the audit log; that entry is the only write a refusal makes.
        (name === "AuditEntry" ? ` WHERE x.action <> 'action.refused'` : ""),
    )
    .join(" UNION ALL ");
  const rows = await db.$queryRawUnsafe<{ t: string; h: string }[]>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

function changedTables(before: Record<string, string>, after: Record<string, string>): string[] {
  return Object.keys({ ...before, ...after }).filter((t) => before[t] !== after[t]);
}

// ─────────── Judging results ───────────

const REFUSAL_CODES = new Set(["FORBIDDEN", "UNAUTHENTICATED"]);
/** Outcomes that prove an allowed call got past authorisation and validation to the feature's own rules. */
const BUSINESS_CODES = new Set(["CONFLICT", "DEADLINE", "RATE_LIMITED"]);

function describeResult(r: ActionResult<unknown>): string {
  return r.ok ? "ok" : `${r.code ?? "server error"} (${r.error})`;
}

let dbs: Databases & { fixtures: Fixtures };
let filesDir: string;
beforeAll(async () => {
  // Uploaded files go to a scratch directory, shared by all database copies (attachments are soft-deleted).
  filesDir = await mkdtemp(path.join(os.tmpdir(), "kovablik-authz-files-"));
  setFileStorage(new LocalFileStorage(filesDir));
  const server = process.env.TEST_DATABASE_URL;
  dbs = server ? await serverDatabases(server) : await embeddedDatabases();
});
afterAll(async () => {
  await dbs?.close();
  setFileStorage(undefined);
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

const call = (run: RegisteredAction, who: Principal, input: unknown) => runAs(PRINCIPALS[who], () => run(input));

describe("the authorisation matrix covers the whole application", () => {
  it("has an entry for every server action, and none for actions that no longer exist", () => {
    const names = foundActions.map((a) => a.name);
    const missing = foundActions.filter((a) => !ACTIONS[a.name]).map((a) => `${a.name} (${a.file}#${a.exportName})`);
    const stale = Object.keys(ACTIONS).filter((n) => !names.includes(n));
    expect(foundActions.length).toBeGreaterThan(0);
    expect(missing, "server actions without an entry in tests/integration/authz-matrix.ts").toEqual([]);
    expect(stale, "matrix entries for actions that do not exist").toEqual([]);
  });

  it("finds every action under exactly one name", () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const a of foundActions) {
      const where = `${a.file}#${a.exportName}`;
      if (seen.has(a.name) && seen.get(a.name) !== where)
        duplicates.push(`${a.name}: ${seen.get(a.name)} and ${where}`);
      seen.set(a.name, where);
    }
    expect(duplicates).toEqual([]);
  });

  it("builds every server function with defineAction, and only inside lib/", () => {
    expect(rawServerFunctions, "exports of 'use server' modules that bypass defineAction").toEqual([]);
    const elsewhere = [...walk(path.join(ROOT, "app")), ...walk(path.join(ROOT, "components"))]
      .filter(isSource)
      .filter((f) => USE_SERVER_ANYWHERE.test(fs.readFileSync(f, "utf8")))
      .map(rel);
    expect(elsewhere, "server actions must live in lib/<feature>/actions.ts, where this suite finds them").toEqual([]);
  });

  it("has an entry for every route handler, and none for routes that no longer exist", () => {
    const keys = foundRoutes.map((r) => r.key);
    expect(
      keys.filter((k) => !ROUTES[k]),
      "route handlers without an entry in authz-matrix.ts",
    ).toEqual([]);
    expect(
      Object.keys(ROUTES).filter((k) => !keys.includes(k)),
      "matrix entries for routes that do not exist",
    ).toEqual([]);
  });

  it("only lists out-of-scope samples for principals that are otherwise allowed", () => {
    const wrong = Object.entries(ACTIONS).flatMap(([name, c]) =>
      (c.outOfScope ?? []).flatMap((o) =>
        o.principals.filter((p) => !c.allowed.includes(p)).map((p) => `${name}: ${p}`),
      ),
    );
    expect(wrong).toEqual([]);
  });
});

describe("server actions", () => {
  for (const action of foundActions) {
    const entry = ACTIONS[action.name];
    it.skipIf(!entry)(`${action.name} — allowed: ${entry?.allowed.join(", ") || "nobody"}`, async () => {
      const c = entry!;
      const f = dbs.fixtures;
      const problems: string[] = [];
      let db = await dbs.fresh();
      try {
        const base = await fingerprint(db.prisma);
        const refusals: { who: Principal; input: unknown; what: string; notFoundIsRefusal?: boolean }[] = [
          ...ALL_PRINCIPALS.filter((p) => !c.allowed.includes(p)).map((who) => ({
            who,
            input: c.input(f, who),
            what: "the sample",
          })),
          ...(c.outOfScope ?? []).flatMap((o) =>
            o.principals.map((who) => ({
              who,
              input: o.input(f, who),
              what: o.what,
              notFoundIsRefusal: o.notFoundIsRefusal,
            })),
          ),
        ];
        for (const { who, input, what, notFoundIsRefusal } of refusals) {
          const r = await call(action.run, who, input);
          const refused = !r.ok && (REFUSAL_CODES.has(r.code ?? "") || (notFoundIsRefusal && r.code === "NOT_FOUND"));
          if (!refused) {
            problems.push(`${who} on ${what}: expected FORBIDDEN/UNAUTHENTICATED, got ${describeResult(r)}`);
          }
        }
        // One fingerprint after all refused calls: cheaper, and any write by any of them shows.
        const changed = changedTables(base, await fingerprint(db.prisma));
        if (changed.length) {
          problems.push(`refused calls (${refusals.map((x) => x.who).join(", ")}) wrote to ${changed.join(", ")}`);
        }
        for (const [i, who] of c.allowed.entries()) {
          if (c.isolate && i > 0) {
            await db.close();
            db = await dbs.fresh();
          }
          const r = await call(action.run, who, c.input(f, who));
          if (!r.ok && !BUSINESS_CODES.has(r.code ?? "")) {
            problems.push(`${who} (allowed) on the sample: got ${describeResult(r)}`);
          }
        }
      } finally {
        await db.close();
      }
      expect(problems).toEqual([]);
    });
  }
});

describe("route handlers", () => {
  for (const route of foundRoutes) {
    const entry = ROUTES[route.key];
    if (!entry) continue;
    if (entry.public) {
      it(`${route.key} is public: ${entry.why}`, () => {
        expect(entry.why.length).toBeGreaterThan(0);
      });
      continue;
    }
    it(`${route.key} — allowed: ${entry.allowed.join(", ") || "nobody"}`, async () => {
      const f = dbs.fixtures;
      const problems: string[] = [];
      const db = await dbs.fresh();
      try {
        const base = await fingerprint(db.prisma);
        const send = (who: Principal, request: Request, params: Record<string, string | string[]> = {}) =>
          runAs(PRINCIPALS[who], () => route.handler(request, { params: Promise.resolve(params) }));
        const refusals = [
          ...ALL_PRINCIPALS.filter((p) => !entry.allowed.includes(p)).map((who) => ({
            who,
            request: entry.request(f),
            params: entry.params?.(f),
            what: "the sample",
          })),
          ...(entry.outOfScope ?? []).flatMap((o) =>
            o.principals.map((who) => ({ who, request: o.request(f), params: o.params?.(f), what: o.what })),
          ),
        ];
        for (const { who, request, params, what } of refusals) {
          const res = await send(who, request, params);
          if (res.status !== 401 && res.status !== 403)
            problems.push(`${who} on ${what}: expected 401/403, got ${res.status}`);
        }
        const changed = changedTables(base, await fingerprint(db.prisma));
        if (changed.length) problems.push(`refused requests wrote to ${changed.join(", ")}`);
        for (const who of entry.allowed) {
          const res = await send(who, entry.request(f), entry.params?.(f));
          // Past authorisation and validation: a success, or a conflict of the feature's own rules.
          if (res.status >= 400 && res.status !== 409)
            problems.push(`${who} (allowed): got ${res.status} ${await res.text().catch(() => "")}`);
        }
      } finally {
        await db.close();
      }
      expect(problems).toEqual([]);
    });
  }

  it("GET /api/health answers a signed-out caller", async () => {
    const health = foundRoutes.find((r) => r.key === "GET /api/health");
    expect(health).toBeDefined();
    const db = await dbs.fresh();
    try {
      const res = await runAs(null, () =>
        health!.handler(new Request("http://localhost/api/health"), { params: Promise.resolve({}) }),
      );
      expect(res.status).toBe(200);
    } finally {
      await db.close();
    }
  });
});
