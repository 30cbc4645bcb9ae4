import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, createNonce, servedOverHttps } from "./security-headers";

const req = (url: string, headers: Record<string, string> = {}) => ({ url, headers: new Headers(headers) });

describe("content security policy", () => {
  it("allows scripts only with this request's nonce, and no inline styles, plugins, framing or foreign forms", () => {
    const csp = contentSecurityPolicy("abc123");
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).not.toContain("unsafe");
    for (const d of [
      "img-src 'self' data: blob:",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]) {
      expect(csp).toContain(d);
    }
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("relaxes only what the development server needs", () => {
    const dev = contentSecurityPolicy("n", { dev: true });
    expect(dev).toContain("'unsafe-eval'");
    expect(dev).toContain("style-src 'self' 'unsafe-inline'");
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const a = createNonce();
    expect(a).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(createNonce()).not.toBe(a);
  });
});

describe("served over HTTPS (for HSTS)", () => {
  it("believes NEXTAUTH_URL and the request's own scheme", () => {
    expect(servedOverHttps(req("http://127.0.0.1:3000/"), { NEXTAUTH_URL: "https://kovablik.jatimprov.go.id" })).toBe(
      true,
    );
    expect(servedOverHttps(req("https://kovablik.jatimprov.go.id/"), {})).toBe(true);
    expect(servedOverHttps(req("http://localhost:3000/"), { NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
  });

  it("believes X-Forwarded-Proto only behind a declared proxy", () => {
    const forwarded = req("http://10.0.0.5:3000/", { "x-forwarded-proto": "https" });
    expect(servedOverHttps(forwarded, {})).toBe(false);
    expect(servedOverHttps(forwarded, { TRUST_PROXY: "1" })).toBe(true);
    expect(servedOverHttps(req("http://10.0.0.5:3000/", { "x-forwarded-proto": "http" }), { TRUST_PROXY: "1" })).toBe(
      false,
    );
  });
});
