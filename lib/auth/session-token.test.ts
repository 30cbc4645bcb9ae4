import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { decodeSessionToken } from "./session-token";

const SECRET = "a-secret-of-enough-length-for-the-test-0123";

describe("decodeSessionToken", () => {
  it("reads a valid session token, and the same one again", async () => {
    const token = await encode({ token: { uid: "user-1", sid: "s1" }, secret: SECRET });
    expect((await decodeSessionToken(token, SECRET))?.uid).toBe("user-1");
    expect((await decodeSessionToken(token, SECRET))?.sid).toBe("s1");
  });

  it("refuses a token under another secret, even one it decoded before", async () => {
    const token = await encode({ token: { uid: "user-2" }, secret: SECRET });
    expect(await decodeSessionToken(token, SECRET)).not.toBeNull();
    expect(await decodeSessionToken(token, `${SECRET}-other`)).toBeNull();
  });

  it("refuses a tampered token", async () => {
    const token = await encode({ token: { uid: "user-3" }, secret: SECRET });
    const tampered = `${token.slice(0, -4)}AAAA`;
    expect(await decodeSessionToken(tampered, SECRET)).toBeNull();
  });

  it("stops accepting a token it decoded once the token has expired", async () => {
    const token = await encode({ token: { uid: "user-4" }, secret: SECRET, maxAge: 60 });
    const now = Date.now() / 1000;
    expect(await decodeSessionToken(token, SECRET, now)).not.toBeNull();
    expect(await decodeSessionToken(token, SECRET, now + 60 + 16)).toBeNull();
    expect(await decodeSessionToken(token, SECRET, now + 60 + 16)).toBeNull();
  });
});
