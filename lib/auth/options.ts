import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticate, INVALID_CREDENTIALS_MESSAGE, lockedMessage } from "./sign-in";

function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : null);
}

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/masuk", error: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "Email dan kata sandi",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Kata sandi", type: "password" } },
      async authorize(credentials, req) {
        const result = await authenticate(credentials, clientAddress(req?.headers));
        if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name, sv: result.user.sessionVersion };
        // next-auth hands this message to the sign-in form; it never says whether the account exists.
        throw new Error(result.reason === "locked" ? lockedMessage(result.until) : INVALID_CREDENTIALS_MESSAGE);
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sv?: number }).sv ?? 1;
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
};
