import { describe, expect, it } from "vitest";
import { newCertificateCode, normaliseCertificateCode } from "./certificate-code";

describe("certificate codes", () => {
  it("are random groups of four that read back as themselves", () => {
    const codes = new Set(Array.from({ length: 2000 }, () => newCertificateCode()));
    expect(codes.size).toBe(2000);
    for (const c of [...codes].slice(0, 50)) {
      expect(c).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      expect(normaliseCertificateCode(c)).toBe(c);
    }
  });

  it("forgive case, spaces and look-alike letters, and refuse what cannot be a code", () => {
    expect(normaliseCertificateCode(" kv7q 3mxd 9tra ")).toBe("KV7Q-3MXD-9TRA");
    expect(normaliseCertificateCode("KV7Q-3MXD-9TRO")).toBe("KV7Q-3MXD-9TR0");
    expect(normaliseCertificateCode("KV7Q-3MXD-9TR")).toBeNull();
    expect(normaliseCertificateCode("KV7Q-3MXD-9TR!")).toBeNull();
    expect(normaliseCertificateCode("")).toBeNull();
  });
});
