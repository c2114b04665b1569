// Protection against bots and floods without storing who anyone is: client keys are keyed
// hashes of the address, and the form's start time is signed so it cannot be forged.
import { createHmac, timingSafeEqual } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";

function hemlighet(): string {
  const s = process.env.AUTH_SECRET;
  if (!s && process.env.NODE_ENV === "production") throw new Error("AUTH_SECRET saknas");
  return s ?? "utvecklingsnyckel-endast-lokalt";
}

/** A keyed hash (HMAC-SHA-256 with AUTH_SECRET): for keys that must not reveal what they count. */
export const hmac = (text: string) => createHmac("sha256", hemlighet()).update(text).digest("base64url");

/** A keyed hash of the client's address; the address itself is never stored. */
export function klientnyckel(adress: string): string {
  return hmac(`klient:${adress}`).slice(0, 32);
}

export function startToken(nu = Date.now()): string {
  return `${nu}.${hmac(`start:${nu}`)}`;
}

/** Seconds since the form was shown, or null if the token is forged or missing. */
export function sekunderSedanStart(token: string, nu = Date.now()): number | null {
  const [ms, sig] = token.split(".");
  if (!ms || !sig || !/^\d+$/.test(ms)) return null;
  const vantat = Buffer.from(hmac(`start:${ms}`));
  const fatt = Buffer.from(sig);
  if (vantat.length !== fatt.length || !timingSafeEqual(vantat, fatt)) return null;
  return (nu - Number(ms)) / 1000;
}

export const MIN_SEKUNDER = Number(process.env.SYNPUNKT_MIN_SEKUNDER ?? 3);
export const GRANS_PER_FONSTER = Number(process.env.SYNPUNKT_GRANS ?? 10);
const FONSTER_MS = 10 * 60 * 1000;

/**
 * The rate limit's ten-minute window a submission falls in. Submissions are counted per client
 * and window in PostgreSQL (table "Inskick", by lib/synpunkter/ta-emot.ts in the same statement
 * that makes the case), so the limit holds across app instances.
 */
export function inskicksfonster(nu = new Date()): Date {
  return new Date(Math.floor(nu.getTime() / FONSTER_MS) * FONSTER_MS);
}

/** Counts one more for this client in the current window; false when it is over the limit. */
export async function raknaInskick(db: PrismaClient, klient: string, nu = new Date(), grans = GRANS_PER_FONSTER): Promise<boolean> {
  const [{ antal }] = await db.$queryRaw<{ antal: number }[]>`
    INSERT INTO "Inskick" (klient, fonster, antal) VALUES (${klient}, ${inskicksfonster(nu)}, 1)
    ON CONFLICT (klient, fonster) DO UPDATE SET antal = "Inskick".antal + 1
    RETURNING antal`;
  return antal <= grans;
}

/** Wrong keys to the private case page allowed per client and ten minutes. */
export const GISSNINGAR_PER_FONSTER = Number(process.env.ARENDE_GISSNINGAR ?? 20);

/** The client key that counts wrong guesses of case keys, apart from the form's submissions. */
export const gissningsklient = (adress: string) => klientnyckel(`gissning:${adress}`);

/** True when this client has used up its wrong guesses in the current window (nothing is counted). */
export async function sparrad(db: PrismaClient, klient: string, nu = new Date(), grans = GISSNINGAR_PER_FONSTER): Promise<boolean> {
  const rad = await db.inskick.findUnique({ where: { klient_fonster: { klient, fonster: inskicksfonster(nu) } }, select: { antal: true } });
  return (rad?.antal ?? 0) >= grans;
}

/** `värde.signatur`, for links that must not be guessable but need no row of their own. */
export function signera(varde: string, syfte: string): string {
  return `${varde}.${hmac(`${syfte}:${varde}`).slice(0, 32)}`;
}

/** The value of a token made by signera, or null when the signature does not match. */
export function kontrollera(token: string, syfte: string): string | null {
  const punkt = token.lastIndexOf(".");
  if (punkt < 1 || token.length > 200) return null;
  const varde = token.slice(0, punkt);
  const vantat = Buffer.from(signera(varde, syfte));
  const fatt = Buffer.from(token);
  return vantat.length === fatt.length && timingSafeEqual(vantat, fatt) ? varde : null;
}

/** Deletes rate-limit rows older than a day. */
export function rensaInskick(db: PrismaClient, nu = new Date()) {
  return db.inskick.deleteMany({ where: { fonster: { lt: new Date(nu.getTime() - 24 * 60 * 60 * 1000) } } });
}
