import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseConfig } from "@/lib/config";
import { dekryptera, kryptera, nyckelring } from "@/lib/auth/totp-kryptering";

const URL = "postgresql://u@localhost/db";
const nyckel = (bytes = 32) => randomBytes(bytes).toString("base64");

describe("TOTP_NYCKLAR", () => {
  it("is optional, and accepts a list of id:key with 32-byte keys", () => {
    expect(parseConfig({ DATABASE_URL: URL }).TOTP_NYCKLAR).toBeUndefined();
    const c = parseConfig({ DATABASE_URL: URL, TOTP_NYCKLAR: `2027:${nyckel()}, 2026:${nyckel()}` });
    expect(c.TOTP_NYCKLAR?.map((k) => k.id)).toEqual(["2027", "2026"]);
  });

  it("refuses a malformed list with a line saying why", () => {
    expect(() => parseConfig({ DATABASE_URL: URL, TOTP_NYCKLAR: nyckel() })).toThrow(/^Felaktig konfiguration: TOTP_NYCKLAR .*id:nyckel/);
    expect(() => parseConfig({ DATABASE_URL: URL, TOTP_NYCKLAR: `a:${nyckel(16)}` })).toThrow(/TOTP_NYCKLAR .*32 byte/);
    expect(() => parseConfig({ DATABASE_URL: URL, TOTP_NYCKLAR: `a:${nyckel()},a:${nyckel()}` })).toThrow(/TOTP_NYCKLAR .*två gånger/);
    expect(() => parseConfig({ DATABASE_URL: URL, TOTP_NYCKLAR: `a b:${nyckel()}` })).toThrow(/TOTP_NYCKLAR/);
  });
});

describe("the key ring", () => {
  it("without TOTP_NYCKLAR derives a key from AUTH_SECRET (development)", () => {
    const r = nyckelring({ AUTH_SECRET: "s".repeat(32) });
    expect(r.aktuell).toBe("auth");
    expect(dekryptera("u", kryptera("u", "JBSWY3DPEHPK3PXP", r), nyckelring({ AUTH_SECRET: "s".repeat(32) }))).toBe("JBSWY3DPEHPK3PXP");
    expect(() => dekryptera("u", kryptera("u", "JBSWY3DPEHPK3PXP", r), nyckelring({ AUTH_SECRET: "t".repeat(32) }))).toThrow();
  });

  it("with TOTP_NYCKLAR writes with the first key and still reads what the derived key wrote", () => {
    const env = { AUTH_SECRET: "s".repeat(32), TOTP_NYCKLAR: `ny:${nyckel()}` };
    const fran = kryptera("u", "JBSWY3DPEHPK3PXP", nyckelring({ AUTH_SECRET: env.AUTH_SECRET }));
    const r = nyckelring(env);
    expect(r.aktuell).toBe("ny");
    expect(kryptera("u", "JBSWY3DPEHPK3PXP", r).totpNyckel).toBe("ny");
    expect(dekryptera("u", fran, r)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("encrypts the same key differently every time (a fresh nonce)", () => {
    const r = nyckelring({ TOTP_NYCKLAR: `a:${nyckel()}` });
    expect(kryptera("u", "JBSWY3DPEHPK3PXP", r).totpHemlighet).not.toBe(kryptera("u", "JBSWY3DPEHPK3PXP", r).totpHemlighet);
  });
});
