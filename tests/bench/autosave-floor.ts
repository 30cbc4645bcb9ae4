// The floor of bench:autosave: the least an autosave can cost on this machine and database. A bare node:http
// server (one process, no framework) that decodes the same next-auth session cookie with the portal's own
// decoder (lib/auth/session-token.ts) and runs the same
// versioned UPDATE of the same kind of row through a plain `pg` pool; no permission checks, no logging.
// Started by tests/bench/autosave.ts beside the portal, in the same run, so the ratio of the two compares like
// with like on a machine whose load changes from minute to minute.
//
// Env: FLOOR_PORT, FLOOR_DATABASE_URL, NEXTAUTH_SECRET, DATABASE_POOL_SIZE (20).
import http from "node:http";
import pg from "pg";
import { decodeSessionToken } from "@/lib/auth/session-token";

const secret = process.env.NEXTAUTH_SECRET!;
const pool = new pg.Pool({
  connectionString: process.env.FLOOR_DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
});
const COOKIE = /(?:^|;\s*)next-auth\.session-token=([^;]+)/;
const PATH = /^\/api\/usulan\/([^/]+)\/bagian\/([^/]+)$/;

function reply(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const m = PATH.exec(req.url ?? "");
  if (req.method !== "PUT" || !m) return reply(res, 404, { ok: false });
  const raw = COOKIE.exec(req.headers.cookie ?? "")?.[1];
  const token = raw ? await decodeSessionToken(raw, secret) : null;
  if (!token?.uid) return reply(res, 401, { ok: false });
  const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { baseVersion: number; text: string };
  const [proposalId, sectionId] = [decodeURIComponent(m[1]!), decodeURIComponent(m[2]!)];
  const words = body.text.split(/\s+/).filter(Boolean).length;
  const { rows } =
    body.baseVersion === 0
      ? await pool.query(
          `INSERT INTO "Answer" ("proposalId", "sectionId", text, "wordCount", version, "updatedById", "updatedAt")
           VALUES ($1, $2, $3, $4, 1, $5, now()) ON CONFLICT DO NOTHING RETURNING version, "updatedAt"`,
          [proposalId, sectionId, body.text, words, token.uid],
        )
      : await pool.query(
          `UPDATE "Answer" SET text = $3, "wordCount" = $4, version = version + 1, "updatedById" = $5, "updatedAt" = now()
           WHERE "proposalId" = $1 AND "sectionId" = $2 AND version = $6 RETURNING version, "updatedAt"`,
          [proposalId, sectionId, body.text, words, token.uid, body.baseVersion],
        );
  const row = rows[0] as { version: number; updatedAt: Date } | undefined;
  if (!row) return reply(res, 409, { saved: false });
  reply(res, 200, { saved: true, version: row.version, savedAt: row.updatedAt.toISOString() });
}

const server = http.createServer((req, res) => {
  handle(req, res).catch(() => reply(res, 500, { ok: false }));
});
server.keepAliveTimeout = 65_000;
server.listen(Number(process.env.FLOOR_PORT), "127.0.0.1", () => console.log("floor ready"));
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
