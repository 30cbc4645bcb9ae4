import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseCrossOrigin } from "@/lib/http/same-origin";

const handler = NextAuth(authOptions);

// next-auth checks its own CSRF token on sign-in and sign-out; the Origin check is the portal-wide rule on top.
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return refuseCrossOrigin(request) ?? handler(request, context);
}

export { handler as GET, POST };
