import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";

// Convenience only: sends signed-out visitors of private pages to the sign-in page. It is not a security
// boundary — every page, server action and route handler checks permission itself.
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET });
  if (token) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = "/masuk";
  url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/dasbor/:path*", "/admin/:path*", "/unit/:path*", "/akun/:path*", "/juri/:path*", "/usulan/:path*"],
};
