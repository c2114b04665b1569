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

/**
 * The client's address, for rate limits: the last address in X-Forwarded-For is the one our
 * own proxy saw; earlier ones are the client's word.
 */
export function klientadress(h: Headers): string {
  return h.get("x-forwarded-for")?.split(",").at(-1)?.trim() || h.get("x-real-ip") || "okand";
}

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
 * Counts a submission for this client in the current ten-minute window, in PostgreSQL so the
 * limit holds across app instances. Returns false when the client is over the limit.
 */
export async function raknaInskick(db: PrismaClient, klient: string, nu = new Date()): Promise<boolean> {
  const fonster = new Date(Math.floor(nu.getTime() / FONSTER_MS) * FONSTER_MS);
  const [{ antal }] = await db.$queryRaw<{ antal: number }[]>`
    INSERT INTO "Inskick" (klient, fonster, antal) VALUES (${klient}, ${fonster}, 1)
    ON CONFLICT (klient, fonster) DO UPDATE SET antal = "Inskick".antal + 1
    RETURNING antal`;
  return antal <= GRANS_PER_FONSTER;
}

/** Deletes rate-limit rows older than a day. */
export function rensaInskick(db: PrismaClient, nu = new Date()) {
  return db.inskick.deleteMany({ where: { fonster: { lt: new Date(nu.getTime() - 24 * 60 * 60 * 1000) } } });
}
