// What the benchmarks share: a seeded random source (the same data every run) and a throwaway database on a
// PostgreSQL server, with the server's durability settings to print beside the figures.
import crypto from "node:crypto";
import pg from "pg";

export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function createDatabase(admin: string, label: string) {
  const name = `kovablik_bench_${label}_${crypto.randomBytes(3).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  const fsync = (await c.query("SHOW fsync")).rows[0].fsync as string;
  const syncCommit = (await c.query("SHOW synchronous_commit")).rows[0].synchronous_commit as string;
  await c.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    fsync,
    syncCommit,
    drop: async () => {
      const d = new pg.Client({ connectionString: admin });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await d.end();
    },
  };
}
