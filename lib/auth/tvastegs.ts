// The second factor: TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, as every authenticator
// app reads them) through otplib, and ten single-use recovery codes stored as keyed hashes.
// A code is accepted once: the step it was made in is remembered, and an older or the same step
// is refused (RFC 6238, 5.2). Required for admins who sign in with a password; offered to all.
import { randomBytes } from "node:crypto";
import { generateSecret, generateURI, verify } from "otplib";
import QRCode from "qrcode";
import type { PrismaClient } from "../db/generated/client";
import { hmac } from "../sakerhet/hmac";
import { lika } from "../sakerhet/lika";
import type { Roll } from "../db/generated/enums";
import { can } from "./permissions";
import { kryptera, lasHemlighet } from "./totp-kryptering";

export const UTFARDARE = "Grundskoleportalen";
export const ANTAL_KODER = 10;
/** One step either side, for a phone whose clock is a little off. */
const TOLERANS_SEKUNDER = 30;

/**
 * Who must use a second factor: the roles permissions.ts does not let go without one, except
 * demo accounts (see the README) and Entra ID sign-ins.
 */
export function kravsTvastegs(user: { roll: Roll; demo: boolean }, leverantor: string): boolean {
  return !can({ roll: user.roll, skolaId: null }, "tvastegs.valfri") && !user.demo && leverantor === "credentials";
}

export const nyHemlighet = () => generateSecret();

/** A key as a person types it: groups of four. */
export const lasbarHemlighet = (hemlighet: string) => hemlighet.match(/.{1,4}/g)!.join(" ");

/** The QR code for the authenticator app, as SVG made on the server. */
export function qrSvg(email: string, hemlighet: string): Promise<string> {
  const uri = generateURI({ issuer: UTFARDARE, label: email, secret: hemlighet });
  return QRCode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
}

/** A signature that the key in the enrolment form is the one the server gave this person. */
export const hemlighetsSignatur = (userId: string, hemlighet: string) => hmac(`totp-ny:${userId}:${hemlighet}`);

const rensa = (kod: string) => kod.replace(/[\s-]/g, "");

/** The time step a six-digit code is valid in, or null. */
export async function kontrolleraTotp(hemlighet: string, kod: string, nu = new Date()): Promise<number | null> {
  const token = rensa(kod);
  if (!/^\d{6}$/.test(token)) return null;
  const r = await verify({ secret: hemlighet, token, epoch: Math.floor(nu.getTime() / 1000), epochTolerance: TOLERANS_SEKUNDER });
  return r.valid && "timeStep" in r ? r.timeStep : null;
}

const kodhash = (userId: string, kod: string) => hmac(`aterstallning:${userId}:${rensa(kod).toUpperCase()}`);

/** Ten new recovery codes (the old ones stop working); returned once, stored only as hashes. */
export async function nyaAterstallningskoder(db: Pick<PrismaClient, "aterstallningskod">, userId: string): Promise<string[]> {
  const koder = Array.from({ length: ANTAL_KODER }, () => {
    const k = randomBytes(8).toString("hex").slice(0, 10).toUpperCase();
    return `${k.slice(0, 5)}-${k.slice(5)}`;
  });
  await db.aterstallningskod.deleteMany({ where: { userId } });
  await db.aterstallningskod.createMany({ data: koder.map((k) => ({ userId, hash: kodhash(userId, k) })) });
  return koder;
}

/**
 * Checks a code from the app, or a recovery code, and uses it up. One statement each, so two
 * requests racing with the same code cannot both succeed.
 */
export async function forbrukaKod(
  db: Pick<PrismaClient, "user" | "aterstallningskod">,
  user: { id: string; totpHemlighet: string; totpNyckel: string | null },
  kod: string,
  nu = new Date(),
  { reservkod = true } = {},
): Promise<boolean> {
  // A key that cannot be decrypted matches no code; the recovery codes still work.
  const hemlighet = await lasHemlighet(db, user);
  const steg = hemlighet === null ? null : await kontrolleraTotp(hemlighet, kod, nu);
  if (steg !== null) {
    const { count } = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpSenasteSteg: null }, { totpSenasteSteg: { lt: steg } }] },
      data: { totpSenasteSteg: steg },
    });
    return count === 1;
  }
  if (!reservkod || !/^[0-9A-F]{10}$/i.test(rensa(kod))) return false;
  const { count } = await db.aterstallningskod.updateMany({
    where: { userId: user.id, hash: kodhash(user.id, kod), anvand: null },
    data: { anvand: nu },
  });
  return count === 1;
}

export type Aktivering = { ok: true; koder: string[] } | { ok: false; fel: string };

/**
 * Turns the second factor on once the person has shown a code from the key the server gave
 * them. Other sessions end: they were opened without it.
 */
export async function aktiveraTvastegs(
  db: PrismaClient,
  aktor: { id: string; name: string; sessionsnyckel: string },
  data: { hemlighet: string; signatur: string; kod: string },
  nu = new Date(),
): Promise<Aktivering> {
  if (!lika(hemlighetsSignatur(aktor.id, data.hemlighet), data.signatur))
    return { ok: false, fel: "Formuläret är för gammalt. Ladda om sidan och läs in den nya koden i appen." };
  const steg = await kontrolleraTotp(data.hemlighet, data.kod, nu);
  if (steg === null)
    return {
      ok: false,
      fel: "Koden stämmer inte. Skriv de sex siffror som appen visar just nu; kontrollera att telefonens klocka går rätt.",
    };
  const koder = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: aktor.id }, data: { ...kryptera(aktor.id, data.hemlighet), totpSenasteSteg: steg } });
    const k = await nyaAterstallningskoder(tx, aktor.id);
    await tx.session.deleteMany({ where: { userId: aktor.id, sessionToken: { not: aktor.sessionsnyckel } } });
    await tx.granskningshandelse.create({
      data: {
        aktorId: aktor.id,
        aktorNamn: aktor.name,
        handling: "anvandare.tvastegs-pa",
        objektTyp: "anvandare",
        objektId: aktor.id,
        data: {},
      },
    });
    return k;
  });
  return { ok: true, koder };
}
