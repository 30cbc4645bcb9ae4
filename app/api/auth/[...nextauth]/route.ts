import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { refuseCrossOrigin } from "@/lib/http/same-origin";
import { loggedRoute } from "@/lib/log/route";

const handler = NextAuth(authOptions);

// next-auth checks its own CSRF token on sign-in and sign-out; the Origin check is the portal-wide rule on top.
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return refuseCrossOrigin(request) ?? handler(request, context);
}

export const GET = loggedRoute("auth", handler as (request: Request, context: unknown) => Promise<Response>);
const loggedPost = loggedRoute("auth", POST);
export { loggedPost as POST };
