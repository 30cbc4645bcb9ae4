// Issue 13 item 4 (part): the health endpoint tells a load balancer which part is down — database or storage —
// and nothing else.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { setFileStorage } from "@/lib/storage";
import { LocalFileStorage } from "@/lib/storage/local";
import { appDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let dir: string;
beforeAll(async () => {
  db = await appDatabase();
  dir = await mkdtemp(path.join(os.tmpdir(), "kovablik-health-"));
});
afterAll(async () => {
  setFileStorage(undefined);
  await chmod(dir, 0o700).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
  await db?.close();
});

describe("GET /api/health", () => {
  it("reports ok when the database answers and files can be written", async () => {
    setFileStorage(new LocalFileStorage(path.join(dir, "files")));
    const res = await GET();
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok", storage: "ok" });
  });

  it.skipIf(process.getuid?.() === 0)("answers 503 naming the storage when uploads cannot be written", async () => {
    const locked = path.join(dir, "locked");
    setFileStorage(new LocalFileStorage(locked));
    await GET(); // creates the directory
    await chmod(locked, 0o500);
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded", database: "ok", storage: "unavailable" });
  });

  it("answers 503 naming the storage when its directory cannot even be created", async () => {
    // A path below a regular file can never become a directory, whoever runs the test (root included).
    const file = path.join(dir, "not-a-dir");
    await (await import("node:fs/promises")).writeFile(file, "x");
    setFileStorage(new LocalFileStorage(path.join(file, "files")));
    const res = await GET();
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ storage: "unavailable", database: "ok" });
  });

  it("answers 503 naming the database when it does not answer", async () => {
    setFileStorage(new LocalFileStorage(path.join(dir, "files")));
    const holder = globalThis as unknown as { kovablikPrisma?: PrismaClient };
    const real = holder.kovablikPrisma;
    // Nothing listens on port 1: the connection is refused at once.
    const down = createPrismaClient("postgresql://postgres@127.0.0.1:1/kovablik");
    holder.kovablikPrisma = down;
    try {
      const res = await GET();
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: "degraded", database: "unavailable", storage: "ok" });
    } finally {
      holder.kovablikPrisma = real;
      await down.$disconnect();
    }
  });
});
