import { randomBytes } from "node:crypto";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/db/generated/client";
import { halvinloggning, kontrolleraKod } from "@/lib/auth/login";
import { hashPassword } from "@/lib/auth/password";
import { sessionsnyckel, startaSession } from "@/lib/auth/sessioner";
import { aktiveraTvastegs, hemlighetsSignatur, nyHemlighet } from "@/lib/auth/tvastegs";
import { dekryptera, kryptera, krypteraOm, nyckelring, type Nyckelring } from "@/lib/auth/totp-kryptering";
import { seededDatabase } from "../support/seeded";

let db: PrismaClient;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await seededDatabase("totpkrypto"));
});
afterAll(() => drop());

let n = 0;
const klient = () => `198.51.100.${++n}`;
const nyckel = () => randomBytes(32).toString("base64");
const kodNu = (hemlighet: string, sekunder = 0) => generate({ secret: hemlighet, epoch: Math.floor(Date.now() / 1000) + sekunder });
const ring = (varde: string): Nyckelring => nyckelring({ TOTP_NYCKLAR: varde, AUTH_SECRET: "a".repeat(32) });

async function konto(email: string) {
  return db.user.create({ data: { email, name: "Kim Krypto", roll: "REDAKTOR", losenordHash: await hashPassword("Rätt-lösenord-1") } });
}

describe("the TOTP key at rest", () => {
  it("is never stored as the key itself, and the stored key still signs in", async () => {
    const u = await konto("krypto@exempel.se");
    const sid = await startaSession(db, { userId: u.id, leverantor: "credentials", userAgent: null });
    const hemlighet = nyHemlighet();
    const utfall = await aktiveraTvastegs(
      db,
      { id: u.id, name: u.name, sessionsnyckel: sessionsnyckel(sid) },
      {
        hemlighet,
        signatur: hemlighetsSignatur(u.id, hemlighet),
        kod: await kodNu(hemlighet),
      },
    );
    expect(utfall.ok).toBe(true);
    const rad = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(rad.totpHemlighet).not.toBeNull();
    expect(rad.totpHemlighet).not.toBe(hemlighet);
    expect(rad.totpHemlighet).not.toContain(hemlighet);
    expect(rad.totpNyckel).toBe(nyckelring().aktuell);
    expect(await kontrolleraKod(db, { halv: halvinloggning(u.id), kod: await kodNu(hemlighet, 30), klient: klient() })).toMatchObject({
      ok: true,
    });
  });

  it("refuses a tampered ciphertext, and one copied from another account", async () => {
    const r = ring(`a:${nyckel()}`);
    const lagrad = kryptera("konto-1", "JBSWY3DPEHPK3PXP", r);
    expect(dekryptera("konto-1", lagrad, r)).toBe("JBSWY3DPEHPK3PXP");
    const bytes = Buffer.from(lagrad.totpHemlighet, "base64url");
    for (const i of [0, 13, bytes.length - 1]) {
      const andrad = Buffer.from(bytes);
      andrad[i] ^= 1;
      expect(() => dekryptera("konto-1", { ...lagrad, totpHemlighet: andrad.toString("base64url") }, r)).toThrow();
    }
    expect(() => dekryptera("konto-2", lagrad, r)).toThrow();
    expect(() => dekryptera("konto-1", { ...lagrad, totpNyckel: "okand" }, r)).toThrow();
  });

  it("a tampered ciphertext in the database makes the code step fail, not pass", async () => {
    const u = await konto("manipulerad@exempel.se");
    const hemlighet = nyHemlighet();
    const lagrad = kryptera(u.id, hemlighet);
    const bytes = Buffer.from(lagrad.totpHemlighet, "base64url");
    bytes[20] ^= 0x40;
    await db.user.update({ where: { id: u.id }, data: { ...lagrad, totpHemlighet: bytes.toString("base64url") } });
    expect(await kontrolleraKod(db, { halv: halvinloggning(u.id), kod: await kodNu(hemlighet), klient: klient() })).toEqual({
      ok: false,
      orsak: "kod",
    });
  });
});

describe("rotating the key", () => {
  it("reads keys written with an older key, and the sweep re-encrypts them with the current one", async () => {
    const gammal = `gammal:${nyckel()}`;
    const ny = `ny:${nyckel()}`;
    const fore = ring(gammal);
    const efter = ring(`${ny},${gammal}`);
    const bara = ring(ny);
    const u = await konto("rotation@exempel.se");
    const hemlighet = nyHemlighet();
    await db.user.update({ where: { id: u.id }, data: kryptera(u.id, hemlighet, fore) });

    expect(efter.aktuell).toBe("ny");
    const rad = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(dekryptera(u.id, rad as { totpHemlighet: string; totpNyckel: string }, efter)).toBe(hemlighet);
    expect(() => dekryptera(u.id, rad as { totpHemlighet: string; totpNyckel: string }, bara)).toThrow();

    expect(await krypteraOm(db, efter)).toBeGreaterThanOrEqual(1);
    const omkrypterad = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(omkrypterad.totpNyckel).toBe("ny");
    // The old key can now be removed from the list.
    expect(dekryptera(u.id, omkrypterad as { totpHemlighet: string; totpNyckel: string }, bara)).toBe(hemlighet);
    expect(await krypteraOm(db, efter)).toBe(0);
  });

  it("encrypts a key stored in clear text before this change, when read and in the sweep", async () => {
    const las = await konto("klartext-las@exempel.se");
    const svep = await konto("klartext-svep@exempel.se");
    const hemlighet = nyHemlighet();
    await db.user.updateMany({ where: { id: { in: [las.id, svep.id] } }, data: { totpHemlighet: hemlighet, totpNyckel: null } });

    // Signing in with it works, and rewrites it.
    expect(await kontrolleraKod(db, { halv: halvinloggning(las.id), kod: await kodNu(hemlighet), klient: klient() })).toMatchObject({
      ok: true,
    });
    const lasRad = await db.user.findUniqueOrThrow({ where: { id: las.id } });
    expect(lasRad.totpHemlighet).not.toBe(hemlighet);
    expect(lasRad.totpNyckel).toBe(nyckelring().aktuell);

    expect(await krypteraOm(db)).toBeGreaterThanOrEqual(1);
    const svepRad = await db.user.findUniqueOrThrow({ where: { id: svep.id } });
    expect(svepRad.totpHemlighet).not.toBe(hemlighet);
    expect(dekryptera(svep.id, svepRad as { totpHemlighet: string; totpNyckel: string })).toBe(hemlighet);
    expect(await db.user.count({ where: { totpHemlighet: { not: null }, totpNyckel: null } })).toBe(0);
  });
});
