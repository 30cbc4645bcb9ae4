import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { cookies } from "next/headers";
import type { JWT } from "next-auth/jwt";
import { Prisma, prisma } from "@/lib/db";
import { PREPARED } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { noteActor } from "@/lib/log/context";
import type { Actor, Role } from "./permissions";
import { sessionEnd } from "./revocation";
import { decodeSessionToken } from "./session-token";

/**
 * The signed-in user as the database knows them now: a disabled account, a bumped session version (password
 * change, forced sign-out) or a removed membership takes effect on the very next request.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const actor = await resolveActor();
  noteActor(actor?.id ?? null); // the request's log lines name who acted (lib/log)
  return actor;
});

/**
 * The actor of a route handler's request, which may run outside Next's request scope (lib/http/front-door.ts):
 * the session cookie is read from the request's own Cookie header, which is what `cookies()` reads inside it.
 * With it, one more read in the same statement: one round trip to the database instead of two.
 * `alongside` is a SELECT of at most one row, returned as JSON (timestamps as ISO text without a zone), or
 * null when there is no such row or no signed-in actor to read it for. Autosave, the portal's hot path, reads
 * the proposal's access facts this way (lib/proposals/access.ts).
 */
export async function actorOfRequestWith<R>(
  request: Request,
  alongside: Prisma.Sql,
): Promise<{ actor: Actor | null; alongside: R | null }> {
  const now = new Date();
  const impersonated = actingAs.getStore();
  const claims =
    impersonated === undefined ? claimsOf(await tokenFromCookieHeader(request.headers.get("cookie"))) : null;
  let result: { actor: Actor | null; alongside: R | null } = { actor: null, alongside: null };
  if (impersonated) {
    const [actor, [row]] = await Promise.all([
      loadActor(impersonated),
      prisma.$queryRaw<{ alongside: R }[]>`SELECT row_to_json(r) AS "alongside" FROM (${alongside}) r`,
    ]);
    result = { actor, alongside: actor ? (row?.alongside ?? null) : null };
  } else if (claims && sessionEnd(claims.session.sat) > now) {
    const [row] = await prisma.$queryRaw<{ actor: ActorRow | null; alongside: R | null }[]>`${Prisma.raw(PREPARED)}
      SELECT (SELECT row_to_json(a) FROM (${actorSelect(claims.userId, now, claims.session.sid)}) a) AS "actor",
        (SELECT row_to_json(r) FROM (${alongside}) r) AS "alongside"`;
    const actor = actorFromRow(row?.actor, claims.sessionVersion);
    result = { actor, alongside: actor ? (row?.alongside ?? null) : null };
  }
  noteActor(result.actor?.id ?? null);
  return result;
}

type SessionClaims = { userId: string; sessionVersion: number; session: { sid: string; sat: number } };

function claimsOf(token: Readonly<JWT> | null): SessionClaims | null {
  if (!token?.uid) return null;
  // A session without its id cannot be ended on sign-out: it is not accepted.
  if (typeof token.sid !== "string" || typeof token.sat !== "number") return null;
  const sessionVersion = typeof token.sv === "number" ? token.sv : -1;
  return { userId: String(token.uid), sessionVersion, session: { sid: token.sid, sat: token.sat } };
}

async function resolveActor(readToken = sessionToken): Promise<Actor | null> {
  const impersonated = actingAs.getStore();
  if (impersonated !== undefined) return impersonated ? loadActor(impersonated) : null;
  const claims = claimsOf(await readToken());
  if (!claims) return null;
  return loadActor(claims.userId, claims.sessionVersion, new Date(), claims.session);
}

// next-auth's own cookie names (the secure one over HTTPS). Decoding the JWT directly — next-auth's `decode`
// checks the signature and expiry (lib/auth/session-token.ts keeps what it decoded) — is the same check `getServerSession` makes, without building a whole
// session response on every request.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

async function sessionToken() {
  const jar = await cookies();
  return decodedToken(SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean));
}

