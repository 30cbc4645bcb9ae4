import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { cache } from "react";
import { cookies } from "next/headers";
import { prisma } from "@/lib/db";
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

async function resolveActor(): Promise<Actor | null> {
  const impersonated = actingAs.getStore();
  if (impersonated !== undefined) return impersonated ? loadActor(impersonated) : null;
  const token = await sessionToken();
  if (!token?.uid) return null;
  // A session without its id cannot be ended on sign-out: it is not accepted.
  if (typeof token.sid !== "string" || typeof token.sat !== "number") return null;
  return loadActor(String(token.uid), typeof token.sv === "number" ? token.sv : -1, new Date(), {
    sid: token.sid,
    sat: token.sat,
  });
}

// next-auth's own cookie names (the secure one over HTTPS). Decoding the JWT directly — next-auth's `decode`
// checks the signature and expiry (lib/auth/session-token.ts keeps what it decoded) — is the same check `getServerSession` makes, without building a whole
// session response on every request.
const SESSION_COOKIES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

async function sessionToken() {
  const jar = await cookies();
  const raw = SESSION_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
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
  // Timestamps are stored as UTC without a zone: `now` is compared as such, whatever the server's TimeZone.
  const at = now.toISOString();
  const [user] = await prisma.$queryRaw<ActorRow[]>`
    SELECT u."id", u."email", u."name", u."status"::text AS "status", u."isAdmin", u."sessionVersion",
      (SELECT j."active" FROM "JudgeProfile" j WHERE j."userId" = u."id") AS "judgeActive",
      EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r."userId" = u."id" AND r."sid" = ${session?.sid ?? ""}) AS "revoked",
      COALESCE((
        SELECT json_agg(json_build_object('role', m."role", 'unitId', n."id", 'unitName', n."name", 'unitPath', n."path")
          ORDER BY m."validFrom", m."id")
        FROM "Membership" m JOIN "Unit" n ON n."id" = m."unitId"
        WHERE m."userId" = u."id" AND n."active"
          AND m."validFrom" <= (${at}::timestamptz AT TIME ZONE 'UTC')
          AND (m."validTo" IS NULL OR m."validTo" > (${at}::timestamptz AT TIME ZONE 'UTC'))
      ), '[]'::json) AS "memberships"
    FROM "User" u WHERE u."id" = ${userId}`;
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
