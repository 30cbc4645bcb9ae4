import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  createNonce,
  HSTS_VALUE,
  publicContentSecurityPolicy,
  servedOverHttps,
} from "@/lib/http/security-headers";
import { requestIdFrom } from "@/lib/log/context";
import { isPublicFilePath, isPublicPath } from "@/lib/public-site/routes";

const PRIVATE_PREFIXES = ["/dasbor", "/admin", "/unit", "/akun", "/juri", "/usulan"];

const isPrivate = (pathname: string) => PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));

// Two jobs on every page request:
// 1. A fresh CSP nonce — except on the cached public site (decision 016), whose HTML is the same for everyone
//    and gets the nonce-free public policy; nothing there reads the session. Next.js reads it from the request's Content-Security-Policy header while rendering
//    and puts it on its scripts; the same policy goes out on the response. (Every page renders per request
//    anyway: the root layout reads the session.)
// 2. Convenience only: signed-out visitors of private pages go to the sign-in page. It is not a security
//    boundary — every page, server action and route handler checks permission itself.
// And a request id (X-Request-Id, kept from a reverse proxy when well-formed) that server actions log under
// (lib/log) and the response carries, so a user can quote it. Route handlers set their own (lib/log/route.ts).
export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request);
  const dev = process.env.NODE_ENV === "development";
  // A published photo carries its own policy (sandboxed, loads nothing); a page's policy must not replace it.
  if (isPublicFilePath(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
    return response;
  }
  if (isPublicPath(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", publicContentSecurityPolicy({ dev, https }));
    if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
    return response;
  }
  const csp = contentSecurityPolicy(createNonce(), { dev, https });
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const withHeaders = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
    response.headers.set("X-Request-Id", requestId);
    if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
    return response;
  };

  if (isPrivate(request.nextUrl.pathname)) {
    const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
    if (!token) {
      const url = request.nextUrl.clone();
      url.pathname = "/masuk";
      url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
      return withHeaders(NextResponse.redirect(url));
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("X-Request-Id", requestId);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // Pages only: route handlers (/api) answer JSON and files, and static assets carry no inline script.
  matcher: ["/((?!api/|_next/static/|_next/image|icon.svg|favicon.ico).*)"],
};
