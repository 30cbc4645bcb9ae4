import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, createNonce, HSTS_VALUE, servedOverHttps } from "@/lib/http/security-headers";

const PRIVATE_PREFIXES = ["/dasbor", "/admin", "/unit", "/akun", "/juri", "/usulan"];

const isPrivate = (pathname: string) => PRIVATE_PREFIXES.some((p) => pathname === p || pathname.startsWith(`${p}/`));

// Two jobs on every page request:
// 1. A fresh CSP nonce. Next.js reads it from the request's Content-Security-Policy header while rendering
//    and puts it on its scripts; the same policy goes out on the response. (Every page renders per request
//    anyway: the root layout reads the session.)
// 2. Convenience only: signed-out visitors of private pages go to the sign-in page. It is not a security
//    boundary — every page, server action and route handler checks permission itself.
export async function proxy(request: NextRequest) {
  const https = servedOverHttps(request);
  const csp = contentSecurityPolicy(createNonce(), { dev: process.env.NODE_ENV === "development", https });
  const withHeaders = (response: NextResponse) => {
    response.headers.set("Content-Security-Policy", csp);
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
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }));
}

export const config = {
  // Pages only: route handlers (/api) answer JSON and files, and static assets carry no inline script.
  matcher: ["/((?!api/|_next/static/|_next/image|icon.svg|favicon.ico).*)"],
};
