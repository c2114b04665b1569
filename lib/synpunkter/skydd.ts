// Protection against bots and floods without storing who anyone is: client keys are keyed
// hashes of the address, and each form load's idempotency key and start time are signed together,
// so a start time can be neither forged nor reused for a second case.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../db/generated/client";
import { hmac } from "../sakerhet/hmac";
import { klientnyckel } from "../sakerhet/klientnyckel";
import { lika } from "../sakerhet/lika";

/** Which form a token was made for: a token from one form is never valid on another. */
export type Formularsyfte = "kontakt" | "meddelande";

/** How long a loaded form can be sent; after that it is refused like a reused one, with the text kept. */
export const FORMULAR_MAX_SEKUNDER = 24 * 60 * 60;

/** The answer to a form sent with a token that is not its own, forged, or too old. */
export const FORMULAR_GAMMALT = "Formuläret har redan skickats eller är för gammalt. Din text finns kvar nedan: kontrollera den och skicka igen.";

const startsignatur = (syfte: Formularsyfte, nyckel: string, ms: string) => hmac(`start:${syfte}:${ms}:${nyckel}`);

/**
 * One form load: a new idempotency key and the signed start time, `<ms>.<signature>`, whose
 * signature covers the key too. The server makes both, so one load can make one row: the same
 * key again finds that row (a double click, a reload), and any other key fails the signature.
 */
export function nyttFormular(syfte: Formularsyfte, nu = Date.now()): { idempotensnyckel: string; startad: string } {
  const idempotensnyckel = randomUUID();
  return { idempotensnyckel, startad: `${nu}.${startsignatur(syfte, idempotensnyckel, String(nu))}` };
}

/**
 * Seconds since the form was loaded; null when `startad` was not signed for this key and form
 * (another load's, forged or missing) or is older than FORMULAR_MAX_SEKUNDER.
 */
export function sekunderSedanStart(startad: string, idempotensnyckel: string, syfte: Formularsyfte, nu = Date.now()): number | null {
  const [ms, sig, ...rest] = startad.split(".");
  if (!ms || !sig || rest.length || !/^\d{1,15}$/.test(ms) || idempotensnyckel.length > 100) return null;
  if (!lika(startsignatur(syfte, idempotensnyckel, ms), sig)) return null;
  const sekunder = (nu - Number(ms)) / 1000;
  return sekunder > FORMULAR_MAX_SEKUNDER ? null : sekunder;
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

/** Deletes rate-limit rows older than a day. */
export function rensaInskick(db: PrismaClient, nu = new Date()) {
  return db.inskick.deleteMany({ where: { fonster: { lt: new Date(nu.getTime() - 24 * 60 * 60 * 1000) } } });
}