/** Parsed as `cookies()` parses it: a later cookie of the same name wins, values URI-decoded. */
function tokenFromCookieHeader(header: string | null) {
  const jar = new Map<string, string>();
  for (const pair of header?.split(";") ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    try {
      jar.set(pair.slice(0, eq).trim(), decodeURIComponent(pair.slice(eq + 1).trim()));
    } catch {
      // a malformed escape: ignored, as `cookies()` ignores it
    }
  }
  return decodedToken(SESSION_COOKIES.map((name) => jar.get(name)).find(Boolean));
}

async function decodedToken(raw: string | undefined) {
  if (!raw || !process.env.NEXTAUTH_SECRET) return null;
  return decodeSessionToken(raw, process.env.NEXTAUTH_SECRET);
}

/** One row of `loadActor`'s statement. Enums come as text; memberships as JSON built by the database. */
type ActorRow = {
  id: string;
  email: string;
  name: string;
  status: string;
  isAdmin: boolean;
  sessionVersion: number;
  judgeActive: boolean | null;
  revoked: boolean;
  memberships: Actor["memberships"];
};

/**
 * `session` (the JWT's sid and sign-in time) is checked when given: a session past its lifetime or signed
 * out (listed in RevokedSession) gets no actor.
 *
 * Every authenticated request starts here, so it is one hand-written statement: the account, its judge
 * profile, whether this session was revoked, and its memberships valid now on active units. (Through Prisma's
 * model API the same read cost three to five times the CPU of the statement itself; bench:autosave.)
 */
export async function loadActor(
  userId: string,
  sessionVersion?: number,
  now = new Date(),
  session?: { sid: string; sat: number },
): Promise<Actor | null> {
  if (session && sessionEnd(session.sat) <= now) return null;
  const [user] = await prisma.$queryRaw<ActorRow[]>(actorSelect(userId, now, session?.sid ?? ""));
  return actorFromRow(user, sessionVersion);
}

function actorSelect(userId: string, now: Date, sid: string): Prisma.Sql {
  // Timestamps are stored as UTC without a zone: `now` is compared as such, whatever the server's TimeZone.
  const at = now.toISOString();
  return Prisma.sql`
    SELECT u."id", u."email", u."name", u."status"::text AS "status", u."isAdmin", u."sessionVersion",
      (SELECT j."active" FROM "JudgeProfile" j WHERE j."userId" = u."id") AS "judgeActive",
      EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."userId" = u."id" AND r."sid" = ${sid}) AS "revoked",
      COALESCE((
        SELECT json_agg(json_build_object('role', m."role", 'unitId', n."id", 'unitName', n."name", 'unitPath', n."path")
          ORDER BY m."validFrom", m."id")
        FROM "Membership" m JOIN "Unit" n ON n."id" = m."unitId"
        WHERE m."userId" = u."id" AND n."active"
          AND m."validFrom" <= (${at}::timestamptz AT TIME ZONE 'UTC')
          AND (m."validTo" IS NULL OR m."validTo" > (${at}::timestamptz AT TIME ZONE 'UTC'))
      ), '[]'::json) AS "memberships"
    FROM "User" u WHERE u."id" = ${userId}`;
}

function actorFromRow(user: ActorRow | null | undefined, sessionVersion?: number): Actor | null {
  if (!user || user.status !== "ACTIVE") return null;
  if (sessionVersion !== undefined && sessionVersion !== user.sessionVersion) return null;
  if (user.revoked) return null;
  const roles = new Set<Role>();
  if (user.isAdmin) roles.add("ADMIN");
  if (user.judgeActive) roles.add("JUDGE");
  for (const m of user.memberships) roles.add(m.role);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    roles: [...roles],
    memberships: user.memberships.map((m) => ({
      role: m.role,
      unitId: m.unitId,
      unitName: m.unitName,
      unitPath: m.unitPath,
    })),
  };
}

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) throw new DomainError("UNAUTHENTICATED", "Sesi Anda telah berakhir. Silakan masuk kembali.");
  return actor;
}

// Lets tests and scripts run server code as a given user (or as nobody, with null) without a request.
// Only code can set it; nothing a browser sends reaches it.
const actingAs = new AsyncLocalStorage<string | null>();

export function runAs<T>(userId: string | null, fn: () => Promise<T>): Promise<T> {
  return actingAs.run(userId, fn);
}
