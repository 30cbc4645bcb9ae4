import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { revokeSession, SESSION_LIFETIME_SECONDS } from "./revocation";
import {
  authenticate,
  authenticateWithLink,
  INVALID_CREDENTIALS_MESSAGE,
  INVALID_LINK_MESSAGE,
  lockedMessage,
  type SignInResult,
} from "./sign-in";

export const SESSION_MAX_AGE_SECONDS = SESSION_LIFETIME_SECONDS;

/** What both sign-in ways hand next-auth: the session's user, with the version that revokes it (`sv`). */
function sessionUser(user: Extract<SignInResult, { ok: true }>["user"]) {
  return { id: user.id, email: user.email, name: user.name, sv: user.sessionVersion };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "Email dan kata sandi",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(credentials, clientAddress(req?.headers));
        if (result.ok) return sessionUser(result.user);
        // next-auth hands this message to the sign-in form; it never says whether the account exists.
        throw new Error(result.reason === "locked" ? lockedMessage(result.until) : INVALID_CREDENTIALS_MESSAGE);
      },
    }),
    // "Masuk dengan tautan": the one-time link mailed to the owner (see /masuk/tautan).
    CredentialsProvider({
      id: "tautan",
      name: "Tautan masuk",
      credentials: { token: { label: "Token", type: "text" } },
      async authorize(credentials, req) {
        const result = await authenticateWithLink(credentials?.token, clientAddress(req?.headers));
        if (result.ok) return sessionUser(result.user);
        throw new Error(INVALID_LINK_MESSAGE);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 1;
        // The session's own id, so that signing out can end exactly this session on the server, and its
        // start, which bounds it however often next-auth re-issues the cookie.
        token.sid = randomUUID();
        token.sat = Math.floor(Date.now() / 1000);
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) {
        const user = session.user as { id?: string; sv?: number };
        user.id = token.uid as string | undefined;
        user.sv = token.sv as number | undefined;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await revokeSession(token).catch((e: unknown) => console.error("[auth] sign-out not recorded", e));
    },
  },
};
