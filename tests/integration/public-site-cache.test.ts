// Publishing reaches every app process (decision 016): two instances of the cache handler, each with its own
// Next.js incremental cache as two `next start` processes have, share only the database. A publication made
// through one (invalidatePublicSite) makes the other drop its cached public page within the read interval, and
// a render that started before the publication is never kept as current.
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { invalidatePublicSite } from "@/lib/public-site/cache";
import { publicSiteVersion, READ_INTERVAL_MS, VERSION_READER } from "@/lib/public-site/version";
import { migratedDatabase, type TestDatabase } from "../helpers/database";
import type { PrismaClient } from "@/lib/generated/prisma/client";

const require = createRequire(import.meta.url);
const HANDLER = path.resolve("lib/public-site/cache-handler.cjs");

type Handler = {
  get: (key: string, ctx: object) => Promise<{ value: unknown } | null>;
  set: (key: string, data: object, ctx: object) => Promise<void>;
  revalidateTag: (tags: string | string[], durations?: object) => Promise<void>;
};

/** A fresh module graph: its own memory cache and generation, like another process. */
function processInstance(readVersion: () => Promise<number>): { handler: Handler; use: () => void } {
  for (const key of Object.keys(require.cache)) {
    if (key.includes(`${path.sep}incremental-cache${path.sep}`) || key === HANDLER) delete require.cache[key];
  }
  const Handler = require(HANDLER);
  const handler: Handler = new Handler({
    dev: false,
    flushToDisk: false,
    serverDistDir: os.tmpdir(),
    maxMemoryCacheSize: 10_000_000,
  });
  // Each "process" has its own reader (its own once-a-second memo); the handler finds it on globalThis.
  return { handler, use: () => ((globalThis as Record<symbol, unknown>)[VERSION_READER] = readVersion) };
}

const page = (html: string) => ({
  kind: "FETCH",
  data: { headers: {}, body: html, status: 200 },
  revalidate: 60,
  tags: [],
});
const ctx = { kind: "FETCH", fetchCache: true, tags: [], softTags: [] };

let db: TestDatabase;
beforeAll(async () => {
  db = await migratedDatabase();
  (globalThis as unknown as { kovablikPrisma?: PrismaClient }).kovablikPrisma = db.prisma;
});
afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[VERSION_READER];
  await db?.close();
});

/** Each call moves a fake clock past the read interval, so every read goes to the database. */
let clock = Date.now();
const freshRead = () => {
  clock += READ_INTERVAL_MS;
  return publicSiteVersion(clock);
};

describe("the public site's cache across processes", () => {
  it("starts at version 1 and each invalidation moves it on", async () => {
    expect(await freshRead()).toBe(1);
    await invalidatePublicSite();
    expect(await freshRead()).toBe(2);
  });

  it("drops another process's cached page once the version moved, and keeps it while it did not", async () => {
    const a = processInstance(freshRead);
    a.use();
    await a.handler.get("/inovasi", ctx); // first read: remembers the version
    await a.handler.set("/inovasi", page("<p>sebelum</p>"), ctx);
    expect(await a.handler.get("/inovasi", ctx)).not.toBeNull();

    // Another process publishes.
    const b = processInstance(freshRead);
    b.use();
    await b.handler.get("/inovasi", ctx);
    await invalidatePublicSite(); // outside a request: the database version is the only signal
    a.use();
    expect(await a.handler.get("/inovasi", ctx), "stale page served after a publication elsewhere").toBeNull();
    // Re-rendered after the publication: served again.
    await a.handler.set("/inovasi", page("<p>sesudah</p>"), ctx);
    expect(await a.handler.get("/inovasi", ctx)).not.toBeNull();
  });

  it("within one process, expiring the tag drops pages at once, and a render begun before it is not kept", async () => {
    const a = processInstance(freshRead);
    a.use();
    await a.handler.get("/edisi", ctx);
    await a.handler.set("/edisi", page("<p>lama</p>"), ctx);
    // A render of /inovasi starts (the get that misses), then the admin publishes in this process…
    expect(await a.handler.get("/inovasi", ctx)).toBeNull();
    await a.handler.revalidateTag("public-site", { expire: 0 });
    // …and the old render finishes and is stored: it belongs to the generation before the publication.
    await a.handler.set("/inovasi", page("<p>dirender sebelum publikasi</p>"), ctx);
    expect(await a.handler.get("/inovasi", ctx)).toBeNull();
    expect(await a.handler.get("/edisi", ctx)).toBeNull();
  });

  it("reads the version at most once per interval", async () => {
    // Far past any time an earlier test read at, so the first call here must go to the database.
    const t = Date.now() + 1_000_000 * READ_INTERVAL_MS;
    const first = await publicSiteVersion(t);
    await db.prisma.publicSiteVersion.update({ where: { id: 1 }, data: { version: { increment: 5 } } });
    expect(await publicSiteVersion(t + READ_INTERVAL_MS - 1)).toBe(first);
    expect(await publicSiteVersion(t + READ_INTERVAL_MS)).toBe(first + 5);
  });
});
